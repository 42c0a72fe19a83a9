import { badUserInput } from '../errors.ts';
import { toNeo4jInt } from '../neo4j/values.ts';
import type { Executor } from './executor.ts';
import { DOMAIN_TYPES, relationshipProjection, splitSources, type RelationshipRow } from './graph.ts';
import { checkSize } from './pagination.ts';
import { createVariableNames, projectNode } from './project.ts';
import type { NodeRecord, RelationshipRecord, StepRecord } from './records.ts';
import { pageParams, WHOLE_NODE, type NodeWanted, type PageParams } from './wanted.ts';

/** The longest path `shortestPath` and `allShortestPaths` look for. */
export const MAX_HOPS = 8;
/** The deepest `neighborhood`. */
export const MAX_DEPTH = 3;

/** A path: its nodes in order and the relationships between them. */
export interface PathRecord {
  readonly length: number;
  readonly nodes: readonly NodeRecord[];
  readonly relationships: readonly StepRecord[];
}

/**
 * What a path or neighbourhood statement returns: what is wanted of its nodes, of its relationships'
 * Source nodes (null: not read), and the relationship pages wanted below the nodes.
 */
export interface ResultShape {
  readonly node: NodeWanted;
  readonly sources: NodeWanted | null;
  readonly pages: readonly PageParams[];
}

const WHOLE: ResultShape = { node: WHOLE_NODE, sources: null, pages: [] };

// The hop count cannot be a parameter in Cypher; it is a checked integer (1..MAX_HOPS).
const pathCypher = (
  fn: 'shortestPath' | 'allShortestPaths',
  hops: number,
  shape: ResultShape,
  excluding: boolean,
  names = createVariableNames(),
): string => `
MATCH (a:Entity {id: $from}), (b:Entity {id: $to})
MATCH p = ${excluding ? shortestAvoiding(fn, hops) : `${fn}((a)-[:${DOMAIN_TYPES}*..${hops}]-(b))`}
RETURN [n IN nodes(p) | ${projectNode('n', shape.node, names)}] AS nodes,
       [r IN relationships(p) | ${relationshipProjection('r', shape.sources, names)}] AS relationships
LIMIT $first`;

/**
 * A shortest path whose inner nodes carry none of the labels `$exclude` (its ends may): a quantified
 * path pattern, so the search itself avoids them (filtering the shortest paths afterwards would miss a
 * slightly longer path around a technology tag).
 */
const shortestAvoiding = (fn: 'shortestPath' | 'allShortestPaths', hops: number): string =>
  `${fn === 'shortestPath' ? 'ANY' : 'ALL'} SHORTEST (a) ((x)-[:${DOMAIN_TYPES}]-(y) WHERE y = b OR NOT any(label IN labels(y) WHERE label IN $exclude)){1,${hops}} (b)`;

const nodeById = (shape: ResultShape) =>
  `MATCH (n:Entity {id: $id}) RETURN ${projectNode('n', shape.node)} AS node`;

function toPath(nodes: NodeRecord[], rows: RelationshipRow[]): PathRecord {
  const relationships = rows.map((row, i): StepRecord => {
    const here = nodes[i];
    const there = nodes[i + 1];
    if (!here || !there) throw new Error('A path has one node more than relationships');
    const forward = row.from === here.id;
    return {
      type: row.type,
      direction: forward ? 'OUTGOING' : 'INCOMING',
      from: forward ? here : there,
      to: forward ? there : here,
      ...splitSources(row.properties),
      ...(row.sourceNodes ? { sourceNodes: row.sourceNodes } : {}),
    };
  });
  return { length: relationships.length, nodes, relationships };
}

/**
 * Shortest paths over domain relationships; one when `all` is false. With `withSources`, each step
 * brings its Source nodes in the same statement.
 */
