import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Driver } from 'neo4j-driver';
import { bulkImportEntry } from '../changes/entries.ts';
import { recordWrite } from '../changes/record.ts';
import type { Config } from '../config.ts';
import { ENTITY_LABEL } from '../domain/model.ts';
import { BUMP_GRAPH_VERSION } from '../cypher/graph-version.ts';
import { createDriver } from '../neo4j/driver.ts';
import { applySchema } from '../neo4j/schema.ts';
import { type InstancePaths, instancePaths, writeNeo4jConf } from '../runtime/instance.ts';
import { acquireInstanceLock } from '../runtime/instance-lock.ts';
import { getLocalNeo4jStatus, type StartResult, startLocalNeo4j } from '../runtime/local-neo4j.ts';
import { checkJava } from '../runtime/prerequisites.ts';
import { resolveNeo4jClasspath } from '../runtime/resolve-neo4j.ts';
import { BulkImportError, runAdminImport } from './bulk-admin.ts';
import { type CsvTable, type PendingProps, writeDatasetTables } from './bulk-tables.ts';
import { validateForBulkImport } from './bulk-validate.ts';
import type { Dataset } from './dataset.ts';
import { readDatasetFile } from './index.ts';

export { BulkImportError } from './bulk-admin.ts';
export { validateForBulkImport } from './bulk-validate.ts';

export interface BulkImportOptions {
  /** Discard the instance's existing database (the caller's explicit consent); refused otherwise. */
  readonly replace?: boolean;
  readonly env?: NodeJS.ProcessEnv;
  readonly log?: (line: string) => void;
  /** Who the change log names for the load (default `system`). */
  readonly actor?: string;
}

/** What {@link bulkImportDatasetFiles} did; hand it to {@link startBulkImportedGraph}. */
export interface BulkImportResult {
  readonly files: readonly string[];
  readonly nodes: number;
  readonly relationships: number;
  /** `performance.now()` when the first file was read: throughput is counted from there. */
  readonly startedAt: number;
  readonly validateSeconds: number;
  /** Building the rows and writing the CSV files. */
  readonly csvSeconds: number;
  readonly adminSeconds: number;
  /** Empty lists neo4j-admin cannot write, set by {@link startBulkImportedGraph}. */
  readonly pending: readonly PendingProps[];
}

/** The whole bulk import, from the first file read to every index online. */
export interface BulkImportSummary extends Omit<BulkImportResult, 'pending' | 'startedAt'> {
  /** Starting Neo4j. */
  readonly startSeconds: number;
  /** Constraints and indexes created and online, empty lists set. */
  readonly schemaSeconds: number;
  readonly totalSeconds: number;
  /** (nodes + relationships) / totalSeconds. */
  readonly itemsPerSecond: number;
}

const FIX_UP_BATCH = 10_000;
const SET_PENDING = `
UNWIND $rows AS row
MATCH (n:${ENTITY_LABEL} {id: row.id})
SET n += row.props`;

const secondsSince = (start: number) => Math.round(performance.now() - start) / 1000;

/** The name of the database neo4j-admin writes: NEO4J_DATABASE, or Neo4j's default `neo4j`. */
function databaseName(config: Config): string {
  return config.neo4j.database ?? 'neo4j';
}

/** True when the instance holds a store for the database (offline: its folders in the data folder). */
export function storeExists(config: Config, paths: InstancePaths = instancePaths(config)): boolean {
  const name = databaseName(config);
  return (
    existsSync(path.join(paths.data, 'databases', name)) ||
    existsSync(path.join(paths.data, 'transactions', name))
  );
}

/** Throws {@link BulkImportError} when a bulk import cannot run now: wrong database, running, or consent missing. */
export function assertBulkImportPossible(config: Config, replace: boolean): void {
  if (!config.neo4j.local) {
    throw new BulkImportError(
      `Bulk import writes the files of the project's local Neo4j, but NEO4J_URI is set (${config.neo4j.uri}). ` +
        'Use `tdg import` (without --bulk) to load into that database.',
    );
  }
  const status = getLocalNeo4jStatus(config);
  if (status.running) {
    throw new BulkImportError(
      `The local Neo4j of instance "${config.runtime.instance}" is running (pid ${status.pid}); bulk import ` +
        'needs it stopped. Stop it (`npm run tdg -- neo4j stop`, or stop the server that runs it) and try again.',
    );
  }
  if (!replace && storeExists(config)) {
    throw new BulkImportError(
      `Instance "${config.runtime.instance}" already has a database (in ${status.dataFolder}). Bulk import ` +
        'replaces it: pass --replace to discard everything it holds, or use `tdg import` to add to it.',
    );
  }
}

