import type { Driver } from 'neo4j-driver';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { runCli } from '../helpers/cli.ts';
import { diffFingerprints, fingerprintGraph } from '../helpers/fingerprint.ts';
import { startTestGraphQL, type TestGraphQL } from '../helpers/graphql.ts';
import { loadSeed, openTestDriver, testConfig } from '../helpers/neo4j.ts';

const TOKEN = 'carol-secret-0123456789abcdef';
const config = testConfig({ TDG_WRITE_TOKENS: `carol:${TOKEN}` });
const SOURCE = 'source:s1-wiredgov-uk-government-2025-09-17';

const IMPORT = `mutation($dataset: JSON!) { importDataset(dataset: $dataset) { changeId summary } }`;
const MERGE = `mutation($keep: ID!, $merge: ID!) {
  mergeEntities(keep: $keep, merge: $merge) { changeId kept { id aliases mergedIds } write { operation actor origin } }
}`;
const REVERT = `mutation($id: ID!) { revertChange(id: $id) { changeId } }`;
const DUPLICATES = `query($types: [EntityType!]) {
  possibleDuplicates(types: $types) { score a { id } b { id } reasons { code detail } }
}`;

/** A second record of NVIDIA and of BlackRock's investment, each with ties of its own. */
const duplicates = {
  format: 'tdg-dataset',
  version: 1,
  name: 'a second source, with duplicates',
  organizations: [
    {
      id: 'org:nvidia-corp',
      name: 'Nvidia Corp.',
      aliases: ['NVIDIA Corporation'],
      kind: 'company',
      website: 'https://www.nvidia.com',
      sources: [SOURCE],
    },
  ],
  investments: [
    {
      id: 'investment:blackrock-data-centres-uk',
      name: 'BlackRock UK data centres investment',
      figures: [{ amount: 700000000, currency: 'USD', sources: [SOURCE] }],
      sources: [SOURCE],
    },
  ],
  relationships: [
    // Ties NVIDIA already has (their sources add up) and ties it lacks (they move).
    { type: 'HEADQUARTERED_IN', from: 'org:nvidia-corp', to: 'country:us', sources: [SOURCE] },
    { type: 'FOCUSES_ON', from: 'org:nvidia-corp', to: 'technology:data-centres', sources: [SOURCE] },
    {
      type: 'PARTNERS_WITH',
      from: 'org:nscale',
      to: 'org:nvidia-corp',
      properties: { on: 'GPUs' },
      sources: [SOURCE],
    },
    { type: 'PLEDGED', from: 'org:blackrock', to: 'investment:blackrock-data-centres-uk', sources: [SOURCE] },
  ],
};

/** Every relationship at an entity, as `TYPE direction other-end` (the merged id read as the kept one). */
async function tiesOf(driver: Driver, ids: readonly string[], as: string): Promise<string[]> {
  const { records } = await driver.executeQuery(
    `MATCH (n:Entity) WHERE n.id IN $ids
     MATCH (n)-[r]-(o)
     RETURN type(r) AS type, startNode(r) = n AS out, CASE WHEN o.id IN $ids THEN $as ELSE o.id END AS other`,
    { ids, as },
    { database: config.neo4j.database },
  );
  const ties = records.map(
    (r) => `${String(r.get('type'))} ${r.get('out') ? '->' : '<-'} ${String(r.get('other'))}`,
  );
  return [...new Set(ties)].sort();
}

