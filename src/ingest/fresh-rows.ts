import type { Props } from './rows.ts';

/** Rows split by whether their subject was created by this transaction (so nothing of it can exist). */
export function splitRows<T>(rows: readonly T[], isFresh: (row: T) => boolean): { fresh: T[]; known: T[] } {
  const fresh: T[] = [];
  const known: T[] = [];
  for (const row of rows) (isFresh(row) ? fresh : known).push(row);
  return { fresh, known };
}

/** One row per key, the last one winning: what MERGE then SET does with repeated rows. */
export function lastPerKey<T>(rows: readonly T[], key: (row: T) => string): T[] {
  const byKey = new Map<string, T>();
  for (const row of rows) byKey.set(key(row), row);
  return [...byKey.values()];
}

interface RelationshipRow {
  readonly from: string;
  readonly to: string;
  readonly key: string;
  readonly props: Props;
  readonly sources: string[];
}

/**
 * Relationship rows to CREATE: one per (from, to, key) with the last row's properties and the union of
 * every row's sources, in order: the relationship MERGE would leave after all the rows.
 */
export function createdRelationshipRows(
  rows: readonly RelationshipRow[],
): { from: string; to: string; props: Props }[] {
  const byKey = new Map<string, { from: string; to: string; props: Props; sources: string[] }>();
  for (const row of rows) {
    const id = JSON.stringify([row.from, row.to, row.key]);
    const sources = byKey.get(id)?.sources ?? [];
    for (const source of row.sources) if (!sources.includes(source)) sources.push(source);
    byKey.set(id, { from: row.from, to: row.to, props: row.props, sources });
  }
  return [...byKey.values()].map(({ from, to, props, sources }) => ({
    from,
    to,
    props: { ...props, sources },
  }));
}
