import type { Driver } from 'neo4j-driver';
import type { Config } from '../../config.ts';
import type { Logger } from '../../logger.ts';
import { createExecutor, type Executor } from '../../cypher/index.ts';
import { authorizedWriter, type TokenDigests } from './auth.ts';

/**
 * What every resolver of one request receives: no driver, only the executor, through which every
 * statement, report and write of the request runs.
 */
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
  };
}
