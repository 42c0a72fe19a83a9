import type { ManagedTransaction } from 'neo4j-driver';
import type { Dataset } from './dataset.ts';
import type { UpdateMode } from './update-mode.ts';

/** Rows per statement: big files are written in several UNWINDs of the one transaction. */
export const BATCH_ROWS = 10_000;

/**
 * `fast` CREATEs what this transaction's own new nodes need; `merge` MERGEs everything. A concurrent
 * import of the same new ids makes `fast` fail on the id constraint, and the file is then rerun in `merge`.
 */
export type WriteMode = 'fast' | 'merge';

/** What the writers of one import share. */
export interface WriteContext {
  readonly tx: ManagedTransaction;
  readonly dataset: Dataset;
  readonly mode: WriteMode;
  readonly update: UpdateMode;
  /** id → label of what the database held before (for the ids the file names). */
  readonly existing: ReadonlyMap<string, string>;
  /** True for an id this transaction creates: nothing can hang on it yet, so nothing is read. */
  readonly isNew: (id: string) => boolean;
  /** Runs a statement over rows, in batches, adding up Neo4j's counters. */
  readonly apply: (statement: string, rows: readonly unknown[]) => Promise<void>;
}

/** Neo4j's counters, added up over an import's statements. */
export interface WriteCounters {
  nodesCreated: number;
  relationshipsCreated: number;
  propertiesSet: number;
}

/** A statement runner in batches of {@link BATCH_ROWS} rows that adds up Neo4j's counters. */
export function createApply(tx: ManagedTransaction, counters: WriteCounters) {
  return async (statement: string, rows: readonly unknown[]): Promise<void> => {
    for (let start = 0; start < rows.length; start += BATCH_ROWS) {
      const result = await tx.run(statement, { rows: rows.slice(start, start + BATCH_ROWS) });
      const updates = result.summary.counters.updates();
      counters.nodesCreated += updates.nodesCreated;
      counters.relationshipsCreated += updates.relationshipsCreated;
      counters.propertiesSet += updates.propertiesSet;
    }
  };
}
