import type { ManagedTransaction } from 'neo4j-driver';
import { ENTITY_LABEL, type EntityType, type RelationshipType } from '../domain/model.ts';

// Reads of what the database already holds, each one statement per label or type for a whole batch
// (never one round trip per record). Records created by the same import are never read.

const READ_BATCH = 10_000;

const readNodes = (label: EntityType) => `
UNWIND $ids AS id
MATCH (n:${label} {id: id})
RETURN n.id AS id, properties(n) AS props, COLLECT { MATCH (n)-[:SOURCED_FROM]->(s:Source) RETURN s.id } AS sources`;

const READ_REPORTS = `
UNWIND $ids AS id
MATCH (n:${ENTITY_LABEL} {id: id})
RETURN n.id AS id,
       COLLECT { MATCH (s:Source)-[r:REPORTS_STATUS]->(n) RETURN {source: s.id, props: properties(r)} } AS statuses,
       COLLECT { MATCH (s:Source)-[r:REPORTS_FIGURE]->(n) RETURN {source: s.id, props: properties(r)} } AS figures`;

const readRelationships = (type: RelationshipType) => `
UNWIND $rows AS row
MATCH (a:${ENTITY_LABEL} {id: row.from})-[r:${type} {key: row.key}]->(b:${ENTITY_LABEL} {id: row.to})
RETURN row.from AS from, row.to AS to, row.key AS key, properties(r) AS props`;

const READ_ISO2 = `
UNWIND $codes AS code
MATCH (c:Country {iso2: code})
RETURN code, c.id AS id, c.name AS name`;

const readEdges = (type: RelationshipType) => `
UNWIND $ids AS id
MATCH (a:${ENTITY_LABEL} {id: id})-[:${type}]->(b:${ENTITY_LABEL})
RETURN a.id AS from, b.id AS to`;

type Props = Record<string, unknown>;

async function inBatches<T, R>(items: readonly T[], read: (batch: T[]) => Promise<R[]>): Promise<R[]> {
  const out: R[] = [];
  for (let start = 0; start < items.length; start += READ_BATCH)
    out.push(...(await read(items.slice(start, start + READ_BATCH))));
  return out;
}

/** A stored node: its properties and the sources it cites. */
export interface StoredNode {
  readonly props: Props;
  readonly sources: readonly string[];
}

/** The stored nodes of `ids` (all of label `label`). */
export async function readStoredNodes(
  tx: ManagedTransaction,
  label: EntityType,
  ids: readonly string[],
): Promise<Map<string, StoredNode>> {
  const rows = await inBatches(
    ids,
    async (batch) => (await tx.run(readNodes(label), { ids: batch })).records,
  );
  return new Map(
    rows.map((r) => [
      r.get('id') as string,
      { props: r.get('props') as Props, sources: r.get('sources') as string[] },
    ]),
  );
}

/** One stored status report or figure of a claim. */
export interface StoredReport {
  readonly source: string;
  readonly props: Props;
}

/** Every status report and figure of the claims `ids`. */
export async function readStoredReports(
  tx: ManagedTransaction,
  ids: readonly string[],
): Promise<Map<string, { statuses: StoredReport[]; figures: StoredReport[] }>> {
  const rows = await inBatches(ids, async (batch) => (await tx.run(READ_REPORTS, { ids: batch })).records);
  return new Map(
    rows.map((r) => [
      r.get('id') as string,
      { statuses: r.get('statuses') as StoredReport[], figures: r.get('figures') as StoredReport[] },
    ]),
  );
}

/** The stored relationships of `type` among `rows`, by `[from, to, key]` JSON. */
export async function readStoredRelationships(
  tx: ManagedTransaction,
  type: RelationshipType,
  rows: readonly { from: string; to: string; key: string }[],
): Promise<Map<string, Props>> {
  const params = rows.map(({ from, to, key }) => ({ from, to, key }));
  const found = await inBatches(
    params,
    async (batch) => (await tx.run(readRelationships(type), { rows: batch })).records,
  );
  return new Map(
    found.map((r) => [JSON.stringify([r.get('from'), r.get('to'), r.get('key')]), r.get('props') as Props]),
  );
}

/** The countries holding any of `codes`: code → id and name. */
export async function readIso2Holders(
  tx: ManagedTransaction,
  codes: readonly string[],
): Promise<Map<string, { id: string; name: string }>> {
  if (codes.length === 0) return new Map();
  const { records } = await tx.run(READ_ISO2, { codes });
  return new Map(
    records.map((r) => [
      r.get('code') as string,
      { id: r.get('id') as string, name: r.get('name') as string },
    ]),
  );
}

/** The stored `type` relationships leaving `ids`: one step of a walk up a hierarchy. */
export async function readOutgoingEdges(
  tx: ManagedTransaction,
  type: RelationshipType,
  ids: readonly string[],
): Promise<[string, string][]> {
  const rows = await inBatches(ids, async (batch) => (await tx.run(readEdges(type), { ids: batch })).records);
  return rows.map((r) => [r.get('from') as string, r.get('to') as string]);
}
