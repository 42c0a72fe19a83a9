import { getNamedType, getNullableType, isListType, isObjectType } from 'graphql';
import { describe, expect, it } from 'vitest';
import { createSchema } from '../schema/create-schema.ts';
import { FIELD_WORK, LIST_BOUNDS, listSize } from './cost.ts';

describe('the cost of a query', () => {
  const schema = createSchema();

  it('knows how many items every list field can hold', () => {
    const unbounded: string[] = [];
    for (const type of Object.values(schema.getTypeMap())) {
      if (!isObjectType(type) || type.name.startsWith('__')) continue;
      // A connection's edges and nodes are counted at the field that returns the connection.
      if ('pageInfo' in type.getFields()) continue;
      for (const field of Object.values(type.getFields())) {
        if (!isListType(getNullableType(field.type))) continue;
        if (!isObjectType(getNamedType(field.type))) continue;
        const args = field.args.some((arg) => arg.name === 'ids') ? { ids: [] } : {};
        if (listSize(type.name, field, args) === undefined) unbounded.push(`${type.name}.${field.name}`);
      }
    }
    expect(unbounded).toEqual([]);
  });

  it('names only fields the schema has', () => {
    for (const name of [...Object.keys(LIST_BOUNDS), ...Object.keys(FIELD_WORK)]) {
      const [type, field] = name.split('.');
      const found = schema.getType(type ?? '');
      expect(isObjectType(found) && found.getFields()[field ?? ''] !== undefined, name).toBe(true);
    }
  });
});
