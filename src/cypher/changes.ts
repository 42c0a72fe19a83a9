import { CHANGE_BATCH_LABEL, CHANGE_IDS_INDEX, CHANGE_LABEL } from '../domain/change-log.ts';
import { isEntityType } from '../domain/model.ts';
import { entryIds, type LogEntry, type PackedEntry, unpackEntry } from '../changes/entries.ts';
import { displayValue } from '../changes/values.ts';
import { idsQuery } from '../changes/log-reads.ts';
import { toNeo4jInt } from '../neo4j/values.ts';
import type { TransactionRunner } from './executor.ts';
import { type Cursor, encodeCursor, type PageArgs, type PageRequest, toPageRequest } from './pagination.ts';
import type { PageInfoRecord } from './records.ts';

/**
 * The API's reads of the change log (src/changes writes it): the feed of changes, newest first, and one
 * write by id. A change is one entry of a write (what it did to one entity or relationship); entries
 * are stored in batches per write (see src/changes/record.ts), so a page reads the few batches that hold
 * it and cuts it in JavaScript. Its cursor is the write's sequence and the entry's position in the
 * write: later writes get larger sequences, so a cursor keeps its place while writes come in.
 */

/** A write of the log, as the API shows it. */
export interface WriteRecord {
  readonly id: string;
  readonly sequence: number;
  readonly at: string;
  readonly actor: string;
  readonly operation: string;
  readonly origin: string | null;
  readonly dataset: string | null;
  readonly created: number;
  readonly updated: number;
  readonly deleted: number;
  readonly reverts: string | null;
  readonly revertedBy: string | null;
}

/** One change: an entry of a write, with its write. */
export interface ChangeRecord {
  readonly cursor: string;
  readonly id: string;
  readonly at: string;
  readonly actor: string;
  readonly operation: string;
  readonly kind: string;
  readonly entityId: string | null;
  readonly label: string;
  readonly target: string;
  readonly relationship: { type: string; from: string; to: string; key: string | null } | null;
  readonly fields: readonly { name: string; before: unknown; after: unknown }[];
  readonly write: WriteRecord;
}

/** A page of the feed, with the filters it was read with (`totalCount` counts by them when asked). */
export interface ChangeConnectionRecord {
  readonly edges: readonly { cursor: string; node: ChangeRecord }[];
  readonly nodes: readonly ChangeRecord[];
  readonly pageInfo: PageInfoRecord;
  readonly filters: ChangesFilters;
}

/** Which changes the feed keeps. */
export interface ChangesFilters {
  readonly since?: string | null;
  readonly entityId?: string | null;
  /** The actor of the write (a write token's name, or the command line's user). */
  readonly author?: string | null;
  readonly writeId?: string | null;
}

/** What a feed page asks for. */
export interface ChangesArgs extends PageArgs, ChangesFilters {}

const WRITE_MAP = `w {.id, .seq, .actor, .operation, .origin, .dataset, .created, .updated, .deleted, .reverts, .revertedBy,
  at: w.at.epochMillis}`;

// The bounds: writes from `since` on (none after it: nothing), one write, and the cursor's side.
const BOUNDS = `
WITH CASE WHEN $since IS NULL THEN 0
     ELSE coalesce(COLLECT { MATCH (s:${CHANGE_LABEL}) WHERE s.at >= datetime($since) RETURN min(s.seq) }[0], -1) END AS fromSeq,
     CASE WHEN $writeId IS NULL THEN null
     ELSE coalesce(COLLECT { MATCH (s:${CHANGE_LABEL} {id: $writeId}) RETURN s.seq }[0], -1) END AS writeSeq`;

// A write is found by its sequence (unique, indexed) to test its actor.
const inRange = (b: string) =>
  `(fromSeq >= 0 AND ${b}.seq >= fromSeq) AND (writeSeq IS NULL OR ${b}.seq = writeSeq)
  AND ($author IS NULL OR EXISTS { MATCH (a:${CHANGE_LABEL} {seq: ${b}.seq}) WHERE a.actor = $author })`;

/**
 * The batches that hold a page, newest first (`backward`: oldest first, from the cursor on): each batch
 * counted by the entries it holds on the cursor's side, so batches stop once the page is full.
 */
