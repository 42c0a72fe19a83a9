import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import type { Driver } from 'neo4j-driver';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Config, loadConfig } from '../../src/config.ts';
import { generateDataset } from '../../src/generate/index.ts';
import { BulkImportError, bulkImportDatasetFiles } from '../../src/ingest/bulk-import.ts';
import { DatasetValidationError, importDatasetFiles, SEED_FILES } from '../../src/ingest/index.ts';
import { createDriver } from '../../src/neo4j/driver.ts';
import { getLocalNeo4jStatus, startLocalNeo4j, stopLocalNeo4j } from '../../src/runtime/local-neo4j.ts';
import { runCli } from '../helpers/cli.ts';
import { diffFingerprints, fingerprintGraph, type GraphFingerprint } from '../helpers/fingerprint.ts';
import { openTestDriver, resetGraph, testConfig } from '../helpers/neo4j.ts';
import { testPort } from '../helpers/ports.ts';

// Bulk import needs its Neo4j stopped, so these tests run an instance of their own beside the test database.
const INSTANCE_ENV = {
  NEO4J_URI: '',
  TDG_NEO4J_INSTANCE: 'test-bulk',
  NEO4J_BOLT_PORT: String(testPort(33)),
  NEO4J_HEAP: '512m',
  NEO4J_PAGECACHE: '128m',
};
const config: Config = loadConfig({ ...process.env, ...INSTANCE_ENV });
const database = config.neo4j.database;
const quiet = () => {};

let workDir = '';
let files: string[] = [];
let expected: GraphFingerprint;
let driver: Driver | undefined;

async function start(): Promise<Driver> {
  await startLocalNeo4j(config, process.env, quiet);
  driver = createDriver(config.neo4j);
  return driver;
}

async function stop(): Promise<void> {
  await driver?.close();
  driver = undefined;
  await stopLocalNeo4j(config, quiet);
}

/** What `tdg import` makes of the files in an empty database: the shared test database, already running. */
async function transactionalFingerprint(paths: readonly string[]): Promise<GraphFingerprint> {
  const shared = testConfig();
  const db = await openTestDriver(shared);
  try {
    await resetGraph(db, shared.neo4j.database);
    await importDatasetFiles(db, paths, shared.neo4j.database);
    return await fingerprintGraph(db, shared.neo4j.database);
  } finally {
    await resetGraph(db, shared.neo4j.database);
    await db.close();
  }
}

async function writeVariant(name: string, change: (dataset: Record<string, unknown[]>) => void) {
  const dataset = JSON.parse(await readFile(SEED_FILES[0] ?? '', 'utf8')) as Record<string, unknown[]>;
  change(dataset);
  const file = path.join(workDir, name);
  await writeFile(file, JSON.stringify(dataset));
  return file;
}

/** Strings CSV can get wrong: quotes, commas, line breaks, spaces, NUL, tabs, non-ASCII, empty ones. */
const TRICKY = 'Quotes "and", commas\nand lines\r\n NUL \u0000 tab\t Élysée 😀 \\';
const HOSTILE_DATASET = {
  format: 'tdg-dataset',
  version: 1,
  name: 'hostile strings',
  sources: [
    {
      id: 'source:hostile',
      name: TRICKY,
      title: ' spaced ',
      description: '',
      url: 'https://example.org/hostile',
      publisher: 'Example, "Ltd"',
      language: 'en',
      reliability: 'secondary',
    },
  ],
  people: [
    { id: 'person:hostile', name: 'P', aliases: ['a, "b"', 'c\nd', '😀'], sources: ['source:hostile'] },
  ],
  organizations: [{ id: 'org:hostile', name: 'O', kind: 'other', sources: ['source:hostile'] }],
  relationships: [
    {
      type: 'MEMBER_OF',
      from: 'person:hostile',
      to: 'org:hostile',
      properties: { role: TRICKY, note: '' },
      sources: ['source:hostile'],
    },
  ],
};

const expectSameGraph = (actual: GraphFingerprint) => {
  expect(diffFingerprints(expected, actual)).toEqual({ added: [], removed: [] });
  expect(actual.hash).toBe(expected.hash);
};

