import type { Driver } from 'neo4j-driver';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { startTestGraphQL, type TestGraphQL } from '../helpers/graphql.ts';
import { diffFingerprints, fingerprintGraph } from '../helpers/fingerprint.ts';
import { countGraph, loadSeed, openTestDriver, testConfig } from '../helpers/neo4j.ts';

// Two named tokens: the change log names each write by its token's name, never by its secret.
const ALICE = 'alice-secret-0123456789abcdef';
const BOB = 'bob-secret-0123456789abcdef';
const config = testConfig({ TDG_WRITE_TOKENS: `alice:${ALICE},bob:${BOB}` });
const SOURCE = 'source:seed-chas-pravdy-2025-09-14';

const UPSERT = `mutation($input: EntityInput!) { upsertEntity(input: $input) { id name } }`;
const IMPORT = `mutation($dataset: JSON!) { importDataset(dataset: $dataset) { changeId summary } }`;
const REVERT = `mutation($id: ID!) { revertChange(id: $id) { changeId reverted write { operation actor reverts } } }`;
const CHANGES = `query($first: Int, $after: String, $since: DateTime, $entityId: ID, $author: String, $writeId: ID) {
  changes(first: $first, after: $after, since: $since, entityId: $entityId, author: $author, writeId: $writeId) {
    totalCount
    pageInfo { hasNextPage endCursor }
    nodes { cursor id actor operation kind entityId target fields { name before after } write { id sequence } }
  }
}`;

interface ChangeNode {
  readonly cursor: string;
  readonly id: string;
  readonly actor: string;
  readonly operation: string;
  readonly kind: string;
  readonly entityId: string | null;
  readonly target: string;
  readonly fields: readonly { name: string; before: unknown; after: unknown }[];
  readonly write: { id: string; sequence: number };
}
interface ChangePage {
  readonly changes: {
    totalCount: number;
    pageInfo: { hasNextPage: boolean; endCursor: string | null };
    nodes: ChangeNode[];
  };
}

const photonics = {
  type: 'Technology',
  id: 'technology:photonics',
  name: 'Photonics',
  sources: [SOURCE],
  properties: { category: 'computing' },
};

