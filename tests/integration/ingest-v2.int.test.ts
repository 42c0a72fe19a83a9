import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import type { Driver } from 'neo4j-driver';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PROJECT_ROOT } from '../../src/config.ts';
import {
  DatasetValidationError,
  importDataset,
  isoCountriesDataset,
  SEED_FILES,
  seedGraph,
} from '../../src/ingest/index.ts';
import { FULLTEXT_INDEX } from '../../src/neo4j/schema.ts';
import { runCli } from '../helpers/cli.ts';
import { diffFingerprints, fingerprintGraph } from '../helpers/fingerprint.ts';
import { openTestDriver, resetGraph } from '../helpers/neo4j.ts';

const V1_FIXTURE = path.join(PROJECT_ROOT, 'tests', 'fixtures', 'uk-us-2025-v1.json');
const SOURCE = 'source:s1-wiredgov-uk-government-2025-09-17';

let driver: Driver;
let seed: Record<string, unknown[]>;

beforeAll(async () => {
  driver = await openTestDriver();
  seed = JSON.parse(await readFile(SEED_FILES[0] ?? '', 'utf8')) as Record<string, unknown[]>;
});
afterAll(async () => {
  await driver.close();
});

async function rows(
  cypher: string,
  params: Record<string, unknown> = {},
): Promise<Record<string, unknown>[]> {
  const { records } = await driver.executeQuery(cypher, params);
  return records.map((r) => r.toObject());
}

/** A small version 2 dataset that adds to the seed: what an analyst's next file looks like. */
function dataset(parts: Record<string, unknown>): Record<string, unknown> {
  return { format: 'tdg-dataset', version: 2, name: 'test', ...parts };
}

describe('version 1 files', () => {
  it('import as before: the same nodes and relationships, figures in version 2 terms', async () => {
    await resetGraph(driver);
    await importDataset(driver, JSON.parse(await readFile(V1_FIXTURE, 'utf8')), { origin: 'v1.json' });
    const labels = await rows(
      "MATCH (n:Entity) WITH [l IN labels(n) WHERE l <> 'Entity'][0] AS l RETURN l, count(*) AS c ORDER BY l",
    );
    const types = await rows('MATCH ()-[r]->() RETURN type(r) AS t, count(*) AS c ORDER BY t');
    // What the importer before format 2 made of this very file (counted with it, commit 97dedec).
    expect(Object.fromEntries(labels.map((r) => [r.l, Number(r.c)]))).toEqual({
      Agreement: 4,
      Country: 2,
      Event: 12,
      Investment: 15,
      Organization: 30,
      Person: 25,
      Place: 15,
      Source: 43,
      Technology: 14,
    });
    expect(Object.fromEntries(types.map((r) => [r.t, Number(r.c)]))).toEqual({
      ANNOUNCED_AT: 3,
      COVERS: 11,
      FOCUSES_ON: 30,
      HEADQUARTERED_IN: 14,
      HELD_AT: 9,
      HELD_IN: 3,
      HOLDS_OFFICE: 14,
      INVESTS_IN: 1,
      LEADS: 12,
      LOCATED_AT: 12,
      LOCATED_IN: 15,
      PARTICIPATED_IN: 32,
      PARTNERS_WITH: 10,
      PARTNER_IN: 13,
      PARTY_TO: 17,
      PART_OF: 8,
      PLEDGED: 15,
      RELATED_TO: 3,
      REPORTS_FIGURE: 42,
      REPORTS_STATUS: 43,
      SIGNED: 2,
      SIGNED_AT: 1,
      SOURCED_FROM: 259,
      SUBSIDIARY_OF: 15,
      TARGETS: 15,
    });
    const [figure] = await rows(
      `MATCH (:Source {id: 'source:seed-chas-pravdy-2025-09-14'})-[f:REPORTS_FIGURE {currency: 'USD'}]->
             (:Investment {id: 'investment:blackrock-uk-data-centres'})
       RETURN f.key AS key, f.unit AS unit, f.bound AS bound, f.wording AS wording`,
    );
    expect(figure).toEqual({ key: 'USD:678000000:about', unit: 'USD', bound: 'about', wording: 'about' });
    const [google] = await rows(
      "MATCH (i:Investment {id: 'investment:google-uk-5bn'}) RETURN i.periodText AS period, i.aggregate AS aggregate",
    );
    expect(google).toEqual({ period: 'two years', aggregate: null });
    const [pkg] = await rows(
      "MATCH (i:Investment {id: 'investment:us-investment-package-150bn'}) RETURN i.aggregate AS a, i.disputed AS d",
    );
    expect(pkg).toEqual({ a: true, d: true });
  });
});

