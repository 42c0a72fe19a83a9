import neo4j, { Neo4jError, type BookmarkManager, type Driver, type ManagedTransaction } from 'neo4j-driver';
import { isNeo4jReady } from '../neo4j/driver.ts';
import { toPlainRow, type Row } from '../neo4j/values.ts';
import { BUMP_GRAPH_VERSION } from './graph-version.ts';
import { ErrorCode, isAppError, queryTimeout, serviceUnavailable } from '../errors.ts';

/**
 * Runs the project's Cypher: every statement a GraphQL request sends goes through one executor, created
 * per request, and so do reports and ad-hoc queries (src/reports/runner.ts) and dataset imports
 * (src/ingest), from the API or the command line (src/cli/with-database.ts). It owns the policy: the session and transaction kind, the request's deadline (one budget for
 * all its statements), the transaction metadata (app, request id, statement name), fail-fast when Neo4j
 * is down, the mapping of Neo4j errors to API errors, and the conversion of values at the boundary.
 *
 * What does not come through here, and why: the readiness probe (src/neo4j/driver.ts, a pool of its
 * own), the local runtime's own checks (src/runtime), the bulk importer (offline, neo4j-admin), and the
 * command line's offline tools (`tdg export`), which open their own read sessions.
 */
export interface Executor {
  /**
   * Runs one read statement in its own auto-commit read transaction, bounded by the deadline, and
   * returns its rows as plain values. `name` labels it in the transaction metadata.
   */
  read(name: string, cypher: string, params?: Record<string, unknown>): Promise<Row[]>;
  /**
   * Runs `work` in one managed read transaction (several statements, one snapshot), bounded by the
   * deadline. The work must be free of side effects: the driver may retry it.
   */
  readTransaction<T>(name: string, work: (tx: ManagedTransaction) => Promise<T>): Promise<T>;
  /**
   * Runs `work` in one managed write transaction, bounded by the deadline: all of it or nothing; the
   * same transaction bumps the graph version (graph-version.ts), so what is cached per version is
   * recomputed after every write that commits, and after none that rolls back. When
   * Neo4j is found down the session is closed, which rolls the transaction back and cancels the driver's
   * retries, so a write answered "unavailable" does not land later (one whose commit was already on the
   * wire can; that much is unknowable for any client).
   */
  write<T>(name: string, work: (tx: ManagedTransaction) => Promise<T>): Promise<T>;
  /** Milliseconds left before the deadline (never below 0). */
  remaining(): number;
  /**
   * Sets the whole budget to `timeoutMs` from the executor's creation (a write request gets the write
   * timeout once the operation is known to be a mutation).
   */
  setBudget(timeoutMs: number): void;
}

export interface ExecutorOptions {
  readonly driver: Driver;
  readonly database: string | undefined;
  /**
   * The budget of the whole unit of work (a GraphQL request, a report run), in milliseconds; none when
   * unset (tests and offline tools that own their time).
   */
  readonly timeoutMs?: number | undefined;
  /** Attached to every transaction's metadata (visible in `SHOW TRANSACTIONS` and the query log). */
  readonly requestId: string;
  /** Names the caller in the metadata: `tdg-graphql`, `tdg-cli`... */
  readonly app?: string;
}

