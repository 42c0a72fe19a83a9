import type { EntityType } from '../domain/model.ts';

export type Scale = 'XS' | 'S' | 'M' | 'L';

/** Target sizes, counted in Neo4j after import (provenance relationships included). */
export interface ScaleSize {
  readonly nodes: number;
  readonly relationships: number;
}

/** The per-scale sizes: XS for CI, S for quick benchmarks, M for the benchmark, L for a documented run. */
export const SCALES: Readonly<Record<Scale, ScaleSize>> = {
  XS: { nodes: 1_000, relationships: 5_000 },
  S: { nodes: 10_000, relationships: 50_000 },
  M: { nodes: 100_000, relationships: 1_000_000 },
  L: { nodes: 1_000_000, relationships: 10_000_000 },
};

export function isScale(value: string): value is Scale {
  return Object.hasOwn(SCALES, value);
}

/** The order of labels in the node index space and in the files (sources first: all else cites them). */
export const LAYOUT_ORDER: readonly EntityType[] = [
  'Source',
  'Country',
  'Technology',
  'Person',
  'Organization',
  'Place',
  'Event',
  'Agreement',
  'Investment',
];

/** A label's slice of the node index space: nodes `start .. start + count - 1`. */
export interface Range {
  readonly start: number;
  readonly count: number;
}

export type Layout = Readonly<Record<EntityType, Range>> & { readonly total: number };

const clamp = (value: number, low: number, high: number) => Math.min(high, Math.max(low, value));

/** How many nodes of each label a scale has; the shares follow a diplomacy news graph. */
export function computeLayout(nodes: number): Layout {
  const counts: Record<EntityType, number> = {
    Source: Math.round(nodes * 0.08),
    Country: clamp(Math.round(nodes / 400), 12, 240),
    Technology: clamp(Math.round(nodes / 500), 10, 400),
    Person: Math.round(nodes * 0.24),
    Organization: Math.round(nodes * 0.2),
    Place: 0,
    Event: Math.round(nodes * 0.1),
    Agreement: Math.round(nodes * 0.08),
    Investment: Math.round(nodes * 0.15),
  };
  const others = Object.values(counts).reduce((sum, n) => sum + n, 0);
  counts.Place = Math.max(1, nodes - others);
  let start = 0;
  const layout: Partial<Record<EntityType, Range>> = {};
  for (const label of LAYOUT_ORDER) {
    layout[label] = { start, count: counts[label] };
    start += counts[label];
  }
  return { ...(layout as Record<EntityType, Range>), total: start };
}

/** The label of node `index`. */
export function labelAt(layout: Layout, index: number): EntityType {
  for (const label of LAYOUT_ORDER) {
    const range = layout[label];
    if (index < range.start + range.count) return label;
  }
  throw new RangeError(`node ${index} is outside the layout`);
}
