import type { Driver } from 'neo4j-driver';
import type { Config } from '../config.ts';
import { startLocalNeo4j, stopLocalNeo4j } from '../runtime/local-neo4j.ts';
import { createDriver } from './driver.ts';

/** A driver to the configured database, and how to let go of it. */
export interface Connection {
  readonly driver: Driver;
  /** True when this process started the local Neo4j (and so stops it in {@link Connection.close}). */
  readonly ownsDatabase: boolean;
  /** Closes the driver, then stops the local Neo4j if this process started it. */
  close(): Promise<void>;
}

/**
 * Connects to NEO4J_URI, or (when it is unset) to the local Neo4j, starting it first if it is not
 * running. A local Neo4j that was already running is left running on close.
 */
export async function connectNeo4j(
  config: Config,
  env: NodeJS.ProcessEnv,
  log: (line: string) => void,
): Promise<Connection> {
  let ownsDatabase = false;
  if (config.neo4j.local) {
    const result = await startLocalNeo4j(config, env, log);
    ownsDatabase = result.started;
    if (result.started)
      log(`Local Neo4j ready on ${config.neo4j.uri} in ${(result.millis / 1000).toFixed(1)} s.`);
  }
  const driver = createDriver(config.neo4j);
  if (!config.neo4j.local) await driver.verifyConnectivity({ database: config.neo4j.database });
  return {
    driver,
    ownsDatabase,
    async close() {
      await driver.close();
      if (ownsDatabase) await stopLocalNeo4j(config, log);
    },
  };
}
