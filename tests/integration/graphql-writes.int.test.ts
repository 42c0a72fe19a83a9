import type { Driver } from 'neo4j-driver';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { readDatasetFile, SEED_FILES } from '../../src/ingest/index.ts';
import { startTestGraphQL, TEST_TOKEN, type TestGraphQL } from '../helpers/graphql.ts';
import { countGraph, loadSeed, openTestDriver, testConfig } from '../helpers/neo4j.ts';

const UPSERT_ENTITY = `mutation($input: EntityInput!) { upsertEntity(input: $input) { __typename id name sources { id } } }`;
const UPSERT_RELATIONSHIP = `mutation($input: RelationshipInput!) {
  upsertRelationship(input: $input) { type from { id } to { id } properties sources { id } }
}`;
const SOURCE = 'source:seed-chas-pravdy-2025-09-14';
const technology = {
  type: 'Technology',
  id: 'technology:photonics',
  name: 'Photonics',
  aliases: ['Photonique'],
  sources: [SOURCE],
  properties: { category: 'computing' },
};
const covers = {
  type: 'COVERS',
  from: 'agreement:uk-us-technology-prosperity-deal-2025',
  to: 'technology:photonics',
  properties: { pillar: 'photonics' },
  sources: [SOURCE],
};

describe('the GraphQL writes', () => {
  const config = testConfig();
  let driver: Driver;
  let gql: TestGraphQL;
  const counts = () => countGraph(driver, config.neo4j.database);

  beforeAll(async () => {
    driver = await openTestDriver(config);
    gql = await startTestGraphQL(config, driver);
  });
  beforeEach(() => loadSeed(driver, config));
  afterAll(async () => {
    await gql.stop();
    await driver.close();
  });

  it('refuses a mutation without a token or with a wrong one, and writes nothing', async () => {
    const before = await counts();
    for (const token of [undefined, 'wrong-token-0123456789abcdef', `${TEST_TOKEN}x`]) {
      const result = await gql.execute(
        UPSERT_ENTITY,
        { input: technology },
        token === undefined ? {} : { token },
      );
      expect(result.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
      expect(result.data ?? null).toBeNull();
    }
    expect(await counts()).toEqual(before);
  });

  it('checks the token before the input', async () => {
    const before = await counts();
    const invalid = await gql.execute(UPSERT_ENTITY, {
      input: { ...technology, id: 'NOT AN ID', properties: 7 },
    });
    expect(invalid.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    const badVariables = await gql.execute(UPSERT_ENTITY, { input: { nope: true } });
    expect(badVariables.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    expect(await counts()).toEqual(before);
  });

  it('upserts an entity and a relationship with the token; a repeat leaves the same counts', async () => {
    const before = await counts();
    const created = await gql.execute(UPSERT_ENTITY, { input: technology }, { token: TEST_TOKEN });
    expect(created.errors).toBeUndefined();
    expect(created.data?.upsertEntity).toEqual({
      __typename: 'Technology',
      id: 'technology:photonics',
      name: 'Photonics',
      sources: [{ id: SOURCE }],
    });
    const related = await gql.execute(UPSERT_RELATIONSHIP, { input: covers }, { token: TEST_TOKEN });
    expect(related.errors).toBeUndefined();
    expect(related.data?.upsertRelationship).toMatchObject({
      type: 'COVERS',
      properties: { pillar: 'photonics' },
    });
    const after = await counts();
    expect(after).toEqual({ nodes: before.nodes + 1, relationships: before.relationships + 2 });

    await gql.execute(UPSERT_ENTITY, { input: technology }, { token: TEST_TOKEN });
    await gql.execute(UPSERT_RELATIONSHIP, { input: covers }, { token: TEST_TOKEN });
    expect(await counts()).toEqual(after);
  });

  it('names the invalid field and writes nothing', async () => {
    const before = await counts();
    const result = await gql.execute(
      UPSERT_ENTITY,
      {
        input: {
          type: 'Country',
          id: 'country:fr',
          name: 'France',
          sources: [SOURCE],
          properties: { iso2: 'fra' },
        },
      },
      { token: TEST_TOKEN },
    );
    expect(result.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    const issues = result.errors?.[0]?.extensions?.issues as { path: string }[];
    expect(issues.some((issue) => issue.path.includes('iso2'))).toBe(true);

    const dangling = await gql.execute(
      UPSERT_RELATIONSHIP,
      { input: { ...covers, to: 'technology:nope' } },
      { token: TEST_TOKEN },
    );
    expect(dangling.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(await counts()).toEqual(before);
  });

  it('imports a whole dataset idempotently', async () => {
    const before = await counts();
    const dataset = await readDatasetFile(SEED_FILES[0] ?? '');
    const result = await gql.execute<{ importDataset: { summary: { nodesCreated: number } } }>(
      'mutation($dataset: JSON!) { importDataset(dataset: $dataset) { summary } }',
      { dataset },
      { token: TEST_TOKEN },
    );
    expect(result.errors).toBeUndefined();
    expect(result.data?.importDataset.summary.nodesCreated).toBe(0);
    expect(await counts()).toEqual(before);

    const invalid = await gql.execute(
      'mutation($dataset: JSON!) { importDataset(dataset: $dataset) { summary } }',
      { dataset: { format: 'tdg-dataset', version: 1, people: [{ id: 'person:x', sources: [SOURCE] }] } },
      { token: TEST_TOKEN },
    );
    expect(invalid.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(await counts()).toEqual(before);
  });
});
