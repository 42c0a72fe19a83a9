import neo4j from 'neo4j-driver';
import { describe, expect, it } from 'vitest';
import { changeOf, formatChange } from './change-set.ts';

describe('change sets', () => {
  it('says what changed, field by field, with plain values', () => {
    const change = changeOf(
      'investment:x',
      'Investment',
      {
        amount: 500000000,
        aliases: ['a'],
        signedOn: new neo4j.types.Date(neo4j.int(2025), neo4j.int(9), neo4j.int(18)),
      },
      { amount: 700000000, aliases: ['a', 'foo'], signedOn: new neo4j.types.Date(2025, 9, 18) },
    );
    expect(change).toEqual({
      id: 'investment:x',
      label: 'Investment',
      op: 'updated',
      fields: {
        aliases: { before: ['a'], after: ['a', 'foo'] },
        amount: { before: 500000000, after: 700000000 },
      },
    });
    expect(formatChange(change)).toBe('investment:x  aliases: + "foo"; amount: 500000000 → 700000000');
  });

  it('marks a new record created and an equal one unchanged', () => {
    expect(changeOf('org:a', 'Organization', undefined, { id: 'org:a', name: 'A' })).toMatchObject({
      op: 'created',
      fields: { id: { before: null, after: 'org:a' }, name: { before: null, after: 'A' } },
    });
    expect(changeOf('org:a', 'Organization', { name: 'A' }, { name: 'A' }).op).toBe('unchanged');
  });
});
