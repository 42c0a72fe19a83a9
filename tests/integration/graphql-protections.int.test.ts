import { getIntrospectionQuery, graphqlSync } from 'graphql';
import type { Driver } from 'neo4j-driver';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createSchema } from '../../src/graphql/schema/create-schema.ts';
import { createDriver } from '../../src/neo4j/driver.ts';
import {
  createTestLogger,
  startSeededGraphQL,
  startTestGraphQL,
  startTestHttp,
  type TestGraphQL,
} from '../helpers/graphql.ts';
import { testConfig } from '../helpers/neo4j.ts';

const nested = (depth: number): string => {
  let selection = 'id';
  for (let i = 0; i < depth; i += 1) selection = `locatedIn { nodes { id ... on Place { ${selection} } } }`;
  return `{ node(id: "place:windsor-castle") { ... on Place { ${selection} } } }`;
};

describe('the protections', () => {
  const config = testConfig();
  let driver: Driver;
  let gql: TestGraphQL;

  beforeAll(async () => ({ driver, gql } = await startSeededGraphQL(config)));
  afterAll(async () => {
    await gql.stop();
    await driver.close();
  });

  it("answers the Sandbox's introspection query with the whole schema", async () => {
    const result = await gql.execute(getIntrospectionQuery());
    expect(result.errors).toBeUndefined();
    // What graphql-js itself answers from the schema.
    const expected = graphqlSync({ schema: createSchema(), source: getIntrospectionQuery() });
    expect(expected.errors).toBeUndefined();
    expect(result.data).toEqual(JSON.parse(JSON.stringify(expected.data)));
  });

  it('rejects a depth-15 query with a clear validation error', async () => {
    const result = await gql.execute(nested(15));
    expect(result.errors?.[0]?.extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
    expect(result.errors?.map((e) => e.message).join(' ')).toMatch(/depth limit of \d+ exceeded/i);
    expect(result.data).toBeUndefined();
    expect(result.errors?.map((e) => e.message)).not.toContainEqual(expect.stringMatching(/^Syntax Error/));
  });

  it('rejects a 100-alias query with a clear validation error', async () => {
    for (const field of ['apiVersion', '__typename']) {
      const aliases = Array.from({ length: 100 }, (_, i) => `a${i}: ${field}`).join(' ');
      const result = await gql.execute(`{ ${aliases} }`);
      expect(result.errors?.[0]?.extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
      expect(result.errors?.map((e) => e.message).join(' ')).toMatch(
        /^Aliases limit of 15 exceeded, found 100/,
      );
    }
  });

  it('answers over HTTP with 400, not 500, for both', async () => {
    const http = await startTestHttp(config, driver);
    try {
      for (const query of [
        nested(15),
        `{ ${Array.from({ length: 100 }, (_, i) => `a${i}: apiVersion`).join(' ')} }`,
      ]) {
        const response = await fetch(`${http.url}/graphql`, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({ query }),
        });
        expect(response.status).toBe(400);
      }
    } finally {
      await http.stop();
    }
  });

  it('refuses batched HTTP requests and GET requests without a CSRF-safe header', async () => {
    const http = await startTestHttp(config, driver);
    try {
      const batched = await fetch(`${http.url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify([{ query: '{ apiVersion }' }, { query: '{ apiVersion }' }]),
      });
      expect(batched.status).toBe(400);
      const csrf = await fetch(`${http.url}/graphql?query=${encodeURIComponent('{ apiVersion }')}`);
      expect(csrf.status).toBe(400);
      const ok = await fetch(`${http.url}/graphql?query=${encodeURIComponent('{ apiVersion }')}`, {
        headers: { 'apollo-require-preflight': 'true', 'x-request-id': 'req-123' },
      });
      expect(ok.status).toBe(200);
      expect(ok.headers.get('x-request-id')).toBe('req-123');
    } finally {
      await http.stop();
    }
  });

  it('serves the Sandbox with the starter operation in development, and health checks', async () => {
    const http = await startTestHttp(testConfig({ NODE_ENV: 'development' }), driver);
    try {
      const page = await fetch(`${http.url}/graphql`, { headers: { accept: 'text/html' } });
      expect(page.status).toBe(200);
      const html = await page.text();
      expect(html).toMatch(/sandbox/i);
      expect(html).toContain('agreement:uk-us-technology-prosperity-deal-2025');
      expect((await fetch(`${http.url}/health`)).status).toBe(200);
      expect((await fetch(`${http.url}/ready`)).status).toBe(200);
    } finally {
      await http.stop();
    }
  });

  it('logs each operation with its request id and duration', async () => {
    const lines: Record<string, unknown>[] = [];
    const http = await startTestHttp(config, driver, createTestLogger(lines));
    try {
      const response = await fetch(`${http.url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-request-id': 'req-log-1' },
        body: JSON.stringify({ query: 'query Version { apiVersion }' }),
      });
      expect(response.status).toBe(200);
      const line = lines.find((l) => l.msg === 'graphql operation');
      expect(line).toMatchObject({
        requestId: 'req-log-1',
        operationName: 'Version',
        operationType: 'query',
      });
      expect(typeof line?.durationMs).toBe('number');
    } finally {
      await http.stop();
    }
  });

  describe('in production', () => {
    const production = testConfig({ NODE_ENV: 'production' });
    let prod: TestGraphQL;
    const logged: Record<string, unknown>[] = [];

    beforeAll(async () => {
      prod = await startTestGraphQL(production, driver, createTestLogger(logged));
    });
    afterAll(() => prod.stop());

    it('turns introspection and the Sandbox off', async () => {
      expect(production.introspection).toBe(false);
      const result = await prod.execute('{ __schema { types { name } } }');
      expect(result.errors?.[0]?.message).toMatch(/introspection/i);
      const http = await startTestHttp(production, driver);
      try {
        const page = await fetch(`${http.url}/graphql`, { headers: { accept: 'text/html' } });
        expect(await page.text()).not.toContain('agreement:uk-us-technology-prosperity-deal-2025');
      } finally {
        await http.stop();
      }
    });

    it('hides field suggestions', async () => {
      const result = await prod.execute('{ nod(id: "country:gb") { id } }');
      expect(result.errors?.[0]?.message).not.toMatch(/Did you mean/);
    });

    it('masks unexpected errors and logs their cause', async () => {
      // A cursor that decodes to a key of the wrong shape reaches Cypher; the failure must be masked.
      const broken = createDriver({ ...production.neo4j, password: 'wrong-password-123' });
      const masked = await startTestGraphQL(production, broken, createTestLogger(logged));
      try {
        const result = await masked.execute('{ countries(first: 1) { totalCount } }');
        const error = result.errors?.[0];
        expect(error?.message).toBe('Unexpected error.');
        expect(error?.extensions).toEqual({ code: 'INTERNAL_SERVER_ERROR' });
        expect(JSON.stringify(result)).not.toMatch(/MATCH|Neo4j|auth|stack/i);
        expect(logged.some((line) => line.msg === 'Unexpected error in a GraphQL request')).toBe(true);
      } finally {
        await masked.stop();
        await broken.close();
      }
    });
  });

  it('answers SERVICE_UNAVAILABLE fast when Neo4j is down', async () => {
    const down = createDriver({ ...config.neo4j, uri: 'bolt://127.0.0.1:1' });
    const unavailable = await startTestGraphQL(config, down);
    try {
      const started = Date.now();
      const result = await unavailable.execute('{ node(id: "country:gb") { id } }');
      expect(result.errors?.[0]?.extensions?.code).toBe('SERVICE_UNAVAILABLE');
      expect(Date.now() - started).toBeLessThan(3_000);
    } finally {
      await unavailable.stop();
      await down.close();
    }
  });
});
