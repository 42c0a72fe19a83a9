import type { Driver } from 'neo4j-driver';
import type { Config } from '../config.ts';
import type { Logger } from '../logger.ts';
import { isWriteAuthorized, type TokenDigests } from './auth.ts';
import { createExecutor, type CypherExecutor } from './executor.ts';
import { createLoaders, type Loaders } from './loaders.ts';

/** What every resolver of one request receives. */
export interface GraphQLContext {
  readonly config: Config;
  readonly driver: Driver;
  readonly executor: CypherExecutor;
  readonly loaders: Loaders;
  /** A logger bound to the request id. */
  readonly logger: Logger;
  readonly requestId: string;
  /** True when the request carried a valid write token (checked once, in constant time). */
  readonly canWrite: boolean;
}

export interface ContextOptions {
  readonly config: Config;
  readonly driver: Driver;
  readonly logger: Logger;
  readonly requestId: string;
  /** The `Authorization` header, if any. */
  readonly authorization: string | undefined;
  readonly tokens: TokenDigests;
}

/** Builds a request's context: its executor, fresh loaders and its write permission. */
export function createContext(options: ContextOptions): GraphQLContext {
  const { config, driver, requestId } = options;
  const executor = createExecutor({ driver, config, requestId });
  return {
    config,
    driver,
    executor,
    loaders: createLoaders(executor),
    logger: options.logger.child({ requestId }),
    requestId,
    canWrite: isWriteAuthorized(options.authorization, options.tokens),
  };
}
