import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import neo4j, { type Driver } from 'neo4j-driver';
import { generateDataset, type Probes, type Scale } from '../src/generate/index.ts';
import { importDatasetFiles, seedGraph } from '../src/ingest/index.ts';
import { applySchema } from '../src/neo4j/schema.ts';

/** `seed` loads the project's seed instead of a generated scale (for trying the harness). */
export type BenchScale = Scale | 'seed';

/** How fast the import went (only when this run loaded the data). */
export interface ImportStats {
  readonly nodes: number;
  readonly relationships: number;
  readonly generateSeconds: number;
  readonly importSeconds: number;
  /** (nodes + relationships) / import seconds. */
  readonly itemsPerSecond: number;
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
 * agree; otherwise empties it, applies the schema, generates the files and imports them (timed).
 */
export async function ensureDataset(
  driver: Driver,
  database: string | undefined,
  scale: BenchScale,
  seed: number,
  log: (line: string) => void,
  reload = false,
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
  log(`Loading scale ${scale} seed ${seed} into an emptied database...`);
  await emptyDatabase(driver, database);
  await applySchema(driver, database);
  const outDir = await mkdtemp(path.join(tmpdir(), 'tdg-bench-'));
  try {
    const generateStart = performance.now();
    const generated = scale === 'seed' ? null : await generateDataset({ scale, seed, outDir });
    const generateSeconds = (performance.now() - generateStart) / 1000;
    const importStart = performance.now();
    if (generated) await importDatasetFiles(driver, generated.files, database);
    else await seedGraph(driver, { database });
    const importSeconds = (performance.now() - importStart) / 1000;
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
      ...loaded,
      generateSeconds: Math.round(generateSeconds * 10) / 10,
      importSeconds: Math.round(importSeconds * 10) / 10,
      itemsPerSecond: Math.round((loaded.nodes + loaded.relationships) / importSeconds),
    };
    log(
      `Loaded ${loaded.nodes} nodes and ${loaded.relationships} relationships: generated in ${importStats.generateSeconds} s, ` +
        `imported in ${importStats.importSeconds} s (${importStats.itemsPerSecond} items/s).`,
    );
    return { scale, seed, ...loaded, importStats, probes };
  } finally {
    await rm(outDir, { recursive: true, force: true });
  }
}