describe('the version 2 seed', () => {
  it('loads after every ISO country, and "Allemagne" finds Germany though no dataset names it', async () => {
    await resetGraph(driver);
    const summaries = await seedGraph(driver);
    expect(summaries).toHaveLength(1 + SEED_FILES.length); // the ISO countries, then each seed file
    const [counts] = await rows('MATCH (c:Country) RETURN count(c) AS n, count(c.iso2) AS coded');
    expect(Number(counts?.n)).toBeGreaterThanOrEqual(249);
    for (const text of ['Allemagne', 'Deutschland', 'Germany', 'Германия']) {
      const hits = await rows(
        `CALL db.index.fulltext.queryNodes('${FULLTEXT_INDEX}', $text) YIELD node RETURN node.id AS id LIMIT 1`,
        { text },
      );
      expect(hits[0]?.id, text).toBe('country:de');
    }
    // The seed's own record wins over the library's: its name, with the library's aliases kept.
    const [us] = await rows(
      "MATCH (c:Country {id: 'country:us'}) RETURN c.name AS name, c.aliases AS aliases",
    );
    expect(us?.name).toBe('United States');
    expect(us?.aliases).toEqual(expect.arrayContaining(['United States of America', 'États-Unis', 'USA']));
    const [source] = await rows(
      "MATCH (:Country {id: 'country:de'})-[:SOURCED_FROM]->(s:Source) RETURN s.url AS url, s.publisher AS publisher",
    );
    expect(String(source?.url)).toMatch(
      /^https:\/\/www\.npmjs\.com\/package\/i18n-iso-countries\/v\/\d+\.\d+\.\d+$/,
    );
  });

  it('holds the pledge tree, units and deal values', async () => {
    const tree = await rows(
      'MATCH (a:Investment)-[:INCLUDED_IN]->(b:Investment) RETURN a.id AS part, b.id AS whole ORDER BY whole, part',
    );
    expect(tree.filter((r) => r.whole === 'investment:us-tech-firms-combined-pledges')).toHaveLength(5);
    expect(
      tree.filter((r) => r.whole === 'investment:us-investment-package-150bn').map((r) => r.part),
    ).toEqual([
      'investment:blackrock-uk-data-centres',
      'investment:blackstone-uk-90bn',
      'investment:us-tech-firms-combined-pledges',
    ]);
    const [nscale] = await rows(
      "MATCH (i:Investment {id: 'investment:nscale-loughton-supercomputer'}) RETURN i.amount AS amount, i.unit AS unit",
    );
    expect(nscale).toEqual({ amount: 23040, unit: 'gpus' });
    const [deal] = await rows(
      "MATCH (a:Agreement {id: 'agreement:uk-us-technology-prosperity-deal-2025'}) RETURN a.name AS name, a.aliases[0] AS alias",
    );
    expect(deal).toEqual({ name: 'UK–US Technology Prosperity Deal', alias: 'Technology Prosperity Deal' });
    const visit = await rows(
      "MATCH (:Source)-[f:REPORTS_FIGURE]->(:Event {id: 'event:trump-uk-state-visit-2025'}) RETURN f.unit AS unit ORDER BY unit",
    );
    expect(visit.map((r) => r.unit)).toEqual(['GBP', 'USD', 'jobs']);
  });

  it('changes nothing when every seed file is imported again, and A, B, A gives the graph A, B gives', async () => {
    const once = await fingerprintGraph(driver);
    const again = await seedGraph(driver);
    for (const summary of again) {
      expect(summary).toMatchObject({
        nodesCreated: 0,
        nodesUpdated: 0,
        relationshipsCreated: 0,
        relationshipsUpdated: 0,
      });
      expect(summary.changes.records.every((c) => c.op === 'unchanged')).toBe(true);
    }
    await importDataset(driver, isoCountriesDataset(), { origin: 'iso', update: 'fill' });
    const after = await fingerprintGraph(driver);
    expect(diffFingerprints(once, after)).toEqual({ added: [], removed: [] });
    expect(after.hash).toBe(once.hash);
  });
});