export async function findShortestPaths(
  executor: Executor,
  args: {
    fromId: string;
    toId: string;
    maxHops: number;
    all: boolean;
    first: number;
    /** Labels a path may not pass through (its ends may carry them). */
    exclude?: readonly string[] | null;
  },
  shape: ResultShape = WHOLE,
): Promise<PathRecord[]> {
  const hops = checkSize(args.maxHops, 'maxHops', MAX_HOPS);
  if (hops < 1)
    throw badUserInput('maxHops must be at least 1.', [{ path: 'maxHops', message: 'at least 1' }]);
  const first = args.all ? checkSize(args.first, 'first') : 1;
  if (args.fromId === args.toId) {
    // Cypher's shortestPath refuses equal ends; the path from a node to itself is the node.
    const [row] = await executor.read('node', nodeById(shape), {
      id: args.fromId,
      ...pageParams(shape.pages),
    });
    return row ? [{ length: 0, nodes: [row.node as NodeRecord], relationships: [] }] : [];
  }
  const fn = args.all ? 'allShortestPaths' : 'shortestPath';
  const exclude = args.exclude ?? [];
  const rows = await executor.read(fn, pathCypher(fn, hops, shape, exclude.length > 0), {
    from: args.fromId,
    to: args.toId,
    first: toNeo4jInt(first),
    ...(exclude.length > 0 ? { exclude } : {}),
    ...pageParams(shape.pages),
  });
  return rows.map((row) => toPath(row.nodes as NodeRecord[], row.relationships as RelationshipRow[]));
}

/**
 * The most relationships a neighbourhood returns among its nodes: ten per node asked for. Among 101
 * nodes there could be thousands; a view of a neighbourhood needs the links that place each node.
 */
export function relationshipLimit(first: number): number {
  return 10 * Math.max(first, 1);
}

/** The entities around one, nearest and then best connected first, and the relationships among them. */
export interface NeighborhoodRecord {
  readonly center: NodeRecord;
  readonly nodes: readonly { readonly node: NodeRecord; readonly distance: number }[];
  readonly relationships: readonly RelationshipRecord[];
}

/**
 * An entity's importance in a neighbourhood: its degree, every relationship it has (its sources and
 * reported figures included). Neo4j reads a node's whole degree from the node or its relationship
 * groups in one step; a degree over the 25 domain types took 25 look-ups per neighbour (672,850 db hits
 * for the first ring of 26,914 of the hub at M, 0.7–1.1 s, against 143 ms for the whole statement now).
 */
export const degreeOf = (node: string): string => `COUNT { (${node})--() }`;

/**
 * Ring `ring` (2..MAX_DEPTH) of a neighbourhood: the entities one step from the ring before it that no
 * earlier ring holds, ranked like the first. Read only when the rings before it have not filled the
 * page, and then they are whole (each ring is cut at `$first`), so the walk is exactly breadth-first;
 * an entity of an excluded label is reached but not walked through.
 */
const nextRingCypher = (ring: number, excluding: boolean): string => {
  const earlier = Array.from({ length: ring - 1 }, (_, i) => `ring${i + 1}`);
  const seen = earlier.join(' + ');
  // The walk collects the distinct entities it reaches before it compares them with the earlier rings:
  // compared path by path, every row carried the list of those rings, and on a dense neighbourhood (a
  // clique of 80) four requests at once passed Neo4j's transaction memory limit.
  return `
CALL (c, ${earlier.join(', ')}) {
  WITH c, ${seen} AS seen
  WHERE size(seen) < $first
  CALL (c, ring${ring - 1}) {
    UNWIND ring${ring - 1} AS near
    WITH c, near.m AS x${excluding ? '\n    WHERE NOT any(label IN labels(x) WHERE label IN $exclude)' : ''}
    MATCH (x)-[:${DOMAIN_TYPES}]-(m)
    WHERE m <> c
    RETURN collect(DISTINCT m) AS reached
  }
  WITH [n IN seen | n.m] AS earlier, reached
  UNWIND reached AS m
  WITH m, earlier
  WHERE NOT m IN earlier
  WITH m, ${degreeOf('m')} AS degree
  ORDER BY degree DESC, m.name, m.id
  LIMIT $first
  RETURN collect({m: m, distance: ${ring}}) AS ring${ring}
}`;
};

