import { spawn } from 'node:child_process';
import { openSync, closeSync } from 'node:fs';
import { createServer } from 'node:net';
import { setTimeout as sleep } from 'node:timers/promises';
import type { Config } from '../config.ts';
import { LocalNeo4jError } from '../errors.ts';
import { checkJava, javaExecutable } from './prerequisites.ts';
import { resolveNeo4jClasspath } from './resolve-neo4j.ts';
import {
  hasExited,
  type InstancePaths,
  instancePaths,
  isInitialised,
  isOurNeo4j,
  readPid,
  removePid,
  writeNeo4jConf,
  writePid,
} from './instance.ts';
import { acquireInstanceLock } from './instance-lock.ts';
import { initialisePassword, secureFolder } from './local-password.ts';
import { waitForLogin } from './wait-for-login.ts';

/** JVM flags the shipped neo4j.conf would add; Neo4j 5 fails to start on Java 17+ without them. */
const JVM_FLAGS = [
  '--add-opens=java.base/java.nio=ALL-UNNAMED',
  '--add-opens=java.base/java.io=ALL-UNNAMED',
  '--add-opens=java.base/sun.nio.ch=ALL-UNNAMED',
  '--enable-native-access=ALL-UNNAMED',
  '-XX:+UseG1GC',
  '-XX:-OmitStackTraceInFastThrow',
  '-XX:+ExitOnOutOfMemoryError',
  '-Dfile.encoding=UTF-8',
];

const STOP_TIMEOUT_MS = 30_000;
const PORT_GRACE_MS = 5_000;

export { LocalNeo4jError };

export interface LocalNeo4jStatus {
  readonly running: boolean;
  readonly pid: number | undefined;
  readonly uri: string;
  readonly dataFolder: string;
  /** Where the generated password is kept (`tdg neo4j password` prints it). */
  readonly passwordFile: string;
}

export interface StartResult {
  /** The Java process id. */
  readonly pid: number;
  /** False when an already running instance was reused. */
  readonly started: boolean;
  readonly millis: number;
}

type Log = (line: string) => void;

/** Reports whether this instance's Neo4j is running (by its pid file, checked against /proc). */
export function getLocalNeo4jStatus(config: Config): LocalNeo4jStatus {
  const paths = instancePaths(config);
  const pid = readPid(paths);
  const running = pid !== undefined && isOurNeo4j(pid, paths);
  return {
    running,
    pid: running ? pid : undefined,
    uri: config.neo4j.uri,
    dataFolder: paths.data,
    passwordFile: paths.passwordFile,
  };
}

/**
 * Starts the local Neo4j as a separate server process (detached, so it outlives a CLI that starts it),
 * and resolves once Bolt answers with the configured credentials. Reuses a running instance; clears the
 * pid file of a crashed one; refuses a Bolt port taken by anything else. Holds the instance lock (see
 * instance-lock.ts) throughout, so concurrent starts from several processes give one JVM: the later ones
 * wait, then reuse it.
 */
export async function startLocalNeo4j(
  config: Config,
  env: NodeJS.ProcessEnv,
  log: Log,
): Promise<StartResult> {
  const began = Date.now();
  const paths = instancePaths(config);
  // The folder holds the password file and the database's own auth store: its owner's only.
  secureFolder(paths.root);
  const lock = await acquireInstanceLock(paths, (holder) =>
    log(`Process ${holder} is starting or stopping this Neo4j; waiting for it to finish.`),
  );
  try {
    return await startUnderLock(config, paths, env, log, began);
  } finally {
    await lock.release();
  }
}

