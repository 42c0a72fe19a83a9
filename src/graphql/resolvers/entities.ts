import type { GraphQLResolveInfo } from 'graphql';
import { ENTITY_TYPES, type EntityType } from '../../domain/model.ts';
import { DERIVED, edgesOf, nodesOf, type NodeRecord } from '../../cypher/index.ts';
import type { Resolvers } from '../schema/generated/types.ts';
import { RELATIONSHIP_FIELDS, type RelationshipField } from '../schema/relationship-fields.ts';
import { pageOfField } from '../selection/index.ts';
import { pageKeyOf } from '../selection/want.ts';

type FieldResolver = (
  parent: NodeRecord,
  args: PageArgs,
  context: unknown,
  info: GraphQLResolveInfo,
) => unknown;
interface PageArgs {
  readonly first?: number | null;
  readonly after?: string | null;
}

/** Where the page of the field being resolved lies in its node's record (selection/want.ts). */
const keyOf = (info: GraphQLResolveInfo): string => pageKeyOf(String(info.path.key), info.fieldNodes[0]!);

/**
 * The resolver of a relationship field: its page was read with the node it hangs from (one statement
 * per root field, cypher/project.ts), so it only shapes what is there.
 */
function resolveRelationship(field: RelationshipField): FieldResolver {
  const { direction } = field.spec;
  switch (field.shape) {
    case 'edges':
      return (parent, args, _context, info) =>
        edgesOf(parent, keyOf(info), direction, pageOfField(args, info));
    case 'nodes':
      return (parent, args, _context, info) => nodesOf(parent, keyOf(info), pageOfField(args, info));
    case 'list':
      return (parent, args, _context, info) =>
        edgesOf(parent, keyOf(info), direction, pageOfField(args, info)).edges;
    case 'nodeList':
      return (parent, args, _context, info) =>
        nodesOf(parent, keyOf(info), pageOfField(args, info)).edges.map((edge) => edge.node);
  }
}

function entityResolvers(
  type: EntityType,
): Record<string, FieldResolver | ((parent: NodeRecord) => unknown)> {
  const fields = Object.fromEntries(
    Object.entries(RELATIONSHIP_FIELDS[type]).map(([name, field]) => [name, resolveRelationship(field)]),
  );
  return {
    aliases: (parent: NodeRecord): unknown[] =>
      Array.isArray(parent.aliases) ? (parent.aliases as unknown[]) : [],
    mergedIds: (parent: NodeRecord, _args: unknown, _context: unknown, info: GraphQLResolveInfo): unknown =>
      parent[DERIVED]?.[keyOf(info)] ?? [],
    ...fields,
  };
}

/** The GraphQL type of a node record: its `__type`, or its first label that is an entity type. */
export function entityTypeOf(node: NodeRecord): EntityType | null {
  if (node.__type !== undefined) return ENTITY_TYPES.find((type) => type === node.__type) ?? null;
  return ENTITY_TYPES.find((type) => node.__labels?.includes(type)) ?? null;
}

/** What every claim computes: whether its sources disagree (stored at import, from every figure). */
const claimFields = {
  disputed: (parent: NodeRecord) => parent.disputed === true,
  // "As of" a day, the status was computed with the node (derived); without arguments it is stored.
  status: (
    parent: NodeRecord,
    _args: { asOf?: string | null; knownAsOf?: string | null },
    _c: unknown,
    info: GraphQLResolveInfo,
  ) =>
    info.fieldNodes[0]?.arguments?.length
      ? (parent[DERIVED]?.[keyOf(info)] ?? null)
      : (parent.status ?? null),
};

/** The entity types: their relationships as fields, from the table in schema/relationship-fields.ts. */
export const entityTypeResolvers = {
  ...Object.fromEntries(ENTITY_TYPES.map((type) => [type, entityResolvers(type)])),
  Investment: {
    ...entityResolvers('Investment'),
    ...claimFields,
    unit: (parent: NodeRecord) => parent.unit ?? parent.currency ?? null,
    period: (parent: NodeRecord) => parent.periodText ?? parent.period ?? null,
    disputedUnits: (parent: NodeRecord) =>
      Array.isArray(parent.disputedUnits) ? (parent.disputedUnits as unknown[]) : [],
    joint: (parent: NodeRecord, _args: unknown, _context: unknown, info: GraphQLResolveInfo) =>
      parent[DERIVED]?.[keyOf(info)] === true,
    aggregate: (parent: NodeRecord) => parent.aggregate === true,
  },
  Agreement: { ...entityResolvers('Agreement'), ...claimFields },
  Event: { ...entityResolvers('Event'), ...claimFields },
  Source: { ...entityResolvers('Source'), sources: () => [] },
  Node: { __resolveType: (node: NodeRecord) => entityTypeOf(node) },
  Claim: {
    __resolveType: (node: NodeRecord) => entityTypeOf(node) as 'Event' | 'Agreement' | 'Investment' | null,
  },
} as unknown as Resolvers;