export const feedCypher = (backward: boolean): string => `${BOUNDS}
MATCH (b:${CHANGE_BATCH_LABEL})
WHERE b.seq IS NOT NULL AND ${inRange('b')}
  AND ($cursorSeq IS NULL OR ${
    backward
      ? 'b.seq > $cursorSeq OR (b.seq = $cursorSeq AND b.first + b.count - 1 > $cursorN)'
      : 'b.seq < $cursorSeq OR (b.seq = $cursorSeq AND b.first < $cursorN)'
  })
WITH b ORDER BY b.seq ${backward ? 'ASC' : 'DESC'}, b.part ${backward ? 'ASC' : 'DESC'} LIMIT $need
WITH collect(b) AS batches
UNWIND [i IN range(0, size(batches) - 1)
        WHERE reduce(held = 0, x IN batches[0..i] | held + ${
          backward
            ? 'CASE WHEN x.seq = $cursorSeq AND x.first + x.count - 1 - $cursorN < x.count THEN x.first + x.count - 1 - $cursorN ELSE x.count END'
            : 'CASE WHEN x.seq = $cursorSeq AND $cursorN - x.first < x.count THEN $cursorN - x.first ELSE x.count END'
        }) < $need] AS i
WITH batches[i] AS b
MATCH (w:${CHANGE_LABEL} {seq: b.seq})
RETURN b.first AS first, b.entries AS entries, ${WRITE_MAP} AS write`;

/** The batches that involve an entity (full-text index on their ids), newest first: each holds one or more. */
export const entityFeedCypher = (backward: boolean): string => `${BOUNDS}
CALL db.index.fulltext.queryNodes('${CHANGE_IDS_INDEX}', $idQuery) YIELD node AS b
WHERE ${inRange('b')}
  AND ($cursorSeq IS NULL OR ${
    backward
      ? 'b.seq > $cursorSeq OR (b.seq = $cursorSeq AND b.first + b.count - 1 > $cursorN)'
      : 'b.seq < $cursorSeq OR (b.seq = $cursorSeq AND b.first < $cursorN)'
  })
WITH b ORDER BY b.seq ${backward ? 'ASC' : 'DESC'}, b.part ${backward ? 'ASC' : 'DESC'} LIMIT $need + 1
MATCH (w:${CHANGE_LABEL} {seq: b.seq})
RETURN b.first AS first, b.entries AS entries, ${WRITE_MAP} AS write`;

/** How many entries the batches in range hold (no entity asked: every entry counts). */
export const COUNT_CHANGES = `${BOUNDS}
MATCH (b:${CHANGE_BATCH_LABEL})
WHERE b.seq IS NOT NULL AND ${inRange('b')}
RETURN coalesce(sum(b.count), 0) AS n`;

/** The batches in range that involve an entity: its entries are counted in JavaScript. */
export const ENTITY_BATCHES = `${BOUNDS}
CALL db.index.fulltext.queryNodes('${CHANGE_IDS_INDEX}', $idQuery) YIELD node AS b
WHERE ${inRange('b')}
RETURN b.entries AS entries`;

const WRITE_BY_ID = `MATCH (w:${CHANGE_LABEL} {id: $id}) RETURN ${WRITE_MAP} AS write`;

/** A write row as the API shows it. */
function toWriteRecord(row: Record<string, unknown>): WriteRecord {
  return {
    id: String(row.id),
    sequence: Number(row.seq),
    at: new Date(Number(row.at)).toISOString(),
    actor: String(row.actor),
    operation: String(row.operation),
    origin: (row.origin as string | null) ?? null,
    dataset: (row.dataset as string | null) ?? null,
    created: Number(row.created ?? 0),
    updated: Number(row.updated ?? 0),
    deleted: Number(row.deleted ?? 0),
    reverts: (row.reverts as string | null) ?? null,
    revertedBy: (row.revertedBy as string | null) ?? null,
  };
}

/** The feed's cursor of an entry: its write's sequence and its place in the write. */
const cursorOf = (seq: number, n: number): string => encodeCursor({ key: seq, id: String(n) });

function positionOf(cursor: Cursor | null): { seq: number; n: number } | null {
  if (!cursor) return null;
  const n = Number(cursor.id);
  if (typeof cursor.key !== 'number' || !Number.isSafeInteger(n)) return null;
  return { seq: cursor.key, n };
}

/** An entry of a write as one change of the feed. */
export function toChangeRecord(write: WriteRecord, n: number, entry: LogEntry): ChangeRecord {
  const ends = entry.ends;
  return {
    cursor: cursorOf(write.sequence, n),
    id: `${write.id}#${n}`,
    at: write.at,
    actor: write.actor,
    operation: write.operation,
    kind: entry.kind,
    entityId: isEntityType(entry.label) ? entry.target : null,
    label: entry.label,
    target: entry.target,
    relationship: ends
      ? { type: entry.label, from: ends.from, to: ends.to, key: ends.key === '' ? null : ends.key }
      : null,
    fields: Object.entries(entry.fields).map(([name, field]) => ({
      name,
      before: displayValue(field.before),
      after: displayValue(field.after),
    })),
    write,
  };
}

