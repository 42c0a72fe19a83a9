import { EDGE_NODE, EDGE_OUTGOING, EDGE_SOURCES, RELATIONSHIPS } from './project.ts';
import { toSourceRecords } from './graph.ts';
import { encodeOffsetCursor } from './pagination.ts';
import type {
  EdgeRecord,
  NodeRecord,
  PageInfoRecord,
  RecordDirection,
  RelationshipConnectionRecord,
} from './records.ts';
import type { FollowDirection } from './wanted.ts';

/** Where a page of a node's relationships starts, and how many items it shows. */
export interface PagePosition {
  readonly skip: number;
  readonly first: number;
}

/** A relationship row as a projection reads it (project.ts): properties plus the other node. */
interface EdgeRow {
  readonly [EDGE_NODE]: NodeRecord;
  readonly [EDGE_OUTGOING]?: boolean;
  readonly [EDGE_SOURCES]?: readonly (NodeRecord | string)[];
  readonly [property: string]: unknown;
}

/**
 * The page `key` read with `parent`, or undefined when the projection did not read it (a resolver then
 * has nothing to show: every page a request selects is read with its node).
 */
function pageOf(parent: NodeRecord, key: string) {
  return parent[RELATIONSHIPS]?.[key];
}

function pageInfo(position: PagePosition, shown: number, more: boolean): PageInfoRecord {
  return {
    hasNextPage: more,
    hasPreviousPage: position.skip > 0,
    startCursor: shown > 0 ? encodeOffsetCursor(position.skip) : null,
    endCursor: shown > 0 ? encodeOffsetCursor(position.skip + shown - 1) : null,
  };
}

/** The edges of a relationship page of `parent`, with cursors and page info. */
export function edgesOf(
  parent: NodeRecord,
  key: string,
  direction: FollowDirection,
  position: PagePosition,
): RelationshipConnectionRecord<EdgeRecord> {
  const page = pageOf(parent, key);
  const rows = (page?.rows ?? []) as readonly EdgeRow[];
  const shown = rows.slice(0, position.first);
  const edges = shown.map((row, i): EdgeRecord => {
    const edgeDirection: RecordDirection =
      direction !== 'BOTH' ? direction : row[EDGE_OUTGOING] === true ? 'OUTGOING' : 'INCOMING';
    // One copy per relationship: the row's own keys, then the record's.
    return Object.assign({}, row, {
      node: row[EDGE_NODE],
      self: parent,
      direction: edgeDirection,
      cursor: encodeOffsetCursor(position.skip + i),
    });
  });
  return {
    totalCount: page?.total ?? null,
    pageInfo: pageInfo(position, shown.length, rows.length > position.first),
    edges,
  };
}

/** The nodes of a relationship page of `parent` (a page read with `item: 'node'`). */
export function nodesOf(
  parent: NodeRecord,
  key: string,
  position: PagePosition,
): RelationshipConnectionRecord<{ cursor: string; node: NodeRecord }> {
  const page = pageOf(parent, key);
  const rows = (page?.rows ?? []) as readonly NodeRecord[];
  const shown = rows.slice(0, position.first);
  return {
    totalCount: page?.total ?? null,
    pageInfo: pageInfo(position, shown.length, rows.length > position.first),
    edges: shown.map((node, i) => ({ cursor: encodeOffsetCursor(position.skip + i), node })),
  };
}

/** The Source nodes read with an edge (its `sources`), or null when they were not read. */
export function edgeSources(edge: EdgeRecord): NodeRecord[] | null {
  const sources = edge[EDGE_SOURCES];
  return Array.isArray(sources) ? toSourceRecords(sources as (NodeRecord | string)[]) : null;
}
