import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { Driver } from 'neo4j-driver';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { currentStatus } from '../../src/ingest/derived.ts';
import { SEED_FILES, seedGraph } from '../../src/ingest/index.ts';
import { type QueryResult, runReport } from '../../src/reports/index.ts';
import { diffFingerprints, fingerprintGraph } from '../helpers/fingerprint.ts';
import { openTestDriver, resetGraph, testConfig } from '../helpers/neo4j.ts';

// The seed holds three deals: the UK–US Technology Prosperity Deal (seed/uk-us-2025.json), the US–Korea
// deals of October 2025 (seed/us-korea-tpd-2025.json, fact sheet /work/research/deal-1-us-korea-tpd.md,
// sources K1–K83) and France's AI Action Summit (seed/france-ai-action-summit-2025.json, fact sheet
// deal-2-france-ai-action-summit.md, sources F1–F75). The totals below are computed by hand from the fact
// sheets, following the Totals rules of docs/data-model.md.

let driver: Driver;
const database = testConfig().neo4j.database;

type Row = Record<string, unknown>;
type Dataset = Record<string, unknown>;
interface EntityRecord {
  id: string;
  sources: string[];
  figures?: { sources: string[] }[];
  statusHistory?: { sources: string[] }[];
}
interface RelationshipRecord {
  type: string;
  from: string;
  to: string;
  key?: string;
}

const ENTITY_ARRAYS = [
  'countries',
  'people',
  'organizations',
  'events',
  'agreements',
  'investments',
  'technologies',
  'places',
];

let files: { name: string; dataset: Dataset }[] = [];

beforeAll(async () => {
  driver = await openTestDriver();
  // Every test but the first reads the seeded graph; the first empties it and seeds it again itself.
  await resetGraph(driver, database);
  await seedGraph(driver, { database });
  files = await Promise.all(
    SEED_FILES.map(async (file) => ({
      name: path.basename(file),
      dataset: JSON.parse(await readFile(file, 'utf8')) as Dataset,
    })),
  );
});
afterAll(async () => {
  await driver.close();
});

function records(dataset: Dataset, array: string): EntityRecord[] {
  return (dataset[array] as EntityRecord[] | undefined) ?? [];
}

function rowsOf(result: QueryResult): Row[] {
  return result.rows.map((row) => Object.fromEntries(result.columns.map((column, i) => [column, row[i]])));
}

async function run(name: string, params: Record<string, unknown> = {}): Promise<Row[]> {
  return rowsOf(await runReport(driver, name, params, { database }));
}

function find(rows: Row[], match: Row): Row {
  const found = rows.find((row) => Object.entries(match).every(([key, value]) => row[key] === value));
  if (!found) throw new Error(`no row matches ${JSON.stringify(match)} among ${rows.length} rows`);
  return found;
}

const BILLION = 1e9;
/** Sums of decimal billions, rounded to the unit: 0.4 + 2.3 is not exactly 2.7 in floating point. */
const bn = (...amounts: number[]) => Math.round(amounts.reduce((sum, x) => sum + x, 0) * BILLION);

describe('the seed files', () => {
  it('are the UK–US, US–Korea and France datasets, in that order', () => {
    expect(files.map((f) => f.name)).toEqual([
      'uk-us-2025.json',
      'us-korea-tpd-2025.json',
      'france-ai-action-summit-2025.json',
    ]);
  });

  it('define each entity and relationship in one file only, so a bulk import of them all is possible', () => {
    const definedIn = new Map<string, string>();
    const relationshipIn = new Map<string, string>();
    for (const { name, dataset } of files) {
      for (const array of ['sources', ...ENTITY_ARRAYS])
        for (const record of records(dataset, array)) {
          expect(definedIn.get(record.id), `${record.id} in ${name}`).toBeUndefined();
          definedIn.set(record.id, name);
        }
      for (const rel of (dataset.relationships as RelationshipRecord[] | undefined) ?? []) {
        const key = JSON.stringify([rel.type, rel.from, rel.to, rel.key ?? '']);
        expect(relationshipIn.get(key), `${key} in ${name}`).toBeUndefined();
        relationshipIn.set(key, name);
      }
    }
  });
});

