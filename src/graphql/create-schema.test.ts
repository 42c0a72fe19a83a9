import { describe, expect, it } from 'vitest';
import { createSchema, resolvers } from './create-schema.ts';

// The schema's types, read through the few members the checks below need.
interface TypeLike {
  readonly name: string;
  readonly getInterfaces?: () => readonly { name: string }[];
  readonly getFields?: () => Record<string, { name: string; type: unknown }>;
  readonly resolveType?: unknown;
  readonly ofType?: TypeLike;
}
const namedType = (type: TypeLike): TypeLike => (type.ofType ? namedType(type.ofType) : type);
const implementsInterface = (type: TypeLike, name: string): boolean =>
  type.getInterfaces?.().some((i) => i.name === name) ?? false;
const PROVENANCE_FIELDS = ['sources', 'statusHistory', 'figures', 'supports', 'statusReports'];

describe('createSchema', () => {
  const types = Object.values(createSchema().getTypeMap()) as unknown as TypeLike[];

  it('resolves every relationship field of every entity (none falls back to a missing property)', () => {
    const missing: string[] = [];
    for (const type of types.filter((t) => implementsInterface(t, 'Node'))) {
      const typeResolvers =
        (resolvers as Record<string, Record<string, unknown> | undefined>)[type.name] ?? {};
      for (const field of Object.values(type.getFields?.() ?? {})) {
        const target = namedType(field.type as TypeLike);
        const follows = implementsInterface(target, 'Edge') || PROVENANCE_FIELDS.includes(field.name);
        if (follows && typeResolvers[field.name] === undefined) missing.push(`${type.name}.${field.name}`);
      }
    }
    expect(missing).toEqual([]);
  });

  it('resolves the type of every interface', () => {
    for (const name of ['Node', 'Claim', 'Edge']) {
      const type = types.find((t) => t.name === name);
      expect(type?.resolveType, name).toBeTypeOf('function');
    }
  });
});
