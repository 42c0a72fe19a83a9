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

interface Office {
  readonly title: string | null;
  readonly sources: { id: string }[];
  readonly node: { id: string; name: string };
}
interface Deeper {
  readonly officials?: { node: { id: string; offices: Office[] } }[];
}

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
    // The list statement fetches three levels of relationships below its events (their sources, status
    // history, places, participants; the participants' offices, leaders, parents; the offices' nodes'
    // sources) by nested subqueries: one statement, however wide or long the result.
    expect(small.statements).toBe(1);
    expect(large.statements).toBe(1);
  });

  /** Runs a query twice and counts the second run's statements (the first warms Neo4j's plan cache). */
  const counted = async <T>(query: string) => {
    await gql.execute(query);
    counter.reset();
    const result = await gql.execute<T>(query);
    return { result, statements: counter.count() };
  };

  it('loads levels past the prefetched three with one statement per level, with the same result', async () => {
    const offices = 'offices { title sources { id } node { id name } }';
    const { result, statements } = await counted<{
      node: { officials: { node: { id: string; offices: Office[]; deeper: { node: Deeper }[] } }[] };
    }>(`{
      node(id: "country:gb") {
        ... on Country {
          officials {
            node {
              id
              ... on Person {
                ${offices}
                deeper: offices { node { ... on Country { officials { node { id ... on Person { ${offices} } } } } } }
              }
            }
          }
        }
      }
    }`);
    expect(result.errors).toBeUndefined();
    // Levels 1-3 (officials, offices, the country's officials) come with the node; level 4 (their
    // offices) is one more statement.
    expect(statements).toBe(2);
    const officials = result.data?.node.officials ?? [];
    const prefetched = new Map(officials.map((edge) => [edge.node.id, edge.node.offices]));
    const loaded = officials.flatMap((edge) =>
      edge.node.deeper.flatMap((office) => office.node.officials?.map((o) => o.node) ?? []),
    );
    expect(loaded.length).toBeGreaterThan(0);
    for (const person of loaded) expect(person.offices).toEqual(prefetched.get(person.id));
  });

  it('fetches an entity with two levels of relationships and their sources in one statement', async () => {
    const { result, statements } = await counted<{
      node: { pledges: { sources: unknown[]; node: unknown }[] };
    }>(`{
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
    // The entity, its sources, its pledges with their sources, the pledges' investors with theirs.
    expect(statements).toBe(1);
  });
});