describe('the whole seed in an empty graph', () => {
  it('imports every record of every file, and importing it all again leaves the same graph', async () => {
    await resetGraph(driver, database);
    const [countries, ...seeded] = await seedGraph(driver, { database });
    expect(countries?.nodesCreated).toBeGreaterThan(240);
    expect(seeded.map((s) => path.basename(s.origin))).toEqual(files.map((f) => f.name));
    for (const [i, { name, dataset }] of files.entries()) {
      const summary = seeded[i];
      // Each record is a node: new, except the countries the ISO load put there first, which it updates.
      const entities = ENTITY_ARRAYS.flatMap((array) => records(dataset, array));
      const sources = records(dataset, 'sources');
      const countryRecords = records(dataset, 'countries').length;
      expect(summary?.nodesCreated, name).toBe(sources.length + entities.length - countryRecords);
      expect(summary?.nodesUpdated, name).toBe(countryRecords);
      // Relationships: the file's own, one SOURCED_FROM per source of a record, one REPORTS_STATUS per
      // source of a status entry and one REPORTS_FIGURE per source of a figure.
      const provenance = entities.reduce(
        (sum, r) =>
          sum +
          r.sources.length +
          (r.statusHistory ?? []).reduce((n, s) => n + s.sources.length, 0) +
          (r.figures ?? []).reduce((n, f) => n + f.sources.length, 0),
        0,
      );
      const own = ((dataset.relationships as unknown[] | undefined) ?? []).length;
      expect(summary?.relationshipsCreated, name).toBe(own + provenance);
    }
    const first = await fingerprintGraph(driver, database);

    const again = await seedGraph(driver, { database });
    for (const summary of again)
      expect(summary, summary.origin).toMatchObject({
        nodesCreated: 0,
        nodesUpdated: 0,
        relationshipsCreated: 0,
        relationshipsUpdated: 0,
      });
    const second = await fingerprintGraph(driver, database);
    expect(diffFingerprints(first, second)).toEqual({ added: [], removed: [] });
    expect(second.hash).toBe(first.hash);
  });

  it('cites a source for every node and relationship the two new deals add', async () => {
    const { records: unsourced } = await driver.executeQuery(
      `MATCH (n:Entity) WHERE NOT n:Source AND NOT (n)-[:SOURCED_FROM]->(:Source) RETURN n.id AS id`,
      {},
      { database },
    );
    expect(unsourced.map((r) => r.get('id') as string)).toEqual([]);
    const { records: sources } = await driver.executeQuery(
      `MATCH (s:Source) WHERE s.id STARTS WITH 'source:k' OR s.id STARTS WITH 'source:f'
       RETURN count(s) AS n, count(DISTINCT s.url) AS urls`,
      {},
      { database },
    );
    // 83 of the Korea fact sheet's sources are used, 72 of the France one's (F65 is not: it only
    // supports a pre-summit tally left out; F69 and F74 do not exist).
    expect(Number(sources[0]?.get('n'))).toBe(83 + 72);
    expect(Number(sources[0]?.get('urls'))).toBe(83 + 72);
  });
});

