import type { Driver } from 'neo4j-driver';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { importDataset } from '../../src/ingest/index.ts';
import { diffFingerprints, fingerprintGraph, type GraphFingerprint } from '../helpers/fingerprint.ts';
import { startTestHttp, TEST_TOKEN } from '../helpers/graphql.ts';
import { loadSeed, openSeededDriver, resetGraph, testConfig } from '../helpers/neo4j.ts';
import { postGraphQL, problemWith } from './http.ts';

// Parallel writes of the same thing over real HTTP, and overlapping imports run at once: the result must
// be one of the graphs that running them one after another gives (serialisability).
const PARALLEL = 50;
const ROUNDS = 5;
const config = testConfig();
const database = config.neo4j.database;
const SOURCE = 'source:seed-chas-pravdy-2025-09-14';
let driver: Driver;
let server: { url: string; stop(): Promise<void> };

beforeAll(async () => {
  driver = await openSeededDriver(config);
  server = await startTestHttp(config, driver);
});
afterAll(async () => {
  await server.stop();
  await driver.close();
});

async function countRows(cypher: string, params: Record<string, unknown>): Promise<number> {
  const { records } = await driver.executeQuery(cypher, params, { database });
  return Number(records[0]?.get('n'));
}

/** Sends `PARALLEL` copies of one request at once; every reply must be clean. Returns how many wrote. */
async function sendAtOnce(body: string, field: string): Promise<number> {
  const replies = await Promise.all(
    Array.from({ length: PARALLEL }, () => postGraphQL(server.url, body, { token: TEST_TOKEN })),
  );
  for (const reply of replies) expect(problemWith(reply, {}), reply.text).toBeUndefined();
  return replies.filter((r) => r.json?.data?.[field] != null).length;
}

describe('parallel writes of the same record', () => {
  it(`${PARALLEL} parallel upsertEntity of one new id give exactly one node`, async () => {
    const body = JSON.stringify({
      query: 'mutation($i: EntityInput!) { upsertEntity(input: $i) { id name } }',
      variables: {
        i: {
          type: 'Technology',
          id: 'technology:race',
          name: 'Race',
          aliases: ['Course'],
          sources: [SOURCE],
        },
      },
    });
    const succeeded = await sendAtOnce(body, 'upsertEntity');
    expect(succeeded).toBe(PARALLEL);
    expect(await countRows('MATCH (n {id: $id}) RETURN count(n) AS n', { id: 'technology:race' })).toBe(1);
    expect(
      await countRows('MATCH ({id: $id})-[r:SOURCED_FROM]->() RETURN count(r) AS n', {
        id: 'technology:race',
      }),
    ).toBe(1);
  });

  it(`${PARALLEL} parallel upsertRelationship of one new relationship give exactly one relationship`, async () => {
    const body = JSON.stringify({
      query: 'mutation($i: RelationshipInput!) { upsertRelationship(input: $i) { type } }',
      variables: {
        i: {
          type: 'COVERS',
          from: 'agreement:uk-us-technology-prosperity-deal-2025',
          to: 'technology:race',
          properties: { pillar: 'race' },
          sources: [SOURCE],
        },
      },
    });
    const succeeded = await sendAtOnce(body, 'upsertRelationship');
    expect(succeeded).toBe(PARALLEL);
    expect(
      await countRows('MATCH ({id: $from})-[r:COVERS]->({id: $to}) RETURN count(r) AS n', {
        from: 'agreement:uk-us-technology-prosperity-deal-2025',
        to: 'technology:race',
      }),
    ).toBe(1);
  });
});

/** Three datasets that share a source, entities and a relationship, and disagree on some values. */
function overlappingDatasets(): Record<string, unknown>[] {
  const source = (id: string, publisher: string) => ({
    id,
    name: `${publisher} report`,
    url: `https://example.org/${id.slice(7)}`,
    publisher,
    publishedOn: '2025-09-17',
    language: 'en',
    reliability: 'secondary',
  });
  const shared = source('source:race-shared', 'Shared Wire');
  const org = (name: string, src: string) => ({ id: 'org:race-co', name, kind: 'company', sources: [src] });
  const tech = { id: 'technology:race-tech', name: 'Race tech', sources: ['source:race-shared'] };
  const dataset = (n: number, orgName: string, extra: Record<string, unknown>) => ({
    format: 'tdg-dataset',
    version: 1,
    name: `race-${n}`,
    sources: [shared, source(`source:race-${n}`, `Wire ${n}`)],
    organizations: [org(orgName, `source:race-${n}`), ...((extra.organizations as unknown[]) ?? [])],
    technologies: [tech],
    relationships: [
      { type: 'FOCUSES_ON', from: 'org:race-co', to: 'technology:race-tech', sources: [`source:race-${n}`] },
      ...((extra.relationships as unknown[]) ?? []),
    ],
  });
  return [
    dataset(1, 'Race Co', {}),
    dataset(2, 'Race Company', {
      organizations: [
        { id: 'org:race-partner', name: 'Partner', kind: 'company', sources: ['source:race-2'] },
      ],
      relationships: [
        { type: 'PARTNERS_WITH', from: 'org:race-co', to: 'org:race-partner', sources: ['source:race-2'] },
      ],
    }),
    dataset(3, 'Race Co Ltd', {
      relationships: [
        {
          type: 'FOCUSES_ON',
          from: 'org:race-co',
          to: 'technology:race-tech',
          key: 'b',
          sources: ['source:race-3'],
        },
      ],
    }),
  ];
}

function permutations<T>(items: readonly T[]): T[][] {
  if (items.length <= 1) return [[...items]];
  return items.flatMap((item, i) =>
    permutations([...items.slice(0, i), ...items.slice(i + 1)]).map((rest) => [item, ...rest]),
  );
}

describe('concurrent imports of overlapping datasets', () => {
  it('give one of the graphs that importing them one after another gives', async () => {
    const datasets = overlappingDatasets();
    const serial = new Map<string, GraphFingerprint>();
    for (const order of permutations(datasets)) {
      await resetGraph(driver, database);
      for (const dataset of order) await importDataset(driver, dataset, { database, origin: 'serial' });
      const fingerprint = await fingerprintGraph(driver, database);
      serial.set(fingerprint.hash, fingerprint);
    }
    for (let round = 0; round < ROUNDS; round++) {
      await resetGraph(driver, database);
      await Promise.all(
        datasets.map((d) => importDataset(driver, d, { database, origin: `round ${round}` })),
      );
      const concurrent = await fingerprintGraph(driver, database);
      // On failure, show how the result differs from the nearest serial result.
      const nearest = [...serial.values()]
        .map((s) => diffFingerprints(s, concurrent))
        .sort((a, b) => a.added.length + a.removed.length - b.added.length - b.removed.length)[0];
      expect(serial.has(concurrent.hash), JSON.stringify(nearest, null, 1)).toBe(true);
    }
    console.log(
      `[reliability] overlapping imports: ${serial.size} distinct serial results over 6 orders; ${ROUNDS} concurrent rounds of 3 imports`,
    );
    await loadSeed(driver, config);
  });
});
