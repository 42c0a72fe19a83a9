import { mkdtemp, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { DatasetValidationError, importDataset } from '../../src/ingest/index.ts';
import { runCli } from '../helpers/cli.ts';
import { fingerprintGraph } from '../helpers/fingerprint.ts';
import { startTestHttp, TEST_TOKEN } from '../helpers/graphql.ts';
import { testConfig } from '../helpers/neo4j.ts';
import { applyMutations, createFixture, datasetMutations, idsIn } from './datasets.ts';
import { toJsonBody } from './hostile.ts';
import { postGraphQL, problemWith } from './http.ts';
import { expectOnlyTouched, restoreBaseline } from './restore.ts';
import { useSeededGraph } from './seeded-graph.ts';

// Mutated valid datasets (the seed-linked fixture of datasets.ts, 1–3 fc-chosen changes each) through the
// three ways in: importDataset() itself, the importDataset mutation over HTTP, and `tdg import <file>`.
// A refused dataset leaves the graph exactly as it was; an accepted one touches only the ids it names.
const DIRECT_RUNS = 120;
const GRAPHQL_RUNS = 60;
const CLI_RUNS = 2;
const config = testConfig();
const database = config.neo4j.database;
const fixture = createFixture();
const stats = { accepted: 0, refused: 0, reseeds: 0, tried: {} as Record<string, number> };
const graph = useSeededGraph(config);

afterAll(() => {
  console.log('[reliability] mutated datasets:', JSON.stringify(stats));
});

const count = (way: string) => void (stats.tried[way] = (stats.tried[way] ?? 0) + 1);

/** An accepted import: it did what the dataset asks (each record's name stored) and nothing else. */
async function checkAccepted(dataset: unknown): Promise<void> {
  stats.accepted += 1;
  await expectOnlyTouched(graph.driver, config, graph.baseline, idsIn(dataset));
  for (const [key, records] of Object.entries(dataset as Record<string, unknown>)) {
    if (key === 'relationships' || !Array.isArray(records)) continue;
    for (const record of records as { id?: unknown; name?: unknown }[]) {
      if (typeof record.id !== 'string' || typeof record.name !== 'string') continue;
      const { records: rows } = await graph.driver.executeQuery(
        'MATCH (n:Entity {id: $id}) RETURN n.name AS name',
        { id: record.id },
        { database },
      );
      // Two records with one id: the later wins; either way the stored name is one the dataset gave.
      const names = (records as { id?: unknown; name?: unknown }[])
        .filter((r) => r.id === record.id)
        .map((r) => r.name);
      expect(names).toContain(rows[0]?.get('name'));
    }
  }
  await restoreBaseline(graph.driver, config, graph.baseline, stats);
}

describe('the dataset importer under mutated datasets', () => {
  it('imports the unmutated fixture (the mutations start from a valid dataset)', async () => {
    await importDataset(graph.driver, fixture, { database, origin: 'fixture' });
    await checkAccepted(fixture);
  });

  it('importDataset() refuses with a DatasetValidationError and writes nothing, or writes only what was asked', async () => {
    await fc.assert(
      fc.asyncProperty(datasetMutations(fixture), async (mutations) => {
        count('direct');
        const dataset = applyMutations(fixture, mutations);
        try {
          await importDataset(graph.driver, dataset, { database, origin: 'fuzz' });
        } catch (error) {
          expect(error, String(error)).toBeInstanceOf(DatasetValidationError);
          stats.refused += 1;
          return;
        }
        await checkAccepted(dataset);
      }),
      { numRuns: DIRECT_RUNS },
    );
    expect((await fingerprintGraph(graph.driver, database)).hash).toBe(graph.baseline.hash);
  });

  it('the importDataset mutation answers data or BAD_USER_INPUT, never a 500 or internals', async () => {
    const server = await startTestHttp(config, graph.driver);
    try {
      await fc.assert(
        fc.asyncProperty(datasetMutations(fixture), async (mutations) => {
          count('graphql');
          const dataset = applyMutations(fixture, mutations);
          const body = toJsonBody({
            query: 'mutation($d: JSON!) { importDataset(dataset: $d) { summary } }',
            variables: { d: dataset },
          });
          const reply = await postGraphQL(server.url, body, { token: TEST_TOKEN });
          expect(problemWith(reply, dataset), body.slice(0, 400)).toBeUndefined();
          if (reply.json?.data?.importDataset != null) await checkAccepted(dataset);
          else {
            stats.refused += 1;
            expect(reply.json?.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
          }
        }),
        { numRuns: GRAPHQL_RUNS },
      );
    } finally {
      await server.stop();
    }
    expect((await fingerprintGraph(graph.driver, database)).hash).toBe(graph.baseline.hash);
  });

  it('tdg import of a mutated file exits non-zero with one clear message and writes nothing', async () => {
    const dir = await mkdtemp(path.join(os.tmpdir(), 'tdg-fuzz-'));
    const invalid = fc.sample(
      datasetMutations(fixture).filter((m) => m.some((x) => x.kind === 'set' && typeof x.value !== 'string')),
      { numRuns: CLI_RUNS, seed: 7 },
    );
    for (const [i, mutations] of invalid.entries()) {
      count('cli');
      const file = path.join(dir, `mutated-${i}.json`);
      await writeFile(file, JSON.stringify(applyMutations(fixture, mutations)));
      const { code, stdout, stderr } = await runCli(['import', file]);
      if (code === 0) {
        await checkAccepted(applyMutations(fixture, mutations));
        continue;
      }
      stats.refused += 1;
      expect(stderr, stdout).toMatch(/invalid dataset, nothing was imported/);
      expect(stderr).not.toMatch(/\n\s+at |Neo\.ClientError|Neo4jError/);
      expect((await fingerprintGraph(graph.driver, database)).hash).toBe(graph.baseline.hash);
    }
    // And a file that is not JSON at all.
    const broken = path.join(dir, 'broken.json');
    await writeFile(broken, '{"format": "tdg-dataset", "sources": [');
    const { code, stderr } = await runCli(['import', broken]);
    expect(code).not.toBe(0);
    expect(stderr).toMatch(/is not valid JSON/);
    expect((await fingerprintGraph(graph.driver, database)).hash).toBe(graph.baseline.hash);
  });
});
