import type { GraphQLResolveInfo } from 'graphql';
import type { EntityType } from '../../domain/model.ts';
import { ENTITY_TYPES } from '../../domain/model.ts';
import type { GraphQLContext } from '../context.ts';
import type { EdgeSpec, FieldRelationshipType } from '../loaders.ts';
import { prefetchedEdges, SOURCE_NODES } from '../prefetched.ts';
import { selectsField } from '../selection.ts';
import { toSourceRecords } from '../graph-cypher.ts';
import type { EdgeRecord, NodeRecord, RecordDirection, RelationshipRecord } from '../records.ts';

type EdgeField = (
  parent: NodeRecord,
  args: unknown,
  context: GraphQLContext,
  info: GraphQLResolveInfo,
) => EdgeRecord[] | Promise<EdgeRecord[]>;
type NodeListField = (
  parent: NodeRecord,
  args: unknown,
  context: GraphQLContext,
) => NodeRecord[] | Promise<NodeRecord[]>;

/** What a relationship field follows; `nodes` when the field lists the other ends, not edges. */
export interface FieldSpec {
  readonly spec: EdgeSpec;
  readonly nodes: boolean;
}

const fieldSpecs = new WeakMap<object, FieldSpec>();

/** The spec of a resolver made by {@link edgesOf} or {@link nodesOf} (how prefetch.ts finds them). */
export function fieldSpecOf(resolver: unknown): FieldSpec | undefined {
  return typeof resolver === 'function' ? fieldSpecs.get(resolver) : undefined;
}

/**
 * A field that follows a relationship type in one direction (or both). Its edges were usually fetched
 * with the node (prefetch.ts); otherwise they are loaded, batched per request. When the query asks for
 * the relationships' `sources`, they come in the same statement.
 */
export function edgesOf(
  type: FieldRelationshipType,
  direction: RecordDirection | 'BOTH',
  other?: EntityType,
  orderBy?: string,
): EdgeField {
  const spec: EdgeSpec = { type, direction, ...(other ? { other } : {}), ...(orderBy ? { orderBy } : {}) };
  const specWithSources: EdgeSpec = { ...spec, withSources: true };
  const resolver: EdgeField = (parent, _args, context, info) => {
    const chosen = selectsField(info, 'sources') ? specWithSources : spec;
    return prefetchedEdges(parent, chosen) ?? context.loaders.edges(chosen).load(parent.id);
  };
  fieldSpecs.set(resolver, { spec, nodes: false });
  return resolver;
}

/** Like {@link edgesOf}, but returns the nodes at the other end. */
export function nodesOf(
  type: FieldRelationshipType,
  direction: RecordDirection,
  other?: EntityType,
): NodeListField {
  const spec: EdgeSpec = { type, direction, ...(other ? { other } : {}) };
  const toNodes = (edges: EdgeRecord[]) => edges.map((edge) => edge.node);
  // Synchronous when prefetched: a promise per node would cost the executor a promise per object.
  const resolver: NodeListField = (parent, _args, context) => {
    const prefetched = prefetchedEdges(parent, spec);
    return prefetched ? toNodes(prefetched) : context.loaders.edges(spec).load(parent.id).then(toNodes);
  };
  fieldSpecs.set(resolver, { spec, nodes: true });
  return resolver;
}

/** The Source nodes of an edge, when they were fetched with it (see {@link edgesOf}). */
export function fetchedSources(edge: EdgeRecord): NodeRecord[] | undefined {
  const nodes = edge[SOURCE_NODES];
  return Array.isArray(nodes) ? toSourceRecords(nodes as (NodeRecord | string)[]) : undefined;
}

/** A path step's or neighbourhood relationship's sources: fetched with it, or loaded by id. */
export function relationshipSources(
  context: GraphQLContext,
  relationship: RelationshipRecord,
): Promise<NodeRecord[]> {
  return relationship.sourceNodes
    ? Promise.resolve(toSourceRecords(relationship.sourceNodes))
    : loadSources(context, relationship.sources);
}

/** Sources by id (a relationship's `sources` list), batched; unknown ids are skipped. */
export async function loadSources(context: GraphQLContext, ids: unknown): Promise<NodeRecord[]> {
  if (!Array.isArray(ids) || ids.length === 0) return [];
  const nodes = await context.loaders.node.loadMany(ids.filter((id): id is string => typeof id === 'string'));
  return nodes.filter((node): node is NodeRecord => node !== null && !(node instanceof Error));
}

/** The GraphQL type of a node record: its `__type`, or its first label that is an entity type. */
export function entityTypeOf(node: NodeRecord): EntityType | null {
  if (node.__type !== undefined) return ENTITY_TYPES.find((type) => type === node.__type) ?? null;
  return ENTITY_TYPES.find((type) => node.__labels?.includes(type)) ?? null;
}

/** The status history of a claim, oldest first (the later report wins a tie, as at import). */
export const statusHistory = edgesOf('REPORTS_STATUS', 'INCOMING', 'Source', 'r.date, m.publishedOn, m.id');

/** The figures of an investment, preferred first. */
export const figures = edgesOf(
  'REPORTS_FIGURE',
  'INCOMING',
  'Source',
  'coalesce(r.preferred, false) DESC, r.currency, r.amount, m.id',
);

/** The fields every entity shares. */
export const nodeFields = {
  aliases: (parent: NodeRecord): string[] =>
    Array.isArray(parent.aliases) ? (parent.aliases as string[]) : [],
  sources: nodesOf('SOURCED_FROM', 'OUTGOING', 'Source'),
};
