import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import type { Driver } from 'neo4j-driver';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DatasetValidationError, SEED_FILES, importDataset, seedGraph } from '../../src/ingest/index.ts';
import { countGraph, openTestDriver, resetGraph } from '../helpers/neo4j.ts';
import { runCli } from '../helpers/cli.ts';

let driver: Driver;
let seed: Record<string, unknown[]>;

beforeAll(async () => {
  driver = await openTestDriver();
  await resetGraph(driver);
  seed = JSON.parse(await readFile(SEED_FILES[0] ?? '', 'utf8')) as Record<string, unknown[]>;
});
afterAll(async () => {
  await driver.close();
});

async function scalar(cypher: string, params: Record<string, unknown> = {}): Promise<unknown> {
  const { records } = await driver.executeQuery(cypher, params);
  return records[0]?.get(0);
}

/** The seed with one record changed: what an analyst's typo looks like. */
function seedWith(change: (copy: Record<string, unknown[]>) => void): Record<string, unknown[]> {
  const copy = structuredClone(seed);
  change(copy);
  return copy;
}

describe('seed', () => {
  it('loads the UK–US deal with the counts the issue asks for', async () => {
    await seedGraph(driver);
    const counts = await driver.executeQuery(
      `UNWIND ['Country','Person','Organization','Event','Agreement','Investment','Source'] AS label
       CALL (label) { MATCH (n) WHERE label IN labels(n) RETURN count(n) AS n }
       RETURN label, n`,
    );
    const byLabel: Record<string, number> = Object.fromEntries(
      counts.records.map((r) => [String(r.get('label')), Number(r.get('n'))]),
    );
    expect(byLabel.Country).toBeGreaterThanOrEqual(2);
    expect(byLabel.Person).toBeGreaterThanOrEqual(15);
    expect(byLabel.Organization).toBeGreaterThanOrEqual(15);
    expect(byLabel.Event).toBeGreaterThanOrEqual(4);
    expect(byLabel.Agreement).toBeGreaterThanOrEqual(2);
    expect(byLabel.Investment).toBeGreaterThanOrEqual(10);
    expect(byLabel.Source).toBeGreaterThanOrEqual(30);
  });

  it('links every non-Source node and every relationship to a source', async () => {
    const nodes = await scalar(
      'MATCH (n:Entity) WHERE NOT n:Source AND NOT (n)-[:SOURCED_FROM]->(:Source) RETURN count(n)',
    );
    expect(Number(nodes)).toBe(0);
    const unsourced = await scalar(`
      MATCH ()-[r]->()
      WHERE NOT type(r) IN ['SOURCED_FROM', 'REPORTS_STATUS', 'REPORTS_FIGURE']
        AND (size(coalesce(r.sources, [])) = 0 OR any(id IN r.sources WHERE NOT EXISTS { MATCH (:Source {id: id}) }))
      RETURN count(r)`);
    expect(Number(unsourced)).toBe(0);
  });

  it('finds the countries by the French names the seed article uses', async () => {
    const ids = await driver.executeQuery(
      "MATCH (c:Country) WHERE any(a IN c.aliases WHERE a IN ['Royaume-Uni', 'États-Unis']) RETURN c.iso2 AS iso ORDER BY iso",
    );
    expect(ids.records.map((r) => String(r.get('iso')))).toEqual(['GB', 'US']);
  });

  it('keeps the forward-looking seed claims as reported plans, and later statuses beside them', async () => {
    const { records } = await driver.executeQuery(`
      MATCH (s:Source)-[r:REPORTS_STATUS]->(a:Agreement {id: 'agreement:uk-us-technology-prosperity-deal-2025'})
      RETURN r.status AS status, toString(r.date) AS date, s.id AS source ORDER BY date, status`);
    const history = records.map((r) => `${String(r.get('date'))} ${String(r.get('status'))}`);
    expect(history[0]).toBe('2025-09-14 reported');
    expect(history).toContain('2025-09-18 signed');
    expect(history.some((line) => line.endsWith('paused'))).toBe(true);
    expect(records[0]?.get('source')).toBe('source:seed-chas-pravdy-2025-09-14');
  });

  it('lists the disputed BlackRock and Nscale figures side by side with their sources', async () => {
    const { records } = await driver.executeQuery(`
      MATCH (s:Source)-[f:REPORTS_FIGURE]->(i:Investment)
      WHERE i.id IN ['investment:blackrock-uk-data-centres', 'investment:nvidia-nscale']
      RETURN i.id AS investment, f.currency + ' ' + toString(toInteger(f.amount)) AS figure, s.publisher AS publisher
      ORDER BY investment, figure, publisher`);
    const rows = records.map((r) => `${String(r.get('investment'))} ${String(r.get('figure'))}`);
    expect(rows).toEqual(
      expect.arrayContaining([
        'investment:blackrock-uk-data-centres GBP 500000000',
        'investment:blackrock-uk-data-centres USD 678000000',
        'investment:blackrock-uk-data-centres USD 700000000',
        'investment:nvidia-nscale GBP 500000000',
        'investment:nvidia-nscale USD 700000000',
        'investment:nvidia-nscale USD 670000000',
      ]),
    );
    const nscaleSources = new Set(
      records
        .filter((r) => r.get('investment') === 'investment:nvidia-nscale')
        .map((r) => String(r.get('publisher'))),
    );
    expect(nscaleSources.size).toBe(3);
  });

  it('changes nothing when loaded a second time', async () => {
    const before = await countGraph(driver);
    const [summary] = await seedGraph(driver);
    expect(await countGraph(driver)).toEqual(before);
    expect(summary).toMatchObject({
      nodesCreated: 0,
      nodesUpdated: 0,
      relationshipsCreated: 0,
      relationshipsUpdated: 0,
    });
  });
});

