import { MultiDirectedGraph } from 'graphology';
import { styleOf } from './palette.ts';
import type { GraphNodeData, GraphRelationshipData, SourceRef } from './queries.ts';

/** The attributes of a node on screen (sigma reads x, y, size, color, label and type). */
export interface NodeAttributes {
  x: number;
  y: number;
  size: number;
  color: string;
  label: string;
  /** The sigma program: disc, square or ring (palette.ts). */
  type: string;
  entityType: string;
  startDate: string | null;
  statusDates: string[];
  status: string | null;
  disputed: boolean;
}

/** The attributes of a relationship on screen. */
export interface EdgeAttributes {
  label: string;
  relType: string;
  properties: Record<string, unknown>;
  sources: readonly SourceRef[];
  size: number;
  color: string;
}

export type ExploreGraph = MultiDirectedGraph<NodeAttributes, EdgeAttributes>;

export const BASE_NODE_SIZE = 9;
export const EDGE_COLOR = '#8a8a8a';

export function createExploreGraph(): ExploreGraph {
  return new MultiDirectedGraph<NodeAttributes, EdgeAttributes>();
}

function nodeAttributes(data: GraphNodeData, x: number, y: number): NodeAttributes {
  const style = styleOf(data.__typename);
  return {
    x,
    y,
    size: BASE_NODE_SIZE,
    color: style.color,
    label: data.name,
    type: style.shape,
    entityType: data.__typename,
    startDate: data.startDate ?? null,
    statusDates: (data.statusHistory ?? []).flatMap((report) => (report.date ? [report.date] : [])),
    status: data.status ?? null,
    disputed: data.disputed ?? false,
  };
}

/**
 * Adds a node, or refreshes the data of one already on screen (keeping its position). A new node starts
 * on a circle around `near` (the node that was expanded), so the layout only has to settle it.
 */
export function upsertNode(graph: ExploreGraph, data: GraphNodeData, near?: string): void {
  if (graph.hasNode(data.id)) {
    const { x, y, size } = graph.getNodeAttributes(data.id);
    graph.replaceNodeAttributes(data.id, { ...nodeAttributes(data, x, y), size });
    return;
  }
  const anchor = near && graph.hasNode(near) ? graph.getNodeAttributes(near) : { x: 0, y: 0 };
  // The golden angle spreads successive newcomers evenly without randomness (screenshots stay stable).
  const angle = graph.order * 2.399963;
  const radius = 1 + (graph.order % 7) * 0.15;
  graph.addNode(
    data.id,
    nodeAttributes(data, anchor.x + radius * Math.cos(angle), anchor.y + radius * Math.sin(angle)),
  );
}

/** Object keys sorted, so the same properties always give the same key. */
function stableJson(value: Record<string, unknown>): string {
  return JSON.stringify(
    Object.keys(value)
      .sort()
      .map((key) => [key, value[key]]),
  );
}

/** The key of a relationship: type, ends and properties (two offices in one body stay two edges). */
export function relationshipKey(rel: GraphRelationshipData): string {
  return `${rel.type}|${rel.from.id}|${rel.to.id}|${stableJson(rel.properties)}`;
}

/** Adds a relationship once (returned again by a later query, it is not doubled); skips a loose end. */
export function upsertRelationship(graph: ExploreGraph, rel: GraphRelationshipData): string | undefined {
  if (!graph.hasNode(rel.from.id) || !graph.hasNode(rel.to.id)) return undefined;
  const key = relationshipKey(rel);
  if (!graph.hasEdge(key)) {
    graph.addDirectedEdgeWithKey(key, rel.from.id, rel.to.id, {
      label: rel.type,
      relType: rel.type,
      properties: rel.properties,
      sources: rel.sources,
      size: 2,
      color: EDGE_COLOR,
    });
  }
  return key;
}
