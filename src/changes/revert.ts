import type { ManagedTransaction } from 'neo4j-driver';
import { AppError, ErrorCode, badUserInput, notFound } from '../errors.ts';
import { applyEntries } from './apply.ts';
import { describeConflicts, findRevertConflicts } from './conflicts.ts';
import { entryIds, invertEntry } from './entries.ts';
import { readLaterEntries, readLoggedWrite } from './log-reads.ts';
import { type RecordedWrite, recordWrite } from './record.ts';

/**
 * Undoes a write, in `tx`, as a write of its own (operation `revert`): every entry of the write is
 * inverted (created ↔ deleted, before ↔ after) and applied, newest first. Refused with REVERT_CONFLICT
 * when a later write changed the same entities and fields (naming each: id, actor, time); with
 * BAD_USER_INPUT when the write was already reverted, or for a bulk import (which records counts, not entries); NOT_FOUND for an
 * id the log does not hold.
 */
export async function revertWrite(tx: ManagedTransaction, id: string, actor: string): Promise<RecordedWrite> {
  const found = await readLoggedWrite(tx, id);
  if (!found) throw notFound(`No write ${id} in the change log.`);
  const { write, entries } = found;
  if (write.operation === 'bulk_import')
    throw badUserInput(
      `${id} is a bulk import: the log keeps what it loaded, not each record, so it cannot be reverted.`,
      [{ path: 'id', message: 'a bulk import cannot be reverted' }],
    );
  if (write.revertedBy !== null)
    throw badUserInput(`${id} was already reverted by ${write.revertedBy}.`, [
      { path: 'id', message: `already reverted by ${write.revertedBy}` },
    ]);
  const ids = entries.flatMap((entry) => [entry.target, ...entryIds(entry)]);
  const conflicts = findRevertConflicts(entries, write.seq, await readLaterEntries(tx, write.seq, ids));
  if (conflicts.length > 0)
    throw new AppError(ErrorCode.RevertConflict, describeConflicts(id, conflicts), {
      http: { status: 409 },
      issues: conflicts.map(({ write: later, targets }) => ({
        path: 'id',
        message: `overwritten by ${later.id} (${later.operation} by ${later.actor} at ${later.at}): ${targets.join(', ')}`,
      })),
      conflicts: conflicts.map(({ write: later, targets }) => ({
        id: later.id,
        actor: later.actor,
        at: later.at,
        operation: later.operation,
        targets,
      })),
    });
  const inverse = [...entries].reverse().map(invertEntry);
  await applyEntries(tx, inverse);
  const recorded = await recordWrite(tx, {
    operation: 'revert',
    actor,
    origin: `revert of ${id}`,
    reverts: id,
    entries: inverse,
  });
  if (!recorded) throw new Error(`Reverting ${id} recorded nothing`);
  return recorded;
}
