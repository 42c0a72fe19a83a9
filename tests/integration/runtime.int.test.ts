import { execFileSync, spawn } from 'node:child_process';
import { mkdtemp, mkdir, writeFile } from 'node:fs/promises';
import { createServer, type Server } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import neo4j from 'neo4j-driver';
import { afterAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config.ts';
import { resolveNeo4jPassword } from '../../src/neo4j/credentials.ts';
import { hasExited, instancePaths } from '../../src/runtime/instance.ts';
import { getLocalNeo4jStatus, startLocalNeo4j, stopLocalNeo4j } from '../../src/runtime/local-neo4j.ts';
import { PrerequisiteError } from '../../src/runtime/prerequisites.ts';
import { testPort } from '../helpers/ports.ts';

// These tests run extra local instances beside the test database, on ports of their own.
const PORT_TAKEN = testPort(5);
const PORT_STALE = testPort(6);
const quiet = () => {};

function configFor(instance: string, port: number, extra: Record<string, string> = {}) {
  return loadConfig({
    ...process.env,
    NEO4J_URI: '',
    TDG_NEO4J_INSTANCE: instance,
    NEO4J_BOLT_PORT: String(port),
    NEO4J_HEAP: '512m',
    ...extra,
  });
}

const started: ReturnType<typeof configFor>[] = [];
afterAll(async () => {
  for (const config of started) await stopLocalNeo4j(config, quiet);
});

describe('the local Neo4j runtime', () => {
  it('refuses a Bolt port that another process holds, naming the port and the way out', async () => {
    const holder: Server = createServer();
    await new Promise<void>((resolve) => holder.listen(PORT_TAKEN, '127.0.0.1', resolve));
    try {
      const error = await startLocalNeo4j(configFor('test-port', PORT_TAKEN), process.env, quiet).catch(
        (e: unknown) => e,
      );
      expect((error as Error).message).toMatch(
        new RegExp(`Port ${PORT_TAKEN} on 127.0.0.1 is already in use`),
      );
      expect((error as Error).message).toMatch(/NEO4J_BOLT_PORT/);
    } finally {
      holder.close();
    }
  });

  it('explains both ways out when Java is missing', async () => {
    const env = { PATH: '/nonexistent', HOME: process.env.HOME };
    const error = await startLocalNeo4j(configFor('test-nojava', testPort(7)), env, quiet).catch(
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(PrerequisiteError);
    expect((error as Error).message).toMatch(/^Java was not found\. .*Java 17 or newer/);
    expect((error as Error).message).toMatch(/set(ting)? NEO4J_URI/);
  });

  it('explains both ways out when Maven is missing and Neo4j is not resolved yet', async () => {
    const javaHome = path.resolve(
      path.dirname(
        execFileSync('readlink', ['-f', execFileSync('which', ['java']).toString().trim()])
          .toString()
          .trim(),
      ),
      '..',
    );
    const emptyHome = await mkdtemp(path.join(os.tmpdir(), 'tdg-home-'));
    const env = { PATH: '/nonexistent', HOME: process.env.HOME, JAVA_HOME: javaHome };
    const error = await startLocalNeo4j(
      configFor('test-nomvn', testPort(8), { TDG_HOME: emptyHome }),
      env,
      quiet,
    ).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(PrerequisiteError);
    expect((error as Error).message).toMatch(/^Maven \(mvn\) was not found\./);
  });

  it('starts after a crash that left a stale pid file and store lock, keeping the data', async () => {
    const config = configFor('test-stale', PORT_STALE);
    started.push(config);
    const first = await startLocalNeo4j(config, process.env, quiet);
    expect(first.started).toBe(true);
    const driver = neo4j.driver(
      config.neo4j.uri,
      neo4j.auth.basic(config.neo4j.username, resolveNeo4jPassword(config.neo4j)),
    );
    await driver.executeQuery('MERGE (:Probe {id: "survives-a-crash"})');
    await driver.close();

    process.kill(first.pid, 'SIGKILL');
    while (!hasExited(first.pid)) await new Promise((r) => setTimeout(r, 100));
    expect(getLocalNeo4jStatus(config).running).toBe(false);

    const second = await startLocalNeo4j(config, process.env, quiet);
    expect(second.started).toBe(true);
    expect(second.pid).not.toBe(first.pid);
    const again = neo4j.driver(
      config.neo4j.uri,
      neo4j.auth.basic(config.neo4j.username, resolveNeo4jPassword(config.neo4j)),
    );
    const { records } = await again.executeQuery(
      'MATCH (p:Probe {id: "survives-a-crash"}) RETURN count(p) AS n',
    );
    await again.close();
    expect(Number(records[0]?.get('n'))).toBe(1);
  });

  it('clears a pid file that points at a process that is not Neo4j', async () => {
    const config = configFor('test-stale', PORT_STALE);
    await stopLocalNeo4j(config, quiet);
    const paths = instancePaths(config);
    await mkdir(paths.root, { recursive: true });
    const notNeo4j = spawn('sleep', ['300']);
    await writeFile(paths.pidFile, `${notNeo4j.pid}\n`);
    try {
      expect(getLocalNeo4jStatus(config).running).toBe(false);
      const result = await startLocalNeo4j(config, process.env, quiet);
      expect(result.started).toBe(true);
      expect(result.pid).not.toBe(notNeo4j.pid);
      expect(notNeo4j.exitCode).toBeNull();
    } finally {
      notNeo4j.kill();
    }
  });
});
