import neo4j, { Neo4jError, type Driver } from 'neo4j-driver';
import type { Config } from '../config.ts';
import { isNeo4jReady } from '../neo4j/driver.ts';
import { queryTimeout, serviceUnavailable } from './errors.ts';
import { toPlainRow, type Row } from './neo4j-values.ts';

/** Runs the API's Cypher: the one place a resolver reaches Neo4j. */
export interface CypherExecutor {
  /**
   * Runs one read statement in its own auto-commit read transaction (timeout and metadata from the config) and
   * returns its rows as plain values. `name` labels the statement in the transaction metadata.
   */
  read(name: string, cypher: string, params?: Record<string, unknown>): Promise<Row[]>;
}

export interface ExecutorOptions {
  readonly driver: Driver;
  readonly config: Pick<Config, 'neo4j'>;
  /** Attached to every transaction's metadata (visible in `SHOW TRANSACTIONS` and the query log). */
  readonly requestId: string;
}

/** Creates the executor of one request. */
export function createExecutor({ driver, config, requestId }: ExecutorOptions): CypherExecutor {
  return {
    async read(name, cypher, params = {}) {
      const session = driver.session({
        database: config.neo4j.database,
        defaultAccessMode: neo4j.session.READ,
      });
      // An auto-commit transaction: RUN and PULL in one round trip. A managed read transaction
      // (executeRead) adds BEGIN and COMMIT and measured ~3x slower per statement here (p50 16.2 ms vs
      // 5.7 ms for the same search); a read-only statement loses nothing by not being retried by the driver.
      const work = runWithoutCallerStack(() =>
        session.run(cypher, params, {
          timeout: config.neo4j.queryTimeoutMs,
          metadata: { app: 'tdg-graphql', requestId, statement: name },
        }),
      )
        .then((result) => result.records)
        .finally(() => session.close());
      try {
        const records = await failFastOnDriver(driver, config.neo4j.database, work);
        return records.map((record) => toPlainRow(record.toObject()));
      } catch (error) {
        // Failed fast while the driver may still be retrying: closing the session stops the retries, so
        // no backlog of abandoned reads hits Neo4j the moment it is back.
        void session.close().catch(() => undefined);
        throw mapNeo4jError(error);
      }
    },
  };
}

/**
 * Runs `start` (which must create the driver's Result synchronously) with V8's stack capture off. The
 * driver formats the caller's stack for every Result it creates, to attach it to an error that may
 * come later. Under the server's source maps that formatting cost ~0.1 ms per statement, 7 % of the
 * server's busy time in a CPU profile of the entity query under load. A failed statement's error is
 * mapped by {@link mapNeo4jError} and keeps its Neo4j code and message; only the caller's frames go.
 */
export function runWithoutCallerStack<T>(start: () => T): T {
  const limit = Error.stackTraceLimit;
  Error.stackTraceLimit = 0;
  try {
    return start();
  } finally {
    Error.stackTraceLimit = limit;
  }
}

/** How long a statement runs before the executor checks that Neo4j is reachable at all. */
export const PROBE_AFTER_MS = 500;

/**
 * Resolves with `work`, or rejects with SERVICE_UNAVAILABLE as soon as Neo4j is known to be down. The
 * driver retries an unreachable server for its whole retry time (seconds), and a Neo4j that is still
 * starting accepts connections but answers nothing for a while; so when a statement takes longer than
 * {@link PROBE_AFTER_MS}, one bounded probe (`probe` resolves false, or rejects, when Neo4j does not
 * answer) settles it within the probe's timeout (2 s) more. A slow statement on a healthy
 * database is left to finish.
 */
export async function failFastWhenUnavailable<T>(
  work: Promise<T>,
  probe: () => Promise<boolean>,
): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const watchdog = new Promise<never>((_resolve, reject) => {
    timer = setTimeout(() => {
      probe().then(
        (up) => {
          if (!up) reject(serviceUnavailable());
        },
        (error: unknown) => {
          if (isUnavailable(error)) reject(error);
        },
      );
    }, PROBE_AFTER_MS);
  });
  try {
    return await Promise.race([work, watchdog]);
  } finally {
    clearTimeout(timer);
  }
}

/**
 * {@link failFastWhenUnavailable} with the readiness probe of `driver` (see driver.ts): for the executor's
 * reads and for work that does not go through an executor, such as the importer's write transaction.
 */
export function failFastOnDriver<T>(
  driver: Driver,
  database: string | undefined,
  work: Promise<T>,
): Promise<T> {
  return failFastWhenUnavailable(work, () => isNeo4jReady(driver, database));
}

function isUnavailable(error: unknown): error is Neo4jError {
  return error instanceof Neo4jError && UNAVAILABLE_CODES.has(error.code);
}

// Down or unreachable (the first two), or up but its database still starting after a restart.
const UNAVAILABLE_CODES = new Set([
  neo4j.error.SERVICE_UNAVAILABLE,
  neo4j.error.SESSION_EXPIRED,
  'Neo.TransientError.General.DatabaseUnavailable',
]);

/**
 * Maps the Neo4j errors clients can act on to API errors (unavailable, timed out); any other error is
 * returned as is, to be masked and logged.
 */
export function mapNeo4jError(error: unknown): unknown {
  if (!(error instanceof Neo4jError)) return error;
  if (UNAVAILABLE_CODES.has(error.code) || error.message.startsWith('Connection acquisition timed out')) {
    return withCause(serviceUnavailable(), error);
  }
  if (error.code.startsWith('Neo.ClientError.Transaction.TransactionTimedOut')) {
    return withCause(queryTimeout(), error);
  }
  return error;
}

function withCause<T extends Error>(mapped: T, cause: Error): T {
  // Kept for the server log (the error formatter logs `cause`); never sent to clients.
  Object.defineProperty(mapped, 'cause', { value: cause, enumerable: false });
  return mapped;
}
