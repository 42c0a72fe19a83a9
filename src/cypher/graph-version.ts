/**
 * The graph's version: one node that every write transaction of the project bumps in the same
 * transaction as its writes (the executor's `write`, src/cypher/executor.ts, which imports, upserts and
 * any later merge or revert go through; the bulk import bumps it once its graph is complete). What is
 * derived from the whole graph and costly to compute (investment totals) is cached per version, so a
 * read after any write recomputes, and a read at an unchanged version reuses the answer exactly.
 *
 * The version is `<epoch>:<counter>`. The epoch is a random id given when the node is created, so a
 * graph emptied and loaded again (the node deleted with the rest) never repeats an earlier version.
 * No node (a graph written only by hand, or emptied) means no version: nothing is cached then.
 *
 * A write that bypasses the project (Neo4j Browser, a script) must bump the version too, or delete the
 * node: `MATCH (v:TdgGraphVersion) DELETE v`.
 */

/** The label of the version node: no entity, never exported, never in a report. */
export const GRAPH_VERSION_LABEL = 'TdgGraphVersion';

/**
 * Bumps the counter; creates the node with a new epoch when there is none. The uniqueness constraint
 * on its `id` (src/neo4j/schema.ts) makes concurrent writers lock one node instead of creating two.
 */
export const BUMP_GRAPH_VERSION = `
MERGE (v:${GRAPH_VERSION_LABEL} {id: 'graph'})
ON CREATE SET v.epoch = randomUUID(), v.counter = 0
SET v.counter = v.counter + 1`;

/** The current version, or null when the graph has no version node. */
export const READ_GRAPH_VERSION = `
OPTIONAL MATCH (v:${GRAPH_VERSION_LABEL} {id: 'graph'})
RETURN v.epoch + ':' + toString(v.counter) AS version`;

/** The version of a row of {@link READ_GRAPH_VERSION}. */
export function versionOf(row: Readonly<Record<string, unknown>> | undefined): string | null {
  return typeof row?.version === 'string' ? row.version : null;
}
