/**
 * The operations the explorer sends, and the shapes they answer. Only the public API's stable parts:
 * `search`, `node`, `neighborhood`, `shortestPath` and, on entities, scalar fields and `sources`; on every
 * Claim `statusHistory`, `figures` and `disputed`; on an Investment `disputedUnits`. No deprecated field
 * (`src/explore/operations.test.ts` checks them against schema.graphql), and no relationship field: those
 * are connections the explorer does not need. No introspection: production turns it off.
 */

/** A source as the explorer shows it: always with its link. */
export interface SourceRef {
  readonly id: string;
  readonly name: string;
  readonly url: string | null;
  readonly publisher: string | null;
  readonly publishedOn: string | null;
}

const SOURCE = 'id name url publisher publishedOn';

/** What the graph view needs of a node: its type, name and the dates the date filter reads. */
export interface GraphNodeData {
  readonly __typename: string;
  readonly id: string;
  readonly name: string;
  readonly startDate?: string | null;
  readonly status?: string | null;
  readonly statusHistory?: readonly { readonly date: string | null; readonly status: string }[];
  readonly disputed?: boolean;
}

const GRAPH_NODE = `__typename id name
  ... on Event { startDate }
  ... on Claim { status statusHistory { date status } disputed }`;

/** A relationship between two nodes on screen. */
export interface GraphRelationshipData {
  readonly type: string;
  readonly properties: Record<string, unknown>;
  readonly from: { readonly id: string };
  readonly to: { readonly id: string };
  readonly sources: readonly SourceRef[];
}

const RELATIONSHIP = `type properties from { id } to { id } sources { ${SOURCE} }`;

export const SEARCH = `query ExploreSearch($text: String!) {
  search(text: $text, first: 10) { score node { __typename id name aliases } }
}`;

export interface SearchData {
  readonly search: readonly {
    readonly score: number;
    readonly node: {
      readonly __typename: string;
      readonly id: string;
      readonly name: string;
      readonly aliases: readonly string[];
    };
  }[];
}

export const NEIGHBORHOOD = `query ExploreNeighborhood($id: ID!, $depth: Int!, $first: Int!) {
  neighborhood(id: $id, depth: $depth, first: $first) {
    center { ${GRAPH_NODE} }
    nodes { distance node { ${GRAPH_NODE} } }
    relationships { ${RELATIONSHIP} }
  }
}`;

export interface NeighborhoodData {
  readonly neighborhood: {
    readonly center: GraphNodeData;
    readonly nodes: readonly { readonly distance: number; readonly node: GraphNodeData }[];
    readonly relationships: readonly GraphRelationshipData[];
  } | null;
}

export const SHORTEST_PATH = `query ExplorePath($from: ID!, $to: ID!) {
  shortestPath(fromId: $from, toId: $to, maxHops: 8) {
    length
    nodes { ${GRAPH_NODE} }
    relationships { ${RELATIONSHIP} }
  }
}`;

export interface PathData {
  readonly shortestPath: {
    readonly length: number;
    readonly nodes: readonly GraphNodeData[];
    readonly relationships: readonly GraphRelationshipData[];
  } | null;
}

/** How a figure's amount relates to what its source asserts (schema.graphql, `enum Bound`). */
export type Bound = 'exact' | 'at_least' | 'up_to' | 'about' | 'target' | 'range';

/** The period a figure covers: `from` and `to` as YYYY, YYYY-MM or YYYY-MM-DD, or a number of years. */
export interface PeriodData {
  readonly from: string | null;
  readonly to: string | null;
  readonly years: number | null;
}

/** The fields of a figure the panel shows (figures.ts draws them). */
export const FIGURE_FIELDS = `amount amountMax unit bound wording item period { from to years }
  baseAmount baseUnit converted preferred attributedTo note source { ${SOURCE} }`;

export interface FigureData {
  readonly amount: number;
  readonly amountMax: number | null;
  /** A currency (GBP, USD…) or a physical unit (gpus, MW, jobs…). */
  readonly unit: string;
  readonly bound: Bound;
  /** The source's own words. */
  readonly wording: string | null;
  readonly item: string | null;
  readonly period: PeriodData | null;
  /** The amount in its dimension's base unit (MW, MWh, km²); money and counts stay in their own unit. */
  readonly baseAmount: number | null;
  readonly baseUnit: string | null;
  /**
   * Converted by the source from another currency (the API never converts currencies): compared only
   * with figures of its own currency, so it can still make a dispute there.
   */
  readonly converted: boolean;
  readonly preferred: boolean;
  readonly attributedTo: string | null;
  readonly note: string | null;
  readonly source: SourceRef;
}

export interface StatusReportData {
  readonly status: string;
  readonly date: string | null;
  readonly note: string | null;
  readonly attributedTo: string | null;
  readonly source: SourceRef;
}

export const ENTITY = `query ExploreEntity($id: ID!) {
  node(id: $id) {
    __typename id name aliases description
    sources { ${SOURCE} }
    ... on Country { iso2 iso3 }
    ... on Organization { organizationKind: kind website }
    ... on Event { kind startDate endDate }
    ... on Agreement { kind formalName binding signedOn }
    ... on Investment { amount amountMax unit bound period purpose aggregate joint disputedUnits }
    ... on Technology { category }
    ... on Place { kind }
    ... on Source { url title publisher publishedOn language reliability }
    ... on Claim {
      status statusHistory { status date note attributedTo source { ${SOURCE} } }
      disputed figures { ${FIGURE_FIELDS} }
    }
  }
}`;

/** An entity with everything the side panel shows; type-specific scalars are in the index signature. */
export interface EntityData {
  readonly __typename: string;
  readonly id: string;
  readonly name: string;
  readonly aliases: readonly string[];
  readonly description: string | null;
  readonly sources: readonly SourceRef[];
  readonly status?: string | null;
  readonly statusHistory?: readonly StatusReportData[];
  readonly figures?: readonly FigureData[];
  readonly disputed?: boolean;
  /** An investment's: the units its sources disagree on (`USD`, `gpus`, or a dimension such as `power`). */
  readonly disputedUnits?: readonly string[];
  readonly [field: string]: unknown;
}

export interface EntityQueryData {
  readonly node: EntityData | null;
}
