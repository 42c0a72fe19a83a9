import type { CypherExecutor } from './executor.ts';
import type { Row } from './neo4j-values.ts';

/**
 * One loader's batch: a Cypher body that reads the list `ids` and returns the columns `id` and `value`
 * (one row per id that has data). The body is a code constant; the ids are parameters.
 */
export interface BatchPart {
  /** Names the part in the transaction metadata. */
  readonly name: string;
  readonly body: string;
  readonly ids: readonly string[];
}

/** Runs a loader's batch, combined with the other loaders' batches of the same tick. */
export type BatchRunner = (part: BatchPart) => Promise<Row[]>;

interface Pending {
  readonly part: BatchPart;
  resolve(rows: Row[]): void;
  reject(error: unknown): void;
}

/**
 * Creates a request's batch runner. DataLoader batches per loader; a query that asks for several fields
 * (and sources) at one level would still cost one statement per field. The runner collects every batch
 * dispatched in the same turn of the event loop and runs them as ONE statement (a UNION ALL of the
 * parts), so a request costs one statement per level of the query, whatever its width or result size.
 */
export function createBatchRunner(executor: CypherExecutor): BatchRunner {
  let pending: Pending[] = [];
  const flush = async (): Promise<void> => {
    const batch = pending;
    pending = [];
    try {
      const { name, cypher, params } = combineParts(batch.map((p) => p.part));
      const rows = await executor.read(name, cypher, params);
      const byPart = batch.map((): Row[] => []);
      for (const row of rows) byPart[row.part as number]?.push(row);
      batch.forEach((p, i) => p.resolve(byPart[i] ?? []));
    } catch (error) {
      batch.forEach((p) => p.reject(error));
    }
  };
  return (part) =>
    new Promise<Row[]>((resolve, reject) => {
      pending.push({ part, resolve, reject });
      // DataLoader dispatches its batches on process.nextTick; setImmediate runs after all of them.
      if (pending.length === 1) setImmediate(() => void flush());
    });
}

/** The one statement of several parts: each part in its own subquery, joined with UNION ALL. */
export function combineParts(parts: readonly BatchPart[]): {
  name: string;
  cypher: string;
  params: Record<string, unknown>;
} {
  const params: Record<string, unknown> = {};
  const branches = parts.map((part, i) => {
    params[`ids${i}`] = part.ids;
    return `CALL () {\n  WITH $ids${i} AS ids\n  ${part.body.trim()}\n}\nRETURN ${i} AS part, id, value`;
  });
  const names = [...new Set(parts.map((part) => part.name))];
  return { name: names.join('+'), cypher: branches.join('\nUNION ALL\n'), params };
}