/**
 * Loads dataset files into the local Neo4j with `neo4j-admin database import full`: reads and validates
 * every file first (any problem is a DatasetValidationError naming the file and field, before anything is
 * written), writes CSV files to a temporary folder, imports them offline under the instance lock, and
 * leaves Neo4j stopped. The graph is complete once {@link startBulkImportedGraph} has run.
 */
export async function bulkImportDatasetFiles(
  config: Config,
  files: readonly string[],
  options: BulkImportOptions = {},
): Promise<BulkImportResult> {
  const env = options.env ?? process.env;
  const log = options.log ?? (() => undefined);
  const replace = options.replace === true;
  assertBulkImportPossible(config, replace);
  const startedAt = performance.now();
  const checked = await validateForBulkImport(files);
  const validateSeconds = secondsSince(startedAt);
  log(`Validated ${files.length} file(s), ${checked.records} records, in ${validateSeconds.toFixed(1)} s.`);

  await checkJava(env);
  const classpath = await resolveNeo4jClasspath(config.runtime.version, config.runtime.home, env, log);
  const paths = instancePaths(config);
  const lock = await acquireInstanceLock(paths, (holder) =>
    log(`Process ${holder} is starting or stopping this Neo4j; waiting for it to finish.`),
  );
  const workDir = await mkdtemp(path.join(tmpdir(), 'tdg-bulk-'));
  try {
    assertBulkImportPossible(config, replace);
    const csvStart = performance.now();
    const written = await writeAllTables(files, workDir);
    const csvSeconds = secondsSince(csvStart);
    log(
      `Wrote ${written.tables.length} CSV files (${written.nodes} nodes, ${written.relationships} relationships) in ${csvSeconds.toFixed(1)} s.`,
    );
    await writeNeo4jConf(config, paths);
    const adminStart = performance.now();
    const counts = await runAdminImport({
      paths,
      classpath,
      heap: config.runtime.heap,
      database: databaseName(config),
      tables: written.tables,
      workDir,
      env,
    });
    const adminSeconds = secondsSince(adminStart);
    if (counts && (counts.nodes !== written.nodes || counts.relationships !== written.relationships)) {
      throw new BulkImportError(
        `neo4j-admin imported ${counts.nodes} nodes and ${counts.relationships} relationships, ` +
          `not the ${written.nodes} and ${written.relationships} written: the database is incomplete.`,
      );
    }
    log(`neo4j-admin imported them in ${adminSeconds.toFixed(1)} s.`);
    const { nodes, relationships, pending } = written;
    return { files, nodes, relationships, startedAt, validateSeconds, csvSeconds, adminSeconds, pending };
  } finally {
    await rm(workDir, { recursive: true, force: true });
    await lock.release();
  }
}

async function writeAllTables(files: readonly string[], dir: string) {
  const tables: CsvTable[] = [];
  const pending: PendingProps[] = [];
  let nodes = 0;
  let relationships = 0;
  for (const [index, file] of files.entries()) {
    // Read again rather than kept from validation: a large load does not have to fit in memory at once.
    const dataset = (await readDatasetFile(file)) as Dataset;
    const prefix = String(index + 1).padStart(4, '0');
    const written = await writeDatasetTables(dataset, file, dir, prefix);
    tables.push(...written.tables);
    pending.push(...written.pending);
    nodes += written.nodes;
    relationships += written.relationships;
  }
  return { tables, pending, nodes, relationships };
}

/**
 * Starts the local Neo4j on a bulk-imported database, applies the schema, sets what neo4j-admin could
 * not write (empty lists) and waits for every index to be online: the graph is then the one the
 * transactional import writes. Leaves Neo4j running; the caller stops it when it wants it stopped.
 */
export async function startBulkImportedGraph(
  config: Config,
  imported: BulkImportResult,
  options: Pick<BulkImportOptions, 'env' | 'log' | 'actor'> = {},
): Promise<{ started: StartResult; summary: BulkImportSummary }> {
  const startStart = performance.now();
  const started = await startLocalNeo4j(config, options.env ?? process.env, options.log ?? (() => undefined));
  const startSeconds = secondsSince(startStart);
  const schemaStart = performance.now();
  const driver = createDriver(config.neo4j);
  try {
    await completeGraph(driver, config.neo4j.database, imported.pending, options.log ?? (() => undefined));
    await logBulkImport(driver, config.neo4j.database, imported, options.actor ?? 'system');
  } finally {
    await driver.close();
  }
  const schemaSeconds = secondsSince(schemaStart);
  const totalSeconds = secondsSince(imported.startedAt);
  const { files, nodes, relationships, validateSeconds, csvSeconds, adminSeconds } = imported;
  return {
    started,
    summary: {
      files,
      nodes,
      relationships,
      validateSeconds,
      csvSeconds,
      adminSeconds,
      startSeconds,
      schemaSeconds,
      totalSeconds,
      itemsPerSecond: Math.round((nodes + relationships) / Math.max(totalSeconds, 0.001)),
    },
  };
}

