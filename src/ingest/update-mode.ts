import type { Props } from './rows.ts';

/**
 * What an import does to a record (or relationship) the database already holds:
 * - `merge` (the default): the fields the file gives overwrite, the others are kept, aliases are added;
 * - `replace` (`tdg import --replace`): the record's fields become exactly the file's;
 * - `fill`: only what is missing is added (reference data, such as the ISO countries, that must never
 *   overwrite what a dataset says).
 * Sources always accumulate, and a claim's status reports and figures are always added to.
 */
export type UpdateMode = 'merge' | 'replace' | 'fill';

type Stored = Readonly<Record<string, unknown>>;

/** `a`, then the items of `b` it lacks, in order. */
export function unionList(a: unknown, b: unknown): string[] {
  const first = Array.isArray(a) ? (a as string[]) : [];
  const out = [...first];
  for (const item of Array.isArray(b) ? (b as string[]) : []) if (!out.includes(item)) out.push(item);
  return out;
}

/** A node's properties after the import (derived ones are recomputed afterwards, so kept here). */
export function mergeNodeProps(
  stored: Stored,
  given: Props,
  mode: UpdateMode,
  derived: readonly string[],
): Props {
  const kept = Object.fromEntries(Object.entries(stored).filter(([key]) => derived.includes(key))) as Props;
  if (mode === 'replace') return { ...kept, ...given };
  const aliases = unionList(stored.aliases, given.aliases);
  if (mode === 'fill') return { ...given, ...(stored as Props), aliases };
  return { ...(stored as Props), ...given, aliases };
}

/** A relationship's properties after the import; its sources are the union of both. */
export function mergeRelationshipProps(stored: Stored | undefined, given: Props, mode: UpdateMode): Props {
  const sources = unionList(stored?.sources, given.sources);
  if (stored === undefined || mode === 'replace') return { ...given, sources };
  if (mode === 'fill') return { ...given, ...(stored as Props), sources };
  return { ...(stored as Props), ...given, sources };
}

/** A status report's or figure's properties after the import (same rules, without sources). */
export function mergeReportProps(stored: Stored | undefined, given: Props, mode: UpdateMode): Props {
  if (stored === undefined || mode === 'replace') return given;
  return mode === 'fill' ? { ...given, ...(stored as Props) } : { ...(stored as Props), ...given };
}
