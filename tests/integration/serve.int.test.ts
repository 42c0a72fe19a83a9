import { spawn, type ChildProcess } from 'node:child_process';
import path from 'node:path';
import neo4j from 'neo4j-driver';
import { afterAll, describe, expect, it } from 'vitest';
import { PROJECT_ROOT, loadConfig } from '../../src/config.ts';
import { resolveNeo4jPassword } from '../../src/neo4j/credentials.ts';
import { instancePaths, isOurNeo4j, readPid } from '../../src/runtime/instance.ts';
import { stopLocalNeo4j } from '../../src/runtime/local-neo4j.ts';
import { testPort } from '../helpers/ports.ts';

// `npm start` end to end, on an instance and ports of its own.
const env = {
  ...process.env,
  NEO4J_URI: '',
  TDG_NEO4J_INSTANCE: 'test-serve',
  NEO4J_BOLT_PORT: String(testPort(9)),
  PORT: String(testPort(42)),
  NEO4J_HEAP: '512m',
};
const config = loadConfig(env);
const base = `http://127.0.0.1:${config.port}`;

afterAll(async () => {
  await stopLocalNeo4j(config, () => {});
});

function startServe(): { child: ChildProcess; ready: Promise<number> } {
  const began = Date.now();
  const child = spawn(process.execPath, [path.join(PROJECT_ROOT, 'bin', 'tdg.js'), 'serve'], {
    env,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  const ready = new Promise<number>((resolve, reject) => {
    child.stdout?.on('data', (chunk: Buffer) => {
      output += chunk.toString();
      if (output.includes('serving GraphQL at')) resolve(Date.now() - began);
    });
    child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.once('exit', (code) => reject(new Error(`serve exited with ${code}:\n${output}`)));
  });
  return { child, ready };
}

function stopServe(child: ChildProcess): Promise<{ code: number | null; millis: number }> {
  const began = Date.now();
  return new Promise((resolve) => {
    child.once('exit', (code) => resolve({ code, millis: Date.now() - began }));
    child.kill('SIGTERM');
  });
}

async function countEntities(): Promise<number> {
  const driver = neo4j.driver(
    `bolt://127.0.0.1:${config.neo4j.boltPort}`,
    neo4j.auth.basic('neo4j', resolveNeo4jPassword(config.neo4j)),
  );
  try {
    const { records } = await driver.executeQuery('MATCH (n:Entity) RETURN count(n) AS n');
    return Number(records[0]?.get('n'));
  } finally {
    await driver.close();
  }
}

describe('npm start (tdg serve)', () => {
  let firstCount = 0;

  it('brings up Neo4j, seeds it and serves GraphQL, /health and /ready', async () => {
    const { child, ready } = startServe();
    try {
      const millis = await ready;
      process.stderr.write(`[serve] first start: ${(millis / 1000).toFixed(1)} s\n`);
      const response = await fetch(`${base}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query: '{ __typename }' }),
      });
      expect(await response.json()).toEqual({ data: { __typename: 'Query' } });
      expect((await fetch(`${base}/health`)).status).toBe(200);
      expect((await fetch(`${base}/ready`)).status).toBe(200);
      firstCount = await countEntities();
      expect(firstCount).toBeGreaterThan(100);
    } finally {
      const stopped = await stopServe(child);
      expect(stopped.code).toBe(0);
      expect(stopped.millis).toBeLessThan(30_000);
    }
  });

  it('leaves no Java process of the project behind after SIGTERM', () => {
    const paths = instancePaths(config);
    const pid = readPid(paths);
    expect(pid === undefined || !isOurNeo4j(pid, paths)).toBe(true);
  });

  it('reuses the data on a second start instead of seeding again', async () => {
    const { child, ready } = startServe();
    try {
      const millis = await ready;
      process.stderr.write(`[serve] second start: ${(millis / 1000).toFixed(1)} s\n`);
      expect(await countEntities()).toBe(firstCount);
    } finally {
      expect((await stopServe(child)).code).toBe(0);
    }
  });
});
