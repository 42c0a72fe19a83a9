import type { Driver } from 'neo4j-driver';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { importDataset } from '../../src/ingest/index.ts';
import { countStatements, startTestGraphQL, type TestGraphQL } from '../helpers/graphql.ts';
import { loadSeed, openTestDriver, testConfig } from '../helpers/neo4j.ts';

/** Every event with its participants, their organisations and offices, and sources at every level. */
const DEEP_QUERY = `{
  events(first: 100) {
    totalCount
    nodes {
      id name startDate status
      sources { id publisher }
      statusHistory { status date source { id } }
      places { node { name locatedIn { node { id } } } sources { id } }
      participants {
        role
        sources { id url }
        node {
          id name
          sources { id }
          ... on Person {
            offices { title node { id name sources { id } } sources { id } }
            leads { title node { id name kind } }
          }
          ... on Organization { kind parents { node { id name } } leaders { node { id name } sources { id } } }
          ... on Country { iso2 }
        }
      }
    }
  }
}`;

/** More events, each with participants, so the same query returns more items. */
function moreEvents(n: number) {
  const source = 'source:seed-chas-pravdy-2025-09-14';
  const ids = Array.from({ length: n }, (_, i) => `event:extra-${i}`);
  const participants = ['person:liz-kendall', 'org:blackrock', 'country:us'];
  return {
    format: 'tdg-dataset',
    version: 1,
    name: 'statement-count-extra-events',
    events: ids.map((id, i) => ({
      id,
      name: `Extra meeting ${i}`,
      kind: 'meeting',
      startDate: '2025-10-01',
      sources: [source],
      statusHistory: [{ status: 'announced', date: '2025-09-30', sources: [source] }],
    })),
    relationships: ids.flatMap((id) =>
      participants.map((from) => ({
        type: 'PARTICIPATED_IN',
        from,
        to: id,
        properties: { role: 'guest' },
        sources: [source],
      })),
    ),
  };
}

describe('the statement count of a request', () => {
  const config = testConfig();
  let driver: Driver;
  let counter: ReturnType<typeof countStatements>;
  let gql: TestGraphQL;

  beforeAll(async () => {
    driver = await openTestDriver(config);
    await loadSeed(driver, config);
    counter = countStatements(driver);
    gql = await startTestGraphQL(config, counter.driver);
    // Warm Neo4j's plan cache: a statement slower than the executor's probe delay (500 ms) adds a
    // readiness probe, which this counter would count as a statement.
    await gql.execute(DEEP_QUERY);
  });
  afterAll(async () => {
    await gql.stop();
    await driver.close();
  });

  const run = async () => {
    counter.reset();
    const result = await gql.execute<{
      events: { totalCount: number; nodes: { participants: unknown[] }[] };
    }>(DEEP_QUERY);
    expect(result.errors).toBeUndefined();
    return { statements: counter.count(), events: result.data?.events.nodes ?? [] };
  };

  it('is one per level of the query, however many events, participants and sources it returns', async () => {
    const small = await run();
    await importDataset(driver, moreEvents(30), {
      database: config.neo4j.database,
      origin: 'statement-count test',
    });
    const large = await run();

    expect(large.events.length).toBe(small.events.length + 30);
    const participations = (r: typeof small) => r.events.reduce((n, e) => n + e.participants.length, 0);
    expect(participations(large)).toBe(participations(small) + 90);
    // One statement per level of the query that loads something, however wide the level: the list, then
    // the events' fields (sources, statusHistory, places, participants), then the participants' and
    // places' fields, then the offices' and leaders' sources. The loaders of one level are combined.
    const levels = 4;
    expect(small.statements).toBe(levels);
    expect(large.statements).toBe(levels);
  });

  it('fetches relationship sources with the relationships: an entity two levels deep is 3 statements', async () => {
    counter.reset();
    const result = await gql.execute<{ node: { pledges: { sources: unknown[]; node: unknown }[] } }>(`{
      node(id: "org:blackrock") {
        id name sources { id }
        ... on Organization {
          pledges {
            sources { id publisher }
            node { id name ... on Investment { investors { sources { id } node { id name } } } }
          }
        }
      }
    }`);
    expect(result.errors).toBeUndefined();
    const pledges = result.data?.node.pledges ?? [];
    expect(pledges.length).toBeGreaterThan(0);
    expect(pledges.every((edge) => edge.sources.length > 0)).toBe(true);
    // The entity; its sources and its pledges with their sources; the pledges' investors with theirs.
    expect(counter.count()).toBe(3);
  });
});