describe('import', () => {
  it.each([
    [
      'a wrong type',
      (d: Record<string, unknown[]>) => void ((d.people![0] as Record<string, unknown>).name = 42),
      /people\[0\] \(person:[^)]+\)\.name/,
    ],
    [
      'a dangling reference',
      (d: Record<string, unknown[]>) =>
        void ((d.relationships![3] as Record<string, unknown>).to = 'person:nobody'),
      /relationships\[3\].*\.to: "person:nobody" is neither in this file nor in the database/,
    ],
    [
      'a missing source',
      (d: Record<string, unknown[]>) =>
        void ((d.countries![0] as Record<string, unknown>).sources = ['source:not-there']),
      /countries\[0\] \(country:[a-z]+\)\.sources\[0\]: "source:not-there"/,
    ],
    [
      'a missing field',
      (d: Record<string, unknown[]>) => {
        delete (d.events![0] as Record<string, unknown>).startDate;
      },
      /events\[0\].*startDate: is required/,
    ],
    [
      // Indexed: Neo4j refuses a range-index key past ~8 KB, after validation, with its own error.
      'a publisher too long to index',
      (d: Record<string, unknown[]>) =>
        void ((d.sources![0] as Record<string, unknown>).publisher = 'é'.repeat(5000)),
      /sources\[0\].*publisher/,
    ],
  ])(
    'refuses a file with %s, naming the record and field, and writes nothing',
    async (_name, change, pattern) => {
      await resetGraph(driver);
      const bad = seedWith(change);
      (bad.organizations![0] as Record<string, unknown>).name = 'A change that must not land';
      const before = await countGraph(driver);
      const error = await importDataset(driver, bad, { origin: 'bad.json' }).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(DatasetValidationError);
      expect((error as Error).message).toMatch(/^bad\.json: invalid dataset/);
      expect((error as Error).message).toMatch(pattern);
      expect(await countGraph(driver)).toEqual(before);
    },
  );

  it('says what an import would do with --dry-run, and writes nothing', async () => {
    await resetGraph(driver);
    const result = await runCli(['import', '--dry-run', SEED_FILES[0] ?? '']);
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/uk-us-2025\.json \(dry run, nothing written\): nodes [1-9]\d* created/);
    expect(await countGraph(driver)).toEqual({ nodes: 0, relationships: 0 });
  });

  it('exits non-zero from the CLI on a bad file and leaves the counts unchanged', async () => {
    await resetGraph(driver);
    await seedGraph(driver);
    const before = await countGraph(driver);
    const dir = await mkdtemp(path.join(os.tmpdir(), 'tdg-import-'));
    const file = path.join(dir, 'bad.json');
    await writeFile(
      file,
      JSON.stringify(
        seedWith(
          (d) =>
            void ((d.investments![1] as Record<string, unknown>).figures = [
              { amount: 'lots', currency: 'GBP', sources: [] },
            ]),
        ),
      ),
    );
    const result = await runCli(['import', file]);
    expect(result.code).not.toBe(0);
    expect(result.stderr).toMatch(/bad\.json: invalid dataset, nothing was imported/);
    expect(result.stderr).toMatch(
      /investments\[1\] \(investment:[^)]+\)\.figures\[0\]\.amount: must be number/,
    );
    expect(await countGraph(driver)).toEqual(before);
  });

  it('gives the same graph when the same file is imported by several clients at once', async () => {
    await resetGraph(driver);
    await seedGraph(driver);
    const once = await countGraph(driver);
    await resetGraph(driver);
    await Promise.all([1, 2, 3, 4].map(() => seedGraph(driver)));
    expect(await countGraph(driver)).toEqual(once);
    expect(
      Number(await scalar('MATCH (n:Entity) WITH n.id AS id, count(*) AS c WHERE c > 1 RETURN count(id)')),
    ).toBe(0);
  });
});