describe('imports that merge and say what they change', () => {
  it('adds an alias without wiping the record, and --replace replaces it', async () => {
    const file = dataset({
      organizations: [
        {
          id: 'org:blackrock',
          name: 'BlackRock',
          aliases: ['BlackRock Inc.'],
          kind: 'investment_firm',
          sources: [SOURCE],
        },
      ],
    });
    const [before] = await rows(
      "MATCH (o {id: 'org:blackrock'}) RETURN o.aliases AS aliases, o.description AS d, o.website AS w",
    );
    const summary = await importDataset(driver, file, { origin: 'alias.json' });
    const [after] = await rows(
      "MATCH (o {id: 'org:blackrock'}) RETURN o.aliases AS aliases, o.description AS d, o.website AS w",
    );
    expect(after).toEqual({ ...before, aliases: [...(before?.aliases as string[]), 'BlackRock Inc.'] });
    const change = summary.changes.records.find((c) => c.id === 'org:blackrock');
    expect(change?.op).toBe('updated');
    expect(Object.keys(change?.fields ?? {}).sort()).toEqual(['aliases', 'sources']);
    await importDataset(driver, file, { origin: 'alias.json', update: 'replace' });
    const [replaced] = await rows(
      "MATCH (o {id: 'org:blackrock'}) RETURN o.aliases AS aliases, o.description AS d",
    );
    expect(replaced).toEqual({ aliases: ['BlackRock Inc.'], d: null });
    await importDataset(driver, seedRecordOf('org:blackrock'), { origin: 'restore', update: 'replace' });
  });

  it('keeps two status reports of one source and day that say different things, whatever the order', async () => {
    const entry = (note: string) => ({ status: 'paused', date: '2026-02-01', note, sources: [SOURCE] });
    const record = (history: unknown[]) =>
      dataset({
        agreements: [
          { ...seedRecordOf('agreement:uk-us-economic-prosperity-deal-2025', true), statusHistory: history },
        ],
      });
    await importDataset(driver, record([entry('first note'), entry('second note')]), { origin: 'a.json' });
    const first = await fingerprintGraph(driver);
    await importDataset(driver, record([entry('second note'), entry('first note')]), { origin: 'b.json' });
    expect((await fingerprintGraph(driver)).hash).toBe(first.hash);
    const reports = await rows(
      "MATCH (:Source)-[r:REPORTS_STATUS]->(a {id: 'agreement:uk-us-economic-prosperity-deal-2025'}) RETURN r.note AS note ORDER BY note",
    );
    expect(reports.map((r) => r.note)).toEqual(['first note', 'second note']);
    const [status] = await rows(
      "MATCH (a {id: 'agreement:uk-us-economic-prosperity-deal-2025'}) RETURN a.status AS s",
    );
    expect(status?.s).toBe('paused');
  });

  it('prints a diff per record with --dry-run, and writes nothing', async () => {
    const dir = await mkdtemp(path.join(os.tmpdir(), 'tdg-diff-'));
    const file = path.join(dir, 'diff.json');
    await writeFile(
      file,
      JSON.stringify(
        dataset({
          organizations: [
            {
              id: 'org:nvidia',
              name: 'NVIDIA',
              aliases: ['Nvidia Corp.'],
              kind: 'company',
              sources: [SOURCE],
            },
          ],
        }),
      ),
    );
    const before = await fingerprintGraph(driver);
    const result = await runCli(['import', '--dry-run', file]);
    expect(result.code, result.stderr).toBe(0);
    expect(result.stdout).toMatch(
      /diff\.json \(dry run, nothing written\): nodes 0 created, 1 updated;.* 1 records and 0 relationships changed/,
    );
    expect(result.stdout).toContain(`  org:nvidia  aliases: + "Nvidia Corp."; sources: + "${SOURCE}"`);
    expect((await fingerprintGraph(driver)).hash).toBe(before.hash);
  });
});

