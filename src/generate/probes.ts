import { RELATIONSHIP_TYPES } from '../domain/model.ts';
import type { GeneratorContext } from './context.ts';
import type { EdgeList } from './edge-list.ts';

/** Node indexes the benchmark uses (turned into ids by the caller). */
export interface ProbeIndexes {
  entity: number;
  hub: number;
  pathFrom: number;
  pathTo: number;
  investorCountry: number;
}

/** Undirected adjacency of the domain relationships, compressed (CSR) so scale L fits. */
function adjacency(edges: EdgeList, nodes: number): { offsets: Int32Array; targets: Int32Array } {
  const offsets = new Int32Array(nodes + 1);
  for (let e = 0; e < edges.count; e++) {
    offsets[(edges.from[e] ?? 0) + 1]!++;
    offsets[(edges.to[e] ?? 0) + 1]!++;
  }
  for (let n = 1; n <= nodes; n++) offsets[n]! += offsets[n - 1]!;
  const cursor = offsets.slice(0, nodes);
  const targets = new Int32Array(edges.count * 2);
  for (let e = 0; e < edges.count; e++) {
    const [a, b] = [edges.from[e] ?? 0, edges.to[e] ?? 0];
    targets[cursor[a]!++] = b;
    targets[cursor[b]!++] = a;
  }
  return { offsets, targets };
}

/** The farthest node (at most `maxDepth` hops away) from `start`, by breadth-first search. */
function farthestWithin(edges: EdgeList, nodes: number, start: number, maxDepth: number): number {
  const { offsets, targets } = adjacency(edges, nodes);
  const depth = new Int8Array(nodes).fill(-1);
  depth[start] = 0;
  let frontier = [start];
  let last = start;
  for (let d = 1; d <= maxDepth && frontier.length > 0; d++) {
    const next: number[] = [];
    for (const node of frontier) {
      for (let k = offsets[node] ?? 0; k < (offsets[node + 1] ?? 0); k++) {
        const other = targets[k] ?? 0;
        if (depth[other] !== -1) continue;
        depth[other] = d;
        next.push(other);
      }
    }
    if (next.length > 0) last = next[Math.floor(next.length / 2)] ?? last;
    frontier = next;
  }
  return last;
}

/**
 * Picks the probes: a mid-list agreement (parties, signatories, technologies: two levels deep), the node
 * with the most relationships of all (provenance included, Sources excepted), a person and the farthest
 * node within four hops of them, and the country that pledged most.
 */
export function pickProbes(context: GeneratorContext, edges: EdgeList, degrees: Int32Array): ProbeIndexes {
  const { layout } = context;
  let hub = layout.Country.start;
  for (let n = layout.Source.start + layout.Source.count; n < layout.total; n++) {
    if ((degrees[n] ?? 0) > (degrees[hub] ?? 0)) hub = n;
  }
  const pledged = RELATIONSHIP_TYPES.indexOf('PLEDGED');
  const pledges = new Int32Array(layout.Country.count);
  for (let e = 0; e < edges.count; e++) {
    const from = (edges.from[e] ?? 0) - layout.Country.start;
    if (edges.types[e] === pledged && from >= 0 && from < layout.Country.count) pledges[from]!++;
  }
  const investorCountry = layout.Country.start + pledges.indexOf(Math.max(...pledges));
  const pathFrom = layout.Person.start + Math.floor(layout.Person.count / 2);
  return {
    entity: layout.Agreement.start + Math.floor(layout.Agreement.count / 2),
    hub,
    pathFrom,
    pathTo: farthestWithin(edges, layout.total, pathFrom, 4),
    investorCountry,
  };
}
