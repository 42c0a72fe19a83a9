import { setTimeout as sleep } from 'node:timers/promises';
import neo4j from 'neo4j-driver';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config.ts';
import { resolveNeo4jPassword } from '../../src/neo4j/credentials.ts';
import { instancePaths, readPid } from '../../src/runtime/instance.ts';
import { getLocalNeo4jStatus, stopLocalNeo4j } from '../../src/runtime/local-neo4j.ts';
import { runCli, type CliResult } from '../helpers/cli.ts';
import {
  deleteWrittenEntities,
  entityInput,
  findIncompleteWrites,
  pollReady,
  readWrittenEntities,
  startWorkload,
  type Outcome,
  type ReadySample,
} from '../helpers/fault-workload.ts';
import {
  postGraphQL,
  startServerProcess,
  stopServerProcess,
  type ServerProcess,
} from '../helpers/server-process.ts';
import { testPort } from '../helpers/ports.ts';
import { TEST_NODE_ENV } from '../helpers/test-env.ts';

// `tdg serve` as a child process on an instance and ports of its own; its Neo4j is SIGKILLed mid-stream.
const TOKEN = 'fault-test-token-0123456789abcdef';
const env: Record<string, string> = {
  NODE_ENV: TEST_NODE_ENV,
  LOG_LEVEL: 'info',
  NEO4J_URI: '',
  TDG_NEO4J_INSTANCE: 'test-fault',
  NEO4J_BOLT_PORT: String(testPort(10)),
  PORT: String(testPort(40)),
  NEO4J_HEAP: '512m',
  NEO4J_PAGECACHE: '128m',
  TDG_WRITE_TOKENS: TOKEN,
};
const config = loadConfig({ ...process.env, ...env });
const paths = instancePaths(config);
/** The longest a request may take to fail while Neo4j is down. */
const FAIL_FAST_MS = 3_000;
/** Each test starts Neo4j twice, which takes from 15 s on an idle machine to a minute on a loaded one. */
const TEST_TIMEOUT_MS = 360_000;
const quiet = () => {};
const UPSERT_WARM = `mutation($input: EntityInput!) { upsertEntity(input: $input) { id } }`;
/** Servers the tests started, stopped after each test even when it failed or timed out. */
const servers: ServerProcess[] = [];

async function waitFor<T>(probe: () => T | undefined, timeoutMs: number, what: string): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = probe();
    if (value !== undefined) return value;
    if (Date.now() > deadline) throw new Error(`Timed out after ${timeoutMs} ms waiting for ${what}`);
    await sleep(100);
  }
}

/** What one kill run measured. */
interface KillRun {
  readonly server: ServerProcess;
  readonly outcomes: Outcome[];
  readonly samples: ReadySample[];
  readonly acked: string[];
  readonly killedAt: number;
  readonly downAt: number;
  readonly upAt: number;
  readonly cli?: CliResult;
}

/**
 * Streams reads and writes through a fresh server, SIGKILLs its Neo4j once 10 writes are acknowledged,
 * lets `restart` bring it back, and streams on until reads and writes sent after /ready is 200 again
 * have been answered.
 */
async function killDuringStream(prefix: string, restart: () => Promise<CliResult | undefined>) {
  const server = await startServerProcess(env);
  servers.push(server);
  const driver = neo4j.driver(
    config.neo4j.uri,
    neo4j.auth.basic('neo4j', resolveNeo4jPassword(config.neo4j)),
  );
  await deleteWrittenEntities(driver, prefix).finally(() => driver.close());
  // A fresh JVM plans and compiles the first statements slowly: warm it before timing anything.
  const warm = entityInput(`warm-${prefix}`, 0);
  await postGraphQL(server.base, UPSERT_WARM, { input: warm }, { token: TOKEN, timeoutMs: 120_000 });
  const ready = pollReady(server.base);
  const workload = startWorkload(server.base, { prefix, token: TOKEN });
  try {
    await waitFor(() => (workload.acked().length >= 10 ? true : undefined), 90_000, '10 acked writes');
    const pid = readPid(paths);
    if (pid === undefined) throw new Error('no Neo4j pid file');
    const killedAt = Date.now();
    process.kill(pid, 'SIGKILL');
    const down = () => ready.samples.find((s) => s.at >= killedAt && s.status !== 200);
    const downAt = (await waitFor(down, 10_000, '/ready to fail')).at;
    const cli = await restart();
    const up = () => ready.samples.find((s) => s.at > downAt && s.status === 200);
    const upAt = (await waitFor(up, 120_000, '/ready to answer 200 again')).at;
    // Serve on until reads and writes sent after the recovery have been answered.
    const answeredAfter = (kind: Outcome['kind']) =>
      workload.outcomes.filter((o) => o.kind === kind && o.startedAt > upAt + 500).length;
    await waitFor(
      () => (answeredAfter('write') >= 3 && answeredAfter('read') >= 3 ? true : undefined),
      90_000,
      'requests after the recovery',
    );
    await workload.stop();
    await ready.stop();
    const run: KillRun = {
      server,
      outcomes: workload.outcomes,
      samples: ready.samples,
      acked: workload.acked(),
      killedAt,
      downAt,
      upAt,
      cli,
    };
    return run;
  } catch (error) {
    await workload.stop();
    await ready.stop();
    process.stderr.write(server.output());
    throw error;
  }
}

