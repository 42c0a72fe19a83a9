import neo4j, { type Driver, type Record as Neo4jRecord, type Transaction } from 'neo4j-driver';
import { PROVENANCE_TYPES } from '../domain/model.ts';
import { toJsonValue } from '../neo4j/values.ts';
import type { JsonValue } from '../reports/types.ts';
import type { ExportNode, ExportRelationship, ExportSchema, PropertyKind, SourceCitation } from './types.ts';

/** Records pulled from Neo4j per round trip while streaming: big enough to be fast, small in memory. */
export const FETCH_SIZE = 2_000;
/** Ids per statement when reading a neighbourhood's nodes and relationships. */
const ID_BATCH = 2_000;

/** The scope of an export: the whole graph, or the entities within `depth` domain steps of `around`. */
export type ExportScope =
  { readonly kind: 'all' } | { readonly kind: 'around'; readonly id: string; readonly depth: number };

const PROVENANCE = [...PROVENANCE_TYPES];

// Entities only: the change log and merged ids' redirects are not part of the exported graph.
const NODE_KEYS =
  'MATCH (n:Entity) UNWIND keys(n) AS key RETURN key, collect(DISTINCT valueType(n[key])) AS types';
const RELATIONSHIP_KEYS =
  'MATCH ()-[r]->() UNWIND keys(r) AS key RETURN key, collect(DISTINCT valueType(r[key])) AS types';
const SOURCE_URLS = 'MATCH (s:Source) RETURN s.id AS id, s.url AS url';

/** What is read of a node, wherever it is matched as `n`. */
const NODE_RETURN = `RETURN coalesce(n.id, elementId(n)) AS id, labels(n) AS labels, properties(n) AS properties,
  COLLECT { MATCH (n)-[:SOURCED_FROM]->(s) RETURN s.id } AS sources,
  COLLECT { MATCH (s)-[r:REPORTS_STATUS]->(n) RETURN r {.*, source: s.id} ORDER BY r.date } AS statusHistory,
  COLLECT { MATCH (s)-[r:REPORTS_FIGURE]->(n) RETURN r {.*, source: s.id} } AS figures`;

/** What is read of a relationship `(a)-[r]->(b)`; a provenance link's source is its Source end. */
const RELATIONSHIP_RETURN = `RETURN coalesce(a.id, elementId(a)) AS start, coalesce(b.id, elementId(b)) AS end,
  type(r) AS type, properties(r) AS properties, type(r) IN $provenance AS provenance,
  CASE WHEN NOT type(r) IN $provenance THEN coalesce(r.sources, [])
       WHEN a:Source THEN [a.id] ELSE [b.id] END AS sources`;

const ALL_NODES = `MATCH (n:Entity) ${NODE_RETURN}`;
const ALL_RELATIONSHIPS = `MATCH (a)-[r]->(b) ${RELATIONSHIP_RETURN}`;
const NODES_BY_ID = `UNWIND $ids AS id MATCH (n:Entity {id: id}) ${NODE_RETURN}`;
const DOMAIN_RELATIONSHIPS_FROM = `UNWIND $ids AS id MATCH (a:Entity {id: id})-[r]->(b)
  WHERE NOT type(r) IN $provenance ${RELATIONSHIP_RETURN}`;
const ENTITY_EXISTS = 'MATCH (n:Entity {id: $id}) RETURN n.id AS id';
const NEXT_RING = `UNWIND $frontier AS id MATCH (:Entity {id: id})-[r]-(m:Entity)
  WHERE NOT type(r) IN $provenance RETURN DISTINCT m.id AS id`;

/** One Neo4j `valueType` per value, folded into one kind for the property. */
export function kindOf(types: readonly string[]): PropertyKind {
  const bare = new Set(types.map((t) => t.replace(/ NOT NULL/g, '')));
  const only = (...allowed: string[]) => bare.size > 0 && [...bare].every((t) => allowed.includes(t));
  if (only('INTEGER')) return 'long';
  if (only('INTEGER', 'FLOAT')) return 'double';
  if (only('BOOLEAN')) return 'boolean';
  if (only('DATE')) return 'date';
  if (only('LIST<STRING>', 'LIST<NOTHING>')) return 'string[]';
  return 'string';
}

async function readKinds(tx: Transaction, query: string): Promise<Map<string, PropertyKind>> {
  const { records } = await tx.run(query);
  const entries = records.map((r) => [r.get('key') as string, kindOf(r.get('types') as string[])] as const);
  return new Map(entries.sort(([a], [b]) => a.localeCompare(b)));
}

/** The property names and kinds of the whole graph (a neighbourhood declares the same columns). */
export async function readSchema(tx: Transaction): Promise<ExportSchema> {
  return { node: await readKinds(tx, NODE_KEYS), relationship: await readKinds(tx, RELATIONSHIP_KEYS) };
}

