import { mkdtemp, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import type { Driver } from 'neo4j-driver';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  formatResult,
  listReports,
  OUTPUT_FORMATS,
  type QueryResult,
  runReadOnlyCypher,
  runReport,
} from '../../src/reports/index.ts';
import { countGraph, openSeededDriver, testConfig } from '../helpers/neo4j.ts';

let driver: Driver;
const database = testConfig().neo4j.database;

/** Parameters for the reports that require some (every other report runs on its defaults). */
const REQUIRED: Record<string, Record<string, unknown>> = {
  'companies-near-official': { person: 'person:liz-kendall' },
  'entity-dossier': { id: 'org:blackrock' },
};

beforeAll(async () => {
  driver = await openSeededDriver();
});
afterAll(async () => {
  await driver.close();
});

type Row = Record<string, unknown>;

async function run(name: string, params: Record<string, unknown> = {}): Promise<Row[]> {
  return rowsOf(await runReport(driver, name, { ...REQUIRED[name], ...params }, { database }));
}

function rowsOf(result: QueryResult): Row[] {
  return result.rows.map((row) => Object.fromEntries(result.columns.map((column, i) => [column, row[i]])));
}

function find(rows: Row[], match: Row): Row {
  const found = rows.find((row) => Object.entries(match).every(([key, value]) => row[key] === value));
  if (!found) throw new Error(`no row matches ${JSON.stringify(match)} among ${rows.length} rows`);
  return found;
}

describe('the report library', () => {
  it('holds at least 12 reports, each with a title and a question', async () => {
    const reports = await listReports();
    expect(reports.length).toBeGreaterThanOrEqual(12);
    for (const report of reports) {
      expect(report.title).not.toBe('');
      expect(report.question).not.toBe('');
    }
  });

  it('runs every report on the seed and renders it in every format', async () => {
    for (const report of await listReports()) {
      const result = await runReport(driver, report.name, REQUIRED[report.name] ?? {}, { database });
      expect(result.rows.length, report.name).toBeGreaterThan(0);
      for (const format of OUTPUT_FORMATS) {
        const text = formatResult(result, format);
        if (format === 'json') {
          const parsed = JSON.parse(text) as { columns: string[]; rowCount: number };
          expect(parsed.columns).toEqual(result.columns);
          expect(parsed.rowCount).toBe(result.rows.length);
        } else if (format === 'csv') {
          expect(text.split('\n')[0]).toBe(result.columns.join(','));
        } else if (format === 'markdown') {
          expect(text.split('\n')[0]).toBe(`| ${result.columns.join(' | ')} |`);
        } else {
          expect(text).toContain(`${result.rows.length} row`);
        }
      }
    }
  });

  it('gives the same rows in the same order on a second run', async () => {
    for (const report of await listReports()) {
      const first = await runReport(driver, report.name, REQUIRED[report.name] ?? {}, { database });
      const second = await runReport(driver, report.name, REQUIRED[report.name] ?? {}, { database });
      expect(second, report.name).toEqual(first);
    }
  });
});

