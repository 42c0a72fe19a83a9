import { entryIds, entryShape, type LogEntry } from './entries.ts';
import type { LoggedWrite } from './log-reads.ts';

/** A later write that a revert would overwrite, and what of it. */
export interface RevertConflict {
  readonly write: LoggedWrite;
  /** The entities and relationships it changed that the revert would undo too. */
  readonly targets: readonly string[];
}

/**
 * The later writes a revert of `entries` (written at `seq`) would overwrite. A later entry conflicts
 * when it created or deleted the same thing, or changed one of the same fields of it, or touched an
 * entity the revert would delete or bring back (a relationship added to a node the reverted write
 * created). Later writes that were themselves undone are left out, and so are the reverts that undid
 * them (a revert of a write after `seq`): together they changed nothing.
 */
export function findRevertConflicts(
  entries: readonly LogEntry[],
  seq: number,
  later: readonly { write: LoggedWrite & { revertsSeq: number | null }; entry: LogEntry }[],
): RevertConflict[] {
  const byTarget = new Map(entries.map((entry) => [entry.target, entry]));
  // Entities the revert deletes (created by the write) or brings back (deleted by it).
  const appearing = new Set(
    entries.filter((e) => entryShape(e) === 'entity' && e.kind !== 'updated').map((e) => e.target),
  );
  const conflicts = new Map<string, { write: LoggedWrite; targets: Set<string> }>();
  for (const { write, entry } of later) {
    if (write.seq <= seq || write.revertedBy !== null) continue;
    if (write.revertsSeq !== null && write.revertsSeq > seq) continue;
    if (!conflictsWith(entry, byTarget.get(entry.target), appearing)) continue;
    const found = conflicts.get(write.id) ?? { write, targets: new Set<string>() };
    found.targets.add(entry.target);
    conflicts.set(write.id, found);
  }
  return [...conflicts.values()]
    .sort((a, b) => a.write.seq - b.write.seq)
    .map(({ write, targets }) => ({ write, targets: [...targets].sort() }));
}

function conflictsWith(later: LogEntry, ours: LogEntry | undefined, appearing: ReadonlySet<string>): boolean {
  if (ours) {
    if (ours.kind !== 'updated' || later.kind !== 'updated') return true;
    return Object.keys(later.fields).some((name) => name in ours.fields);
  }
  return entryIds(later).some((id) => appearing.has(id));
}

/** The message of a refused revert: each later write with its id, actor, time and what it changed. */
export function describeConflicts(id: string, conflicts: readonly RevertConflict[]): string {
  const shown = conflicts.slice(0, 10).map(({ write, targets }) => {
    const what =
      targets.slice(0, 3).join(', ') + (targets.length > 3 ? ` and ${targets.length - 3} more` : '');
    return `${write.id} (${write.operation} by ${write.actor} at ${write.at}: ${what})`;
  });
  const more = conflicts.length > 10 ? `, and ${conflicts.length - 10} more writes` : '';
  return `${id} cannot be reverted: later writes changed the same entities and fields, and reverting would overwrite them: ${shown.join('; ')}${more}. Revert those first (newest first), or edit by hand.`;
}
