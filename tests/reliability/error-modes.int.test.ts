import type { Driver } from 'neo4j-driver';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { encodeCursor } from '../../src/cypher/index.ts';
import { createDriver } from '../../src/neo4j/driver.ts';
import { createLayeredGraph, LAYERED_REPORT } from '../helpers/fault-workload.ts';
import { fingerprintGraph } from '../helpers/fingerprint.ts';
import { createTestLogger, startTestHttp, TEST_TOKEN } from '../helpers/graphql.ts';
import { loadSeed, openSeededDriver, testConfig } from '../helpers/neo4j.ts';
import { postGraphQL, type HttpReply } from './http.ts';

// What the attacker saw (issue 13): in production, client errors became HTTP 500 "Unexpected error."
// (graphql-armor's suggestion blocker wrote graphql-jit's read-only messages), and in development some
// became "Internal server error" with no log line. Each case runs in both modes and must answer the
// same status, code and data, with every masked error logged once with its cause and request id.
const MODES = ['development', 'production'] as const;
const base = testConfig();
let driver: Driver;

interface Case {
  readonly name: string;
  readonly query: string;
  readonly variables?: Record<string, unknown>;
  readonly token?: boolean;
  readonly status: number;
  readonly code: string;
  /** What the data must hold besides the failed field (partial results kept). */
  readonly data?: Record<string, unknown>;
}

const MUTATION_A_VALID_B_INVALID = `mutation {
  a: upsertEntity(input: { type: Technology, id: "technology:error-modes", name: "Error modes", sources: ["source:seed-chas-pravdy-2025-09-14"] }) { id }
  b: upsertEntity(input: { type: Technology, id: "technology:error-modes-b", name: "", sources: ["source:seed-chas-pravdy-2025-09-14"] }) { id }
}`;

const CASES: readonly Case[] = [
  {
    name: 'an unknown report',
    query: '{ runReport(name: "nope") { name } }',
    status: 200,
    code: 'NOT_FOUND',
  },
  {
    name: 'a page over the cap',
    query: '{ countries(first: 101) { totalCount } }',
    status: 200,
    code: 'BAD_USER_INPUT',
  },
  {
    name: 'a 300-character search',
    query: `{ search(text: "${'a'.repeat(300)}") { score } }`,
    status: 200,
    code: 'BAD_USER_INPUT',
  },
  {
    name: 'an invalid upsert',
    query:
      'mutation { upsertEntity(input: { type: Country, id: "country:zz", name: "Nowhere", sources: ["source:none"] }) { id } }',
    token: true,
    status: 200,
    code: 'BAD_USER_INPUT',
  },
  {
    name: 'a failing field beside one that answers',
    query: '{ apiVersion countries(first: 101) { totalCount } }',
    status: 200,
    code: 'BAD_USER_INPUT',
    data: { apiVersion: '2', countries: null },
  },
  {
    name: 'a negative report limit',
    query: '{ runReport(name: "single-sourced-claims", params: { limit: -1 }) { name } }',
    status: 200,
    code: 'BAD_USER_INPUT',
  },
  {
    name: 'a cursor holding an impossible date',
    query: `{ events(after: "${encodeCursor({ key: '2015-02-30', id: 'event:x' })}") { totalCount } }`,
    status: 200,
    code: 'BAD_USER_INPUT',
  },
  { name: 'a subscription', query: 'subscription { __typename }', status: 400, code: 'BAD_REQUEST' },
  {
    name: 'a relationship page over the cap',
    query: '{ node(id: "country:gb") { ... on Country { officials(first: 101) { totalCount } } } }',
    status: 200,
    code: 'BAD_USER_INPUT',
    data: { node: null },
  },
];

/** The first error's code, the status and the data, as a client sees them. */
function seen(reply: HttpReply) {
  return { status: reply.status, code: reply.json?.errors?.[0]?.extensions?.code, data: reply.json?.data };
}

beforeAll(async () => {
  driver = await openSeededDriver(base);
});
afterAll(async () => {
  await loadSeed(driver, base);
  await driver.close();
});

