import DataLoader from 'dataloader';
import type { EntityType, PROVENANCE_TYPES, RelationshipType } from '../domain/model.ts';
import type { CypherExecutor } from './executor.ts';
import { sourceNodesOf } from './graph-cypher.ts';
import { edgeRowCypher, specKey, toEdgeRecord, type EdgeRow } from './prefetched.ts';
import type { EdgeRecord, NodeRecord, RecordDirection } from './records.ts';
import { createBatchRunner, type BatchRunner } from './statement-batch.ts';

/** The relationship types a field may follow: the domain's and the provenance ones. */
export type FieldRelationshipType = RelationshipType | (typeof PROVENANCE_TYPES)[number];

/** Which relationships a field follows, from the node it is on. Built from code constants only. */
export interface EdgeSpec {
  readonly type: FieldRelationshipType;
  readonly direction: RecordDirection | 'BOTH';
  /** The label of the node at the other end, when the type joins several. */
  readonly other?: EntityType;
  /** A Cypher ORDER BY over `r` and `m` (a constant); default by the other node's name. */
  readonly orderBy?: string;
  /** Also fetch each relationship's Source nodes (its `sources` ids), in the same statement. */
  readonly withSources?: boolean;
}

/**
 * The per-request loaders: one batch per field and level, whatever the number of parents, and the
 * batches of one level run together as one statement (statement-batch.ts).
 */
export interface Loaders {
  /** Entities by id (any label). */
  readonly node: DataLoader<string, NodeRecord | null>;
  /** The edges a spec describes, by the id of the node the field is on. */
  edges(spec: EdgeSpec): DataLoader<string, EdgeRecord[]>;
  /** Entities by id, each as `projection` (a Cypher expression over `n`, built by prefetch.ts). */
  nodesAs(projection: string): DataLoader<string, NodeRecord | null>;
}

/** `n {.*, __labels: labels(n)}`: a node as a {@link NodeRecord}. */
export const nodeProjection = (variable: string): string => `${variable} {.*, __labels: labels(${variable})}`;

const nodesById = (projection: string): string => `
UNWIND ids AS id
MATCH (n:Entity {id: id})
RETURN id, ${projection} AS value`;

function createNodeLoader(run: BatchRunner, projection: string): DataLoader<string, NodeRecord | null> {
  const body = nodesById(projection);
  return new DataLoader<string, NodeRecord | null>(async (ids) => {
    const rows = await run({ name: 'nodesById', body, ids });
    const byId = new Map(rows.map((row) => [row.id as string, row.value as NodeRecord]));
    return ids.map((id) => byId.get(id) ?? null);
  });
}

/** Creates the loaders of one request (so nothing is cached across requests). */
export function createLoaders(executor: CypherExecutor): Loaders {
  const run = createBatchRunner(executor);
  const edgeLoaders = new Map<string, DataLoader<string, EdgeRecord[]>>();
  const projectedLoaders = new Map<string, DataLoader<string, NodeRecord | null>>();
  const node = createNodeLoader(run, nodeProjection('n'));
  return {
    node,
    nodesAs(projection) {
      if (projection === nodeProjection('n')) return node;
      let loader = projectedLoaders.get(projection);
      if (!loader) projectedLoaders.set(projection, (loader = createNodeLoader(run, projection)));
      return loader;
    },
    edges(spec) {
      const key = specKey(spec);
      let loader = edgeLoaders.get(key);
      if (!loader) {
        loader = createEdgeLoader(run, spec);
        edgeLoaders.set(key, loader);
      }
      return loader;
    },
  };
}

interface EdgesOfNode {
  readonly self: NodeRecord;
  readonly edges: readonly EdgeRow[];
}

function createEdgeLoader(run: BatchRunner, spec: EdgeSpec): DataLoader<string, EdgeRecord[]> {
  const body = edgeCypher(spec);
  const name = `edges:${spec.type}:${spec.direction}${spec.other ? `:${spec.other}` : ''}`;
  return new DataLoader<string, EdgeRecord[]>(async (ids) => {
    const rows = await run({ name, body, ids });
    const byId = new Map<string, EdgeRecord[]>();
    for (const row of rows) {
      const { self, edges } = row.value as EdgesOfNode;
      byId.set(
        row.id as string,
        edges.map((edge) => toEdgeRecord(edge, self, spec)),
      );
    }
    return ids.map((id) => byId.get(id) ?? []);
  });
}

/** The batch body of a spec (over the list `ids`): one query for every parent id. */
export function edgeCypher(spec: EdgeSpec): string {
  const rel = `[r:${spec.type}]`;
  const pattern =
    spec.direction === 'OUTGOING' ? `-${rel}->` : spec.direction === 'INCOMING' ? `<-${rel}-` : `-${rel}-`;
  const other = spec.other ? `(m:${spec.other})` : '(m)';
  return `
UNWIND ids AS id
MATCH (n:Entity {id: id})
MATCH (n)${pattern}${other}
WITH id, n, r, m ORDER BY ${spec.orderBy ?? 'm.name, m.id'}
WITH id, n, collect(${edgeRowCypher(
    spec,
    { r: 'r', m: 'm', n: 'n' },
    {
      properties: '.*',
      node: nodeProjection('m'),
      sources: spec.withSources ? sourceNodesOf('r') : undefined,
    },
  )}) AS edges
RETURN id, {self: ${nodeProjection('n')}, edges: edges} AS value`;
}
