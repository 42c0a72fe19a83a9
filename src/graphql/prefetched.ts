import type { EdgeSpec } from './loaders.ts';
import type { EdgeRecord, NodeRecord } from './records.ts';

/**
 * Where a node record keeps the relationships fetched with it (prefetch.ts), by {@link specKey}: the
 * fields below a node come in the node's own statement, and their resolvers read them from here.
 */
export const PREFETCH = '__prefetch';

/** Where an edge record fetched with `withSources` keeps its Source nodes. */
export const SOURCE_NODES = '__sourceNodes';

/** A relationship as the Cypher of loaders and prefetches returns it. */
export interface EdgeRow {
  readonly props: Record<string, unknown>;
  readonly node: NodeRecord;
  readonly outgoing: boolean;
  readonly sourceNodes?: NodeRecord[];
}

/** One key per distinct spec: what a field follows, how it orders, whether it brings sources. */
export function specKey(spec: EdgeSpec): string {
  return `${spec.type}|${spec.direction}|${spec.other ?? ''}|${spec.orderBy ?? ''}|${spec.withSources === true}`;
}

/** An edge record of a relationship row, seen from `self`. */
export function toEdgeRecord(row: EdgeRow, self: NodeRecord): EdgeRecord {
  return {
    ...row.props,
    ...(row.sourceNodes ? { [SOURCE_NODES]: row.sourceNodes } : {}),
    node: row.node,
    self,
    direction: row.outgoing ? 'OUTGOING' : 'INCOMING',
  };
}

/** The edges of a spec fetched with the node, or undefined when they were not (the field then loads them). */
export function prefetchedEdges(parent: NodeRecord, spec: EdgeSpec): EdgeRecord[] | undefined {
  const lists = parent[PREFETCH] as Readonly<Record<string, readonly EdgeRow[]>> | undefined;
  const rows = lists?.[specKey(spec)];
  return rows?.map((row) => toEdgeRecord(row, parent));
}
