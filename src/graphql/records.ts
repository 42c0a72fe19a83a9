/**
 * The shapes the Cypher layer hands to resolvers (the codegen mappers in codegen.ts). Every value in them
 * is already plain JavaScript: see neo4j-values.ts.
 */

/** An entity: its properties, flattened, plus its labels. */
export interface NodeRecord {
  readonly id: string;
  readonly name: string;
  /** Its labels, or (from prefetch.ts) `__type`, the entity label alone. */
  readonly __labels?: readonly string[];
  readonly __type?: string;
  readonly [property: string]: unknown;
}

/** Which way a relationship points, seen from the node a field is on. */
export type RecordDirection = 'OUTGOING' | 'INCOMING';

/**
 * A relationship seen from one of its ends: its properties flattened (`sources` holds Source ids),
 * the node at the other end, the node the field is on and the direction.
 */
export interface EdgeRecord {
  readonly node: NodeRecord;
  readonly self: NodeRecord;
  readonly direction: RecordDirection;
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

/** One page of a list. */
export interface ConnectionRecord {
  readonly totalCount: number;
  readonly pageInfo: {
    readonly hasNextPage: boolean;
    readonly hasPreviousPage: boolean;
    readonly startCursor: string | null;
    readonly endCursor: string | null;
  };
  readonly edges: readonly { readonly cursor: string; readonly node: NodeRecord }[];
}

/** True when a value is a {@link NodeRecord} (has an id and labels). */
export function isNodeRecord(value: unknown): value is NodeRecord {
  return (
    typeof value === 'object' && value !== null && 'id' in value && ('__labels' in value || '__type' in value)
  );
}
