import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import neo4j, { type Driver } from 'neo4j-driver';
import { type Config } from '../src/index.ts';
import {
  applySchema,
  bulkImportDatasetFiles,
  generateDataset,
  importDatasetFiles,
  SEED_FILES,
  startBulkImportedGraph,
  stopLocalNeo4j,
  type Probes,
  type Scale,
} from '../src/tools.ts';

/** `seed` loads the project's seed instead of a generated scale (for trying the harness). */
export type BenchScale = Scale | 'seed';

/**
 * `bulk`: neo4j-admin's offline import into the local Neo4j (stopped, replaced, started again);
 * `transactional`: `tdg import`, file by file, into the running database.
 */
export type ImportMode = 'bulk' | 'transactional';

/** Seconds spent in each step of a bulk import. */
export interface BulkPhases {
  readonly validate: number;
  /** Building the rows and writing the CSV files. */
  readonly csv: number;
  readonly neo4jAdmin: number;
  /** Starting Neo4j on the new database. */
  readonly start: number;
  /** Constraints and indexes created and online. */
  readonly schema: number;
}

/** How fast the import went (only when this run loaded the data). */
export interface ImportStats {
  readonly method: ImportMode;
  readonly nodes: number;
  readonly relationships: number;
  readonly generateSeconds: number;
  /** From the first file read to every index online (bulk: stopping Neo4j before is not counted). */
  readonly importSeconds: number;
  /** (nodes + relationships) / import seconds. */
  readonly itemsPerSecond: number;
  /** Bulk only. */
  readonly phases?: BulkPhases;
}

/** How {@link ensureDataset} loads: the config of the database, and the mode asked for (if any). */
export interface LoadSettings {
  readonly config: Config;
  readonly mode?: ImportMode | undefined;
}

/** Bulk for the project's local Neo4j, transactional for NEO4J_URI (the only way there). */
export function resolveImportMode(settings: LoadSettings | undefined): ImportMode {
  if (!settings) return 'transactional';
  const local = settings.config.neo4j.local;
  if (settings.mode === 'bulk' && !local)
    throw new Error('--import bulk needs the local Neo4j; NEO4J_URI is set, so use --import transactional');
  return settings.mode ?? (local ? 'bulk' : 'transactional');
}

export interface LoadedDataset {
  readonly scale: BenchScale;
  readonly seed: number;
  readonly nodes: number;
  readonly relationships: number;
  /** Null when the same scale and seed were already loaded (the load was skipped). */
  readonly importStats: ImportStats | null;
  readonly probes: Partial<Probes>;
}

/** The marker node a load leaves behind: which scale and seed the database holds, and the probes. */
const MARKER = 'TdgBenchMarker';

async function countGraph(driver: Driver, database: string | undefined) {
  const { records } = await driver.executeQuery(
    `CALL () { MATCH (n) WHERE NOT n:${MARKER} RETURN count(n) AS nodes }
     CALL () { MATCH ()-[r]->() RETURN count(r) AS relationships }
     RETURN nodes, relationships`,
    {},
    { database },
  );
  return { nodes: Number(records[0]?.get('nodes')), relationships: Number(records[0]?.get('relationships')) };
}

async function readMarker(driver: Driver, database: string | undefined) {
  const { records } = await driver.executeQuery(
    `MATCH (m:${MARKER}) RETURN m.scale AS scale, m.seed AS seed, m.nodes AS nodes,
            m.relationships AS relationships, m.probes AS probes LIMIT 1`,
    {},
    { database },
  );
  const record = records[0];
  if (!record) return null;
  return {
    scale: String(record.get('scale')),
    seed: Number(record.get('seed')),
    nodes: Number(record.get('nodes')),
    relationships: Number(record.get('relationships')),
    probes: JSON.parse(String(record.get('probes'))) as Partial<Probes>,
  };
}

/** Deletes everything, in batches (an auto-commit transaction, as CALL … IN TRANSACTIONS needs). */
async function emptyDatabase(driver: Driver, database: string | undefined): Promise<void> {
  const session = driver.session({ database, defaultAccessMode: neo4j.session.WRITE });
  try {
    await session.run('MATCH (n) CALL (n) { DETACH DELETE n } IN TRANSACTIONS OF 5000 ROWS');
  } finally {
    await session.close();
  }
}

