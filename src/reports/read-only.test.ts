import { describe, expect, it } from 'vitest';
import { refuseUnsafeText } from './read-only.ts';

describe('refuseUnsafeText', () => {
  it.each([
    ['MATCH (n) CALL (n) { DETACH DELETE n } IN TRANSACTIONS', /IN TRANSACTIONS/],
    ['MATCH (n) CALL { WITH n SET n.x = 1 } IN 4 CONCURRENT TRANSACTIONS OF 10 ROWS', /IN TRANSACTIONS/],
    ["TERMINATE TRANSACTIONS 'neo4j-transaction-1'", /TERMINATE TRANSACTIONS/],
    ["LOAD CSV FROM 'file:///etc/passwd' AS line RETURN line", /LOAD CSV/],
    ['EXPLAIN MATCH (n) RETURN n', /EXPLAIN\/PROFILE/],
    ['  profile MATCH (n) RETURN n', /EXPLAIN\/PROFILE/],
  ])('refuses %s', (query, message) => {
    expect(() => refuseUnsafeText(query)).toThrow(message);
  });

  it.each([
    "MATCH (n) WHERE n.note = 'paid in transactions' RETURN n",
    '// LOAD CSV is refused\nMATCH (n) RETURN n',
    'WITH [1, 2] AS transactions UNWIND transactions AS t WITH t WHERE t IN transactions RETURN t',
    "RETURN 'EXPLAIN' AS word",
  ])('lets %s through (keywords in strings, comments and names do not count)', (query) => {
    expect(() => refuseUnsafeText(query)).not.toThrow();
  });
});