describe('totals across every seeded deal, computed by hand from the fact sheets', () => {
  it('pledges-by-investor in USD, leaves and top', async () => {
    const leaves = await run('pledges-by-investor', { unit: 'USD' });
    // Leaves: pledges not broken down, each by its preferred USD figure (converted figures of the two new
    // deals are never preferred; the UK–US seed prefers some).
    //   UK–US:  Microsoft 30 + Salesforce 2                                              =  32
    //   Korea:  $200bn MOU + $150bn MASGA (the $350bn counts through them) + energy purchases 100
    //           + Korean companies ~150 (about) + Korean Air 36.2 + 13.7 (the "nearly $50bn" counts
    //           through them) + HD Hyundai/Cerberus 5 + Hanwha 5 + LS 3 + ROK Air Force 2.3
    //           + Hyundai/NVIDIA ~3 (about) + AWS ≥5 (inside the seven firms' $9bn) + AWS/SK Ulsan 4
    //           + AWS APEC 40                                                              = 717.2
    //   France: Current AI $0.4bn                                                          =   0.4
    //   32 + 717.2 + 0.4 = 749.6 bn, bound mixed (about and at_least), 2 + 14 + 1 = 17 pledges.
    expect(find(leaves, { investorName: 'All investors' })).toMatchObject({
      total: bn(32, 717.2, 0.4),
      bound: 'mixed',
      pledges: 17,
      disputed: 2, // Korea's $200bn (K44's $250bn) and AWS/SK's $4bn vs $5bn
    });
    // The Korean government: 200 + 150 + 100 = 450 at the leaves; at the top 350 + 100, the same.
    expect(find(leaves, { investor: 'country:kr' })).toMatchObject({ total: bn(450), bound: 'exact' });
    expect(find(leaves, { investor: 'org:amazon-web-services' })).toMatchObject({
      total: bn(5, 40),
      bound: 'at_least',
    });
    expect(find(leaves, { investor: 'org:korean-air' })).toMatchObject({ total: bn(36.2, 13.7), pledges: 2 });
    // Groups add up to the grand total.
    const groups = leaves.filter((r) => r.investorName !== 'All investors' && r.unit === 'USD');
    expect(groups.reduce((sum, r) => sum + Number(r.total ?? 0), 0)).toBe(bn(749.6));

    const top = await run('pledges-by-investor', { unit: 'USD', level: 'top' });
    // Top: pledges inside no other.
    //   UK–US:  the £150bn package's $205bn (converted, preferred in that seed)            = 205
    //   Korea:  $350bn + 100 + ~150 + nearly 50 (up_to) + 5 + 5 + 3 + 2.3 + ~3 + seven firms 9
    //           + AWS/SK 4 + AWS APEC 40                                                   = 721.3
    //   France: Current AI 0.4                                                             =   0.4
    //   205 + 721.3 + 0.4 = 926.7 bn, mixed, 1 + 12 + 1 = 14 pledges.
    expect(find(top, { investorName: 'All investors' })).toMatchObject({
      total: bn(205, 721.3, 0.4),
      bound: 'mixed',
      pledges: 14,
    });
    expect(find(top, { investor: 'country:kr' })).toMatchObject({ total: bn(350, 100), bound: 'exact' });
    expect(find(top, { investor: 'joint:org:amazon-web-services+org:renault+org:siemens' })).toMatchObject({
      total: bn(9),
    });
  });

  it('pledges-by-investor in EUR, leaves and top (France only)', async () => {
    const leaves = await run('pledges-by-investor', { unit: 'EUR' });
    // Leaves of the €109bn: UAE campus counts through its first tranche, Campus IA 8.5; Brookfield's
    // €20bn through Data4's up-to-€15bn (itself through Cambrai, up to 10) and the further 5;
    // Fluidstack 10; Amazon 6; Apollo 5; Evroc up to 4; Prologis 3.5 (its February figure);
    // Sesterce 0.4; Telehouse 0.4; Iliad 3; Mistral AI has no amount ("plusieurs milliards").
    //   8.5 + 10 + 5 + 10 + 6 + 5 + 4 + 3.5 + 0.4 + 0.4 + 3 = 55.8
    // Outside the €109bn: Digital Realty 2.3 + Bpifrance 10 + Opcore 4 = 16.3
    // EU: InvestAI's €200bn is a target and broken down: AI Champions 150 + the €50bn public part
    // through the gigafactory fund 20 = 170.
    //   55.8 + 16.3 + 170 = 242.1 bn, up_to, 11 + 3 + 2 = 16 pledges.
    expect(find(leaves, { investorName: 'All investors' })).toMatchObject({
      total: bn(55.8, 16.3, 170),
      bound: 'up_to',
      pledges: 16,
      disputed: 4, // Campus IA 8.5 vs 10, Amazon 6 vs 1.2, Apollo 5 vs 6, Prologis 3.5 vs 6.4
    });
    expect(find(leaves, { investor: 'org:brookfield' })).toMatchObject({
      total: bn(10, 5),
      bound: 'up_to',
      pledges: 2,
    });
    // A joint pledge counts once, in a group of its own.
    expect(find(leaves, { investor: 'joint:org:bpifrance+org:mgx+org:mistral-ai+org:nvidia' })).toMatchObject(
      { total: bn(8.5), disputed: 1 },
    );

    const top = await run('pledges-by-investor', { unit: 'EUR', level: 'top' });
    // Top: the €109bn (no investor named) + Digital Realty 2.3 + Bpifrance 10 + Opcore 4 = 125.3;
    // InvestAI's €200bn is a target ("to mobilise"), never added, and its parts count inside it.
    const all = find(top, { investorName: 'All investors' });
    expect(all).toMatchObject({ total: bn(109, 2.3, 10, 4), bound: 'exact', pledges: 4 });
    expect(all.leftOut).toEqual(
      expect.arrayContaining([
        'investment:brookfield-france-20bn: included in investment:france-109bn-ai-investments, counted there',
      ]),
    );
    expect(find(top, { investorName: '(no investor named)' })).toMatchObject({ total: bn(109) });
  });

  it('pledges-by-investor in GBP stays the UK–US seed’s, and GPUs add the Korean and French counts', async () => {
    // No GBP figure in the two new deals: £171.9bn at the leaves, £201bn at the top, as before.
    expect(
      find(await run('pledges-by-investor', { unit: 'GBP' }), { investorName: 'All investors' }),
    ).toMatchObject({ total: bn(171.9), bound: 'up_to', pledges: 10 });
    expect(
      find(await run('pledges-by-investor', { unit: 'GBP', level: 'top' }), {
        investorName: 'All investors',
      }),
    ).toMatchObject({ total: bn(201), bound: 'up_to', pledges: 4 });

    const leaves = await run('pledges-by-investor', { unit: 'gpus' });
    // Leaves: UK–US 23,040 + up to 120,000 + up to 8,000 = 151,040
    //   Korea: government 50,000 + Samsung >50,000 + SK >50,000 + Hyundai ~50,000 + NAVER Cloud 60,000
    //          = 260,000 (the ~260,000 counts through them)
    //   France: Fluidstack ~500,000 + Evroc 50,000 = 550,000
    //   151,040 + 260,000 + 550,000 = 961,040, mixed, 3 + 5 + 2 = 10 pledges.
    expect(find(leaves, { investorName: 'All investors' })).toMatchObject({
      total: 151_040 + 260_000 + 550_000,
      bound: 'mixed',
      pledges: 10,
      disputed: 1, // Fluidstack: ~500,000 in Phase 1 vs ~120,000 at first
    });
    expect(find(leaves, { investor: 'org:nvidia' })).toMatchObject({ total: 120_000 });
    const top = await run('pledges-by-investor', { unit: 'gpus', level: 'top' });
    // Top: UK–US 151,040 + NVIDIA's 260,000 for Korea = 411,040, up_to. Fluidstack's and Evroc's GPUs
    // are inside the €109bn, which has no GPU figure, so the top level does not count them.
    expect(find(top, { investorName: 'All investors' })).toMatchObject({
      total: 151_040 + 260_000,
      bound: 'up_to',
      pledges: 4,
    });
    expect(find(top, { investor: 'org:nvidia' })).toMatchObject({ total: 120_000 + 260_000, bound: 'up_to' });
  });

  it('pledges-by-country splits the same totals by target country', async () => {
    const usd = await run('pledges-by-country', { unit: 'USD' });
    // Leaves into the US: 200 + 150 + 100 + ~150 + 36.2 + 13.7 + 5 + 5 + 3 + 2.3 = 665.2 (about);
    // into Korea: Hyundai/NVIDIA ~3 + AWS ≥5 + AWS/SK 4 = 12 (mixed); into the UK: 32; no target
    // country: AWS's $40bn across 14 APEC economies + Current AI 0.4 = 40.4. Sum 749.6.
    expect(find(usd, { country: 'country:us' })).toMatchObject({ total: bn(665.2), bound: 'about' });
    expect(find(usd, { country: 'country:kr' })).toMatchObject({ total: bn(12), bound: 'mixed' });
    expect(find(usd, { country: 'country:gb' })).toMatchObject({ total: bn(32) });
    expect(find(usd, { countryName: '(no target country)' })).toMatchObject({ total: bn(40.4) });
    expect(find(usd, { countryName: 'All countries' })).toMatchObject({ total: bn(749.6), pledges: 17 });
    const usdTop = await run('pledges-by-country', { unit: 'USD', level: 'top' });
    // Top into the US: 350 + 100 + ~150 + nearly 50 + 5 + 5 + 3 + 2.3 = 665.3 (mixed); into Korea:
    // ~3 + 9 + 4 = 16 (about); into the UK: 205; no target: 40.4. Sum 926.7.
    expect(find(usdTop, { country: 'country:us' })).toMatchObject({ total: bn(665.3), bound: 'mixed' });
    expect(find(usdTop, { country: 'country:kr' })).toMatchObject({ total: bn(16), bound: 'about' });
    expect(find(usdTop, { countryName: 'All countries' })).toMatchObject({ total: bn(926.7), pledges: 14 });

    const eur = await run('pledges-by-country', { unit: 'EUR' });
    // Into France at the leaves: 55.8 + 16.3 = 72.1 (up_to); the EU's 150 + 20 name no country.
    expect(find(eur, { country: 'country:fr' })).toMatchObject({
      total: bn(72.1),
      bound: 'up_to',
      pledges: 14,
    });
    expect(find(eur, { countryName: '(no target country)' })).toMatchObject({ total: bn(170) });
    const eurTop = await run('pledges-by-country', { unit: 'EUR', level: 'top' });
    expect(find(eurTop, { country: 'country:fr' })).toMatchObject({ total: bn(125.3), pledges: 4 });

    const gbp = await run('pledges-by-country', { unit: 'GBP' });
    expect(find(gbp, { country: 'country:gb' })).toMatchObject({ total: bn(171.9) });
    expect(
      find(await run('pledges-by-country', { unit: 'GBP', level: 'top' }), { country: 'country:gb' }),
    ).toMatchObject({ total: bn(201) });

    const gpus = await run('pledges-by-country', { unit: 'gpus' });
    expect(find(gpus, { country: 'country:kr' })).toMatchObject({
      total: 260_000,
      bound: 'mixed',
      pledges: 5,
    });
    expect(find(gpus, { country: 'country:fr' })).toMatchObject({ total: 550_000, bound: 'about' });
    expect(find(gpus, { country: 'country:gb' })).toMatchObject({ total: 151_040 });
    const gpusTop = await run('pledges-by-country', { unit: 'gpus', level: 'top' });
    expect(find(gpusTop, { country: 'country:kr' })).toMatchObject({ total: 260_000, bound: 'exact' });
    expect(gpusTop.some((r) => r.country === 'country:fr' && r.total !== null)).toBe(false);
  });
});

