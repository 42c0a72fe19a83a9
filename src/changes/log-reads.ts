import neo4j, { type ManagedTransaction } from 'neo4j-driver';
import { CHANGE_BATCH_LABEL, CHANGE_IDS_INDEX, CHANGE_LABEL } from '../domain/change-log.ts';
import { type LogEntry, type PackedEntry, unpackEntry } from './entries.ts';

/**
 * What the write side reads of the log, in the write's transaction (a revert reads what it undoes and
 * what came after). The API's reads of the log are in src/cypher/changes.ts.
 */

/** A write as the log holds it. */
export interface LoggedWrite {
  readonly id: string;
  readonly seq: number;
  readonly actor: string;
  readonly operation: string;
  readonly at: string;
  readonly reverts: string | null;
  readonly revertedBy: string | null;
}

const READ_WRITE = `
MATCH (c:${CHANGE_LABEL} {id: $id})
RETURN c {.id, .seq, .actor, .operation, .reverts, .revertedBy, at: c.at.epochMillis} AS write`;

const READ_ENTRIES = `
MATCH (b:${CHANGE_BATCH_LABEL}) WHERE b.seq = $seq
RETURN b.entries AS entries ORDER BY b.part`;

// Batches of later writes that involve any of the ids; Lucene's clauses are capped, hence batches of ids.
const READ_LATER = `
CALL db.index.fulltext.queryNodes('${CHANGE_IDS_INDEX}', $query) YIELD node
WHERE node.seq > $seq
MATCH (c:${CHANGE_LABEL} {seq: node.seq})
RETURN c {.id, .seq, .actor, .operation, .reverts, .revertedBy, at: c.at.epochMillis,
          revertsSeq: COLLECT { MATCH (r:${CHANGE_LABEL} {id: c.reverts}) RETURN r.seq }[0]} AS write,
       node.part AS part, node.entries AS entries`;

/** Ids per full-text query (Lucene refuses more than 1,024 clauses). */
const IDS_PER_QUERY = 500;

function toWrite(value: Record<string, unknown>): LoggedWrite & { revertsSeq: number | null } {
  const num = (v: unknown) => (neo4j.isInt(v) ? v.toNumber() : Number(v));
  return {
    id: String(value.id),
    seq: num(value.seq),
    actor: String(value.actor),
    operation: String(value.operation),
    at: new Date(num(value.at)).toISOString(),
    reverts: (value.reverts as string | null) ?? null,
    revertedBy: (value.revertedBy as string | null) ?? null,
    revertsSeq: value.revertsSeq == null ? null : num(value.revertsSeq),
  };
}

const parseEntries = (json: unknown): LogEntry[] =>
  (JSON.parse(String(json)) as PackedEntry[]).map(unpackEntry);

/** A write and its entries, or null when the log has no write of that id. */
export async function readLoggedWrite(
  tx: ManagedTransaction,
  id: string,
): Promise<{ write: LoggedWrite; entries: LogEntry[] } | null> {
  const found = (await tx.run(READ_WRITE, { id })).records[0];
  if (!found) return null;
  const write = toWrite(found.get('write') as Record<string, unknown>);
  const rows = (await tx.run(READ_ENTRIES, { seq: neo4j.int(write.seq) })).records;
  return { write, entries: rows.flatMap((row) => parseEntries(row.get('entries'))) };
}

/** A Lucene query matching any of the ids exactly (the index's analyzer splits on whitespace only). */
export function idsQuery(ids: readonly string[]): string {
  return ids.map((id) => `"${id.replace(/["\\]/g, (c) => `\\${c}`)}"`).join(' OR ');
}

/** The entries of writes after `seq` that involve any of `ids`, with their writes. */
export async function readLaterEntries(
  tx: ManagedTransaction,
  seq: number,
  ids: readonly string[],
): Promise<{ write: LoggedWrite & { revertsSeq: number | null }; entry: LogEntry }[]> {
  const out: { write: LoggedWrite & { revertsSeq: number | null }; entry: LogEntry }[] = [];
  const unique = [...new Set(ids)];
  const seen = new Set<string>();
  for (let start = 0; start < unique.length; start += IDS_PER_QUERY) {
    const query = idsQuery(unique.slice(start, start + IDS_PER_QUERY));
    const rows = (await tx.run(READ_LATER, { query, seq: neo4j.int(seq) })).records;
    for (const row of rows) {
      const write = toWrite(row.get('write') as Record<string, unknown>);
      const batch = `${write.seq}:${String(row.get('part'))}`;
      if (seen.has(batch)) continue;
      seen.add(batch);
      for (const entry of parseEntries(row.get('entries'))) out.push({ write, entry });
    }
  }
  return out;
}
