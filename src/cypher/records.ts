/**
 * The shapes this layer hands to its callers (the GraphQL resolvers map their parents to them: see
 * codegen.ts). Every value in them is already plain JavaScript (src/neo4j/values.ts).
 */

/** An entity: its properties, flattened, plus its type and what was read with it. */
export interface NodeRecord {
  readonly id: string;
  readonly name: string;
  /** Its labels, or (from a projection, project.ts) `__type`, the entity label alone. */
  readonly __labels?: readonly string[];
  readonly __type?: string;
  /** Relationship pages read with the node, by key (project.ts). */
  readonly __rel?: Readonly<Record<string, RelationshipPage | undefined>>;
  /** Values computed in Cypher (project.ts). */
  readonly __derived?: Readonly<Record<string, unknown>>;
  readonly [property: string]: unknown;
}

/** A page of relationships of a node as a projection reads it: the rows and, when asked, the total. */
export interface RelationshipPage {
  readonly rows: readonly unknown[];
  readonly total: number | null;
}

/** Which way a relationship points, seen from the node a field is on. */
export type RecordDirection = 'OUTGOING' | 'INCOMING';

/**
 * A relationship seen from one of its ends: its properties flattened (`sources` holds Source ids),
 * the node at the other end, the node the field is on, the direction, and its position in the list.
 */
export interface EdgeRecord {
  readonly node: NodeRecord;
  readonly self: NodeRecord;
  readonly direction: RecordDirection;
  /** The opaque cursor of this item in its list. */
  readonly cursor: string;
  readonly [property: string]: unknown;
}

/** A relationship with both ends, as paths and neighbourhoods return it. */
export interface RelationshipRecord {
  readonly type: string;
  readonly from: NodeRecord;
  readonly to: NodeRecord;
  /** The properties without `sources`. */
  readonly properties: Readonly<Record<string, unknown>>;
  readonly sources: readonly string[];
  /** The Source nodes of `sources`, when the query asked for them and they came with the relationship. */
  readonly sourceNodes?: readonly (NodeRecord | string)[];
}

/** A relationship along a path. */
export interface StepRecord extends RelationshipRecord {
  readonly direction: RecordDirection;
}

/** Where a list's page stands. */
export interface PageInfoRecord {
  readonly hasNextPage: boolean;
  readonly hasPreviousPage: boolean;
  readonly startCursor: string | null;
  readonly endCursor: string | null;
}

/** One page of a list of entities. */
export interface ConnectionRecord {
  readonly totalCount: number;
  readonly pageInfo: PageInfoRecord;
  readonly edges: readonly { readonly cursor: string; readonly node: NodeRecord }[];
}

/** One page of a node's relationships (edges) or of the nodes at their other ends. */
export interface RelationshipConnectionRecord<T> {
  readonly totalCount: number | null;
  readonly pageInfo: PageInfoRecord;
  readonly edges: readonly T[];
}

/** A page of a node's relationships, as edges. */
export type EdgeConnectionRecord = RelationshipConnectionRecord<EdgeRecord>;

/** An item of a page of nodes at the other ends of a node's relationships. */
export interface NodeConnectionEdgeRecord {
  readonly cursor: string;
  readonly node: NodeRecord;
}

/** A page of the nodes at the other ends of a node's relationships. */
export type NodeConnectionRecord = RelationshipConnectionRecord<NodeConnectionEdgeRecord>;

/** True when a value is a {@link NodeRecord} (has an id and labels). */
export function isNodeRecord(value: unknown): value is NodeRecord {
  return (
    typeof value === 'object' && value !== null && 'id' in value && ('__labels' in value || '__type' in value)
  );
}

/** A relationship an upsert wrote, with its write in the change log (null when nothing changed). */
export interface UpsertedRelationshipRecord extends RelationshipRecord {
  readonly changeId?: string | null;
}

/** A pair of entities that may be one, with the entities as a query wants them. */
export interface DuplicateCandidateRecord {
  readonly score: number;
  readonly a: NodeRecord;
  readonly b: NodeRecord;
  readonly reasons: readonly { readonly code: string; readonly detail: string }[];
}