/**
 * Records the load in the change log as one write that says what it loaded (counts and files), with no
 * entries: an entry per record would be as large as the load itself (docs/changes.md).
 */
async function logBulkImport(
  driver: Driver,
  database: string | undefined,
  imported: BulkImportResult,
  actor: string,
): Promise<void> {
  const session = driver.session({ database });
  try {
    await session.executeWrite((tx) =>
      recordWrite(tx, {
        operation: 'bulk_import',
        actor,
        origin: imported.files.map((file) => path.basename(file)).join(', '),
        entries: [bulkImportEntry(imported)],
      }),
    );
  } finally {
    await session.close();
  }
}

/**
 * Sets the empty lists, then creates the constraints and indexes (before the full-text index over aliases
 * exists, or each list set would re-index its node) and waits for them to be online.
 */
async function completeGraph(
  driver: Driver,
  database: string | undefined,
  pending: readonly PendingProps[],
  log: (line: string) => void,
) {
  const started = performance.now();
  const byProperty = new Map<string, PendingProps[]>();
  for (const row of pending) {
    for (const name of Object.keys(row.props)) {
      const rows = byProperty.get(name) ?? [];
      rows.push(row);
      byProperty.set(name, rows);
    }
  }
  const left: PendingProps[] = [];
  for (const [name, rows] of byProperty)
    if (!(await setAllMissing(driver, database, name, rows.length)))
      left.push(...rows.map((row) => ({ id: row.id, props: { [name]: [] } })));
  log(`Set the empty lists of ${pending.length} nodes in ${secondsSince(started).toFixed(1)} s.`);
  const schema = performance.now();
  await applySchema(driver, database);
  for (let start = 0; start < left.length; start += FIX_UP_BATCH)
    await driver.executeQuery(SET_PENDING, { rows: left.slice(start, start + FIX_UP_BATCH) }, { database });
  await driver.executeQuery('CALL db.awaitIndexes(300)', {}, { database });
  // A new graph, written outside the executor: give it a version, or nothing derived from it is cached.
  await driver.executeQuery(BUMP_GRAPH_VERSION, {}, { database });
  log(`Created the constraints and indexes in ${secondsSince(schema).toFixed(1)} s.`);
}

/**
 * Sets `name` to `[]` on every entity without it, in one scan, when those are exactly the `expected`
 * nodes that had it empty (they are among them, so equal counts mean the same nodes); a node with no
 * such property at all would make the counts differ, and the caller then sets them one id at a time.
 */
async function setAllMissing(driver: Driver, database: string | undefined, name: string, expected: number) {
  if (!/^[A-Za-z_][A-Za-z0-9_]*$/.test(name)) return false;
  const session = driver.session({ database });
  try {
    const count = await session.run(
      `MATCH (n:${ENTITY_LABEL}) WHERE n.\`${name}\` IS NULL RETURN count(n) AS n`,
    );
    if (Number(count.records[0]?.get('n')) !== expected) return false;
    // IN TRANSACTIONS needs an auto-commit transaction: session.run, not executeQuery.
    await session.run(
      `MATCH (n:${ENTITY_LABEL}) WHERE n.\`${name}\` IS NULL CALL (n) { SET n.\`${name}\` = [] } IN TRANSACTIONS OF 50000 ROWS`,
    );
    return true;
  } finally {
    await session.close();
  }
}

/** One line: what was imported, how fast, and where the time went. */
export function formatBulkSummary(summary: BulkImportSummary): string {
  return (
    `Bulk-imported ${summary.files.length} file(s): ${summary.nodes} nodes and ${summary.relationships} relationships ` +
    `in ${summary.totalSeconds.toFixed(1)} s, ${summary.itemsPerSecond.toLocaleString('en-US')} items/s from the first ` +
    `file read to indexes online (validate ${summary.validateSeconds.toFixed(1)} s, CSV ${summary.csvSeconds.toFixed(1)} s, ` +
    `neo4j-admin ${summary.adminSeconds.toFixed(1)} s, start ${summary.startSeconds.toFixed(1)} s, ` +
    `schema and indexes ${summary.schemaSeconds.toFixed(1)} s).`
  );
}
