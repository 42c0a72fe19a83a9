import { type ChangeKind, MERGED_ID_LABEL, relationshipTarget } from '../domain/change-log.ts';
import { isEntityType } from '../domain/model.ts';
import type { Change } from '../ingest/dataset.ts';
import { encodeImportedValue, type LoggedValue } from './values.ts';

/** A field's value before and after a write (null: absent). */
export interface LoggedField {
  readonly before: LoggedValue;
  readonly after: LoggedValue;
}

/** The ends of a relationship, and the key that tells it apart from others of its type between them. */
export interface EntryEnds {
  readonly from: string;
  readonly to: string;
  readonly key: string;
}

/**
 * What one write did to one thing: an entity (`label` its entity label, `target` its id), a relationship
 * (`label` its type, `ends` its ends and key, `target` `TYPE from -> to [key]`), or a merged id's
 * redirect (`label` MergedId, `target` the old id). For an entity, the field `sources` is its citations.
 * A created thing lists every field (before null), a deleted one too (after null): enough to undo it.
 */
export interface LogEntry {
  readonly target: string;
  readonly label: string;
  readonly kind: ChangeKind;
  readonly ends?: EntryEnds;
  readonly fields: Readonly<Record<string, LoggedField>>;
}

/** What kind of thing an entry is about. */
export function entryShape(entry: LogEntry): 'entity' | 'relationship' | 'redirect' | 'bulk' {
  if (entry.label === MERGED_ID_LABEL) return 'redirect';
  if (entry.label === BULK_IMPORT_ENTRY) return 'bulk';
  return isEntityType(entry.label) ? 'entity' : 'relationship';
}

/** The entity ids an entry involves: the entity, a relationship's two ends, a redirect's two ids. */
export function entryIds(entry: LogEntry): string[] {
  if (entry.ends) return [entry.ends.from, entry.ends.to];
  if (entry.label === BULK_IMPORT_ENTRY) return [];
  const into = entry.fields.into;
  const other = [into?.before, into?.after].filter((v): v is string => typeof v === 'string');
  return [entry.target, ...other];
}

/** An entry's values in one state: `before` or `after` (absent fields left out). */
export function valuesOf(entry: LogEntry, state: 'before' | 'after'): Record<string, LoggedValue> {
  const values: Record<string, LoggedValue> = {};
  for (const [name, field] of Object.entries(entry.fields)) {
    if (field[state] !== null) values[name] = field[state];
  }
  return values;
}

/** The entry that undoes `entry`: created ↔ deleted, and every field's before and after swapped. */
export function invertEntry(entry: LogEntry): LogEntry {
  const kind: ChangeKind =
    entry.kind === 'created' ? 'deleted' : entry.kind === 'deleted' ? 'created' : 'updated';
  const fields = Object.fromEntries(
    Object.entries(entry.fields).map(([name, field]) => [name, { before: field.after, after: field.before }]),
  );
  return { ...entry, kind, fields };
}

/**
 * The log entry of one record or relationship of an import's change set (null when it is unchanged),
 * its values typed as the importer stored them.
 */
export function entryOfImportChange(change: Change): LogEntry | null {
  if (change.op === 'unchanged') return null;
  const fields = Object.fromEntries(
    Object.entries(change.fields).map(([name, field]) => [
      name,
      {
        before: encodeImportedValue(change.label, name, field.before),
        after: encodeImportedValue(change.label, name, field.after),
      },
    ]),
  );
  if (!change.ends) return { target: change.id, label: change.label, kind: change.op, fields };
  const { from, to, key } = change.ends;
  return {
    target: relationshipTarget(change.label, from, to, key),
    label: change.label,
    kind: change.op,
    ends: change.ends,
    fields,
  };
}

/** How many entries created, updated and deleted something. */
export function countEntries(entries: readonly LogEntry[]): Record<ChangeKind, number> {
  const counts: Record<ChangeKind, number> = { created: 0, updated: 0, deleted: 0 };
  for (const entry of entries) counts[entry.kind] += 1;
  return counts;
}

/** The label of the one entry a bulk import records: what it loaded, not each record. */
export const BULK_IMPORT_ENTRY = 'BulkImport';

/** The one entry of a bulk import: the files, and how many nodes and relationships they loaded. */
export function bulkImportEntry(loaded: {
  readonly files: readonly string[];
  readonly nodes: number;
  readonly relationships: number;
}): LogEntry {
  const created = (value: LoggedValue): LoggedField => ({ before: null, after: value });
  return {
    target: '(bulk import)',
    label: BULK_IMPORT_ENTRY,
    kind: 'created',
    fields: {
      files: created(loaded.files.map((file) => file.split(/[\\/]/).pop() ?? file)),
      nodes: created(loaded.nodes),
      relationships: created(loaded.relationships),
    },
  };
}

/**
 * An entry as stored in a batch: short keys, and a created (deleted) thing's fields as their values
 * after (before) alone, since the other side is null: a third of the log of a large first import.
 */
export interface PackedEntry {
  readonly t: string;
  readonly l: string;
  readonly k: ChangeKind;
  readonly e?: EntryEnds;
  readonly f: Readonly<Record<string, LoggedValue | readonly [LoggedValue, LoggedValue]>>;
}

/** Packs an entry for storage (see {@link PackedEntry}). */
export function packEntry(entry: LogEntry): PackedEntry {
  const f: Record<string, LoggedValue | readonly [LoggedValue, LoggedValue]> = {};
  for (const [name, field] of Object.entries(entry.fields))
    f[name] =
      entry.kind === 'created'
        ? field.after
        : entry.kind === 'deleted'
          ? field.before
          : [field.before, field.after];
  return { t: entry.target, l: entry.label, k: entry.kind, ...(entry.ends ? { e: entry.ends } : {}), f };
}

/** The entry a packed one stands for. */
export function unpackEntry(packed: PackedEntry): LogEntry {
  const fields: Record<string, LoggedField> = {};
  for (const [name, value] of Object.entries(packed.f)) {
    if (packed.k === 'created') fields[name] = { before: null, after: value };
    else if (packed.k === 'deleted') fields[name] = { before: value, after: null };
    else {
      const [before, after] = value as readonly [LoggedValue, LoggedValue];
      fields[name] = { before, after };
    }
  }
  return {
    target: packed.t,
    label: packed.l,
    kind: packed.k,
    ...(packed.e ? { ends: packed.e } : {}),
    fields,
  };
}