/**
 * The neighbourhood, nearest first and, within a ring, the most connected first (degree: every
 * relationship, see {@link degreeOf}), then by name and id. Ring by ring, each ring ranked with a bounded top-k (ORDER BY
 * … LIMIT $first is Neo4j's Top operator: a heap of `first`, never a sort of the ring), and a ring is
 * read only when the rings before it have not filled the page: a hub's page is its 50 best-connected
 * neighbours, whatever the size of its second ring. The depth is a checked integer (1..MAX_DEPTH).
 */
const neighborhoodCypher = (
  depth: number,
  shape: ResultShape,
  excluding: boolean,
  names = createVariableNames(),
): string => {
  const rings = Array.from({ length: depth }, (_, i) => `ring${i + 1}`);
  return `
MATCH (c:Entity {id: $id})
CALL (c) {
  MATCH (c)-[:${DOMAIN_TYPES}]-(m)
  WHERE m <> c
  WITH DISTINCT m
  WITH m, ${degreeOf('m')} AS degree
  ORDER BY degree DESC, m.name, m.id
  LIMIT $first
  RETURN collect({m: m, distance: 1}) AS ring1
}${rings
    .slice(1)
    .map((_, i) => nextRingCypher(i + 2, excluding))
    .join('')}
CALL (${rings.join(', ')}) {
  UNWIND (${rings.join(' + ')})[0..$first] AS near
  WITH near.m AS m, near.distance AS distance
  RETURN collect({node: ${projectNode('m', shape.node, names)}, distance: distance}) AS neighbors, collect(m) AS members
}
CALL (c, members) {
  WITH [c] + members AS all
  UNWIND all AS x
  MATCH (x)-[r:${DOMAIN_TYPES}]->(y)
  WHERE y IN all
  WITH r ORDER BY elementId(r) LIMIT $relationshipLimit
  RETURN collect(${relationshipProjection('r', shape.sources, names)}) AS relationships
}
RETURN ${projectNode('c', shape.node, names)} AS center, neighbors, relationships`;
};

/**
 * The neighbourhood of an entity, or null when the id names nothing. With `withSources`, the
 * relationships bring their Source nodes in the same statement.
 */
export async function findNeighborhood(
  executor: Executor,
  args: {
    id: string;
    depth: number;
    first: number;
    /** Labels the walk does not pass through (a neighbour may carry one). */
    exclude?: readonly string[] | null;
  },
  shape: ResultShape = WHOLE,
): Promise<NeighborhoodRecord | null> {
  const depth = checkSize(args.depth, 'depth', MAX_DEPTH);
  if (depth < 1) throw badUserInput('depth must be at least 1.', [{ path: 'depth', message: 'at least 1' }]);
  const first = checkSize(args.first, 'first');
  const exclude = args.exclude ?? [];
  const [row] = await executor.read('neighborhood', neighborhoodCypher(depth, shape, exclude.length > 0), {
    id: args.id,
    ...(exclude.length > 0 ? { exclude } : {}),
    first: toNeo4jInt(first),
    relationshipLimit: toNeo4jInt(relationshipLimit(first)),
    ...pageParams(shape.pages),
  });
  if (!row) return null;
  const center = row.center as NodeRecord;
  const neighbors = row.neighbors as { node: NodeRecord; distance: number }[];
  const byId = new Map([center, ...neighbors.map((n) => n.node)].map((node) => [node.id, node]));
  const relationships = (row.relationships as RelationshipRow[]).flatMap((rel): RelationshipRecord[] => {
    const from = byId.get(rel.from);
    const to = byId.get(rel.to);
    if (!from || !to) return [];
    const sourceNodes = rel.sourceNodes ? { sourceNodes: rel.sourceNodes } : {};
    return [{ type: rel.type, from, to, ...splitSources(rel.properties), ...sourceNodes }];
  });
  return { center, nodes: neighbors, relationships };
}
