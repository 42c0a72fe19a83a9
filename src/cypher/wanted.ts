import type { EntityType, PROVENANCE_TYPES, RelationshipType } from '../domain/model.ts';
import { toNeo4jInt } from '../neo4j/values.ts';

/**
 * What a request wants of the graph, as plain data: the face that receives the request (GraphQL) builds
 * it from its selection, and this layer renders it into Cypher (project.ts). Nothing here knows GraphQL.
 */

/** The relationship types a field may follow: the domain's and the provenance ones. */
export type FollowedType = RelationshipType | (typeof PROVENANCE_TYPES)[number];

/** Which way a relationship is followed from the node it hangs from. */
export type FollowDirection = 'OUTGOING' | 'INCOMING' | 'BOTH';

/** One key of an order: a property of the relationship or of the node at the other end. */
export interface OrderKey {
  readonly on: 'relationship' | 'node';
  readonly property: string;
  readonly descending?: boolean;
  /** The value a missing property sorts as (`coalesce`), when not null. */
  readonly ifMissing?: boolean | number | string;
}

/** A relationship to follow: its type, direction, the label at the other end, and its order. */
export interface RelationshipSpec {
  readonly type: FollowedType;
  readonly direction: FollowDirection;
  /** The label of the node at the other end, when the type joins several. */
  readonly other?: EntityType;
  /** The order of the items; the other node's id always breaks ties. Default: by the other node's name. */
  readonly order?: readonly OrderKey[];
}

/** The default order of a followed relationship: by the other node's name. */
export const BY_NAME: readonly OrderKey[] = [{ on: 'node', property: 'name' }];

/** What is wanted of a node at one position: one shape per group of labels wanting the same. */
export interface NodeWanted {
  readonly shapes: readonly NodeShape[];
}

/** What is wanted of nodes with one of `labels`. */
export interface NodeShape {
  /** The entity labels this shape applies to (a node carries exactly one). */
  readonly labels: readonly EntityType[];
  /** The properties to read (`all`: every one). `id` is always read. */
  readonly properties: readonly string[] | 'all';
  /** Values computed in Cypher rather than stored (see DERIVED in project.ts). */
  readonly derived: readonly DerivedWanted[];
  /** The relationships to read with the node, in the same statement. */
  readonly relationships: readonly RelationshipWanted[];
}

/**
 * Values the Cypher layer knows how to compute for a node: whether a pledge is joint (two or more
 * investors), and a claim's status as its sources had reported it for a day (`$asOfN`) and as known by
 * a day (`$knownAsOfN`: only sources published by then), and the ids merged into an entity.
 */
export type DerivedValue = 'joint' | 'statusAsOf' | 'mergedIds';

/** One derived value: where it lands in the record's `__derived`, and the slot of its parameters. */
export interface DerivedWanted {
  readonly key: string;
  readonly value: DerivedValue;
  readonly slot?: number;
}

/**
 * One page of relationships of a node: where it lands in the node record (`key`), what to follow, the
 * page parameters (`slot`: the page's `$skipN`/`$limitN`), and what is wanted of each item.
 */
export interface RelationshipWanted {
  /** The key under the node record's relationships (unique among a shape's relationships). */
  readonly key: string;
  readonly spec: RelationshipSpec;
  /** The index of the page's parameters (see {@link PageParams}). */
  readonly slot: number;
  /** Count every relationship of the spec, not only the page's. */
  readonly total: boolean;
  /**
   * What each item is: the relationship with its properties (`edge`) or only the node at the other end
   * (`node`).
   */
  readonly item: 'edge' | 'node';
  /** With `item: 'edge'`, the relationship's properties to read (`all`: every one). */
  readonly properties: readonly string[] | 'all';
  /** With `item: 'edge'`, what is wanted of the relationship's Source nodes (its `sources` ids). */
  readonly sources: NodeWanted | null;
  /** What is wanted of the node at the other end. */
  readonly node: NodeWanted;
  /**
   * Only items known by the day `$knownAsOfN` (when not null): rows whose Source (the other end) was
   * published by then, an undated one counting from the report's own date.
   */
  readonly knownBy?: boolean;
}

/**
 * The parameters of one slot: a page (`skip` items, then at most `limit`) and the days of "as of"
 * values (`YYYY-MM-DD`, null when not asked).
 */
export interface PageParams {
  readonly skip?: number;
  readonly limit?: number;
  readonly asOf?: string | null;
  readonly knownAsOf?: string | null;
}

/** The parameters of a statement's slots: `{skip3: …, limit3: …, knownAsOf3: …}`. */
export function pageParams(pages: readonly PageParams[]): Record<string, unknown> {
  const params: Record<string, unknown> = {};
  pages.forEach((page, slot) => {
    // SKIP and LIMIT refuse floats, which is what a JavaScript number becomes.
    if (page.skip !== undefined) params[`skip${slot}`] = toNeo4jInt(page.skip);
    if (page.limit !== undefined) params[`limit${slot}`] = toNeo4jInt(page.limit);
    if (page.asOf !== undefined) params[`asOf${slot}`] = page.asOf;
    if (page.knownAsOf !== undefined) params[`knownAsOf${slot}`] = page.knownAsOf;
  });
  return params;
}

/** Every property of every label: what a statement returns when nothing narrower is asked for. */
export const WHOLE_NODE: NodeWanted = {
  shapes: [{ labels: [], properties: 'all', derived: [], relationships: [] }],
};
