import { describe, expect, it } from 'vitest';
import { nodeColumns, relationshipColumns, toAttributeText, xmlAttributeName } from './columns.ts';
import { kindOf } from './read-graph.ts';
import { csvCell, csvHeader } from './writers/csv.ts';

const schema = {
  node: new Map([
    ['aliases', 'string[]'],
    ['amount', 'double'],
    ['id', 'string'],
  ] as const),
  relationship: new Map([
    ['key', 'string'],
    ['since', 'date'],
    ['sources', 'string[]'],
  ] as const),
};

describe('export columns', () => {
  it('folds Neo4j value types into one kind per property', () => {
    expect(kindOf(['INTEGER NOT NULL'])).toBe('long');
    expect(kindOf(['INTEGER NOT NULL', 'FLOAT NOT NULL'])).toBe('double');
    expect(kindOf(['DATE NOT NULL'])).toBe('date');
    expect(kindOf(['LIST<STRING NOT NULL> NOT NULL', 'LIST<NOTHING> NOT NULL'])).toBe('string[]');
    expect(kindOf(['STRING NOT NULL', 'INTEGER NOT NULL'])).toBe('string');
  });

  it('puts the provenance columns first and leaves id and sources to them', () => {
    expect(nodeColumns(schema).map((c) => c.name)).toEqual([
      'label',
      'type',
      'labels',
      'sources',
      'sourceUrls',
      'statusHistory',
      'figures',
      'aliases',
      'amount',
    ]);
    expect(relationshipColumns(schema).map((c) => c.name)).toEqual([
      'type',
      'kind',
      'sources',
      'sourceUrls',
      'key',
      'since',
    ]);
  });

  it('writes lists as JSON in XML and ;-joined under a typed header in CSV', () => {
    expect(toAttributeText(['Royaume-Uni', 'UK'])).toBe('["Royaume-Uni","UK"]');
    expect(toAttributeText(null)).toBeUndefined();
    expect(csvHeader({ name: 'aliases', kind: 'string[]' })).toBe('aliases:string[]');
    expect(csvHeader({ name: 'figures', kind: 'json' })).toBe('figures');
    expect(csvCell(['Royaume-Uni', 'UK'], 'string[]')).toBe('Royaume-Uni;UK');
    expect(csvCell([{ amount: 1 }], 'json')).toBe('[{"amount":1}]');
    expect(csvCell(null, 'long')).toBe('');
  });

  it('renames a relationship key for networkx', () => {
    expect(xmlAttributeName('key')).toBe('relationshipKey');
    expect(xmlAttributeName('since')).toBe('since');
  });
});
