import neo4j from 'neo4j-driver';
import type { Change, ChangeSet, FieldChange } from './dataset.ts';

export type { Change, ChangeSet, FieldChange } from './dataset.ts';

/** A stored value as plain JSON: dates as `YYYY-MM-DD`, Neo4j integers as numbers, lists as lists. */
export function toPlain(value: unknown): unknown {
  if (value === undefined || value === null) return null;
  if (neo4j.isInt(value)) return value.toNumber();
  if (neo4j.isDate(value)) return value.toString();
  if (Array.isArray(value)) return value.map(toPlain);
  return value;
}

function samePlain(a: unknown, b: unknown): boolean {
  if (Array.isArray(a) && Array.isArray(b))
    return a.length === b.length && a.every((x, i) => samePlain(x, b[i]));
  return a === b;
}

/** The properties that differ between `before` and `after` (absent = null), as plain values. */
export function diffProps(
  before: Readonly<Record<string, unknown>> | undefined,
  after: Readonly<Record<string, unknown>>,
  ignore: readonly string[] = [],
): Record<string, FieldChange> {
  const fields: Record<string, FieldChange> = {};
  const keys = new Set([...Object.keys(before ?? {}), ...Object.keys(after)]);
  for (const key of [...keys].sort()) {
    if (ignore.includes(key)) continue;
    const was = toPlain(before?.[key]);
    const is = toPlain(after[key]);
    if (!samePlain(was, is)) fields[key] = { before: was, after: is };
  }
  return fields;
}

/** A change entry: created when there was nothing before, else updated or unchanged by its fields. */
export function changeOf(
  id: string,
  label: string,
  before: Readonly<Record<string, unknown>> | undefined,
  after: Readonly<Record<string, unknown>>,
  ignore: readonly string[] = [],
): Change {
  if (before === undefined) return createdChange(id, label, after);
  const fields = diffProps(before, after, ignore);
  const op = before === undefined ? 'created' : Object.keys(fields).length > 0 ? 'updated' : 'unchanged';
  return { id, label, op, fields };
}

/** What a new record or relationship is: every property, from nothing (the cheap path of a first load). */
function createdChange(id: string, label: string, after: Readonly<Record<string, unknown>>): Change {
  const fields: Record<string, FieldChange> = {};
  for (const key in after)
    if (after[key] !== undefined && after[key] !== null)
      fields[key] = { before: null, after: toPlain(after[key]) };
  return { id, label, op: 'created', fields };
}

/** How many records and relationships a change set changes. */
export function countChanged(changes: ChangeSet): { records: number; relationships: number } {
  const changed = (list: readonly Change[]) => list.filter((c) => c.op !== 'unchanged').length;
  return { records: changed(changes.records), relationships: changed(changes.relationships) };
}

const MAX_TEXT = 60;

function show(value: unknown): string {
  if (value === null) return '(none)';
  const text = typeof value === 'string' ? JSON.stringify(value) : JSON.stringify(value);
  return text.length > MAX_TEXT ? `${text.slice(0, MAX_TEXT - 1)}…"` : text;
}

/** `amount: 500000000 → 700000000`, or for a list `aliases: + "foo", − "bar"`. */
function describeField(name: string, change: FieldChange): string {
  const { before, after } = change;
  if (Array.isArray(after) && (Array.isArray(before) || before === null)) {
    const was = (before ?? []) as unknown[];
    const added = after.filter((x) => !was.some((y) => samePlain(x, y))).map((x) => `+ ${show(x)}`);
    const removed = was.filter((x) => !after.some((y) => samePlain(x, y))).map((x) => `− ${show(x)}`);
    const moved = added.length + removed.length === 0 ? ['(reordered)'] : [];
    return `${name}: ${[...added, ...removed, ...moved].join(', ')}`;
  }
  return `${name}: ${show(before)} → ${show(after)}`;
}

/** One line per change that is not `unchanged`: `investment:x  amount: 5 → 7; aliases: + "foo"`. */
export function formatChange(change: Change): string {
  if (change.op === 'created') return `${change.id}  (new ${change.label})`;
  const fields = Object.entries(change.fields).map(([name, field]) => describeField(name, field));
  return `${change.id}  ${fields.join('; ')}`;
}

/** The diff of an import, records first: one line per created or updated record or relationship. */
export function formatChangeSet(changes: ChangeSet): string[] {
  return [...changes.records, ...changes.relationships]
    .filter((change) => change.op !== 'unchanged')
    .map(formatChange);
}