beforeAll(async () => {
  workDir = await mkdtemp(path.join(os.tmpdir(), 'tdg-bulk-test-'));
  // Small files, so that later files refer to what earlier ones define, as in a real multi-file load;
  // with the seed first, whose values cover every type (dates, floats, booleans, empty strings and lists).
  const generated = await generateDataset({
    scale: 'XS',
    seed: 7,
    outDir: path.join(workDir, 'xs'),
    chunkSize: 1_500,
  });
  const hostile = path.join(workDir, 'hostile.json');
  await writeFile(hostile, JSON.stringify(HOSTILE_DATASET));
  files = [...SEED_FILES, ...generated.files, hostile];
  expected = await transactionalFingerprint(files);
  await stopLocalNeo4j(config, quiet);
});

afterAll(async () => {
  await stop();
  await rm(workDir, { recursive: true, force: true });
});

describe('bulk import', () => {
  // neo4j-admin, a Neo4j start and the indexes: over two minutes on a loaded 2-core machine.
  it(
    'loads files with `tdg import --bulk` into the graph the transactional import writes',
    { timeout: 300_000 },
    async () => {
      expect(files.length).toBeGreaterThan(3);
      const result = await runCli(['import', '--bulk', '--replace', ...files], INSTANCE_ENV);
      expect(result.stderr).not.toMatch(/^tdg:/m);
      expect(result.code).toBe(0);
      expect(result.stdout).toMatch(
        new RegExp(
          `^Bulk-imported ${files.length} file\\(s\\): ${expected.nodes} nodes and ${expected.relationships} relationships in [\\d.]+ s, [\\d,]+ items/s`,
        ),
      );
      expect(getLocalNeo4jStatus(config).running).toBe(false);
      expectSameGraph(await fingerprintGraph(await start(), database));
    },
  );

  it('refuses while the local Neo4j runs, saying how to stop it', async () => {
    expect(getLocalNeo4jStatus(config).running).toBe(true);
    const error = await bulkImportDatasetFiles(config, SEED_FILES, { replace: true }).catch(
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(BulkImportError);
    expect((error as Error).message).toMatch(/is running .*neo4j stop/);
  });

  it(
    'refuses a database it was not told to replace, and invalid files, leaving the store untouched',
    { timeout: 300_000 },
    async () => {
      await stop();
      const noConsent = await bulkImportDatasetFiles(config, SEED_FILES).catch((e: unknown) => e);
      expect(noConsent).toBeInstanceOf(BulkImportError);
      expect((noConsent as Error).message).toMatch(/already has a database.*--replace/);

      const badName = await writeVariant('bad-name.json', (d) => {
        (d.people?.[0] as { name: unknown }).name = 42;
      });
      const invalid = await bulkImportDatasetFiles(config, [badName], { replace: true }).catch(
        (e: unknown) => e,
      );
      expect(invalid).toBeInstanceOf(DatasetValidationError);
      expect((invalid as DatasetValidationError).origin).toBe(badName);
      expect((invalid as DatasetValidationError).issues[0]?.path).toMatch(
        /^people\[0\] \(person:[^)]+\)\.name$/,
      );

      const delimiter = await writeVariant('delimiter.json', (d) => {
        (d.people?.[0] as { aliases: string[] }).aliases = ['Liz\u001fKendall'];
      });
      const refused = await bulkImportDatasetFiles(config, [delimiter], { replace: true }).catch(
        (e: unknown) => e,
      );
      expect(refused).toBeInstanceOf(DatasetValidationError);
      expect((refused as DatasetValidationError).issues[0]?.path).toMatch(/^people\[0\] .*\.aliases\[0\]$/);

      const twice = await bulkImportDatasetFiles(config, [...SEED_FILES, delimiter], { replace: true }).catch(
        (e: unknown) => e,
      );
      expect(twice).toBeInstanceOf(DatasetValidationError);
      expect((twice as Error).message).toMatch(/is also defined in uk-us-2025\.json.*tdg import/);

      expectSameGraph(await fingerprintGraph(await start(), database));
    },
  );
});
