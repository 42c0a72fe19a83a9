import { buildSchema, NoDeprecatedCustomRule, parse, specifiedRules, validate } from 'graphql';
import { describe, expect, it } from 'vitest';
import { readTypeDefs } from '../graphql/schema/load-schema.ts';
import { ENTITY, NEIGHBORHOOD, SEARCH, SHORTEST_PATH } from './client/explorer/queries.ts';

const OPERATIONS = { SEARCH, NEIGHBORHOOD, SHORTEST_PATH, ENTITY };

// The explorer cannot introspect in production, so schema.graphql is its only check: a field renamed
// or deprecated there must fail here, not in a user's browser.
describe('the explorer operations', () => {
  const schema = buildSchema(readTypeDefs());

  it.each(Object.entries(OPERATIONS))(
    '%s is valid against schema.graphql, with no deprecated field',
    (_, text) => {
      const errors = validate(schema, parse(text), [...specifiedRules, NoDeprecatedCustomRule]);
      expect(errors.map((error) => error.message)).toEqual([]);
    },
  );

  it('ask for units, never a currency (version 1 of the model)', () => {
    for (const text of Object.values(OPERATIONS)) expect(text).not.toMatch(/\b(currency|qualifier)\b/);
  });
});
