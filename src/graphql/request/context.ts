import type { Driver } from 'neo4j-driver';
import type { Config } from '../../config.ts';
import type { Logger } from '../../logger.ts';
import { createExecutor, type Executor } from '../../cypher/index.ts';
import { importDataset, type ImportSummary } from '../../ingest/index.ts';
import { runReport, type QueryResult } from '../../reports/index.ts';
import { authorizedWriter, type TokenDigests } from './auth.ts';
import type { ChangeOperation } from '../../domain/change-log.ts';

/** What every resolver of one request receives. */
export interface GraphQLContext {
  readonly config: Config;
  /** Runs the request's statements, under its one deadline. */
  readonly executor: Executor;
  /** A logger bound to the request id. */
  readonly logger: Logger;
  readonly requestId: string;
  /** True when the request carried a valid write token (checked once, in constant time). */
  readonly canWrite: boolean;
  /** The name of that token: the actor the change log records for the request's writes. */
  readonly writer?: string | undefined;
  /** Who is asking, for the rate limiter: the remote address (or `local` for in-process calls). */
  readonly client: string;
  /** The operation's cost (request/cost.ts), once known. */
  cost: number;
  /**
   * Imports a dataset in one write transaction, under the request's deadline (ingest/), recorded in the
   * change log as `operation` (default `import`) by the request's writer.
   */
  importDataset(dataset: unknown, origin: string, operation?: ChangeOperation): Promise<ImportSummary>;
  /** Runs a named report read-only, under the request's deadline (reports/). */
  runReport(name: string, params: Record<string, unknown>, maxRows: number): Promise<QueryResult>;
}

export interface ContextOptions {
  readonly config: Config;
  readonly driver: Driver;
  readonly logger: Logger;
  readonly requestId: string;
  /** The `Authorization` header, if any. */
  readonly authorization: string | undefined;
  /** The remote address; `local` when absent. */
  readonly client?: string | undefined;
  readonly tokens: TokenDigests;
}

/** Builds a request's context: its executor (and deadline), its logger and its write permission. */
export function createContext(options: ContextOptions): GraphQLContext {
  const { config, driver, requestId } = options;
  const database = config.neo4j.database;
  const executor = createExecutor({ driver, database, timeoutMs: config.neo4j.queryTimeoutMs, requestId });
  const writer = authorizedWriter(options.authorization, options.tokens);
  return {
    config,
    executor,
    logger: options.logger.child({ requestId }),
    requestId,
    canWrite: writer !== undefined,
    writer,
    client: options.client ?? 'local',
    cost: 0,
    importDataset: (dataset, origin, operation = 'import') =>
      executor.external('import', (signal) =>
        // The transaction carries the deadline too, so Neo4j itself rolls it back when it passes.
        importDataset(driver, dataset, {
          database,
          origin,
          signal,
          timeoutMs: Math.max(1, executor.remaining()),
          log: { actor: writer ?? 'anonymous', operation },
        }),
      ),
    runReport: (name, params, maxRows) =>
      executor.external('report', () =>
        runReport(driver, name, params, { database, timeoutMs: Math.max(1, executor.remaining()), maxRows }),
      ),
  };
}
