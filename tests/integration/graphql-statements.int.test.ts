import type { Driver } from 'neo4j-driver';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { importDataset } from '../../src/ingest/index.ts';
import { countStatements, startTestGraphQL, type TestGraphQL } from '../helpers/graphql.ts';
import { loadSeed, openTestDriver, testConfig } from '../helpers/neo4j.ts';

/** Every event with its participants, their organisations and offices, and sources at every level. */
const DEEP_QUERY = `{
  events(first: 50) {
    totalCount
    nodes {
      id name startDate status
      sources(first: 3) { id publisher }
      statusHistory(first: 5) { status date source { id } }
      places(first: 3) { edges { node { name locatedIn(first: 3) { nodes { id } } } sources(first: 3) { id } } }
      participants(first: 10) { edges {
        role
        sources(first: 3) { id url }
        node {
          id name
          sources(first: 3) { id }
          ... on Person {
            offices(first: 3) { edges { title node { id name sources(first: 3) { id } } sources(first: 3) { id } } }
            leads(first: 3) { edges { title node { id name kind } } }
          }
          ... on Organization {
            kind
            parents(first: 3) { nodes { id name } }
            leaders(first: 3) { edges { node { id name } sources(first: 3) { id } } }
          }
          ... on Country { iso2 }
        }
      } }
    }
  }
}`;

interface Office {
  readonly title: string | null;
  readonly sources: { id: string }[];
  readonly node: { id: string; name: string };
}
interface Deeper {
  readonly officials?: { edges: { node: { id: string; offices: { edges: Office[] } } }[] };
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
      events: { totalCount: number; nodes: { participants: { edges: unknown[] } }[] };
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
    const participations = (r: typeof small) => r.events.reduce((n, e) => n + e.participants.edges.length, 0);
    expect(participations(large)).toBe(participations(small) + 90);
    // The list statement reads every level of relationships below its events (their sources, status
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

  it('reads four levels of relationships in the one statement of the node, each page as asked', async () => {
    const offices = 'offices(first: 5) { edges { title sources(first: 3) { id } node { id name } } }';
    const { result, statements } = await counted<{
      node: {
        officials: {
          edges: {
            node: { id: string; offices: { edges: Office[] }; deeper: { edges: { node: Deeper }[] } };
          }[];
        };
      };
    }>(`{
      node(id: "country:gb") {
        ... on Country {
          officials(first: 20) {
            edges {
              node {
                id
                ... on Person {
                  ${offices}
                  deeper: offices(first: 5) {
                    edges { node { ... on Country { officials(first: 10) { edges { node { id ... on Person { ${offices} } } } } } } }
                  }
                }
              }
            }
          }
        }
      }
    }`);
    expect(result.errors).toBeUndefined();
    expect(statements).toBe(1);
    const officials = result.data?.node.officials.edges ?? [];
    const direct = new Map(officials.map((edge) => [edge.node.id, edge.node.offices.edges]));
    const deeper = officials.flatMap((edge) =>
      edge.node.deeper.edges.flatMap((office) => office.node.officials?.edges.map((o) => o.node) ?? []),
    );
    expect(deeper.length).toBeGreaterThan(0);
    for (const person of deeper) expect(person.offices.edges).toEqual(direct.get(person.id));
  });

  it('fetches an entity with two levels of relationships and their sources in one statement', async () => {
    const { result, statements } = await counted<{
      node: { pledges: { edges: { sources: unknown[]; node: unknown }[] } };
    }>(`{
      node(id: "org:blackrock") {
        id name sources { id }
        ... on Organization {
          pledges { edges {
            sources { id publisher }
            node { id name ... on Investment { investors { edges { sources { id } node { id name } } } } }
          } }
        }
      }
    }`);
    expect(result.errors).toBeUndefined();
    const pledges = result.data?.node.pledges.edges ?? [];
    expect(pledges.length).toBeGreaterThan(0);
    expect(pledges.every((edge) => edge.sources.length > 0)).toBe(true);
    // The entity, its sources, its pledges with their sources, the pledges' investors with theirs.
    expect(statements).toBe(1);
  });
});
