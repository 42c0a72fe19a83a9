import type { ManagedTransaction } from 'neo4j-driver';
import { HIERARCHY_TYPES, type RelationshipType } from '../domain/model.ts';
import type { Dataset } from './dataset.ts';
import type { DatasetIssue } from '../errors.ts';
import { readOutgoingEdges } from './existing.ts';

/** How many levels of a stored hierarchy are walked at most (a guard; real ones are a few deep). */
const MAX_DEPTH = 1_000;

interface FileEdge {
  readonly from: string;
  readonly to: string;
  readonly index: number;
}

/**
 * A cycle in `edges` (a directed graph), as the list of its nodes with the first repeated at the end,
 * or undefined. Iterative depth-first search with three colours: O(nodes + edges).
 */
export function findCycle(edges: readonly (readonly [string, string])[]): string[] | undefined {
  const next = new Map<string, string[]>();
  for (const [from, to] of edges) next.set(from, [...(next.get(from) ?? []), to]);
  const state = new Map<string, 'open' | 'done'>();
  for (const start of next.keys()) {
    if (state.has(start)) continue;
    const stack: { node: string; at: number }[] = [{ node: start, at: 0 }];
    state.set(start, 'open');
    while (stack.length > 0) {
      const top = stack[stack.length - 1] as { node: string; at: number };
      const child = next.get(top.node)?.[top.at++];
      if (child === undefined) {
        state.set(top.node, 'done');
        stack.pop();
      } else if (state.get(child) === 'open') {
        const from = stack.findIndex((frame) => frame.node === child);
        return [...stack.slice(from).map((frame) => frame.node), child];
      } else if (!state.has(child)) {
        state.set(child, 'open');
        stack.push({ node: child, at: 0 });
      }
    }
  }
  return undefined;
}

/** The stored edges of `type` reachable from `starts`, walked one level per statement. */
async function reachableEdges(
  tx: ManagedTransaction,
  type: RelationshipType,
  starts: readonly string[],
): Promise<[string, string][]> {
  const edges: [string, string][] = [];
  const seen = new Set(starts);
  let frontier = [...seen];
  for (let depth = 0; frontier.length > 0 && depth < MAX_DEPTH; depth++) {
    const found = await readOutgoingEdges(tx, type, frontier);
    edges.push(...found);
    frontier = [];
    for (const [, to] of found) {
      if (seen.has(to)) continue;
      seen.add(to);
      frontier.push(to);
    }
  }
  return edges;
}

/**
 * Refuses relationships that would close a cycle of a nesting type (a pledge inside itself through
 * larger ones, an event part of its own part), with the database's relationships taken into account.
 * A stored path can only close a cycle back to a node that existed before this import, so when every
 * new edge starts at a node the import creates (`isFresh`), nothing is read.
 */
export async function checkHierarchies(
  tx: ManagedTransaction,
  dataset: Dataset,
  isFresh: (id: string) => boolean,
): Promise<DatasetIssue[]> {
  const issues: DatasetIssue[] = [];
  for (const type of HIERARCHY_TYPES) {
    const fileEdges: FileEdge[] = [];
    (dataset.relationships ?? []).forEach((rel, index) => {
      if (rel.type === type && rel.from !== rel.to) fileEdges.push({ from: rel.from, to: rel.to, index });
    });
    if (fileEdges.length === 0) continue;
    const needsStored = fileEdges.some((edge) => !isFresh(edge.from));
    const starts = needsStored ? [...new Set(fileEdges.map((e) => e.to).filter((id) => !isFresh(id)))] : [];
    const stored = starts.length > 0 ? await reachableEdges(tx, type, starts) : [];
    const cycle = findCycle([...fileEdges.map((e) => [e.from, e.to] as const), ...stored]);
    if (cycle) issues.push(describeCycle(type, cycle, fileEdges, stored.length > 0));
  }
  return issues;
}

function describeCycle(
  type: RelationshipType,
  cycle: readonly string[],
  fileEdges: readonly FileEdge[],
  withStored: boolean,
): DatasetIssue {
  const steps = cycle.slice(1).map((to, i) => [cycle[i], to] as const);
  const edge = fileEdges.find((e) => steps.some(([from, to]) => e.from === from && e.to === to));
  const at = edge ?? fileEdges[0];
  return {
    path: `relationships[${at?.index}] (${type} ${at?.from} -> ${at?.to})`,
    message:
      `closes a cycle of ${type}: ${cycle.join(' -> ')}` +
      (withStored ? ' (counting what the database already holds)' : '') +
      '; nothing can be part of itself',
  };
}