describe('refused datasets', () => {
  const investment = (figures: unknown[]) => ({
    id: 'investment:test-campus',
    name: 'Test campus',
    figures,
    sources: [SOURCE],
  });
  it.each([
    [
      'a made-up unit',
      dataset({ investments: [investment([{ amount: 18000, unit: 'GPU', sources: [SOURCE] }])] }),
      /investments\[0\] \(investment:test-campus\)\.figures\[0\]\.unit: "GPU" is neither an ISO 4217 currency .*gpus, chips, jobs, units, W, kW, MW.*did you mean "gpus"/,
    ],
    [
      'two preferred figures in one currency',
      dataset({
        investments: [
          investment([
            { amount: 1e9, unit: 'GBP', preferred: true, sources: [SOURCE] },
            { amount: 8000, unit: 'gpus', preferred: true, sources: [SOURCE] },
            { amount: 2e9, unit: 'GBP', preferred: true, sources: [SOURCE] },
          ]),
        ],
      }),
      /investments\[0\] \(investment:test-campus\)\.figures\[0\] and figures\[2\] are both preferred for GBP; mark one/,
    ],
    [
      'a month where a day is due',
      dataset({
        sources: [
          {
            id: 'source:monthly',
            name: 'M',
            url: 'https://example.org/m',
            publisher: 'M',
            publishedOn: '2025-09',
            language: 'en',
            reliability: 'secondary',
          },
        ],
      }),
      /sources\[0\] \(source:monthly\)\.publishedOn: is a month; write a day such as 2025-09-01 and set datePrecision: month/,
    ],
    [
      'a cycle of pledges, with the stored tree',
      dataset({
        relationships: [
          {
            type: 'INCLUDED_IN',
            from: 'investment:us-investment-package-150bn',
            to: 'investment:microsoft-uk-2025-2028',
            sources: [SOURCE],
          },
        ],
      }),
      /relationships\[0\] \(INCLUDED_IN investment:us-investment-package-150bn -> investment:microsoft-uk-2025-2028\): closes a cycle of INCLUDED_IN: .*investment:us-investment-package-150bn.*counting what the database already holds/,
    ],
    [
      'a company that owns itself',
      dataset({
        relationships: [{ type: 'SUBSIDIARY_OF', from: 'org:google', to: 'org:google', sources: [SOURCE] }],
      }),
      /relationships\[0\] \(SUBSIDIARY_OF org:google -> org:google\)\.to: is the same node as from/,
    ],
    [
      'a second country with the code GB',
      dataset({
        countries: [{ id: 'country:uk-copy', name: 'United Kingdom (copy)', iso2: 'GB', sources: [SOURCE] }],
      }),
      /countries\[0\] \(country:uk-copy\)\.iso2: "GB" is already the iso2 of country:gb \(United Kingdom\)/,
    ],
    [
      'a name that mixes Latin and Cyrillic letters',
      dataset({
        countries: [{ id: 'country:spoof', name: 'Unit\u0435d Kingdom', aliases: ['UK'], sources: [SOURCE] }],
      }),
      /countries\[0\] \(country:spoof\)\.name: "Unit.d Kingdom" mixes Latin and Cyrillic letters in the word "Unit.d" \(U\+0435 CYRILLIC SMALL LETTER IE\)/,
    ],
    [
      'an amount of 1e308',
      dataset({ investments: [investment([{ amount: 1e308, unit: 'USD', sources: [SOURCE] }])] }),
      /investments\[0\] \(investment:test-campus\)\.figures\[0\]\.amount: must be <= 1000000000000000/,
    ],
  ])('refuses %s, naming file, record and field, and writes nothing', async (_name, bad, pattern) => {
    const before = await fingerprintGraph(driver);
    const error = await importDataset(driver, bad, { origin: 'bad.json' }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(DatasetValidationError);
    expect((error as Error).message).toMatch(/^bad\.json: invalid dataset, nothing was imported/);
    expect((error as Error).message).toMatch(pattern);
    expect((await fingerprintGraph(driver)).hash).toBe(before.hash);
  });
});

/** A record of the seed, as a version 2 dataset of its own (or the bare record). */
function seedRecordOf(id: string, bare = false): Record<string, unknown> {
  for (const [array, records] of Object.entries(seed)) {
    if (!Array.isArray(records)) continue;
    const record = (records as { id?: string }[]).find((r) => r.id === id);
    if (record) return bare ? { ...record } : dataset({ [array]: [record] });
  }
  throw new Error(`no record ${id} in the seed`);
}