/** Creates the executor of one unit of work; its deadline starts now. */
export function createExecutor(options: ExecutorOptions): Executor {
  const { driver, database, requestId } = options;
  const created = Date.now();
  let deadline = created + (options.timeoutMs ?? Number.POSITIVE_INFINITY);
  const app = options.app ?? 'tdg-graphql';
  const remaining = () => Math.max(0, deadline - Date.now());
  const txConfig = (name: string) => {
    const left = remaining();
    const metadata = { app, requestId, statement: name };
    return Number.isFinite(left) ? { timeout: budgetOrThrow(left), metadata } : { metadata };
  };
  // Each statement gets a session of its own, so nothing chains them by default. Once this unit of work
  // has written, its later sessions share the write's bookmark: over a cluster (neo4j://) a read routed
  // to a follower then waits until that follower has the write, so a mutation reads back what it wrote.
  // Reads before any write carry no bookmark and may go to any follower at once.
  let bookmarks: BookmarkManager | undefined;
  const guarded = async <T>(
    work: (session: ReturnType<Driver['session']>) => Promise<T>,
    mode: 'READ' | 'WRITE',
  ): Promise<T> => {
    if (mode === 'WRITE') bookmarks ??= neo4j.bookmarkManager();
    const session = driver.session({
      database,
      defaultAccessMode: mode === 'READ' ? neo4j.session.READ : neo4j.session.WRITE,
      bookmarkManager: bookmarks,
    });
    const running = work(session).finally(() => session.close());
    const watching = new AbortController();
    try {
      return await withinDeadline(
        failFastWhenUnavailable(running, () => isNeo4jReady(driver, database), watching.signal),
        remaining(),
      );
    } catch (error) {
      // Closing the session ends an open transaction and stops the driver's retries, so no backlog of
      // abandoned work reaches Neo4j the moment it is back.
      const closing = session.close().catch(() => undefined);
      running.catch(() => undefined);
      if (mode === 'WRITE' && isAppError(error) && error.code === ErrorCode.QueryTimeout) {
        // The deadline passed while a write was in flight: its COMMIT may already be on the wire. The
        // answer must say what happened to the graph, so wait for the transaction to settle (closing the
        // session rolls back one still open; Neo4j's own timeout bounds one still running).
        await closing;
        const outcome = await running.then(
          (value) => ({ committed: true as const, value }),
          () => ({ committed: false as const }),
        );
        if (outcome.committed) return outcome.value;
      }
      // Past the deadline, whatever Neo4j answers is the stopping of the transaction (terminated, rolled
      // back, a lock wait ended): the deadline's, and the client's code for it is QUERY_TIMEOUT.
      if (error instanceof Neo4jError && remaining() === 0 && mapNeo4jError(error) === error) {
        throw queryTimeout(error);
      }
      throw mapNeo4jError(error);
    } finally {
      // The answer is decided: stop probing Neo4j for work nobody waits for any more (a probe loop left
      // running kept `tdg report` alive after it had printed its timeout).
      watching.abort();
    }
  };
  return {
    remaining,
    setBudget: (timeoutMs) => {
      deadline = created + timeoutMs;
    },
    read: async (name, cypher, params = {}) => {
      const config = txConfig(name);
      return guarded(async (session) => {
        // An auto-commit transaction: RUN and PULL in one round trip. A managed read transaction
        // (executeRead) adds BEGIN and COMMIT and measured ~3x slower per statement here (p50 16.2 ms vs
        // 5.7 ms for the same search); a read-only statement loses nothing by not being retried.
        const result = await runWithoutCallerStack(() => session.run(cypher, params, config));
        return result.records.map((record) => toPlainRow(record.toObject()));
      }, 'READ');
    },
    readTransaction: async (name, work) => {
      const config = txConfig(name);
      return guarded((session) => session.executeRead(work, config), 'READ');
    },
    write: async (name, work) => {
      const config = txConfig(name);
      return guarded((session) => session.executeWrite((tx) => bumpingVersion(tx, work), config), 'WRITE');
    },
  };
}

/** Runs `work`, then bumps the graph version in the same transaction (so only once `work` succeeded). */
async function bumpingVersion<T>(tx: ManagedTransaction, work: (tx: ManagedTransaction) => Promise<T>) {
  const result = await work(tx);
  await tx.run(BUMP_GRAPH_VERSION);
  return result;
}

/** The transaction timeout for what is left of the deadline; none left is a timeout already. */
function budgetOrThrow(left: number): number {
  if (left <= 0) throw queryTimeout();
  return left;
}

