import type { Config } from '../config.ts';
import { instancePaths, isOurNeo4j, readPid } from './instance.ts';
import { lockHolder } from './instance-lock.ts';
import { startLocalNeo4j } from './local-neo4j.ts';

/** Where the supervisor reports what it sees and does. */
export interface SupervisorLog {
  info(line: string): void;
  warn(line: string): void;
}

export interface SupervisorOptions {
  readonly config: Config;
  readonly env: NodeJS.ProcessEnv;
  readonly log: SupervisorLog;
  /** How often the Neo4j process is checked; default 1000 ms. */
  readonly intervalMs?: number;
  /** The longest wait between two failed restarts (the wait doubles from `intervalMs`); default 30 s. */
  readonly maxBackoffMs?: number;
  /** Called with the pid of each Neo4j the supervisor itself starts. */
  readonly onStarted?: (pid: number) => void;
}

/** A running supervisor. */
export interface Neo4jSupervisor {
  /** Stops watching; waits for a restart under way to finish (its Neo4j is then the caller's to stop). */
  stop(): Promise<void>;
}

/**
 * Watches the local Neo4j of this instance (its pid file, checked against /proc) and restarts it when it
 * has died — killed, crashed, out of memory — whoever had started it. A Neo4j stopped on purpose
 * (`tdg neo4j stop` removes the pid file) is left stopped. Restarts go through {@link startLocalNeo4j},
 * so they never overlap one another nor a `tdg neo4j start` from another shell: whichever process takes
 * the instance lock first starts it, and the other reuses it. Failed restarts are retried with a
 * doubling wait; every attempt is logged.
 */
export function superviseLocalNeo4j(options: SupervisorOptions): Neo4jSupervisor {
  const { config, env, log } = options;
  const intervalMs = options.intervalMs ?? 1_000;
  const maxBackoffMs = options.maxBackoffMs ?? 30_000;
  const paths = instancePaths(config);
  let stopped = false;
  let recovering = false;
  let failures = 0;
  let timer: NodeJS.Timeout | undefined;
  let current: Promise<void> = Promise.resolve();

  const restart = async (deadPid: number | undefined): Promise<number> => {
    const attempt = failures + 1;
    log.warn(
      `The local Neo4j${deadPid === undefined ? '' : ` (pid ${deadPid})`} is not running; restarting it (attempt ${attempt}).`,
    );
    try {
      const result = await startLocalNeo4j(config, env, (line) => log.info(line));
      recovering = false;
      failures = 0;
      if (result.started) {
        options.onStarted?.(result.pid);
        log.info(`Restarted the local Neo4j (pid ${result.pid}) in ${(result.millis / 1000).toFixed(1)} s.`);
      } else {
        log.info(`The local Neo4j is back (pid ${result.pid}), started by another process.`);
      }
      return intervalMs;
    } catch (error) {
      failures = attempt;
      const wait = Math.min(maxBackoffMs, intervalMs * 2 ** failures);
      const reason = error instanceof Error ? error.message : String(error);
      log.warn(`Restart attempt ${attempt} failed: ${reason} Next attempt in ${(wait / 1000).toFixed(0)} s.`);
      return wait;
    }
  };

  /** One look at the process; resolves with the wait before the next one. */
  const check = async (): Promise<number> => {
    const pid = readPid(paths);
    if (pid !== undefined && isOurNeo4j(pid, paths)) {
      recovering = false;
      return intervalMs;
    }
    // No pid file and no crash seen: stopped on purpose (or not started yet). Leave it to the user.
    if (pid === undefined && !recovering) return intervalMs;
    // Someone (`tdg neo4j start|stop`, another server) is starting or stopping it right now.
    if ((await lockHolder(paths)) !== undefined) return intervalMs;
    recovering = true;
    return restart(pid);
  };

  const schedule = (wait: number): void => {
    if (stopped) return;
    timer = setTimeout(() => {
      current = check().then(schedule, (error: unknown) => {
        log.warn(`The Neo4j supervisor could not check the process: ${String(error)}`);
        schedule(intervalMs);
      });
    }, wait);
    // The supervisor never keeps a process alive by itself.
    timer.unref();
  };

  schedule(intervalMs);
  return {
    async stop() {
      stopped = true;
      clearTimeout(timer);
      await current;
    },
  };
}
