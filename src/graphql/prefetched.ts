import type { EdgeSpec } from './loaders.ts';
import type { EdgeRecord, NodeRecord } from './records.ts';

/**
 * Where a node record keeps the relationships fetched with it (prefetch.ts), by {@link specKey}: the
 * fields below a node come in the node's own statement, and their resolvers read them from here.
 */
export const PREFETCH = '__prefetch';

/** Where an edge record fetched with `withSources` keeps its Source nodes. */
export const SOURCE_NODES = '__sourceNodes';

/**
 * A relationship as the Cypher of loaders and prefetches returns it: its properties, the node at the
 * other end, its Source nodes when asked for, and for a field that follows both directions, which one.
 * One flat map per relationship: the driver decodes every key of every map.
 */
export interface EdgeRow {
  readonly __node: NodeRecord;
  readonly __outgoing?: boolean;
  readonly [property: string]: unknown;
}

/** The Cypher map of a relationship `r` to `m`, seen from `n` (see {@link EdgeRow}). */
export function edgeRowCypher(
  spec: EdgeSpec,
  variables: { r: string; m: string; n: string },
  parts: { properties: string; node: string; sources?: string | undefined },
): string {
  const { r, n } = variables;
  const outgoing = spec.direction === 'BOTH' ? `, __outgoing: startNode(${r}) = ${n}` : '';
  const sources = parts.sources ? `, ${SOURCE_NODES}: ${parts.sources}` : '';
  return `${r} {${parts.properties ? `${parts.properties}, ` : ''}__node: ${parts.node}${outgoing}${sources}}`;
}

/** One key per distinct spec: what a field follows, how it orders, whether it brings sources. */
export function specKey(spec: EdgeSpec): string {
  return `${spec.type}|${spec.direction}|${spec.other ?? ''}|${spec.orderBy ?? ''}|${spec.withSources === true}`;
}

/** An edge record of a relationship row of `spec`, seen from `self`. */
export function toEdgeRecord(row: EdgeRow, self: NodeRecord, spec: EdgeSpec): EdgeRecord {
  const direction = spec.direction !== 'BOTH' ? spec.direction : row.__outgoing ? 'OUTGOING' : 'INCOMING';
  // One copy per relationship (rest-and-spread made two): the row's own keys, then the record's.
  return Object.assign({}, row, { node: row.__node, self, direction });
}

/** The edges of a spec fetched with the node, or undefined when they were not (the field then loads them). */
export function prefetchedEdges(parent: NodeRecord, spec: EdgeSpec): EdgeRecord[] | undefined {
  const lists = parent[PREFETCH] as Readonly<Record<string, readonly EdgeRow[]>> | undefined;
  const rows = lists?.[specKey(spec)];
  return rows?.map((row) => toEdgeRecord(row, parent, spec));
}