/** How long past the deadline the server's own timeout is given to answer before the request gives up. */
export const DEADLINE_GRACE_MS = 250;

/** Resolves with `work`, or rejects with QUERY_TIMEOUT when the deadline (`left` ms from now) passes. */
export async function withinDeadline<T>(work: Promise<T>, left: number): Promise<T> {
  if (!Number.isFinite(left)) return work;
  let timer: NodeJS.Timeout | undefined;
  const expired = new Promise<never>((_resolve, reject) => {
    timer = setTimeout(() => reject(queryTimeout()), left + DEADLINE_GRACE_MS);
  });
  try {
    return await Promise.race([work, expired]);
  } finally {
    clearTimeout(timer);
  }
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

/** How long a statement runs before the executor first checks that Neo4j is reachable at all. */
export const PROBE_AFTER_MS = 500;

/**
 * Resolves with `work`, or rejects with SERVICE_UNAVAILABLE as soon as Neo4j is known to be down. The
 * driver retries an unreachable server for its whole retry time (seconds), and a Neo4j that is still
 * starting accepts connections but answers nothing for a while; so while a statement runs longer than
 * {@link PROBE_AFTER_MS}, Neo4j is probed every {@link PROBE_AFTER_MS} (each probe bounded at 2 s): an
 * outage that starts while the work runs is noticed within about 2.5 s, however long the work has run.
 * A slow statement on a healthy database is left to finish. `signal` stops the probing early, once the
 * caller has answered without `work` (its deadline passed).
 */
export async function failFastWhenUnavailable<T>(
  work: Promise<T>,
  probe: () => Promise<boolean>,
  signal?: AbortSignal,
): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  let settled = false;
  const stop = () => {
    settled = true;
    clearTimeout(timer);
  };
  signal?.addEventListener('abort', stop, { once: true });
  const watchdog = new Promise<never>((_resolve, reject) => {
    const check = () => {
      probe().then(
        (up) => {
          if (!up) reject(serviceUnavailable());
          else if (!settled) timer = setTimeout(check, PROBE_AFTER_MS);
        },
        (error: unknown) => {
          if (isUnavailable(error)) reject(serviceUnavailable(error));
          else if (!settled) timer = setTimeout(check, PROBE_AFTER_MS);
        },
      );
    };
    timer = setTimeout(check, PROBE_AFTER_MS);
  });
  try {
    return await Promise.race([work, watchdog]);
  } finally {
    stop();
    signal?.removeEventListener('abort', stop);
  }
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
  if (isAppError(error) || !(error instanceof Neo4jError)) return error;
  if (UNAVAILABLE_CODES.has(error.code) || error.message.startsWith('Connection acquisition timed out')) {
    return serviceUnavailable(error);
  }
  if (error.code.startsWith('Neo.ClientError.Transaction.TransactionTimedOut')) return queryTimeout(error);
  return error;
}

/** What runs a write transaction: an executor, or a {@link createTransactionRunner}. */
export interface TransactionRunner {
  write<T>(name: string, work: (tx: ManagedTransaction) => Promise<T>): Promise<T>;
  readTransaction<T>(name: string, work: (tx: ManagedTransaction) => Promise<T>): Promise<T>;
  read(name: string, cypher: string, params?: Record<string, unknown>): Promise<Row[]>;
}

/**
 * The executor's policy for tools that run one transaction after another, each with a budget of its own
 * (`tdg import` of many files, the seed at start-up, a report from the command line): every call gets a
 * fresh executor, so one file's time does not eat the next one's.
 */
export function createTransactionRunner(options: ExecutorOptions): TransactionRunner {
  return {
    write: (name, work) => createExecutor(options).write(name, work),
    readTransaction: (name, work) => createExecutor(options).readTransaction(name, work),
    read: (name, cypher, params) => createExecutor(options).read(name, cypher, params),
  };
}