// The ids the log indexes for an entry (its entity, a relationship's ends, a redirect's two ids).
const involves = (entry: LogEntry, id: string): boolean =>
  entry.target === id || entryIds(entry).includes(id);

/** The parameters of the filters. */
function filterParams(args: ChangesFilters) {
  return {
    since: args.since ?? null,
    writeId: args.writeId ?? null,
    author: args.author ?? null,
    ...(args.entityId ? { idQuery: idsQuery([args.entityId]) } : {}),
  };
}

/** The statement's parameters for a page request. */
function feedParams(args: ChangesArgs, request: PageRequest) {
  const cursor = positionOf(request.direction === 'backward' ? request.before : request.after);
  return {
    ...filterParams(args),
    cursorSeq: cursor ? toNeo4jInt(cursor.seq) : null,
    cursorN: cursor ? toNeo4jInt(cursor.n) : null,
    need: toNeo4jInt(request.size + 1),
  };
}

/**
 * A page of the change log, newest first: `first`/`after` go back in time, `last`/`before` forward from
 * a cursor (how a feed is polled: docs/changes.md); filtered by `since`, an entity (its own changes and
 * its relationships') or one write. One statement.
 */
export async function findChanges(
  executor: TransactionRunner,
  args: ChangesArgs,
): Promise<ChangeConnectionRecord> {
  const request = toPageRequest(args);
  const backward = request.direction === 'backward';
  const params = feedParams(args, request);
  const cypher = args.entityId ? entityFeedCypher(backward) : feedCypher(backward);
  const rows = await executor.read('changes', cypher, params);
  const cursor = { seq: params.cursorSeq?.toNumber() ?? null, n: params.cursorN?.toNumber() ?? null };
  const items: ChangeRecord[] = [];
  for (const row of rows) {
    const write = toWriteRecord(row.write as Record<string, unknown>);
    const first = Number(row.first);
    (JSON.parse(String(row.entries)) as PackedEntry[]).forEach((packed, i) => {
      const n = first + i;
      const entry = unpackEntry(packed);
      if (args.entityId && !involves(entry, args.entityId)) return;
      if (cursor.seq !== null && cursor.n !== null && write.sequence === cursor.seq)
        if (backward ? n <= cursor.n : n >= cursor.n) return;
      items.push(toChangeRecord(write, n, entry));
    });
  }
  const order = (a: ChangeRecord, b: ChangeRecord) =>
    b.write.sequence - a.write.sequence || positionIn(b) - positionIn(a);
  items.sort(backward ? (a, b) => order(b, a) : order);
  const more = items.length > request.size;
  const page = items.slice(0, request.size);
  if (backward) page.reverse();
  const { since, entityId, author, writeId } = args;
  return {
    filters: { since, entityId, author, writeId },
    edges: page.map((node) => ({ cursor: node.cursor, node })),
    nodes: page,
    pageInfo: {
      hasNextPage: backward ? request.before !== null : more,
      hasPreviousPage: backward ? more : request.after !== null,
      startCursor: page[0]?.cursor ?? null,
      endCursor: page[page.length - 1]?.cursor ?? null,
    },
  };
}

const positionIn = (change: ChangeRecord): number => Number(change.id.slice(change.id.lastIndexOf('#') + 1));

/** How many changes the filters keep (what `totalCount` answers): one statement. */
export async function countChanges(executor: TransactionRunner, filters: ChangesFilters): Promise<number> {
  const params = filterParams(filters);
  if (!filters.entityId) {
    const [row] = await executor.read('countChanges', COUNT_CHANGES, params);
    return Number(row?.n ?? 0);
  }
  const id = filters.entityId;
  const rows = await executor.read('countChanges', ENTITY_BATCHES, params);
  return rows.reduce(
    (total, row) =>
      total +
      (JSON.parse(String(row.entries)) as PackedEntry[]).filter((p) => involves(unpackEntry(p), id)).length,
    0,
  );
}

/** One write of the log by id, or null. */
export async function findWrite(executor: TransactionRunner, id: string): Promise<WriteRecord | null> {
  const [row] = await executor.read('write', WRITE_BY_ID, { id });
  return row ? toWriteRecord(row.write as Record<string, unknown>) : null;
}
