import { mkdtemp, rm } from 'node:fs/promises';
import { createServer, type Server } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Driver } from 'neo4j-driver';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkEquality, type EqualityResult, RequestFailedError } from '../../bench/equality.ts';
import { type BenchServer, startServers } from '../../bench/servers.ts';
import { createOperations, type Operation, type Way, WAYS } from '../../bench/workload/operations.ts';
import { resolveTargets } from '../../bench/workload/targets.ts';
import { generateDataset } from '../../src/generate/index.ts';
import { importDatasetFiles } from '../../src/ingest/index.ts';
import { resolveNeo4jPassword } from '../../src/neo4j/credentials.ts';
import { openTestDriver, resetGraph, testConfig } from '../helpers/neo4j.ts';

/**
 * `count` distinct ports nothing listens on right now: all held open together before any is released,
 * because a port released can be handed out again at once (two servers on one port answered for each
 * other once: ours answered the raw server's 404).
 */
async function freePorts(count: number): Promise<number[]> {
  const servers = await Promise.all(
    Array.from(
      { length: count },
      () =>
        new Promise<Server>((resolve, reject) => {
          const server = createServer();
          server.once('error', reject);
          server.listen(0, '127.0.0.1', () => resolve(server));
        }),
    ),
  );
  const ports = servers.map((server) => {
    const address = server.address();
    return typeof address === 'object' && address ? address.port : 0;
  });
  await Promise.all(servers.map((server) => new Promise((resolve) => server.close(resolve))));
  return ports;
}

describe('the benchmark workload', () => {
  const config = testConfig();
  let driver: Driver;
  let servers: BenchServer[] = [];
  let results: EqualityResult[] = [];
  let operations: Operation[] = [];

  beforeAll(async () => {
    driver = await openTestDriver(config);
    await resetGraph(driver, config.neo4j.database);
    const outDir = await mkdtemp(path.join(tmpdir(), 'tdg-bench-test-'));
    try {
      const dataset = await generateDataset({ scale: 'XS', seed: 7, outDir });
      await importDatasetFiles(driver, dataset.files, config.neo4j.database);
      const targets = await resolveTargets(driver, config.neo4j.database, dataset.probes);
      const ports = await freePorts(3);
      servers = await startServers(WAYS, {
        neo4jUri: config.neo4j.uri,
        neo4jPassword: resolveNeo4jPassword(config.neo4j),
        ports,
        logLevel: 'silent',
      });
      operations = createOperations(targets);
      results = await checkEquality(servers, operations);
    } finally {
      await rm(outDir, { recursive: true, force: true });
    }
  });
  afterAll(async () => {
    await Promise.all(servers.map((server) => server.stop()));
    await resetGraph(driver, config.neo4j.database);
    await driver.close();
  });

  const result = (name: string): EqualityResult => {
    const found = results.find((r) => r.operation === name);
    if (!found) throw new Error(`no result for ${name}`);
    return found;
  };

  it('gets the same data from our API, @neo4j/graphql and the raw driver for every operation', () => {
    expect(results.map((r) => r.operation)).toEqual([
      'entity',
      'events-first-page',
      'events-deep-page',
      'search',
      'shortest-path',
      'investment-totals',
      'neighborhood',
      'connection-second-page',
      'explorer-neighborhood',
    ]);
    for (const r of results) expect(r.differences, r.operation).toEqual([]);
    // Declared as having no equivalent: not requested, reported with the reason.
    expect(result('investment-totals').failed).toEqual({
      'neo4j-graphql': expect.stringMatching(/^not offered: /) as unknown,
    });
    expect(Object.keys(result('explorer-neighborhood').failed).sort()).toEqual(['neo4j-graphql', 'raw']);
    expect(result('connection-second-page').failed).toEqual({});
  });

  /** A value of our server's response to an operation, by a dotted path under `data`. */
  const ours = (name: string, dotted: string): unknown =>
    dotted
      .split('.')
      .reduce<unknown>(
        (value, key) => (value as Record<string, unknown> | null)?.[key],
        (JSON.parse(result(name).bodies.ours ?? '{}') as { data: unknown }).data,
      );
  const count = (name: string, dotted: string): number => (ours(name, dotted) as unknown[]).length;

  it('answers every operation with real data, not an empty result', () => {
    expect(count('entity', 'node.parties.edges')).toBeGreaterThan(0);
    expect(count('events-first-page', 'events.nodes')).toBe(20);
    expect(count('events-deep-page', 'events.nodes')).toBeGreaterThan(0);
    expect(ours('events-deep-page', 'events.nodes.0.id')).not.toBe(
      ours('events-first-page', 'events.nodes.0.id'),
    );
    expect(count('search', 'search')).toBeGreaterThan(0);
    expect(ours('shortest-path', 'shortestPath.length')).toBeGreaterThan(0);
    expect(count('investment-totals', 'investmentTotals.groups')).toBeGreaterThan(0);
    expect(count('connection-second-page', 'node.events.edges')).toBeGreaterThan(0);
    expect(count('explorer-neighborhood', 'neighborhood.nodes')).toBeGreaterThan(0);
    expect(count('neighborhood', 'neighborhood.nodes')).toBeGreaterThan(0);
    expect(count('neighborhood', 'neighborhood.relationships')).toBeGreaterThan(0);
  });

  const operation = (name: string): Operation => {
    const found = operations.find((op) => op.name === name);
    if (!found) throw new Error(`no operation ${name}`);
    return found;
  };
  const server = (way: Way): BenchServer => {
    const found = servers.find((s) => s.way === way);
    if (!found) throw new Error(`no server ${way}`);
    return found;
  };
  /** The operation, with a query the way's GraphQL server rejects. */
  const rejectedBy = (way: Way, op: Operation): Operation => ({
    ...op,
    request: (w) => (w === way ? { path: '/graphql', body: { query: '{ noSuchField }' } } : op.request(w)),
  });

  it('records @neo4j/graphql answering with GraphQL errors as failed, and checks the others', async () => {
    const [failed, next] = await checkEquality(servers, [
      rejectedBy('neo4j-graphql', operation('events-first-page')),
      operation('search'),
    ]);
    expect(failed?.failed['neo4j-graphql']).toMatch(/Cannot query field "noSuchField"/);
    expect(failed?.failed['neo4j-graphql']?.length).toBeLessThanOrEqual(200);
    expect(Object.keys(failed?.bodies ?? {}).sort()).toEqual(['ours', 'raw']);
    expect(failed?.equal).toBe(true);
    expect(next?.failed).toEqual({});
    expect(Object.keys(next?.bodies ?? {}).sort()).toEqual(['neo4j-graphql', 'ours', 'raw']);
  });

  it('records @neo4j/graphql not answering at all as failed', async () => {
    const gone: BenchServer = {
      ...server('neo4j-graphql'),
      url: `http://127.0.0.1:${(await freePorts(1))[0]}`,
    };
    const [failed] = await checkEquality([server('ours'), gone, server('raw')], [operation('entity')]);
    expect(failed?.failed['neo4j-graphql']).toMatch(/fetch failed.*ECONNREFUSED/);
  });

  it('stops when our server or the raw floor fails', async () => {
    await expect(checkEquality(servers, [rejectedBy('ours', operation('entity'))])).rejects.toThrow(
      RequestFailedError,
    );
    const gone: BenchServer = { ...server('raw'), url: `http://127.0.0.1:${(await freePorts(1))[0]}` };
    await expect(
      checkEquality([server('ours'), server('neo4j-graphql'), gone], [operation('entity')]),
    ).rejects.toThrow(/^raw entity: fetch failed/);
  });
});
