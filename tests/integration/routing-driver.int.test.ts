import type { Driver } from 'neo4j-driver';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SEED_FILES } from '../../src/ingest/index.ts';
import { resolveNeo4jPassword } from '../../src/neo4j/credentials.ts';
import { runReport } from '../../src/reports/index.ts';
import { runCli } from '../helpers/cli.ts';
import { startTestGraphQL, TEST_TOKEN, type TestGraphQL } from '../helpers/graphql.ts';
import { countGraph, loadSeed, openTestDriver, resetGraph, testConfig } from '../helpers/neo4j.ts';

/**
 * A smoke subset of the suite through the routing driver (`neo4j://`), as a replica over a cluster or
 * Aura connects (docs/scaling.md). The local Neo4j is a single server, so its routing table names
 * itself for every role; what this proves is that nothing in the code assumes a direct (`bolt://`)
 * connection: the routing table is fetched, reads ask for READ routing, writes for WRITE, and a
 * request that writes then reads sees its own write.
 */
const local = testConfig();
const ROUTED_ENV = {
  NEO4J_URI: `neo4j://127.0.0.1:${local.neo4j.boltPort}`,
  NEO4J_USERNAME: local.neo4j.username,
  NEO4J_PASSWORD: resolveNeo4jPassword(local.neo4j),
};

describe('the routing driver (neo4j://)', () => {
  const config = testConfig(ROUTED_ENV);
  let driver: Driver;
  let gql: TestGraphQL;

  beforeAll(async () => {
    driver = await openTestDriver(config);
    await loadSeed(driver, config);
    gql = await startTestGraphQL(config, driver);
  });
  afterAll(async () => {
    await gql.stop();
    await driver.close();
  });

  it('is configured with a neo4j:// URI and a password, not the local instance', () => {
    expect(config.neo4j.local).toBe(false);
    expect(config.neo4j.uri).toMatch(/^neo4j:\/\//);
    expect(config.neo4j.passwordFile).toBeUndefined();
  });

  it('fetches a routing table that offers readers and writers', async () => {
    const { records } = await driver.executeQuery('CALL dbms.routing.getRoutingTable({})', {}, {});
    const servers = records[0]?.get('servers') as { role: string; addresses: string[] }[];
    expect(servers.map((s) => s.role).sort()).toEqual(['READ', 'ROUTE', 'WRITE']);
    // The address the routing table gave (the server's advertised address), not the URI's host.
    expect((await driver.getServerInfo()).address).toBe(`127.0.0.1:${local.neo4j.boltPort}`);
  });

  it('answers GraphQL reads: an entity, search, an events page, a neighbourhood, totals', async () => {
    const result = await gql.execute<{
      node: { id: string; name: string } | null;
      search: { node: { id: string } }[];
      events: { totalCount: number; nodes: { id: string }[] };
      neighborhood: { nodes: unknown[] } | null;
      investmentTotals: { groups: unknown[] } | null;
    }>(`{
      node(id: "country:gb") { id name }
      search(text: "United Kingdom", first: 3) { node { id } }
      events(first: 3) { totalCount nodes { id } }
      neighborhood(id: "country:gb", depth: 1, first: 5) { nodes { distance } }
      investmentTotals(groupBy: INVESTOR, first: 3) { groups { label } }
    }`);
    expect(result.errors).toBeUndefined();
    expect(result.data?.node?.id).toBe('country:gb');
    expect(result.data?.search[0]?.node.id).toBe('country:gb');
    expect(result.data?.events.nodes.length).toBeGreaterThan(0);
    expect(result.data?.neighborhood?.nodes.length).toBe(5);
    expect(result.data?.investmentTotals?.groups.length).toBeGreaterThan(0);
  });

  it('runs a report', async () => {
    const result = await runReport(driver, 'entity-dossier', { id: 'org:blackrock' }, {});
    expect(result.rows.length).toBeGreaterThan(0);
  });

  it('writes through the API with a token and reads the write back in the same request', async () => {
    const result = await gql.execute<{ upsertEntity: { id: string; name: string } }>(
      `mutation($input: EntityInput!) { upsertEntity(input: $input) { id name } }`,
      {
        input: {
          type: 'Technology',
          id: 'technology:routing-smoke',
          name: 'Routing smoke test',
          sources: ['source:s2-mondaq-2025-09-24'],
        },
      },
      { token: TEST_TOKEN },
    );
    expect(result.errors).toBeUndefined();
    expect(result.data?.upsertEntity).toEqual({ id: 'technology:routing-smoke', name: 'Routing smoke test' });
  });

  it('imports a dataset from the command line with NEO4J_URI and credentials', async () => {
    await resetGraph(driver, config.neo4j.database);
    const file = SEED_FILES[0] ?? '';
    const result = await runCli(['import', file], ROUTED_ENV);
    expect(result.stderr).not.toMatch(/^tdg:/m);
    expect(result.code).toBe(0);
    expect((await countGraph(driver, config.neo4j.database)).nodes).toBeGreaterThan(100);
  });
});