describe('report rows on the seed', () => {
  it('pledges-by-investor counts each pledge once, per unit, and says what it left out', async () => {
    const rows = await run('pledges-by-investor');
    // Leaves (the default): pledges not broken down. GBP preferred figures of the ten leaves with one:
    //   BlackRock 0.5 + Blackstone Blyth/Cambois 10 + Blackstone 90 + CoreWeave 1.5 + Google 5
    //   + Microsoft 22 (converted, the only sterling figure) + North East up to 30 + NVIDIA→Nscale 0.5
    //   + NVIDIA infrastructure up to 11 + Salesforce 1.4 (converted) = 171.9 bn, bound up_to.
    // The £31bn and £150bn are broken down (5 and 3 parts), so they count through their parts.
    const gbp = find(rows, { investor: null, investorName: 'All investors', unit: 'GBP' });
    expect(gbp).toMatchObject({ total: 171_900_000_000, bound: 'up_to', pledges: 10 });
    expect(gbp.leftOut).toEqual(
      expect.arrayContaining([
        'investment:us-investment-package-150bn: broken down into 3 pledges, counted through them',
        'investment:us-tech-firms-combined-pledges: broken down into 5 pledges, counted through them',
        'investment:openai-stargate-uk: no figure in GBP (has gpus)',
      ]),
    );
    // Each pledge is in one group, so the groups add up to the grand total.
    const groups = rows.filter((r) => r.investorName !== 'All investors' && r.unit === 'GBP');
    expect(groups.reduce((sum, r) => sum + Number(r.total ?? 0), 0)).toBe(171_900_000_000);
    // USD: Microsoft 30 + Salesforce 2 = 32 bn, exact.
    expect(find(rows, { investorName: 'All investors', unit: 'USD' })).toMatchObject({
      total: 32e9,
      bound: 'exact',
    });
    // GPUs: Nscale 23,040 GB300 + NVIDIA up to 120,000 + Stargate UK up to 8,000 = 151,040, up_to.
    expect(find(rows, { investorName: 'All investors', unit: 'gpus' })).toMatchObject({
      total: 151_040,
      bound: 'up_to',
    });
    expect(find(rows, { investor: 'org:blackrock', unit: 'GBP' })).toMatchObject({
      total: 500_000_000,
      disputed: 0,
    });
    expect(find(rows, { investor: 'org:microsoft', unit: 'USD' })).toMatchObject({ total: 30_000_000_000 });
    // NVIDIA: Nscale £0.5bn + up to £11bn = 11.5 bn, up_to; NVIDIA→Nscale is disputed in USD, not GBP.
    expect(find(rows, { investor: 'org:nvidia', unit: 'GBP' })).toMatchObject({
      total: 11_500_000_000,
      bound: 'up_to',
      disputed: 0,
      investments: ['investment:nvidia-nscale', 'investment:nvidia-uk-ai-infrastructure'],
    });
    // X-energy and Centrica pledged together: one joint group, counted once.
    expect(find(rows, { investor: 'joint:org:centrica+org:x-energy' })).toMatchObject({
      investorName: 'joint: Centrica + X-energy',
      unit: 'units:advanced modular reactors',
      total: 12,
      bound: 'up_to',
    });
    const usd = await run('pledges-by-investor', { currency: 'USD' });
    expect(
      usd.filter((r) => r.investorName !== 'All investors' && r.total !== null).map((r) => r.investor),
    ).toEqual(['org:microsoft', 'org:salesforce']);
  });

  it('pledges-by-investor at the top level counts the largest pledges instead of their parts', async () => {
    const rows = await run('pledges-by-investor', { level: 'top', unit: 'GBP' });
    // Pledges inside no other, with a GBP figure: the £150bn package + Blyth/Cambois 10 + North East up to 30
    //   + NVIDIA infrastructure up to 11 = 201 bn.
    const all = find(rows, { investorName: 'All investors' });
    expect(all).toMatchObject({ total: 201_000_000_000, bound: 'up_to', pledges: 4 });
    expect(all.leftOut).toContain(
      'investment:microsoft-uk-2025-2028: included in investment:us-investment-package-150bn, counted there',
    );
    expect(find(rows, { investor: 'country:us' })).toMatchObject({ total: 150_000_000_000 });
  });

  it('pledges lists each pledge with its preferred figures, its place in the tree and its support', async () => {
    const rows = await run('pledges');
    expect(find(rows, { investment: 'investment:blackrock-uk-data-centres' })).toMatchObject({
      investors: ['org:blackrock'],
      unit: 'GBP',
      amount: 500_000_000,
      bound: 'exact',
      figureSources: 1,
      disputed: false,
      includedIn: 'investment:us-investment-package-150bn',
      otherFigures: [
        "GBP 500000000 (up_to) «jusqu'à 500 millions de livres sterling» (source:seed-chas-pravdy-2025-09-14)",
        'USD 678000000 (about) «environ 678 millions de dollars» (source:seed-chas-pravdy-2025-09-14)',
        'USD 700000000 «$700m» (source:s27-newsaz-reuters-2025-09-13)',
      ],
    });
    expect(find(rows, { investment: 'investment:nvidia-nscale' })).toMatchObject({
      targets: ['country:gb', 'org:nscale'],
      disputed: true,
      disputedUnits: ['USD'],
    });
    expect(find(rows, { investment: 'investment:x-energy-centrica-hartlepool' })).toMatchObject({
      joint: true,
      madeUnder: ['agreement:atlantic-partnership-advanced-nuclear-energy'],
    });
    expect(find(rows, { investment: 'investment:us-tech-firms-combined-pledges' }).parts).toHaveLength(5);
    const reported = await run('pledges', { status: 'reported' });
    expect(reported.map((r) => r.investment)).toContain('investment:blackrock-uk-data-centres');
    expect(reported.every((r) => r.status === 'reported')).toBe(true);
  });

  it('pledges-by-country totals the pledges into the UK per unit', async () => {
    const rows = await run('pledges-by-country', { country: 'country:gb' });
    expect(find(rows, { unit: 'USD' })).toMatchObject({
      total: 32_000_000_000,
      investors: ['org:microsoft', 'org:salesforce'],
    });
    // Every pledge of the seed targets the UK alone: the same 171.9 bn as over all investors.
    const gbp = find(rows, { unit: 'GBP' });
    expect(gbp.total).toBe(171_900_000_000);
    expect(gbp.investments).toContain('investment:blackrock-uk-data-centres');
    expect(gbp.investors).toContain('org:blackrock');
  });

  it('agreement-signatories says who signed the deal, for whom, where and when', async () => {
    const rows = await run('agreement-signatories', {
      agreement: 'agreement:uk-us-technology-prosperity-deal-2025',
    });
    expect(rows.map((r) => r.signer)).toEqual(['person:donald-trump', 'person:keir-starmer']);
    expect(rows[0]).toMatchObject({
      capacity: 'President of the United States',
      onBehalfOf: ['country:us'],
      signedOn: '2025-09-18',
      event: 'event:tpd-signing-chequers-2025-09-18',
      place: 'Chequers',
    });
    expect(rows[1]).toMatchObject({
      capacity: 'Prime Minister of the United Kingdom',
      onBehalfOf: ['country:gb'],
    });
  });

  it('deal-timeline runs from the first report to the pause', async () => {
    const rows = await run('deal-timeline');
    expect(rows[0]).toMatchObject({
      date: '2025-09-14',
      entry: 'status',
      what: 'reported',
      attributedTo: 'Bloomberg',
    });
    expect(rows[0]?.sources).toEqual(['source:seed-chas-pravdy-2025-09-14']);
    expect(find(rows, { entry: 'status', what: 'signed' })).toMatchObject({ date: '2025-09-18' });
    expect(find(rows, { entry: 'signature', subject: 'person:keir-starmer' })).toMatchObject({
      date: '2025-09-18',
    });
    expect(rows.at(-1)).toMatchObject({ date: '2026-01-27', what: 'paused' });
    const dates = rows.map((r) => String(r.date));
    expect(dates).toEqual([...dates].sort());
  });

  it('disputed-figures lists every value of BlackRock and NVIDIA→Nscale with its source', async () => {
    const blackrock = await run('disputed-figures', { investment: 'investment:blackrock-uk-data-centres' });
    const values = blackrock.map((r) => [r.unit, r.amount, r.source, r.attributedTo]);
    expect(values).toEqual([
      ['GBP', 500_000_000, 'source:s28-wtx-news-sky-news-2025-09-13', null],
      ['GBP', 500_000_000, 'source:seed-chas-pravdy-2025-09-14', 'Bloomberg'],
      ['USD', 678_000_000, 'source:seed-chas-pravdy-2025-09-14', 'Bloomberg'],
      ['USD', 700_000_000, 'source:s27-newsaz-reuters-2025-09-13', 'Reuters'],
    ]);
    const nscale = await run('disputed-figures', { investment: 'investment:nvidia-nscale' });
    expect(nscale.map((r) => [r.unit, r.amount, r.source, r.preferred])).toEqual([
      ['GBP', 500_000_000, 'source:s37-research-mingle-2025-09-18', true],
      ['USD', 670_000_000, 'source:s4-daily-beast-2025-09-18', false],
      ['USD', 700_000_000, 'source:s36-techradar-2025-09-18', false],
    ]);
    // "environ $678m" (±10%) and $700m agree: BlackRock is no longer disputed; NVIDIA's $700m and $670m are.
    const all = await run('disputed-figures');
    expect(new Set(all.map((r) => r.investment))).toEqual(new Set(['investment:nvidia-nscale']));
    expect(all[0]?.disputedUnits).toEqual(['USD']);
  });

  it('single-sourced-claims finds facts that rest on one source', async () => {
    const rows = await run('single-sourced-claims');
    expect(
      find(rows, {
        kind: 'status',
        subject: 'agreement:uk-us-technology-prosperity-deal-2025',
        type: 'signed',
      }),
    ).toMatchObject({
      source: 'source:s4-daily-beast-2025-09-18',
    });
    expect(
      find(rows, { kind: 'relationship', type: 'SIGNED', subject: 'person:donald-trump' }),
    ).toMatchObject({
      object: 'agreement:uk-us-technology-prosperity-deal-2025',
    });
    // Announced by two sources (PA via Nation.Cymru, and the UK government): not single-sourced.
    expect(
      rows.some(
        (r) =>
          r.kind === 'status' &&
          r.type === 'announced' &&
          String(r.subject).includes('technology-prosperity'),
      ),
    ).toBe(false);
    const mirrors = await run('single-sourced-claims', { reliability: ['mirror'] });
    expect(new Set(mirrors.map((r) => r.reliability))).toEqual(new Set(['mirror']));
  });

  it('companies-near-official follows domain links from Liz Kendall, not through technology tags', async () => {
    expect(await run('companies-near-official', { hops: 3 })).toEqual([]);
    // Through the "Data centres" tag Nscale is 4 hops away; that says nothing, so by default it is not walked.
    const tags = await run('companies-near-official', { hops: 4, exclude: [] });
    expect(String(find(tags, { company: 'org:nscale' }).path)).toContain('-FOCUSES_ON- Data centres -');
    expect(await run('companies-near-official', { hops: 4 })).toEqual([]);
    const rows = await run('companies-near-official', { hops: 6 });
    expect(find(rows, { company: 'org:nscale' })).toMatchObject({ hops: 5 });
    expect(String(find(rows, { company: 'org:nscale' }).path)).toMatch(
      /^Liz Kendall -HOLDS_OFFICE- Department for Science.*Stargate UK -PARTNER_IN- Nscale$/,
    );
    expect(rows.some((r) => /Data centres|Artificial intelligence/.test(String(r.path)))).toBe(false);
    const viaCountries = await run('companies-near-official', { hops: 3, viaCountries: true });
    expect(viaCountries.length).toBeGreaterThan(0);
    expect(viaCountries.every((r) => r.hops === 3)).toBe(true);
  });

  it('co-participation pairs Trump and Starmer at four events', async () => {
    const rows = await run('co-participation');
    expect(rows[0]).toMatchObject({
      entity: 'person:donald-trump',
      partner: 'person:keir-starmer',
      sharedEvents: 4,
    });
    const trump = await run('co-participation', { entity: 'person:jensen-huang' });
    expect(find(trump, { partner: 'person:sam-altman' }).events).toEqual([
      'event:trump-uk-state-visit-2025',
      'event:windsor-state-banquet-2025-09-17',
    ]);
  });

  it('technologies ranks technologies by agreements and pledged money', async () => {
    const rows = await run('technologies');
    expect(rows[0]).toMatchObject({ technology: 'technology:civil-nuclear', agreementCount: 2 });
    const ai = find(rows, { technology: 'technology:artificial-intelligence' });
    expect(ai.agreements).toEqual(['agreement:uk-us-technology-prosperity-deal-2025']);
    expect(ai.investments).toContain('investment:nvidia-nscale');
    // On AI alone: NVIDIA→Nscale £0.5bn + Salesforce £1.4bn (and $2bn). Shared with other technologies
    // (split unknown): Google 5 + Microsoft 22 + North East up to 30 + NVIDIA up to 11 = £68bn.
    expect(ai.pledged).toEqual(['GBP 1900000000 (exact)', 'USD 2000000000 (exact)']);
    expect(ai.alsoInOthers).toContain('GBP 68000000000 (up_to)');
  });

  it('most-connected puts the United Kingdom first, not counting provenance', async () => {
    const rows = await run('most-connected');
    const { records } = await driver.executeQuery(
      `MATCH (:Country {id: 'country:gb'})-[r]-() WHERE NOT type(r) IN ['SOURCED_FROM', 'REPORTS_STATUS', 'REPORTS_FIGURE']
       RETURN count(r) AS degree`,
      {},
      { database },
    );
    expect(rows[0]).toMatchObject({
      entity: 'country:gb',
      label: 'Country',
      degree: Number(records[0]?.get('degree')),
    });
    expect(rows.map((r) => r.entity)).toContain('agreement:uk-us-technology-prosperity-deal-2025');
    expect(rows.some((r) => String(r.entity).startsWith('source:'))).toBe(false);
  });

  it('sources-by-publisher tells what each source supports', async () => {
    const rows = await run('sources-by-publisher', { publisher: 'The Daily Beast' });
    expect(rows[0]).toMatchObject({
      source: 'source:s4-daily-beast-2025-09-18',
      publishedOn: '2025-09-18',
      statusReports: 2,
      figures: 3,
    });
    const late = await run('sources-by-publisher', { from: '2025-12-01' });
    expect(late.map((r) => r.source).sort()).toEqual([
      'source:s3-techinformed-2025-12',
      'source:s34-pymnts-2025-12-16',
      'source:s35-parallel-parliament-2026-01-27',
    ]);
  });

  it('officials-and-offices shows Peter Kyle moving from DSIT to Business and Trade', async () => {
    const rows = await run('officials-and-offices', { person: 'person:peter-kyle' });
    expect(rows.map((r) => [r.body, r.since, r.until, r.current])).toEqual([
      ['org:dsit', null, '2025-09-05', false],
      ['org:department-for-business-and-trade', '2025-09-05', null, true],
    ]);
    const all = await run('officials-and-offices');
    expect(find(all, { person: 'person:liz-kendall' })).toMatchObject({
      body: 'org:dsit',
      since: '2025-09-05',
    });
    expect(all.some((r) => r.relation === 'LEADS')).toBe(false);
  });

  it('entity-dossier gathers what is known about BlackRock', async () => {
    const rows = await run('entity-dossier');
    expect(find(rows, { section: 'property', field: 'name' }).value).toBe('BlackRock');
    expect(find(rows, { section: 'relationship', field: 'PLEDGED' })).toMatchObject({
      direction: 'out',
      otherId: 'investment:blackrock-uk-data-centres',
    });
    expect(find(rows, { section: 'relationship', field: 'LEADS' })).toMatchObject({
      direction: 'in',
      otherId: 'person:larry-fink',
    });
    expect(rows.filter((r) => r.section === 'source').length).toBeGreaterThan(0);
    const investment = await run('entity-dossier', { id: 'investment:blackrock-uk-data-centres' });
    expect(
      find(investment, { section: 'figure', otherId: 'source:seed-chas-pravdy-2025-09-14', field: 'USD' })
        .value,
    ).toBe('USD 678000000 (about) «environ 678 millions de dollars», converted, attributed to Bloomberg');
  });

  it('claim-status-history follows Stargate UK from reported to announced', async () => {
    const rows = await run('claim-status-history', { claim: 'investment:openai-stargate-uk' });
    expect(rows[0]).toMatchObject({ date: '2025-09-12', status: 'reported', attributedTo: 'Bloomberg' });
    expect(rows.at(-1)).toMatchObject({
      date: '2025-09-16',
      status: 'announced',
      source: 'source:s18-openai-2025-09-16',
    });
  });

  it('events-programme lists the banquet at Windsor with its guests', async () => {
    const rows = await run('events-programme', { from: '2025-09-17', to: '2025-09-17' });
    const banquet = find(rows, { event: 'event:windsor-state-banquet-2025-09-17' });
    expect(banquet.places).toEqual(['Windsor Castle']);
    expect(banquet.participants).toContain('Jensen Huang (guest)');
    expect(rows.every((r) => r.date === '2025-09-17')).toBe(true);
  });
});

