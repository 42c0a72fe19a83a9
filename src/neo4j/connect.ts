import type { Driver } from 'neo4j-driver';
import type { Config } from '../config.ts';
import { getLocalNeo4jStatus, startLocalNeo4j, stopLocalNeo4j } from '../runtime/local-neo4j.ts';
import { superviseLocalNeo4j, type SupervisorLog } from '../runtime/supervise-neo4j.ts';
import { createDriver } from './driver.ts';

/** A driver to the configured database, and how to let go of it. */
export interface Connection {
  readonly driver: Driver;
  /**
   * True when the local Neo4j running now was started by this process (and so is stopped by
   * {@link Connection.close}).
   */
  readonly ownsDatabase: boolean;
  /** Stops the supervisor, closes the driver, then stops the local Neo4j if this process started it. */
  close(): Promise<void>;
}

export interface ConnectOptions {
  /**
   * Watch the local Neo4j and restart it when it dies (what `tdg serve` asks for; see
   * supervise-neo4j.ts). Ignored when NEO4J_URI is set or TDG_NEO4J_SUPERVISE is off.
   */
  readonly supervise?: SupervisorLog;
}

/**
 * Connects to NEO4J_URI, or (when it is unset) to the local Neo4j, starting it first if it is not
 * running. A local Neo4j that was already running is left running on close; so is one the supervisor
 * restarted in its place. One this process started (itself, or restarted by its supervisor) is stopped.
 */
export async function connectNeo4j(
  config: Config,
  env: NodeJS.ProcessEnv,
  log: (line: string) => void,
  options: ConnectOptions = {},
): Promise<Connection> {
  const owned = new Set<number>();
  let startedHere = false;
  if (config.neo4j.local) {
    const result = await startLocalNeo4j(config, env, log);
    startedHere = result.started;
    if (result.started) {
      owned.add(result.pid);
      log(`Local Neo4j ready on ${config.neo4j.uri} in ${(result.millis / 1000).toFixed(1)} s.`);
    }
  }
  const driver = createDriver(config.neo4j);
  if (!config.neo4j.local) await driver.verifyConnectivity({ database: config.neo4j.database });
  const supervisor =
    options.supervise && config.neo4j.local && config.runtime.supervise
      ? superviseLocalNeo4j({
          config,
          env,
          log: options.supervise,
          // A replacement takes the place of the one that died: stopped on exit only if that one was.
          onStarted: (pid) => void (startedHere && owned.add(pid)),
        })
      : undefined;
  const ownsCurrent = (): boolean => {
    if (!config.neo4j.local) return false;
    const pid = getLocalNeo4jStatus(config).pid;
    return pid !== undefined && owned.has(pid);
  };
  return {
    driver,
    get ownsDatabase() {
      return ownsCurrent();
    },
    async close() {
      await supervisor?.stop();
      await driver.close();
      if (ownsCurrent()) await stopLocalNeo4j(config, log);
    },
  };
}
