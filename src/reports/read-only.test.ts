import { describe, expect, it } from 'vitest';
import { refuseUnsafeText } from './read-only.ts';

describe('refuseUnsafeText', () => {
  it.each([
    ['MATCH (n) CALL (n) { DETACH DELETE n } IN TRANSACTIONS', /IN TRANSACTIONS/],
    ['MATCH (n) CALL { WITH n SET n.x = 1 } IN 4 CONCURRENT TRANSACTIONS OF 10 ROWS', /IN TRANSACTIONS/],
    ['MATCH (n) CALL { WITH n SET n.x = 1 }/* */IN\u2029TRANSACTIONS', /IN TRANSACTIONS/],
    ["TERMINATE TRANSACTIONS 'neo4j-transaction-1'", /TERMINATE TRANSACTIONS/],
    ["TERMINATE\u001cTRANSACTIONS 'neo4j-transaction-1'", /TERMINATE TRANSACTIONS/],
    ["LOAD CSV FROM 'file:///etc/passwd' AS line RETURN line", /LOAD CSV/],
    ["LOAD\u001cCSV FROM 'file:///etc/passwd' AS line RETURN line", /LOAD CSV/],
    ["LOAD/* a comment */CSV FROM 'file:///etc/passwd' AS line RETURN line", /LOAD CSV/],
    ["LOAD// a comment\rCSV FROM 'file:///etc/passwd' AS line RETURN line", /LOAD CSV/],
    [
      'WITH 1 AS `a\\` LOAD CSV FROM "file:///etc/passwd" AS l RETURN l[0] AS line, `a\\` LIMIT 2',
      /LOAD CSV/,
    ],
    ['EXPLAIN MATCH (n) RETURN n', /EXPLAIN\/PROFILE/],
    ['  profile MATCH (n) RETURN n', /EXPLAIN\/PROFILE/],
  ])('refuses %j', (query, message) => {
    expect(() => refuseUnsafeText(query)).toThrow(message);
  });

  it.each([
    "MATCH (n) WHERE n.note = 'paid in transactions' RETURN n",
    '// LOAD CSV is refused\nMATCH (n) RETURN n',
    'WITH [1, 2] AS transactions UNWIND transactions AS t WITH t WHERE t IN transactions RETURN t',
    "RETURN 'EXPLAIN' AS word",
    'RETURN 1 AS `LOAD CSV`',
    "RETURN 'it\\'s LOAD CSV' AS quote",
  ])('lets %j through (keywords in strings, comments and names do not count)', (query) => {
    expect(() => refuseUnsafeText(query)).not.toThrow();
  });
});