describe('parameters', () => {
  it('accepts strings (from the CLI) and JSON values (from GraphQL) alike', async () => {
    const fromCli = await runReport(
      driver,
      'pledges-by-investor',
      { limit: '2', currency: 'GBP' },
      { database },
    );
    const fromJson = await runReport(
      driver,
      'pledges-by-investor',
      { limit: 2, currency: 'GBP' },
      { database },
    );
    expect(fromCli).toEqual(fromJson);
    expect(fromCli.rows).toHaveLength(2);
  });

  it('names a missing, mistyped or unknown parameter', async () => {
    await expect(runReport(driver, 'entity-dossier', {}, { database })).rejects.toThrow(
      /missing parameter "id"/,
    );
    await expect(runReport(driver, 'pledges-by-investor', { limit: 'ten' }, { database })).rejects.toThrow(
      /"limit"/,
    );
    await expect(runReport(driver, 'pledges-by-investor', { limit: 1.5 }, { database })).rejects.toThrow(
      /"limit"/,
    );
    await expect(
      runReport(driver, 'sources-by-publisher', { from: '2025-02-30' }, { database }),
    ).rejects.toThrow(/"from"/);
    await expect(
      runReport(driver, 'deal-timeline', { includeRelated: 'maybe' }, { database }),
    ).rejects.toThrow(/"includeRelated"/);
    // null only where the header says `= null`: LIMIT null would be a Neo4j error, not the report's answer.
    await expect(runReport(driver, 'single-sourced-claims', { limit: null }, { database })).rejects.toThrow(
      /parameter "limit" cannot be null; leave it out for its default 500/,
    );
    expect(
      (await runReport(driver, 'single-sourced-claims', { kind: null }, { database })).rows.length,
    ).toBeGreaterThan(0);
    await expect(runReport(driver, 'pledges-by-investor', { currenci: 'GBP' }, { database })).rejects.toThrow(
      /unknown parameter "currenci"/,
    );
    await expect(runReport(driver, 'no-such-report', {}, { database })).rejects.toThrow(
      /no report named "no-such-report"/,
    );
  });
});

