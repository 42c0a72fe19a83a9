import type { Driver } from 'neo4j-driver';
import { type Config, loadConfig } from '../../src/config.ts';
import { GRAPH_VERSION_LABEL } from '../../src/cypher/graph-version.ts';
import { CHANGE_LOG_LABELS } from '../../src/domain/change-log.ts';

import { createDriver } from '../../src/neo4j/driver.ts';
import { SEED_FILES, seedGraph } from '../../src/ingest/index.ts';
import { applySchema } from '../../src/neo4j/schema.ts';
import { TEST_NODE_ENV } from './test-env.ts';

/** Labels of bookkeeping, not data: the change log, and the graph's version that every write moves. */
const NOT_DATA: readonly string[] = [...CHANGE_LOG_LABELS, GRAPH_VERSION_LABEL];

/**
 * The configuration of the test run (set up by tests/global-setup.ts), in the run's NODE_ENV
 * (TDG_TEST_NODE_ENV; vitest sets NODE_ENV=test in its workers whatever the run's environment says).
 */
export function testConfig(overrides: Record<string, string> = {}): Config {
  return loadConfig({ ...process.env, NODE_ENV: TEST_NODE_ENV, ...overrides });
}

/** A driver to the test database, with the graph's constraints and indexes applied. */
export async function openTestDriver(config: Config = testConfig()): Promise<Driver> {
  const driver = createDriver(config.neo4j);
  await applySchema(driver, config.neo4j.database);
  return driver;
}

/** Deletes every node and relationship of the test database. */
export async function resetGraph(driver: Driver, database?: string): Promise<void> {
  // In batches, in an implicit transaction (IN TRANSACTIONS refuses an explicit one): one transaction
  // deleting a benchmark-sized graph exceeds Neo4j's transaction memory limit.
  const session = driver.session({ database });
  try {
    await session.run('MATCH (n) CALL (n) { DETACH DELETE n } IN TRANSACTIONS OF 10000 ROWS');
  } finally {
    await session.close();
  }
}

/**
 * Node and relationship counts of the graph, the change log left out (it records writes: see
 * fingerprint.ts): what a test compares to prove that nothing was written.
 */
export async function countGraph(
  driver: Driver,
  database?: string,
): Promise<{ nodes: number; relationships: number }> {
  const { records } = await driver.executeQuery(
    `CALL { MATCH (n) WHERE NOT any(label IN labels(n) WHERE label IN $log) RETURN count(n) AS nodes }
     CALL { MATCH ()-[r]->() RETURN count(r) AS relationships } RETURN nodes, relationships`,
    { log: NOT_DATA },
    { database },
  );
  const record = records[0];
  return { nodes: Number(record?.get('nodes')), relationships: Number(record?.get('relationships')) };
}

/** A driver to the test database holding exactly the seed: what most test files start from. */
export async function openSeededDriver(config: Config = testConfig()): Promise<Driver> {
  const driver = await openTestDriver(config);
  await loadSeed(driver, config);
  return driver;
}

/**
 * The seed file most tests are written against: the UK–US deal, whose facts, figures and totals the
 * tests and docs/graphql.md spell out. seed-datasets.int.test.ts loads and totals the whole seed.
 */
export const UK_US_SEED: readonly string[] = SEED_FILES.slice(0, 1);

/** Empties the graph and loads the ISO countries and the UK–US seed file ({@link UK_US_SEED}). */
export async function loadSeed(driver: Driver, config: Config): Promise<void> {
  await resetGraph(driver, config.neo4j.database);
  await seedGraph(driver, { database: config.neo4j.database, files: UK_US_SEED });
}
