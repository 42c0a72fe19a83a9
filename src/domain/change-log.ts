/**
 * The vocabulary of the change log (docs/changes.md): who changed what, and when. Its nodes carry none
 * of the entity labels, and never {@link ENTITY_LABEL}, so search, paths, exports and reports do not see
 * them; they hold no relationships.
 */

/** One write (an import, an upsert, a merge, a revert): who, when, what kind, how much. */
export const CHANGE_LABEL = 'Change';
/**
 * Up to {@link ENTRIES_PER_BATCH} entries of one write, in order: what the write did to each entity or
 * relationship, with each field's value before and after (JSON), and the ids they involve (full-text
 * indexed, to find an entity's changes).
 */
export const CHANGE_BATCH_LABEL = 'ChangeBatch';
/** Entries per {@link CHANGE_BATCH_LABEL} node. */
export const ENTRIES_PER_BATCH = 500;
/** The full-text index over the ids a batch of entries involves (whitespace-separated, case kept). */
export const CHANGE_IDS_INDEX = 'changeIds';
/** The one counter that hands out the writes' sequence numbers (the feed's stable order). */
export const CHANGE_SEQUENCE_LABEL = 'ChangeSequence';
/** An id that was merged into another entity: `node(id:)` follows it (an indexed redirect). */
export const MERGED_ID_LABEL = 'MergedId';

/** The labels of the log itself: what the graph's fingerprint and exports leave out. */
export const CHANGE_LOG_LABELS: readonly string[] = [CHANGE_LABEL, CHANGE_BATCH_LABEL, CHANGE_SEQUENCE_LABEL];

/** What kind of write a change is. */
export const CHANGE_OPERATIONS = ['import', 'upsert', 'merge', 'revert', 'bulk_import'] as const;
export type ChangeOperation = (typeof CHANGE_OPERATIONS)[number];

/** What a write did to one entity or relationship. */
export const CHANGE_KINDS = ['created', 'updated', 'deleted'] as const;
export type ChangeKind = (typeof CHANGE_KINDS)[number];

/**
 * The field of an entity's entry that stands for its citations (`SOURCED_FROM`): the list of Source ids,
 * as the importer's change sets show it.
 */
export const CITATIONS_FIELD = 'sources';

/** The canonical name of a relationship in the log: `TYPE from -> to`, and ` [key]` when it has one. */
export function relationshipTarget(type: string, from: string, to: string, key: string): string {
  return `${type} ${from} -> ${to}${key === '' ? '' : ` [${key}]`}`;
}