describe('what analysts ask of the new deals', () => {
  it("Korea's $350bn is its $200bn under the MOU and its $150bn for shipbuilding", async () => {
    const pledges = await run('pledges');
    const package350 = find(pledges, { investment: 'investment:kr-350bn-us-investment-package' });
    expect(package350).toMatchObject({
      investors: ['country:kr'],
      targets: ['country:us'],
      unit: 'USD',
      amount: bn(350),
      disputed: false,
      parts: ['investment:kr-200bn-strategic-investment-mou', 'investment:kr-masga-150bn-shipbuilding'],
    });
    const mou = find(pledges, { investment: 'investment:kr-200bn-strategic-investment-mou' });
    const masga = find(pledges, { investment: 'investment:kr-masga-150bn-shipbuilding' });
    expect(Number(mou.amount) + Number(masga.amount)).toBe(Number(package350.amount));
    expect(mou).toMatchObject({
      includedIn: 'investment:kr-350bn-us-investment-package',
      madeUnder: ['agreement:kr-us-mou-strategic-investments-2025'],
    });
    // The $20bn-a-year cap is a figure of its own period, so it does not conflict with the $200bn; K44's
    // "$250 billion", an error the fact sheet keeps with its source, does.
    expect(mou).toMatchObject({ disputed: true, disputedUnits: ['USD'] });
    const figures = await run('disputed-figures', {
      investment: 'investment:kr-200bn-strategic-investment-mou',
    });
    expect(figures.map((r) => [r.amount, r.bound, r.source])).toEqual(
      expect.arrayContaining([
        [bn(200), 'exact', 'source:k34-pubt-io-white-house-joint-fact-sheet-2025-11-13'],
        [bn(250), 'exact', 'source:k44-forward-exp-2025-12-01'],
        [bn(20), 'up_to', 'source:k35-joongang-2025-11-14-joint-fact-sheet'],
      ]),
    );
  });

  it("NVIDIA's ~260,000 GPUs add up exactly from the five allocations, and no wording of it is in dispute", async () => {
    const pledges = await run('pledges');
    const total = find(pledges, { investment: 'investment:nvidia-korea-260000-gpus' });
    expect(total).toMatchObject({ investors: ['org:nvidia'], amount: 260_000, disputed: false });
    const parts = (total.parts as string[]).map((id) => find(pledges, { investment: id }));
    // 50,000 (government) + 50,000 (Samsung, "more than") + 50,000 (SK, "more than") + 50,000 (Hyundai,
    // "approximately") + 60,000 (NAVER Cloud) = 260,000: the split adds up, though only as a mixed bound.
    expect(parts.map((p) => [p.investors, p.amount, p.bound])).toEqual([
      [['org:hyundai-motor-group'], 50_000, 'about'],
      [['org:kr-msit'], 50_000, 'exact'],
      [['org:naver-cloud'], 60_000, 'exact'],
      [['org:samsung-electronics'], 50_000, 'at_least'],
      [['org:sk-group'], 50_000, 'at_least'],
    ]);
    expect(parts.reduce((sum, p) => sum + Number(p.amount), 0)).toBe(260_000);
    // "over 260,000", "up to 260,000", "260,000", "more than 250,000", "over a quarter-million" all
    // admit 260,000, so none conflicts; the government's 13,000 of 2025 is a figure of its own period.
    expect(parts.every((p) => p.disputed === false)).toBe(true);
    expect(find(pledges, { investment: 'investment:kr-msit-sovereign-ai-gpus' }).otherFigures).toEqual(
      expect.arrayContaining([expect.stringMatching(/^gpus 13000 over 2025\.\.2025 /)]),
    );
  });

  it('the €109bn: what its named items add up to, and what the leaves count of it', async () => {
    const pledges = await run('pledges');
    const headline = find(pledges, { investment: 'investment:france-109bn-ai-investments' });
    expect(headline).toMatchObject({ investors: [], amount: bn(109), unit: 'EUR', status: 'confirmed' });
    const parts = (headline.parts as string[]).map((id) => find(pledges, { investment: id }));
    expect(parts).toHaveLength(11);
    // The named items, each by its own preferred figure: UAE 50 + Brookfield 20 + Fluidstack 10 + Amazon 6
    // + Apollo 5 + Evroc 4 + Prologis 3.5 + Iliad 3 + Sesterce 0.4 + Telehouse 0.4 = 102.3, short of 109;
    // Mistral AI's "plusieurs milliards" has no amount. No source itemises the €109bn exactly.
    const named = parts.filter((p) => p.unit === 'EUR');
    expect(named).toHaveLength(10);
    expect(Math.round(named.reduce((sum, p) => sum + Number(p.amount), 0))).toBe(bn(102.3));
    expect(find(pledges, { investment: 'investment:mistral-ai-essonne-data-centre' }).amount).toBeNull();
    // At the leaves the UAE's €50bn counts through its first tranche (8.5) and Brookfield's €20bn
    // through 10 + 5, so the leaves under the €109bn come to 55.8 (see the EUR totals above).
    expect(find(pledges, { investment: 'investment:campus-ia-first-tranche' }).includedIn).toBe(
      'investment:uae-france-ai-campus-50bn',
    );
  });

  it('finds the disputed figures as disputed, and a bound beside an exact figure as agreeing', async () => {
    const disputed = new Map(
      (await run('disputed-figures')).map((r) => [r.investment as string, r.disputedUnits as string[]]),
    );
    expect(Object.fromEntries([...disputed].filter(([id]) => !id.includes('nscale')))).toMatchObject({
      'investment:kr-200bn-strategic-investment-mou': ['USD'], // $200bn vs K44's $250bn
      'investment:aws-sk-ulsan-ai-data-hub': ['USD'], // $4bn vs $5bn
      'investment:kr-us-strategic-investment-corp-capital': ['KRW'], // 2 vs 3 trillion won
      'investment:campus-ia-first-tranche': ['EUR', 'power'], // €8.5bn vs €10bn; 1.4 vs 1.5 GW
      'investment:fluidstack-france-ai-supercomputer': ['gpus'], // ~500,000 vs ~120,000
      'investment:eu-investai-public-50bn': ['EUR'], // €50bn vs €5bn
      'investment:france-109bn-ai-investments': ['USD'], // $112.8bn, $112.4bn, $113bn conversions
      'agreement:statement-inclusive-sustainable-ai-2025': ['units:signatory countries'], // 58 vs 61
      'event:choose-france-2025-05-19': ['EUR'], // €37bn vs €40.8bn
    });
    // Not disputed: "jusqu'à 10 milliards" beside "10 milliards" (Cambrai), "around $36 billion" beside
    // $36.2bn (Korean Air), "at least" beside "nearly" $5bn (AWS), one amount over two periods (LS Group),
    // and the UAE's €30–50bn range beside "up to" €50bn and the €50bn it committed to.
    for (const id of [
      'investment:brookfield-data4-cambrai',
      'investment:korean-air-boeing-103-aircraft',
      'investment:aws-korea-ai-data-centres-2031',
      'investment:ls-group-us-power-grid',
      'investment:uae-france-ai-campus-50bn',
      'investment:nvidia-korea-260000-gpus',
    ])
      expect(disputed.has(id), id).toBe(false);
    const cambrai = await run('disputed-figures', { investment: 'investment:brookfield-data4-cambrai' });
    const cambraiEur = cambrai.filter((r) => r.unit === 'EUR').map((r) => [r.amount, r.bound]);
    expect(cambraiEur).toHaveLength(2);
    expect(cambraiEur).toEqual(
      expect.arrayContaining([
        [bn(10), 'up_to'],
        [bn(10), 'exact'],
      ]),
    );
  });

  it('answers "what was the status on that day" from the dated reports', async () => {
    const history = async (claim: string) => run('claim-status-history', { claim });
    /** The status a claim had on a day: its reports up to that day, by the importer's own rule. */
    const asOf = (rows: Row[], day: string) => currentStatus(rows.filter((r) => String(r.date) <= day));
    const package350 = await history('investment:kr-350bn-us-investment-package');
    expect(asOf(package350, '2025-07-30')).toBeUndefined();
    expect(asOf(package350, '2025-07-31')).toBe('announced');
    expect(asOf(package350, '2025-09-30')).toBe('disputed'); // Korea rejects the 90% profit claim (Aug)
    expect(asOf(package350, '2025-10-29')).toBe('confirmed');
    expect(asOf(package350, '2025-11-14')).toBe('signed');
    expect(asOf(package350, '2026-02-01')).toBe('disputed'); // Trump's tariff rise of 26 Jan 2026
    expect(asOf(package350, '2026-03-12')).toBe('confirmed'); // the Special Act passed

    const tpd = await history('agreement:us-rok-technology-prosperity-deal-2025');
    expect(asOf(tpd, '2025-10-28')).toBeUndefined();
    expect(asOf(tpd, '2025-10-29')).toBe('signed'); // planned that morning, signed that day
    expect(tpd.filter((r) => r.status === 'reported').map((r) => r.source)).toEqual(
      expect.arrayContaining([
        'source:k7-chosun-biz-2025-10-29-bloomberg',
        'source:k5-korea-herald-yonhap-2025-10-29',
      ]),
    );
    const trade = await history('agreement:korea-us-strategic-trade-investment-deal-2025');
    // 27 Jan 2026: one source reports the tariff dispute, another Korea's commitment: disputed wins the day.
    expect(asOf(trade, '2026-01-27')).toBe('disputed');
    expect(asOf(trade, '2026-03-09')).toBe('confirmed');

    const eur109 = await history('investment:france-109bn-ai-investments');
    expect(asOf(eur109, '2025-02-09')).toBe('announced');
    expect(asOf(eur109, '2025-02-11')).toBe('confirmed'); // "On a obtenu", beside Politico's doubt
    expect(
      eur109.some((r) => r.status === 'reported' && r.source === 'source:f11-politico-europe-2025-02'),
    ).toBe(true);
    const brookfield = await history('investment:brookfield-france-20bn');
    expect(asOf(brookfield, '2025-02-08')).toBe('reported');
    expect(asOf(brookfield, '2025-02-10')).toBe('announced');
    expect(asOf(brookfield, '2026-06-02')).toBe('confirmed'); // raised to €30bn
    // Fluidstack: signed on 10 Feb 2025, and no later status was found.
    const fluidstack = await history('investment:fluidstack-france-ai-supercomputer');
    expect(fluidstack.map((r) => [r.date, r.status])).toEqual([
      ['2025-02-10', 'signed'],
      ['2025-02-10', 'signed'],
    ]);
  });

  it('keeps both reported signatories of the TPD for Korea, each with its source', async () => {
    const rows = await run('agreement-signatories', {
      agreement: 'agreement:us-rok-technology-prosperity-deal-2025',
    });
    expect(rows.map((r) => r.signer).sort()).toEqual([
      'person:bae-kyung-hoon',
      'person:ha-jung-woo',
      'person:michael-kratsios',
    ]);
  });
});