describe('read-only runs', () => {
  it('refuses a report file that writes, and nothing is written', async () => {
    const dir = await mkdtemp(path.join(os.tmpdir(), 'tdg-reports-'));
    await writeFile(
      path.join(dir, 'sneaky-write.cypher'),
      '// name: sneaky-write\n// title: Looks harmless\n// question: Does it write?\n\nMATCH (n:Country) SET n.touched = true RETURN n.id AS id\n',
    );
    const before = await countGraph(driver, database);
    await expect(runReport(driver, 'sneaky-write', {}, { database, reportsDir: dir })).rejects.toThrow(
      /refused: this query would write \(query type (w|rw)\)/,
    );
    expect(await countGraph(driver, database)).toEqual(before);
    const { records } = await driver.executeQuery(
      'MATCH (n) WHERE n.touched IS NOT NULL RETURN count(n) AS c',
      {},
      { database },
    );
    expect(Number(records[0]?.get('c'))).toBe(0);
  });

  it('refuses writing procedures, schema changes and CALL IN TRANSACTIONS', async () => {
    const before = await countGraph(driver, database);
    for (const query of [
      "CALL db.createLabel('Probe')",
      'CREATE INDEX probe IF NOT EXISTS FOR (n:Probe) ON (n.id)',
      'MATCH (n) CALL (n) { RETURN n.id AS id } IN TRANSACTIONS RETURN id',
      'MERGE (n:Probe {id: 1}) RETURN n',
    ]) {
      await expect(runReadOnlyCypher(driver, query, {}, { database }), query).rejects.toThrow(/^refused: /);
    }
    expect(await countGraph(driver, database)).toEqual(before);
  });

  it('keeps at most maxRows rows and says it truncated', async () => {
    const result = await runReadOnlyCypher(
      driver,
      'UNWIND range(1, $n) AS x RETURN x',
      { n: 10 },
      { database, maxRows: 3 },
    );
    expect(result).toEqual({ columns: ['x'], rows: [[1], [2], [3]], truncated: true });
    const all = await runReadOnlyCypher(
      driver,
      'UNWIND range(1, 3) AS x RETURN x',
      {},
      { database, maxRows: 3 },
    );
    expect(all.truncated).toBe(false);
  });

  it('stops a query at the timeout', async () => {
    const slow = 'UNWIND range(1, 100000000) AS x WITH x WHERE x % 7 = 0 RETURN count(x) AS n';
    await expect(runReadOnlyCypher(driver, slow, {}, { database, timeoutMs: 100 })).rejects.toThrow(
      /timed out after 100 ms/,
    );
  });

  it('converts Neo4j values to JSON: integers, dates, nodes, lists and maps', async () => {
    const result = await runReadOnlyCypher(
      driver,
      `MATCH (c:Country {id: 'country:gb'})
       RETURN 42 AS n, date('2025-09-18') AS d, c {.id, .iso2} AS m, [1, 2] AS l, c AS node`,
      {},
      { database },
    );
    const [row] = rowsOf(result);
    expect(row).toMatchObject({ n: 42, d: '2025-09-18', m: { id: 'country:gb', iso2: 'GB' }, l: [1, 2] });
    expect(row?.node).toMatchObject({ id: 'country:gb', name: 'United Kingdom' });
  });
});