describe.each(MODES)('client errors in %s', (mode) => {
  const config = testConfig({ NODE_ENV: mode });
  const logged: Record<string, unknown>[] = [];
  let server: { url: string; stop(): Promise<void> };
  beforeAll(async () => {
    server = await startTestHttp(config, driver, createTestLogger(logged));
  });
  afterAll(() => server.stop());

  it.each(CASES)('answer $name with its code, not a 500', async (c) => {
    const before = await fingerprintGraph(driver, base.neo4j.database);
    const reply = await postGraphQL(
      server.url,
      JSON.stringify({ query: c.query, variables: c.variables ?? {} }),
      {
        ...(c.token ? { token: TEST_TOKEN } : {}),
      },
    );
    const answer = seen(reply);
    expect(answer.status, reply.text.slice(0, 400)).toBe(c.status);
    expect(answer.code, reply.text.slice(0, 400)).toBe(c.code);
    if (c.data) expect(answer.data).toEqual(c.data);
    expect(reply.text).not.toMatch(/Unexpected error|Internal server error|TypeError/);
    expect((await fingerprintGraph(driver, base.neo4j.database)).hash).toBe(before.hash);
    expect(logged.filter((line) => line.level === 50)).toEqual([]);
  });

  it('keep the valid write of a mutation whose other field is invalid, and say which failed', async () => {
    const reply = await postGraphQL(server.url, JSON.stringify({ query: MUTATION_A_VALID_B_INVALID }), {
      token: TEST_TOKEN,
    });
    expect(reply.status).toBe(200);
    expect(reply.json?.data).toEqual({ a: { id: 'technology:error-modes' }, b: null });
    const errors = (reply.json?.errors ?? []) as readonly {
      path?: unknown;
      extensions?: Record<string, unknown>;
    }[];
    expect(errors.map((e) => [e.path, e.extensions?.code])).toEqual([[['b'], 'BAD_USER_INPUT']]);
    await loadSeed(driver, base);
  });

  it('mask an unexpected error the same way, and log its cause once with the request id', async () => {
    const lines: Record<string, unknown>[] = [];
    const broken = createDriver({ ...config.neo4j, password: 'wrong-password-123' });
    const masked = await startTestHttp(config, broken, createTestLogger(lines));
    try {
      const reply = await postGraphQL(
        masked.url,
        JSON.stringify({ query: '{ countries(first: 1) { totalCount } }' }),
        {
          headers: { 'x-request-id': `masked-${mode}` },
        },
      );
      expect(reply.status).toBe(200);
      expect(reply.json?.errors?.[0]?.message).toBe('Unexpected error.');
      expect(reply.json?.errors?.[0]?.extensions?.code).toBe('INTERNAL_SERVER_ERROR');
      expect((reply.json?.errors?.[0] as { path?: unknown } | undefined)?.path).toEqual(['countries']);
      // The original message goes to clients in development only, as `debugMessage`.
      const debug = reply.json?.errors?.[0]?.extensions?.debugMessage;
      if (mode === 'production') {
        expect(debug).toBeUndefined();
        expect(reply.text).not.toMatch(/Neo4j|Unauthorized|authentication/i);
      } else expect(debug).toMatch(/authentication failure/);
      const causes = lines.filter((line) => line.msg === 'Unexpected error in a GraphQL request');
      expect(causes).toHaveLength(1);
      expect(causes[0]).toMatchObject({ requestId: `masked-${mode}`, path: ['countries'] });
      expect(JSON.stringify(causes[0]?.err)).toMatch(/unauthorized/i);
    } finally {
      await masked.stop();
      await broken.close();
    }
  });

  it('answer 503 SERVICE_UNAVAILABLE when Neo4j is unreachable', async () => {
    const down = createDriver({ ...config.neo4j, uri: 'bolt://127.0.0.1:1' });
    const unavailable = await startTestHttp(config, down);
    try {
      const reply = await postGraphQL(
        unavailable.url,
        JSON.stringify({ query: '{ node(id: "country:gb") { id } }' }),
      );
      expect(seen(reply)).toMatchObject({ status: 503, code: 'SERVICE_UNAVAILABLE' });
    } finally {
      await unavailable.stop();
      await down.close();
    }
  });

  it('answer QUERY_TIMEOUT when a query runs past the deadline', async () => {
    await createLayeredGraph(driver, 9, base.neo4j.database);
    const hurried = await startTestHttp(testConfig({ NODE_ENV: mode, NEO4J_QUERY_TIMEOUT_MS: '50' }), driver);
    try {
      const reply = await postGraphQL(hurried.url, JSON.stringify({ query: LAYERED_REPORT }));
      expect(seen(reply)).toMatchObject({ status: 200, code: 'QUERY_TIMEOUT', data: { runReport: null } });
    } finally {
      await hurried.stop();
      await loadSeed(driver, base);
    }
  });
});
