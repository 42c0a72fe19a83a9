import type { Driver } from 'neo4j-driver';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../helpers/cli.ts';
import { createLayeredGraph, LAYERED_REPORT } from '../helpers/fault-workload.ts';
import { startTestGraphQL, type TestGraphQL } from '../helpers/graphql.ts';
import { loadSeed, openSeededDriver, testConfig } from '../helpers/neo4j.ts';

// A query genuinely slow on the data (a report enumerating width⁵ shortest paths) against a small
// NEO4J_QUERY_TIMEOUT_MS: Neo4j stops the transaction, the client gets QUERY_TIMEOUT.
const TIMEOUT_MS = 50;
const WIDTH = 9;
const config = testConfig({ NEO4J_QUERY_TIMEOUT_MS: String(TIMEOUT_MS) });
const patient = testConfig({ NEO4J_QUERY_TIMEOUT_MS: '120000' });

describe('a query past the transaction timeout', () => {
  let driver: Driver;
  let gql: TestGraphQL;
  let slowGql: TestGraphQL;

  beforeAll(async () => {
    driver = await openSeededDriver(config);
    await createLayeredGraph(driver, WIDTH, config.neo4j.database);
    gql = await startTestGraphQL(config, driver);
    slowGql = await startTestGraphQL(patient, driver);
  });
  afterAll(async () => {
    await gql.stop();
    await slowGql.stop();
    await loadSeed(driver, config);
    await driver.close();
  });

  it('is stopped at NEO4J_QUERY_TIMEOUT_MS and answered with QUERY_TIMEOUT and a clear message', async () => {
    const began = Date.now();
    const result = await gql.execute(LAYERED_REPORT);
    const millis = Date.now() - began;
    process.stderr.write(`[faults] slow report with a ${TIMEOUT_MS} ms timeout: error after ${millis} ms\n`);
    expect(result.data?.runReport ?? null).toBeNull();
    expect(result.errors).toEqual([
      expect.objectContaining({
        message: 'The query took too long and was stopped.',
        extensions: { code: 'QUERY_TIMEOUT' },
      }),
    ]);
    // Stopped by Neo4j near the timeout, not run to the end and not retried.
    expect(millis).toBeLessThan(10_000);
  });

  it('is slow indeed: with a long timeout the same report runs well past the short one', async () => {
    const began = Date.now();
    const result = await slowGql.execute<{ runReport: { rows: { shortestPaths: number }[] } }>(
      LAYERED_REPORT,
    );
    const millis = Date.now() - began;
    process.stderr.write(
      `[faults] the same report (${WIDTH ** 5} paths) without the timeout: ${millis} ms\n`,
    );
    expect(result.errors).toBeUndefined();
    const end = result.data?.runReport.rows.find((row) => row.shortestPaths === WIDTH ** 5);
    expect(end).toBeDefined();
    expect(millis).toBeGreaterThan(TIMEOUT_MS * 2);
  });

  it('stops `tdg cypher` at the timeout with one clear line and a non-zero exit', async () => {
    const slow = 'UNWIND range(1, 100000000) AS x WITH x WHERE x % 7 = 0 RETURN count(x) AS n';
    const result = await runCli(['cypher', slow], { NEO4J_QUERY_TIMEOUT_MS: String(TIMEOUT_MS) });
    expect(result.code).toBe(1);
    expect(result.stderr.trim()).toBe(`tdg: the query timed out after ${TIMEOUT_MS} ms`);
    expect(result.stdout).toBe('');
  });

  it('stops `tdg report` at the timeout and exits at once, with nothing left running', async () => {
    const began = Date.now();
    const result = await runCli(
      ['report', 'companies-near-official', '--param', 'person=person:layers-start', '--param', 'hops=6'],
      { NEO4J_QUERY_TIMEOUT_MS: String(TIMEOUT_MS) },
    );
    const millis = Date.now() - began;
    process.stderr.write(
      `[faults] tdg report past a ${TIMEOUT_MS} ms timeout: exit ${result.code} after ${millis} ms\n`,
    );
    expect(result.code).toBe(1);
    expect(result.stderr.trim()).toBe(`tdg: the query timed out after ${TIMEOUT_MS} ms`);
    // It once printed that line and then kept probing Neo4j for the abandoned query, never exiting.
    expect(millis).toBeLessThan(20_000);
  });
});