/** The assertions both ways of restarting share; prints the figures for docs/reliability.md. */
async function checkRun(label: string, prefix: string, run: KillRun): Promise<void> {
  const failed = run.outcomes.filter((o) => !o.ok);
  const maxFailMs = Math.max(0, ...failed.map((o) => o.millis));
  const outageReady = run.samples.filter((s) => s.at >= run.downAt && s.at < run.upAt);
  const driver = neo4j.driver(
    config.neo4j.uri,
    neo4j.auth.basic('neo4j', resolveNeo4jPassword(config.neo4j)),
  );
  const stored = await readWrittenEntities(driver, prefix).finally(() => driver.close());
  const storedIds = new Set(stored.map((e) => e.id));
  const missing = run.acked.filter((id) => !storedIds.has(id));
  const incomplete = findIncompleteWrites(prefix, stored);
  const after = run.outcomes.filter((o) => o.startedAt > run.upAt + 500);
  const aroundRecovery = run.outcomes.filter(
    (o) => o.ok && o.startedAt > run.killedAt && o.startedAt < run.upAt + 5_000,
  );
  const slowestOk = Math.max(0, ...aroundRecovery.map((o) => o.millis));
  process.stderr.write(
    `[faults] ${label}: writes acked ${run.acked.length}, acked found ${run.acked.length - missing.length}, ` +
      `stored ${stored.length} (unacked but applied ${stored.length - run.acked.length + missing.length}), ` +
      `incomplete ${incomplete.length}; slowest success within 5 s of recovery ${slowestOk} ms; requests ${run.outcomes.length}, failed ${failed.length} ` +
      `(codes ${[...new Set(failed.map((o) => `${o.status}/${o.code}`))].join(', ')}), max failure ${maxFailMs} ms; ` +
      `/ready 503 ${run.downAt - run.killedAt} ms after the kill, 200 again after ${((run.upAt - run.killedAt) / 1000).toFixed(1)} s, ` +
      `slowest /ready in the outage ${Math.max(0, ...outageReady.map((s) => s.millis))} ms\n`,
  );

  expect(run.server.child.exitCode, 'the server is still running').toBeNull();
  expect(failed.length, 'some requests met the outage').toBeGreaterThan(0);
  const unexpected = failed
    .filter((o) => o.status !== 503 || o.code !== 'SERVICE_UNAVAILABLE')
    .map((o) => `${o.kind} +${o.startedAt - run.killedAt} ms: ${o.status}/${o.code} in ${o.millis} ms`);
  expect(unexpected, 'failures other than a 503 SERVICE_UNAVAILABLE').toEqual([]);
  expect(maxFailMs).toBeLessThan(FAIL_FAST_MS);
  expect(Math.max(...outageReady.map((s) => s.millis))).toBeLessThan(FAIL_FAST_MS);
  expect(outageReady.every((s) => s.status === 503)).toBe(true);
  expect(missing, 'acknowledged writes missing after the restart').toEqual([]);
  expect(incomplete, 'writes not stored exactly as asked').toEqual([]);
  expect(after.filter((o) => o.kind === 'read').length).toBeGreaterThan(0);
  expect(after.filter((o) => o.kind === 'write').length).toBeGreaterThan(0);
  expect(
    after.filter((o) => !o.ok),
    'requests after recovery',
  ).toEqual([]);
}

describe.skipIf((process.env.NEO4J_URI ?? '') !== '')('Neo4j killed during reads and writes', () => {
  beforeAll(async () => {
    // A fresh start, owned by each server below.
    await stopLocalNeo4j(config, quiet);
  });
  afterEach(async () => {
    await Promise.all(servers.splice(0).map((server) => stopServerProcess(server)));
  });
  afterAll(async () => {
    await stopLocalNeo4j(config, quiet);
  });

  it(
    'restarted by the server’s supervisor: no acknowledged write lost, requests fail fast meanwhile',
    async () => {
      const run = await killDuringStream('supervised', () => Promise.resolve(undefined));
      try {
        await checkRun('supervisor restart', 'supervised', run);
        // Bolt (and so /ready) can answer a moment before the start routine returns and logs.
        await expect
          .poll(() => run.server.output(), { timeout: 30_000, interval: 250 })
          .toMatch(/Restarted the local Neo4j \(pid \d+\) in [\d.]+ s/);
      } finally {
        const stopped = await stopServerProcess(run.server);
        expect(stopped.code).toBe(0);
      }
      // The server stops the Neo4j its supervisor started, as it would the one it started itself.
      expect(getLocalNeo4jStatus(config).running).toBe(false);
    },
    TEST_TIMEOUT_MS,
  );

  it(
    'restarted by `tdg neo4j start` from another shell, the supervisor off: the server recovers by itself',
    async () => {
      env.TDG_NEO4J_SUPERVISE = 'false';
      const run = await killDuringStream('cli-restart', async () => {
        // Nobody restarts it: the outage lasts until the other shell does.
        await sleep(3_000);
        expect(getLocalNeo4jStatus(config).running).toBe(false);
        return runCli(['neo4j', 'start'], env);
      });
      try {
        expect(run.cli?.code, run.cli?.stderr).toBe(0);
        expect(run.cli?.stdout).toMatch(/Neo4j started \(pid \d+\)/);
        await checkRun('`tdg neo4j start` restart', 'cli-restart', run);
        expect(run.server.output()).not.toMatch(/Restarted the local Neo4j/);
      } finally {
        const stopped = await stopServerProcess(run.server);
        expect(stopped.code).toBe(0);
        delete env.TDG_NEO4J_SUPERVISE;
      }
      // Started by `tdg neo4j start`, it keeps running until `tdg neo4j stop`, as documented.
      expect(getLocalNeo4jStatus(config).running).toBe(true);
    },
    TEST_TIMEOUT_MS,
  );
});