/** Every Source's URL by id: citations carry both. Sources are few next to the graph's other nodes. */
export async function readSourceUrls(tx: Transaction): Promise<Map<string, string | null>> {
  const { records } = await tx.run(SOURCE_URLS);
  return new Map(records.map((r) => [r.get('id') as string, (r.get('url') as string | null) ?? null]));
}

function toProperties(value: unknown): Record<string, JsonValue> {
  return toJsonValue(value) as Record<string, JsonValue>;
}

function cite(ids: readonly string[], urls: ReadonlyMap<string, string | null>): SourceCitation[] {
  return ids.map((id) => ({ id, url: urls.get(id) ?? null }));
}

function toNode(record: Neo4jRecord, urls: ReadonlyMap<string, string | null>): ExportNode {
  const labels = record.get('labels') as string[];
  return {
    id: record.get('id') as string,
    labels,
    type: labels.find((label) => label !== 'Entity') ?? labels[0] ?? '',
    properties: toProperties(record.get('properties')),
    sources: cite(record.get('sources') as string[], urls),
    statusHistory: toJsonValue(record.get('statusHistory')) as JsonValue[],
    figures: toJsonValue(record.get('figures')) as JsonValue[],
  };
}

function toRelationship(
  record: Neo4jRecord,
  n: number,
  urls: ReadonlyMap<string, string | null>,
): ExportRelationship {
  return {
    id: `e${n}`,
    type: record.get('type') as string,
    start: record.get('start') as string,
    end: record.get('end') as string,
    kind: record.get('provenance') ? 'provenance' : 'domain',
    properties: toProperties(record.get('properties')),
    sources: cite(record.get('sources') as string[], urls),
  };
}

/** Streams a statement's records, pulled FETCH_SIZE at a time (the driver waits while we write). */
async function* stream(
  tx: Transaction,
  query: string,
  params: Record<string, unknown>,
): AsyncGenerator<Neo4jRecord> {
  for await (const record of tx.run(query, params)) yield record;
}

/** The ids of the entities within `depth` domain steps of `id`: one statement per step, not per node. */
export async function readNeighbourhoodIds(tx: Transaction, id: string, depth: number): Promise<Set<string>> {
  const found = (await tx.run(ENTITY_EXISTS, { id })).records.length > 0;
  if (!found) throw new Error(`--around: no entity has the id "${id}"`);
  const seen = new Set([id]);
  let frontier = [id];
  for (let step = 0; step < depth && frontier.length > 0; step += 1) {
    const { records } = await tx.run(NEXT_RING, { frontier, provenance: PROVENANCE });
    frontier = records.map((r) => r.get('id') as string).filter((next) => !seen.has(next));
    frontier.forEach((next) => seen.add(next));
  }
  return seen;
}

function batches<T>(items: readonly T[], size: number): T[][] {
  return Array.from({ length: Math.ceil(items.length / size) }, (_, i) =>
    items.slice(i * size, (i + 1) * size),
  );
}

/** The nodes of a scope, one by one. */
export async function* readNodes(
  tx: Transaction,
  scope: ReadonlySet<string> | 'all',
  urls: ReadonlyMap<string, string | null>,
): AsyncGenerator<ExportNode> {
  if (scope === 'all') {
    for await (const record of stream(tx, ALL_NODES, {})) yield toNode(record, urls);
    return;
  }
  for (const ids of batches([...scope].sort(), ID_BATCH)) {
    for await (const record of stream(tx, NODES_BY_ID, { ids })) yield toNode(record, urls);
  }
}

/** The relationships of a scope (for a neighbourhood: the domain relationships among its entities). */
export async function* readRelationships(
  tx: Transaction,
  scope: ReadonlySet<string> | 'all',
  urls: ReadonlyMap<string, string | null>,
): AsyncGenerator<ExportRelationship> {
  let n = 0;
  if (scope === 'all') {
    for await (const record of stream(tx, ALL_RELATIONSHIPS, { provenance: PROVENANCE }))
      yield toRelationship(record, n++, urls);
    return;
  }
  for (const ids of batches([...scope].sort(), ID_BATCH)) {
    for await (const record of stream(tx, DOMAIN_RELATIONSHIPS_FROM, { ids, provenance: PROVENANCE })) {
      if (scope.has(record.get('end') as string)) yield toRelationship(record, n++, urls);
    }
  }
}

/** A read session that pulls records in FETCH_SIZE batches. */
export function openExportSession(driver: Driver, database: string | undefined) {
  return driver.session({ database, defaultAccessMode: neo4j.session.READ, fetchSize: FETCH_SIZE });
}