async function startUnderLock(
  config: Config,
  paths: InstancePaths,
  env: NodeJS.ProcessEnv,
  log: Log,
  began: number,
): Promise<StartResult> {
  const status = getLocalNeo4jStatus(config);
  if (status.running && status.pid !== undefined) {
    await waitForLogin(config, paths, status.pid, log);
    return { pid: status.pid, started: false, millis: Date.now() - began };
  }
  if (readPid(paths) !== undefined) {
    log('Removing the pid file of a Neo4j that is no longer running (a crashed or killed earlier run).');
    await removePid(paths);
  }
  await assertPortFree(config.neo4j.boltPort);
  await checkJava(env);
  const classpath = await resolveNeo4jClasspath(config.runtime.version, config.runtime.home, env, log);
  await writeNeo4jConf(config, paths);
  if (!isInitialised(paths)) await initialisePassword(config, paths, classpath, env);

  const pid = spawnNeo4j(config, paths, classpath, env);
  await writePid(paths, pid);
  log(`Started Neo4j ${config.runtime.version} (pid ${pid}); waiting for Bolt on ${config.neo4j.uri}...`);
  try {
    await waitForLogin(config, paths, pid, log);
  } catch (error) {
    if (isOurNeo4j(pid, paths)) process.kill(pid, 'SIGKILL');
    await removePid(paths);
    throw error;
  }
  return { pid, started: true, millis: Date.now() - began };
}

/**
 * Stops this instance's Neo4j: SIGTERM, a wait for a clean shutdown, SIGKILL after 30 s. Holds the
 * instance lock meanwhile, so a supervisor never mistakes the stopping process for a crashed one.
 */
export async function stopLocalNeo4j(config: Config, log: Log): Promise<boolean> {
  const paths = instancePaths(config);
  const lock = await acquireInstanceLock(paths, (holder) =>
    log(`Process ${holder} is starting or stopping this Neo4j; waiting for it to finish.`),
  );
  try {
    return await stopUnderLock(paths, log);
  } finally {
    await lock.release();
  }
}

async function stopUnderLock(paths: InstancePaths, log: Log): Promise<boolean> {
  const pid = readPid(paths);
  if (pid === undefined || !isOurNeo4j(pid, paths)) {
    await removePid(paths);
    return false;
  }
  process.kill(pid, 'SIGTERM');
  const deadline = Date.now() + STOP_TIMEOUT_MS;
  while (!hasExited(pid) && Date.now() < deadline) await sleep(200);
  if (!hasExited(pid)) {
    log(`Neo4j (pid ${pid}) did not stop within ${STOP_TIMEOUT_MS / 1000} s; killing it.`);
    process.kill(pid, 'SIGKILL');
    while (!hasExited(pid)) await sleep(100);
  }
  await removePid(paths);
  return true;
}

function spawnNeo4j(
  config: Config,
  paths: InstancePaths,
  classpath: string[],
  env: NodeJS.ProcessEnv,
): number {
  const out = openSync(paths.consoleLog, 'a');
  try {
    const child = spawn(
      javaExecutable(env),
      [
        `-Xms${config.runtime.heap}`,
        `-Xmx${config.runtime.heap}`,
        ...JVM_FLAGS,
        '-cp',
        classpath.join(':'),
        'org.neo4j.server.CommunityEntryPoint',
        `--home-dir=${paths.root}`,
        `--config-dir=${paths.conf}`,
        '--console-mode',
      ],
      {
        detached: true,
        stdio: ['ignore', out, out],
        env: { ...env, NEO4J_HOME: paths.root, NEO4J_CONF: paths.conf },
      },
    );
    if (child.pid === undefined) throw new LocalNeo4jError('Java could not be started');
    child.unref();
    return child.pid;
  } finally {
    closeSync(out);
  }
}

/**
 * Refuses a Bolt port held by another process. A port still held a few seconds after a crash (the
 * kernel closes a killed JVM's sockets as its last threads exit) is waited for, not refused.
 */
async function assertPortFree(port: number): Promise<void> {
  const deadline = Date.now() + PORT_GRACE_MS;
  while (!(await isPortFree(port))) {
    if (Date.now() > deadline) {
      throw new LocalNeo4jError(
        `Port ${port} on 127.0.0.1 is already in use by another process, so the local Neo4j cannot listen for Bolt there. ` +
          `Stop that process, or choose another port with NEO4J_BOLT_PORT (or set NEO4J_URI to use that server).`,
      );
    }
    await sleep(250);
  }
}

function isPortFree(port: number): Promise<boolean> {
  return new Promise<boolean>((resolve) => {
    const server = createServer();
    server.once('error', () => resolve(false));
    server.listen(port, '127.0.0.1', () => server.close(() => resolve(true)));
  });
}