/**
 * Makes the database hold the given scale and seed: skipped when the marker says so and the counts
 * agree; otherwise generates the files and loads them into an emptied database (timed), with neo4j-admin
 * (bulk: Neo4j is stopped, replaced and started again; `driver` reconnects by itself) or with `tdg import`.
 */
export async function ensureDataset(
  driver: Driver,
  database: string | undefined,
  scale: BenchScale,
  seed: number,
  log: (line: string) => void,
  reload = false,
  settings?: LoadSettings,
): Promise<LoadedDataset> {
  const marker = await readMarker(driver, database);
  const counts = await countGraph(driver, database);
  if (
    !reload &&
    marker &&
    marker.scale === scale &&
    marker.seed === seed &&
    marker.nodes === counts.nodes &&
    marker.relationships === counts.relationships
  ) {
    log(
      `Scale ${scale} seed ${seed} is already loaded (${counts.nodes} nodes, ${counts.relationships} relationships).`,
    );
    return { scale, seed, ...counts, importStats: null, probes: marker.probes };
  }
  const method = resolveImportMode(settings);
  log(`Loading scale ${scale} seed ${seed} into an emptied database (${method} import)...`);
  const outDir = await mkdtemp(path.join(tmpdir(), 'tdg-bench-'));
  try {
    const generateStart = performance.now();
    const generated = scale === 'seed' ? null : await generateDataset({ scale, seed, outDir });
    const generateSeconds = (performance.now() - generateStart) / 1000;
    const files = generated?.files ?? [...SEED_FILES];
    const timed =
      method === 'bulk' && settings
        ? await loadBulk(driver, settings.config, files, log)
        : await loadTransactional(driver, database, files);
    const loaded = await countGraph(driver, database);
    const probes = generated?.probes ?? {};
    await driver.executeQuery(
      `CREATE (:${MARKER} {scale: $scale, seed: $seed, nodes: $nodes, relationships: $relationships, probes: $probes})`,
      {
        scale,
        seed,
        nodes: loaded.nodes,
        relationships: loaded.relationships,
        probes: JSON.stringify(probes),
      },
      { database },
    );
    const importStats: ImportStats = {
      method,
      ...loaded,
      generateSeconds: round(generateSeconds),
      importSeconds: round(timed.seconds),
      itemsPerSecond: Math.round((loaded.nodes + loaded.relationships) / timed.seconds),
      ...(timed.phases ? { phases: timed.phases } : {}),
    };
    log(
      `Loaded ${loaded.nodes} nodes and ${loaded.relationships} relationships: generated in ${importStats.generateSeconds} s, ` +
        `imported (${method}) in ${importStats.importSeconds} s (${importStats.itemsPerSecond} items/s)` +
        `${timed.phases ? `; ${JSON.stringify(timed.phases)}` : ''}.`,
    );
    return { scale, seed, ...loaded, importStats, probes };
  } finally {
    await rm(outDir, { recursive: true, force: true });
  }
}

/**
 * Drops the bookmarks `executeQuery` keeps: they name transactions of the database that was replaced,
 * which the new one (with fewer transactions) would wait for until a BookmarkTimeout. The driver's
 * connections to the stopped server are replaced by the driver itself.
 */
async function forgetBookmarks(driver: Driver): Promise<void> {
  const bookmarks = driver.executeQueryBookmarkManager;
  await bookmarks.updateBookmarks(await bookmarks.getBookmarks(), []);
}

const round = (seconds: number) => Math.round(seconds * 10) / 10;

async function loadTransactional(driver: Driver, database: string | undefined, files: readonly string[]) {
  await emptyDatabase(driver, database);
  await applySchema(driver, database);
  const start = performance.now();
  await importDatasetFiles(driver, files, database);
  return { seconds: (performance.now() - start) / 1000, phases: undefined };
}

/** Stops the local Neo4j, replaces its database with the files, starts it and waits for the indexes. */
async function loadBulk(
  driver: Driver,
  config: Config,
  files: readonly string[],
  log: (line: string) => void,
) {
  await stopLocalNeo4j(config, log);
  const imported = await bulkImportDatasetFiles(config, files, { replace: true, log });
  const { summary } = await startBulkImportedGraph(config, imported, { log });
  await forgetBookmarks(driver);
  const phases: BulkPhases = {
    validate: round(summary.validateSeconds),
    csv: round(summary.csvSeconds),
    neo4jAdmin: round(summary.adminSeconds),
    start: round(summary.startSeconds),
    schema: round(summary.schemaSeconds),
  };
  return { seconds: summary.totalSeconds, phases };
}
