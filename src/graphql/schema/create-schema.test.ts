import { getNamedType, isInterfaceType, isObjectType } from 'graphql';
import { describe, expect, it } from 'vitest';
import { ENTITY_TYPES } from '../../domain/model.ts';
import { createSchema } from './create-schema.ts';
import { RELATIONSHIP_FIELDS } from './relationship-fields.ts';

describe('createSchema', () => {
  const schema = createSchema();

  it('knows what every paged field of an entity follows, and every entry of the table is in the schema', () => {
    const inSchema: string[] = [];
    for (const name of ENTITY_TYPES) {
      const type = schema.getType(name);
      if (!isObjectType(type)) throw new Error(`${name} is not an object type`);
      for (const field of Object.values(type.getFields())) {
        const paged = field.args.some((arg) => arg.name === 'first');
        if (paged && !(name === 'Source' && field.name === 'sources')) inSchema.push(`${name}.${field.name}`);
      }
    }
    const inTable = Object.entries(RELATIONSHIP_FIELDS).flatMap(([type, fields]) =>
      Object.keys(fields).map((field) => `${type}.${field}`),
    );
    expect(inTable.sort()).toEqual(inSchema.sort());
  });

  it('gives every relationship connection a page of edges and the nodes at their ends', () => {
    for (const [typeName, fields] of Object.entries(RELATIONSHIP_FIELDS)) {
      const type = schema.getType(typeName);
      if (!isObjectType(type)) continue;
      for (const [name, field] of Object.entries(fields)) {
        const returned = getNamedType(type.getFields()[name]!.type);
        if (field.shape === 'edges' || field.shape === 'nodes') {
          expect(isObjectType(returned) && Object.keys(returned.getFields()), `${typeName}.${name}`).toEqual(
            expect.arrayContaining(['totalCount', 'pageInfo', 'edges']),
          );
        }
      }
    }
  });

  it('resolves the type of every interface', () => {
    for (const name of ['Node', 'Claim', 'Edge']) {
      const type = schema.getType(name);
      expect(isInterfaceType(type) && typeof type.resolveType, name).toBe('function');
    }
  });
});
