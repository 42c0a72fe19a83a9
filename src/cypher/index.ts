/**
 * The Cypher layer: every statement of the API, rendered from plain data (never from a GraphQL AST), and
 * the one executor that runs them. Its callers are the GraphQL resolvers and the reports' bridge.
 */
export {
  createExecutor,
  createTransactionRunner,
  mapNeo4jError,
  type Executor,
  type ExecutorOptions,
  type TransactionRunner,
} from './executor.ts';
export type {
  FollowDirection,
  FollowedType,
  NodeShape,
  NodeWanted,
  OrderKey,
  PageParams,
  RelationshipSpec,
  RelationshipWanted,
  DerivedValue,
  DerivedWanted,
} from './wanted.ts';
export { WHOLE_NODE } from './wanted.ts';
export { DERIVED } from './project.ts';
export type * from './records.ts';
export { isNodeRecord } from './records.ts';
export { edgesOf, edgeSources, nodesOf, type PagePosition } from './relationships.ts';
export { toSourceRecords } from './graph.ts';
export {
  checkSize,
  decodeCursor,
  decodeOffsetCursor,
  DEFAULT_PAGE_SIZE,
  encodeCursor,
  encodeOffsetCursor,
  MAX_PAGE_SIZE,
  type Cursor,
} from './pagination.ts';
export { listEntities, type ListArgs, type ListSpec } from './lists.ts';
export { LIST_SPECS } from './list-specs.ts';
export { foldText, searchEntities, toLuceneQuery, type SearchHitRecord } from './search.ts';
export {
  findNeighborhood,
  findShortestPaths,
  MAX_DEPTH,
  MAX_HOPS,
  relationshipLimit,
  type NeighborhoodRecord,
  type PathRecord,
  type ResultShape,
} from './paths.ts';
export { findTimeline, type TimelineRecord, type TimelineShape } from './timeline.ts';
export {
  computeInvestmentTotals,
  computeInvestmentTotalsUncached,
  pledgesCypher,
  toPledgeRow,
  totalPledges,
  type InvestmentGrouping,
  type InvestmentTotalsRecord,
  type LeftOutRecord,
  type PledgeRow,
  type QuantityTotalRecord,
  type TotalLevel,
  type TotalsArgs,
  type TotalsGroupRecord,
  type TotalsSort,
} from './totals.ts';
export { createTotalsCache, TOTALS_CACHE, type TotalsCache } from './totals-cache.ts';
export { GRAPH_VERSION_LABEL, READ_GRAPH_VERSION, versionOf } from './graph-version.ts';
export { findNodes, findRelationship, type NodesShape } from './nodes.ts';
export {
  countChanges,
  findChanges,
  findWrite,
  type ChangeConnectionRecord,
  type ChangeRecord,
  type ChangesArgs,
  type ChangesFilters,
  type WriteRecord,
} from './changes.ts';
export { DEFAULT_DUPLICATE_TYPES, findPossibleDuplicates, type DuplicateSearch } from './duplicates.ts';
