import { randomUUID } from 'node:crypto';
import neo4j, { type Integer, type ManagedTransaction } from 'neo4j-driver';
import {
  CHANGE_BATCH_LABEL,
  CHANGE_LABEL,
  CHANGE_SEQUENCE_LABEL,
  type ChangeOperation,
  ENTRIES_PER_BATCH,
} from '../domain/change-log.ts';
import { countEntries, entryIds, type LogEntry, packEntry } from './entries.ts';

/**
 * Writes the change log, in the transaction of the write it records (a write and its record commit or
 * roll back together): one `Change` node per write (who, when, what kind, counts) and its entries (what
 * it did to each entity and relationship, each field before and after) in `ChangeBatch` nodes of
 * {@link ENTRIES_PER_BATCH}, as JSON, with the ids they involve full-text indexed. Nothing of the log
 * touches the entity graph.
 *
 * Why batches: a node per entry halved the transactional import's throughput at scale S (40,000 entries
 * for 60,000 nodes and relationships: 7,500 → 4,000 items/s); 80 batch nodes cost a few percent
 * (docs/changes.md has the measurements).
 *
 * The sequence number comes first here, from one counter node whose lock is held until commit, and this
 * runs last in the write's transaction: writes get their numbers in commit order, so a reader who has
 * seen number n never later sees a new write below it (the feed's cursor is stable), and a long write
 * holds the counter only while its record is written.
 */

const CREATE_BATCHES = `
UNWIND $rows AS row
CREATE (b:${CHANGE_BATCH_LABEL})
SET b = row`;

// MERGE takes the counter's lock; a new counter starts above any write already logged.
const NEXT_SEQUENCE = `
MERGE (s:${CHANGE_SEQUENCE_LABEL} {name: 'changes'})
ON CREATE SET s.last = -1
WITH s
CALL (s) {
  WITH s WHERE s.last = -1
  OPTIONAL MATCH (c:${CHANGE_LABEL})
  WITH s, max(c.seq) AS top
  SET s.last = coalesce(top, 0)
}
SET s.last = s.last + 1
RETURN s.last AS seq`;

const CREATE_CHANGE = `
CREATE (c:${CHANGE_LABEL})
SET c = $change, c.at = datetime.statement()
WITH c
OPTIONAL MATCH (reverted:${CHANGE_LABEL} {id: $change.reverts})
SET reverted.revertedBy = c.id
RETURN c.at.epochMillis AS at`;

/** One write to record. */
export interface WriteToRecord {
  /** Set when the caller needs it before recording (a merge names it in its redirects). */
  readonly id?: string;
  readonly operation: ChangeOperation;
  readonly actor: string;
  /** What was written: a file, "graphql request", `org:a into org:b`… */
  readonly origin: string;
  /** For an import: the dataset's `name`. */
  readonly dataset?: string;
  /** For a revert: the write it undoes. */
  readonly reverts?: string;
  readonly entries: readonly LogEntry[];
}

/** What the log holds of a recorded write. */
export interface RecordedWrite {
  readonly id: string;
  readonly sequence: number;
  readonly at: string;
}

/** A new write id: opaque, unique, made before the write so that the write can name it. */
export function newChangeId(): string {
  return `change:${randomUUID()}`;
}

/** The batch nodes of a write's entries: each with its place, the ids it involves and its JSON. */
export function batchRows(changeId: string, seq: Integer, entries: readonly LogEntry[]) {
  const rows: Record<string, unknown>[] = [];
  for (let first = 0, part = 0; first < entries.length; first += ENTRIES_PER_BATCH, part++) {
    const batch = entries.slice(first, first + ENTRIES_PER_BATCH);
    rows.push({
      change: changeId,
      seq,
      part: neo4j.int(part),
      first: neo4j.int(first),
      count: neo4j.int(batch.length),
      ids: [...new Set(batch.flatMap(entryIds))].join(' '),
      entries: JSON.stringify(batch.map(packEntry)),
    });
  }
  return rows;
}

/** Records a write in `tx` (see the module comment); one that changed nothing is not recorded (null). */
export async function recordWrite(
  tx: ManagedTransaction,
  write: WriteToRecord,
): Promise<RecordedWrite | null> {
  if (write.entries.length === 0) return null;
  const id = write.id ?? newChangeId();
  const seq = (await tx.run(NEXT_SEQUENCE)).records[0]?.get('seq') as Integer;
  const counts = countEntries(write.entries);
  const change = {
    id,
    seq,
    actor: write.actor,
    operation: write.operation,
    origin: write.origin,
    dataset: write.dataset ?? null,
    reverts: write.reverts ?? null,
    entries: neo4j.int(write.entries.length),
    created: neo4j.int(counts.created),
    updated: neo4j.int(counts.updated),
    deleted: neo4j.int(counts.deleted),
  };
  const created = await tx.run(CREATE_CHANGE, { change });
  await tx.run(CREATE_BATCHES, { rows: batchRows(id, seq, write.entries) });
  const at = new Date(Number(created.records[0]?.get('at'))).toISOString();
  return { id, sequence: neo4j.integer.toNumber(seq), at };
}
