import type { Driver } from 'neo4j-driver';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  computeInvestmentTotals,
  computeInvestmentTotalsUncached,
  createExecutor,
  createTotalsCache,
  READ_GRAPH_VERSION,
  type TotalsArgs,
  versionOf,
} from '../../src/cypher/index.ts';
import { importDataset } from '../../src/ingest/index.ts';
import { startSeededGraphQL, TEST_TOKEN, type TestGraphQL } from '../helpers/graphql.ts';
import { testConfig } from '../helpers/neo4j.ts';

const SOURCE = 'source:s28-wtx-news-sky-news-2025-09-13';
const PLEDGE = 'investment:totals-cache-test';

/** A dataset with one pledge of `amount` GBP by BlackRock. */
const pledgeDataset = (amount: number) => ({
  format: 'tdg-dataset',
  version: 2,
  name: 'totals cache test',
  investments: [
    {
      id: PLEDGE,
      name: 'Totals cache test pledge',
      figures: [{ amount, unit: 'GBP', preferred: true, sources: [SOURCE] }],
      sources: [SOURCE],
    },
  ],
  relationships: [{ type: 'PLEDGED', from: 'org:blackrock', to: PLEDGE, sources: [SOURCE] }],
});

const ARGS: readonly TotalsArgs[] = [
  { groupBy: 'INVESTOR', unit: 'GBP', level: 'LEAVES', sort: 'TOTAL_DESC', first: 20 },
  { groupBy: 'INVESTOR', unit: null, level: 'TOP', sort: 'NAME', first: 100 },
  { groupBy: 'TECHNOLOGY', unit: null, level: 'LEAVES', sort: 'TOTAL_DESC', first: 100 },
  { groupBy: 'TARGET_COUNTRY', unit: 'GBP', level: 'LEAVES', sort: 'TOTAL_ASC', first: 100 },
];

describe('investment totals cached per graph version', () => {
  const config = testConfig();
  const database = config.neo4j.database;
  const cache = createTotalsCache();
  let driver: Driver;
  let gql: TestGraphQL;
  const executor = () => createExecutor({ driver, database, requestId: 'totals-cache-test' });
  const version = async () => versionOf((await executor().read('version', READ_GRAPH_VERSION))[0]);
  const grandGbp = async () => {
    const totals = await computeInvestmentTotals(executor(), ARGS[0]!, cache);
    return totals.grandTotals.find((t) => t.unit === 'GBP')?.amount ?? 0;
  };

  /** Every argument set, cached twice (a miss, then a hit) and uncached: all three equal. */
  const expectCachedEqualsUncached = async () => {
    for (const args of ARGS) {
      const misses = cache.stats.misses;
      const hits = cache.stats.hits;
      const first = await computeInvestmentTotals(executor(), args, cache);
      expect(cache.stats.misses, 'a write moved the version: the first read recomputes').toBe(misses + 1);
      const second = await computeInvestmentTotals(executor(), args, cache);
      expect(cache.stats.hits).toBe(hits + 1);
      const uncached = await computeInvestmentTotalsUncached(executor(), args);
      expect(first).toEqual(uncached);
      expect(second).toEqual(uncached);
    }
  };

  beforeAll(async () => ({ driver, gql } = await startSeededGraphQL(config)));
  afterAll(async () => {
    await gql.stop();
    await driver.close();
  });

  it('gives the seeded graph a version, and answers from the cache at that version', async () => {
    expect(await version()).toMatch(/^[0-9a-f-]{36}:\d+$/);
    await expectCachedEqualsUncached();
  });

  it('equals the uncached answer after an import', async () => {
    const before = await grandGbp();
    const was = await version();
    await importDataset(driver, pledgeDataset(123_000_000), { database, origin: 'test' });
    expect(await version()).not.toBe(was);
    await expectCachedEqualsUncached();
    expect(await grandGbp()).toBe(before + 123_000_000);
  });

  it('equals the uncached answer after an upsert through the API, the API included', async () => {
    const query = `{ investmentTotals(groupBy: INVESTOR, unit: "GBP") { groups { kind label } } }`;
    type Groups = { investmentTotals: { groups: { kind: string; label: string }[] } };
    const labels = async () => (await gql.execute<Groups>(query)).data?.investmentTotals.groups ?? [];
    expect(await labels()).not.toContainEqual(expect.objectContaining({ kind: 'JOINT' }));
    const upsert = await gql.execute(
      `mutation($input: RelationshipInput!) { upsertRelationship(input: $input) { type } }`,
      { input: { type: 'PLEDGED', from: 'org:nvidia', to: PLEDGE, sources: [SOURCE] } },
      { token: TEST_TOKEN },
    );
    expect(upsert.errors).toBeUndefined();
    expect(await labels()).toContainEqual(expect.objectContaining({ kind: 'JOINT' }));
    await expectCachedEqualsUncached();
  });

  it('equals the uncached answer after a second import that changes a figure', async () => {
    const before = await grandGbp();
    await importDataset(driver, pledgeDataset(456_000_000), { database, origin: 'test' });
    await expectCachedEqualsUncached();
    expect(await grandGbp()).toBe(before - 123_000_000 + 456_000_000);
  });

  it('keeps the version (and the cache) through a dry run and a refused import', async () => {
    const was = await version();
    await importDataset(driver, pledgeDataset(789), { database, origin: 'test', dryRun: true });
    const bad = { ...pledgeDataset(1), relationships: [{ type: 'PLEDGED', from: 'org:nobody', to: PLEDGE }] };
    await expect(importDataset(driver, bad, { database, origin: 'test' })).rejects.toThrow();
    expect(await version()).toBe(was);
    const hits = cache.stats.hits;
    await computeInvestmentTotals(executor(), ARGS[0]!, cache);
    expect(cache.stats.hits).toBe(hits + 1);
  });

  it('equals the uncached answer after a merge of two investors, and after its revert', async () => {
    const before = await computeInvestmentTotalsUncached(executor(), ARGS[0]!);
    type Merged = { mergeEntities: { changeId: string } };
    const merged = await gql.execute<Merged>(
      `mutation { mergeEntities(keep: "org:nvidia", merge: "org:blackrock") { changeId } }`,
      {},
      { token: TEST_TOKEN },
    );
    expect(merged.errors).toBeUndefined();
    await expectCachedEqualsUncached();
    const afterMerge = await computeInvestmentTotals(executor(), ARGS[0]!, cache);
    expect(afterMerge.groups.map((g) => g.label)).not.toContain('BlackRock');
    const reverted = await gql.execute(
      `mutation($id: ID!) { revertChange(id: $id) { reverted } }`,
      { id: merged.data?.mergeEntities.changeId },
      { token: TEST_TOKEN },
    );
    expect(reverted.errors).toBeUndefined();
    await expectCachedEqualsUncached();
    expect(await computeInvestmentTotals(executor(), ARGS[0]!, cache)).toEqual(before);
  });
});