describe('duplicates and merges', () => {
  let driver: Driver;
  let gql: TestGraphQL;
  const fingerprint = () => fingerprintGraph(driver, config.neo4j.database);

  beforeAll(async () => {
    driver = await openTestDriver(config);
    gql = await startTestGraphQL(config, driver);
  });
  beforeEach(() => loadSeed(driver, config));
  afterAll(async () => {
    await gql.stop();
    await driver.close();
  });

  const importDuplicates = async () => {
    const result = await gql.execute<{
      importDataset: { changeId: string; summary: { warnings?: unknown[] } };
    }>(IMPORT, { dataset: duplicates }, { token: TOKEN });
    expect(result.errors).toBeUndefined();
    return result.data!.importDataset;
  };

  it('warns, in the import summary, about records that look like existing entities', async () => {
    const { summary } = await importDuplicates();
    expect(summary.warnings).toContainEqual(
      expect.objectContaining({ id: 'org:nvidia-corp', kind: 'possible_duplicate', existing: 'org:nvidia' }),
    );
  });

  it('finds the near-duplicate organisation, with a score and the reasons', async () => {
    await importDuplicates();
    const result = await gql.execute<{
      possibleDuplicates: {
        score: number;
        a: { id: string };
        b: { id: string };
        reasons: { code: string }[];
      }[];
    }>(DUPLICATES, { types: ['Organization'] });
    expect(result.errors).toBeUndefined();
    const pair = result.data!.possibleDuplicates.find(
      (p) => p.a.id === 'org:nvidia' && p.b.id === 'org:nvidia-corp',
    );
    expect(pair?.score).toBeGreaterThanOrEqual(0.9);
    expect(pair?.reasons.map((r) => r.code)).toEqual(
      expect.arrayContaining(['same_core_name', 'same_country']),
    );
    const scores = result.data!.possibleDuplicates.map((p) => p.score);
    expect([...scores].sort((x, y) => y - x)).toEqual(scores);
  });

  it('moves every relationship and citation to the kept entity, and the merged id still resolves', async () => {
    await importDuplicates();
    const ids = ['org:nvidia', 'org:nvidia-corp'];
    const ties = await tiesOf(driver, ids, 'org:nvidia');
    const merged = await gql.execute<{
      mergeEntities: { changeId: string; kept: { id: string; aliases: string[]; mergedIds: string[] } };
    }>(MERGE, { keep: 'org:nvidia', merge: 'org:nvidia-corp' }, { token: TOKEN });
    expect(merged.errors).toBeUndefined();
    expect(merged.data?.mergeEntities.kept).toEqual({
      id: 'org:nvidia',
      aliases: ['Nvidia', 'Nvidia Corp.', 'NVIDIA Corporation'],
      mergedIds: ['org:nvidia-corp'],
    });
    expect(await tiesOf(driver, ['org:nvidia'], 'org:nvidia')).toEqual(ties);
    const gone = await driver.executeQuery('MATCH (n:Entity {id: $id}) RETURN count(n) AS n', {
      id: 'org:nvidia-corp',
    });
    expect(Number(gone.records[0]?.get('n'))).toBe(0);
    const hq = await driver.executeQuery(
      `MATCH (:Organization {id: 'org:nvidia'})-[r:HEADQUARTERED_IN]->(:Country {id: 'country:us'}) RETURN r.sources AS s`,
    );
    expect(hq.records).toHaveLength(1);
    expect(hq.records[0]?.get('s')).toContain(SOURCE);
    const node = await gql.execute(
      `{ node(id: "org:nvidia-corp") { id name ... on Organization { website } } }`,
    );
    expect(node.data?.node).toEqual({ id: 'org:nvidia', name: 'NVIDIA', website: 'https://www.nvidia.com' });
    const log = await gql.execute<{ changes: { nodes: { operation: string; actor: string }[] } }>(
      `{ changes(entityId: "org:nvidia-corp", first: 1) { nodes { operation actor } } }`,
    );
    expect(log.data?.changes.nodes[0]).toEqual({ operation: 'merge', actor: 'carol' });
  });

  it('merges an investment with its figures, and a revert gives back the exact graph', async () => {
    await importDuplicates();
    const before = await fingerprint();
    const ids = ['investment:blackrock-uk-data-centres', 'investment:blackrock-data-centres-uk'];
    const ties = await tiesOf(driver, ids, ids[0]!);
    const merged = await gql.execute<{ mergeEntities: { changeId: string } }>(
      MERGE,
      { keep: ids[0], merge: ids[1] },
      { token: TOKEN },
    );
    expect(merged.errors).toBeUndefined();
    expect(await tiesOf(driver, [ids[0]!], ids[0]!)).toEqual(ties);
    const figures = await gql.execute<{ node: { id: string; figures: { amount: number }[] } }>(
      `{ node(id: "${ids[1]}") { id ... on Investment { figures { amount } } } }`,
    );
    expect(figures.errors).toBeUndefined();
    expect(figures.data?.node.id).toBe(ids[0]);
    expect(figures.data?.node.figures.map((f) => f.amount)).toContain(700000000);
    const reverted = await gql.execute(REVERT, { id: merged.data!.mergeEntities.changeId }, { token: TOKEN });
    expect(reverted.errors).toBeUndefined();
    expect(diffFingerprints(before, await fingerprint())).toEqual({ added: [], removed: [] });
  });

  it('refuses bad merges with a clear code and changes nothing', async () => {
    await importDuplicates();
    const before = await fingerprint();
    const attempt = async (keep: string, merge: string, token: string | null = TOKEN) =>
      (await gql.execute(MERGE, { keep, merge }, token === null ? {} : { token })).errors?.[0]?.extensions
        ?.code;
    expect(await attempt('org:nvidia', 'org:nvidia')).toBe('BAD_USER_INPUT');
    expect(await attempt('org:nvidia', 'country:us')).toBe('BAD_USER_INPUT');
    expect(await attempt('org:nvidia', 'org:nope')).toBe('NOT_FOUND');
    expect(await attempt(SOURCE, 'source:s2-mondaq-2025-09-24')).toBe('BAD_USER_INPUT');
    expect(await attempt('org:nvidia', 'org:nvidia-corp', null)).toBe('UNAUTHENTICATED');
    expect((await fingerprint()).hash).toBe(before.hash);
  });

  it('merges, lists, reverts and finds duplicates from the command line', async () => {
    await importDuplicates();
    const before = await fingerprint();
    const found = await runCli(['duplicates', '--types', 'Organization', '--format', 'json']);
    expect(found.code).toBe(0);
    const pairs = JSON.parse(found.stdout) as { a: { id: string }; b: { id: string } }[];
    expect(pairs.some((p) => p.a.id === 'org:nvidia' && p.b.id === 'org:nvidia-corp')).toBe(true);
    const merged = await runCli(['merge', 'org:nvidia', 'org:nvidia-corp', '--actor', 'dana']);
    expect(merged.stderr).toBe('');
    const changeId = /(change:[0-9a-f-]+)/.exec(merged.stdout)?.[1];
    expect(changeId).toBeDefined();
    const listed = await runCli(['changes', '--author', 'dana', '--json']);
    expect(listed.code).toBe(0);
    const log = JSON.parse(listed.stdout) as {
      totalCount: number;
      changes: { operation: string; actor: string }[];
    };
    expect(log.totalCount).toBeGreaterThan(0);
    expect(log.changes.every((c) => c.operation === 'merge' && c.actor === 'dana')).toBe(true);
    const table = await runCli(['changes', '--entity', 'org:nvidia-corp', '--first', '3']);
    expect(table.stdout).toContain('merge');
    const again = await runCli(['merge', 'org:nvidia', 'org:nvidia']);
    expect(again.code).toBe(1);
    expect(again.stderr).toMatch(/^tdg: Cannot merge org:nvidia into itself/);
    const reverted = await runCli(['revert', changeId!]);
    expect(reverted.code).toBe(0);
    expect((await fingerprint()).hash).toBe(before.hash);
  });
});