describe('the change log', () => {
  let driver: Driver;
  let gql: TestGraphQL;

  const changes = async (variables: Record<string, unknown> = {}) => {
    const result = await gql.execute<ChangePage>(CHANGES, variables);
    expect(result.errors).toBeUndefined();
    return result.data!.changes;
  };
  const upsert = async (input: Record<string, unknown>, token = ALICE) => {
    const result = await gql.execute(UPSERT, { input }, { token });
    expect(result.errors).toBeUndefined();
  };

  beforeAll(async () => {
    driver = await openTestDriver(config);
    gql = await startTestGraphQL(config, driver);
  });
  beforeEach(() => loadSeed(driver, config));
  afterAll(async () => {
    await gql.stop();
    await driver.close();
  });

  it('lists an upsert with its actor, each field before and after, and never the secret', async () => {
    await upsert(photonics);
    await upsert({ ...photonics, name: 'Photonic computing' }, BOB);
    const page = await changes({ entityId: 'technology:photonics' });
    expect(page.totalCount).toBe(2);
    const [update, create] = page.nodes;
    expect(update).toMatchObject({ actor: 'bob', operation: 'upsert', kind: 'updated' });
    expect(update?.entityId).toBe('technology:photonics');
    expect(update?.fields).toContainEqual({ name: 'name', before: 'Photonics', after: 'Photonic computing' });
    expect(create).toMatchObject({ actor: 'alice', operation: 'upsert', kind: 'created' });
    expect(create?.fields).toContainEqual({ name: 'category', before: null, after: 'computing' });
    expect(create?.fields).toContainEqual({ name: 'sources', before: null, after: [SOURCE] });
    const everything = JSON.stringify(await changes({ first: 100 }));
    expect(everything).not.toContain(ALICE);
    expect(everything).not.toContain(BOB);
  });

  it('pages newest first with a default, a hard cap and a cursor, and filters by author and time', async () => {
    const start = new Date().toISOString();
    for (const name of ['A', 'B', 'C']) await upsert({ ...photonics, name: `Photonics ${name}` });
    await upsert({ ...photonics, name: 'Photonics D' }, BOB);
    const recent = await changes({ since: start });
    expect(recent.totalCount).toBe(4);
    expect(recent.nodes.map((n) => n.actor)).toEqual(['bob', 'alice', 'alice', 'alice']);
    const sequences = recent.nodes.map((n) => n.write.sequence);
    expect([...sequences].sort((a, b) => b - a)).toEqual(sequences);
    const byBob = await changes({ author: 'bob' });
    expect(byBob.totalCount).toBe(1);
    expect(byBob.nodes[0]?.fields).toContainEqual({
      name: 'name',
      before: 'Photonics C',
      after: 'Photonics D',
    });
    const first = await changes({ since: start, first: 2 });
    expect(first.pageInfo.hasNextPage).toBe(true);
    const second = await changes({ since: start, first: 2, after: first.pageInfo.endCursor });
    expect([...first.nodes, ...second.nodes].map((n) => n.id)).toEqual(recent.nodes.map((n) => n.id));
    expect(second.pageInfo.hasNextPage).toBe(false);
    // The seed's import holds hundreds of changes: the default page is 20, and 101 is refused.
    expect((await changes()).nodes).toHaveLength(20);
    const tooMany = await gql.execute(CHANGES, { first: 101 });
    expect(tooMany.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });

  it('gives two concurrent writes a change record each', async () => {
    const other = { ...photonics, id: 'technology:lidar', name: 'Lidar' };
    await Promise.all([upsert(photonics, ALICE), upsert(other, BOB)]);
    const [mine, theirs] = [
      await changes({ entityId: 'technology:photonics' }),
      await changes({ entityId: 'technology:lidar' }),
    ];
    expect(mine.nodes.map((n) => n.actor)).toEqual(['alice']);
    expect(theirs.nodes.map((n) => n.actor)).toEqual(['bob']);
    expect(mine.nodes[0]?.write.id).not.toBe(theirs.nodes[0]?.write.id);
    expect(mine.nodes[0]?.write.sequence).not.toBe(theirs.nodes[0]?.write.sequence);
  });

  it('records an import with its dataset, and nothing for a refused write', async () => {
    const dataset = {
      format: 'tdg-dataset',
      version: 1,
      name: 'photonics-file',
      technologies: [{ id: 'technology:photonics', name: 'Photonics', sources: [SOURCE] }],
    };
    const imported = await gql.execute<{ importDataset: { changeId: string } }>(
      IMPORT,
      { dataset },
      { token: ALICE },
    );
    expect(imported.errors).toBeUndefined();
    const changeId = imported.data!.importDataset.changeId;
    const write = await gql.execute(
      `query($id: ID!) { write(id: $id) { actor operation origin dataset created } }`,
      {
        id: changeId,
      },
    );
    expect(write.data?.write).toEqual({
      actor: 'alice',
      operation: 'import',
      origin: 'graphql request',
      dataset: 'photonics-file',
      created: 1,
    });
    const before = await changes({ first: 1 });
    const refused = await gql.execute(
      UPSERT,
      { input: { ...photonics, sources: ['source:nope'] } },
      { token: ALICE },
    );
    expect(refused.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    const unauthenticated = await gql.execute(UPSERT, { input: photonics });
    expect(unauthenticated.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    expect((await changes({ first: 1 })).totalCount).toBe(before.totalCount);
  });
});

describe('revertChange', () => {
  let driver: Driver;
  let gql: TestGraphQL;

  beforeAll(async () => {
    driver = await openTestDriver(config);
    gql = await startTestGraphQL(config, driver);
  });
  beforeEach(() => loadSeed(driver, config));
  afterAll(async () => {
    await gql.stop();
    await driver.close();
  });

  const revert = (id: string, token = ALICE) =>
    gql.execute<{ revertChange: { changeId: string } }>(REVERT, { id }, { token });

  it('undoes an import exactly: the graph is as it was, compared in full', async () => {
    const before = await fingerprintGraph(driver, config.neo4j.database);
    const dataset = {
      format: 'tdg-dataset',
      version: 1,
      name: 'an import to undo',
      technologies: [
        { id: 'technology:photonics', name: 'Photonics', aliases: ['Photonique'], sources: [SOURCE] },
      ],
      organizations: [
        {
          id: 'org:nvidia',
          name: 'NVIDIA',
          aliases: ['Nvidia', 'NVIDIA Corporation'],
          kind: 'company',
          website: 'https://www.nvidia.com',
          sources: [SOURCE],
        },
        { id: 'org:lumentum', name: 'Lumentum', kind: 'company', sources: [SOURCE] },
      ],
      relationships: [
        { type: 'FOCUSES_ON', from: 'org:lumentum', to: 'technology:photonics', sources: [SOURCE] },
        { type: 'FOCUSES_ON', from: 'org:nvidia', to: 'technology:photonics', sources: [SOURCE] },
        { type: 'HEADQUARTERED_IN', from: 'org:nvidia', to: 'country:us', sources: [SOURCE] },
        {
          type: 'PARTY_TO',
          from: 'country:gb',
          to: 'agreement:uk-us-technology-prosperity-deal-2025',
          sources: [SOURCE],
        },
      ],
    };
    const imported = await gql.execute<{ importDataset: { changeId: string } }>(
      IMPORT,
      { dataset },
      { token: ALICE },
    );
    expect(imported.errors).toBeUndefined();
    expect((await fingerprintGraph(driver, config.neo4j.database)).hash).not.toBe(before.hash);
    const reverted = await revert(imported.data!.importDataset.changeId, BOB);
    expect(reverted.errors).toBeUndefined();
    expect(reverted.data?.revertChange).toMatchObject({
      reverted: imported.data!.importDataset.changeId,
      write: { operation: 'revert', actor: 'bob', reverts: imported.data!.importDataset.changeId },
    });
    const after = await fingerprintGraph(driver, config.neo4j.database);
    expect(diffFingerprints(before, after)).toEqual({ added: [], removed: [] });
    expect(after.hash).toBe(before.hash);
  });

  it('refuses, naming the later write, when a later change touched the same fields; then the graph is unchanged', async () => {
    await gql.execute(UPSERT, { input: photonics }, { token: ALICE });
    await gql.execute(UPSERT, { input: { ...photonics, name: 'Photonic computing' } }, { token: ALICE });
    const page = await gql.execute<ChangePage>(CHANGES, { entityId: 'technology:photonics' });
    const [later, earlier] = page.data!.changes.nodes;
    const before = await fingerprintGraph(driver, config.neo4j.database);
    await gql.execute(UPSERT, { input: { ...photonics, name: 'Photonics again' } }, { token: BOB });
    const latest = (await gql.execute<ChangePage>(CHANGES, { first: 1 })).data!.changes.nodes[0]!.write.id;
    const during = await fingerprintGraph(driver, config.neo4j.database);
    const refused = await revert(later!.write.id);
    expect(refused.errors?.[0]?.extensions?.code).toBe('REVERT_CONFLICT');
    expect(refused.errors?.[0]?.message).toContain(latest);
    expect(refused.errors?.[0]?.message).toContain('bob');
    expect((await fingerprintGraph(driver, config.neo4j.database)).hash).toBe(during.hash);
    // Undoing the newest first works, and then the one before.
    expect((await revert(latest)).errors).toBeUndefined();
    expect((await revert(later!.write.id)).errors).toBeUndefined();
    expect((await fingerprintGraph(driver, config.neo4j.database)).hash).not.toBe(before.hash);
    const name = await driver.executeQuery('MATCH (t:Technology {id: $id}) RETURN t.name AS name', {
      id: photonics.id,
    });
    expect(name.records[0]?.get('name')).toBe('Photonics');
    expect(earlier?.kind).toBe('created');
  });

  it('records the revert as a change, refuses a second revert and unknown ids, and needs a token', async () => {
    await gql.execute(UPSERT, { input: photonics }, { token: ALICE });
    const page = await gql.execute<ChangePage>(CHANGES, { first: 1 });
    const id = page.data!.changes.nodes[0]!.write.id;
    const counts = await countGraph(driver, config.neo4j.database);
    expect((await revert(id, 'not-a-token-0123456789')).errors?.[0]?.extensions?.code).toBe(
      'UNAUTHENTICATED',
    );
    const done = await revert(id);
    expect(done.errors).toBeUndefined();
    const log = await gql.execute<ChangePage>(CHANGES, { writeId: done.data!.revertChange.changeId });
    expect(log.data!.changes.nodes[0]).toMatchObject({
      operation: 'revert',
      kind: 'deleted',
      target: photonics.id,
    });
    expect((await revert(id)).errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect((await revert('change:nope')).errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    expect((await countGraph(driver, config.neo4j.database)).nodes).toBe(counts.nodes - 1);
  });
});
