import { getNamedType, getNullableType, isListType, isObjectType, parse } from 'graphql';
import { describe, expect, it } from 'vitest';
import { createSchema } from '../schema/create-schema.ts';
import { costOf, FIELD_WORK, LIST_BOUNDS, listSize } from './cost.ts';

const schema = createSchema();
const isConnection = (type: unknown) =>
  isObjectType(type) && 'pageInfo' in type.getFields() && 'edges' in type.getFields();

describe('the cost of a query', () => {
  it('knows how many items every list of objects and every connection can hold', () => {
    const unbounded: string[] = [];
    for (const type of Object.values(schema.getTypeMap())) {
      if (!isObjectType(type) || type.name.startsWith('__')) continue;
      for (const field of Object.values(type.getFields())) {
        const named = getNamedType(field.type);
        const list = isListType(getNullableType(field.type)) && isObjectType(named);
        const insideConnection = isConnection(type) && (field.name === 'edges' || field.name === 'nodes');
        if (
          (list || isConnection(named)) &&
          !insideConnection &&
          listSize(type.name, field, {}) === undefined
        )
          unbounded.push(`${type.name}.${field.name}`);
      }
    }
    expect(unbounded).toEqual([]);
  });

  it('counts every list at its page size', () => {
    const cost = (query: string) => costOf(schema, parse(query), undefined, {});
    // 20 countries, each an object: 20 × (1 + the node itself 1) plus the connection's own counts.
    const small = cost('{ countries { nodes { id } } }');
    const large = cost('{ countries(first: 100) { nodes { id } } }');
    expect(large).toBeGreaterThanOrEqual(small * 5 - 10);
    // A page of 20 under each of 20 multiplies.
    expect(cost('{ countries { nodes { officials { nodes { id } } } } }')).toBeGreaterThan(400);
  });

  it('reads a page size from variables', () => {
    const query = parse('query($n: Int) { countries(first: $n) { nodes { id } } }');
    expect(costOf(schema, query, undefined, { n: 100 })).toBeGreaterThan(
      costOf(schema, query, undefined, { n: 2 }),
    );
  });

  it('names only fields the schema has', () => {
    for (const name of [...Object.keys(LIST_BOUNDS), ...Object.keys(FIELD_WORK)]) {
      const [type, field] = name.split('.');
      const found = schema.getType(type ?? '');
      expect(isObjectType(found) && found.getFields()[field ?? ''] !== undefined, name).toBe(true);
    }
  });
});
