import { describe, expect, it } from 'vitest';
import { fingerprintGraph } from '../helpers/fingerprint.ts';
import { TEST_TOKEN } from '../helpers/graphql.ts';
import { testConfig } from '../helpers/neo4j.ts';
import { send } from './http.ts';
import { useSeededGraph } from './seeded-graph.ts';

// Requests that are broken as HTTP or as a GraphQL request body, over real HTTP: each one a 4xx with a
// message that says what is wrong, as JSON, never a 500, an HTML page or a stack trace.
const config = testConfig();
const graph = useSeededGraph(config, { http: true });

const JSON_TYPE = { 'content-type': 'application/json' };
const WRITE =
  'mutation { upsertEntity(input: {type: Technology, id: "technology:http-probe", name: "Probe", sources: ["source:seed-chas-pravdy-2025-09-14"]}) { id } }';
const CSRF = /blocked as a potential Cross-Site Request Forgery/;

interface Case {
  readonly name: string;
  readonly path?: string;
  readonly init: RequestInit;
  readonly status: number;
  readonly message: RegExp;
}

const post = (body: string, headers: Record<string, string> = JSON_TYPE): RequestInit => ({
  method: 'POST',
  headers: { authorization: `Bearer ${TEST_TOKEN}`, ...headers },
  body,
});
const get = (query: string, headers: Record<string, string> = {}) => ({
  path: `/graphql?query=${encodeURIComponent(query)}`,
  init: { method: 'GET', headers: { authorization: `Bearer ${TEST_TOKEN}`, ...headers } },
});

const CASES: readonly Case[] = [
  { name: 'invalid JSON', init: post('{"query": '), status: 400, message: /not valid JSON/ },
  {
    name: 'a JSON string instead of an object',
    init: post('"{ apiVersion }"'),
    status: 400,
    message: /not valid JSON/,
  },
  { name: 'an empty body', init: post(''), status: 400, message: /POST body missing/ },
  {
    name: 'text/plain',
    init: post(JSON.stringify({ query: WRITE }), { 'content-type': 'text/plain' }),
    status: 400,
    message: CSRF,
  },
  {
    name: 'a form post',
    init: post(`query=${encodeURIComponent(WRITE)}`, { 'content-type': 'application/x-www-form-urlencoded' }),
    status: 400,
    message: CSRF,
  },
  {
    name: 'multipart',
    init: post(`--x\r\nContent-Disposition: form-data; name="query"\r\n\r\n${WRITE}\r\n--x--\r\n`, {
      'content-type': 'multipart/form-data; boundary=x',
    }),
    status: 400,
    message: CSRF,
  },
  { name: 'no content type', init: post(JSON.stringify({ query: WRITE }), {}), status: 400, message: CSRF },
  {
    name: 'a GET mutation',
    ...get(WRITE, { 'apollo-require-preflight': 'true' }),
    status: 405,
    message: /GET requests only support query operations/,
  },
  { name: 'a GET mutation without preflight header', ...get(WRITE), status: 400, message: CSRF },
  {
    name: 'a batched array',
    init: post(JSON.stringify([{ query: '{ apiVersion }' }, { query: WRITE }])),
    status: 400,
    message: /batching disabled/,
  },
  {
    name: 'a body over 1 MB',
    init: post(JSON.stringify({ query: '{ apiVersion }', variables: { x: 'a'.repeat(1_100_000) } })),
    status: 413,
    message: /larger than the 1 MB limit/,
  },
  {
    name: 'a query over the token limit',
    init: post(JSON.stringify({ query: `{ ${'apiVersion '.repeat(3_000)}}` })),
    status: 400,
    message: /more (that|than) 2000 tokens/,
  },
  {
    name: 'a missing query',
    init: post('{"variables": {}}'),
    status: 400,
    message: /must contain a non-empty `query`|POST body missing/,
  },
  {
    name: 'a query that is not a string',
    init: post('{"query": 1}'),
    status: 400,
    message: /queries must be strings/,
  },
  {
    name: 'variables as a string',
    init: post('{"query": "{ apiVersion }", "variables": "{}"}'),
    status: 400,
    message: /`variables` .* object/,
  },
  {
    name: 'variables as a list',
    init: post('{"query": "{ apiVersion }", "variables": [1]}'),
    status: 400,
    message: /`variables` .* must be an object/,
  },
  {
    name: 'an unknown operationName',
    init: post('{"query": "query A { apiVersion }", "operationName": "B"}'),
    status: 400,
    message: /Unknown operation named "B"/,
  },
  {
    name: 'an operationName that is not a string',
    init: post('{"query": "{ apiVersion }", "operationName": 3}'),
    status: 400,
    message: /`operationName` .* must be a string/,
  },
  {
    name: 'two operations and no name',
    init: post('{"query": "query A { apiVersion } query B { apiVersion }"}'),
    status: 400,
    message: /Must provide operation name/,
  },
  {
    name: 'extensions as a string',
    init: post('{"query": "{ apiVersion }", "extensions": "x"}'),
    status: 400,
    message: /`extensions` .* object/,
  },
  {
    name: 'a latin1 charset',
    init: post('{"query": "{ apiVersion }"}', { 'content-type': 'application/json; charset=latin1' }),
    status: 415,
    message: /Unsupported charset/,
  },
  {
    name: 'a false gzip encoding',
    init: post('{"query": "{ apiVersion }"}', { ...JSON_TYPE, 'content-encoding': 'gzip' }),
    status: 400,
    message: /could not be read/,
  },
  {
    name: 'PUT',
    init: { ...post('{"query": "{ apiVersion }"}'), method: 'PUT' },
    status: 405,
    message: /only GET\/POST/,
  },
  {
    name: 'a NUL byte in the query',
    init: post('{"query": "{ apiVersion \\u0000 }"}'),
    status: 400,
    message: /Unexpected character: U\+0000/,
  },
  {
    name: 'a syntax error',
    init: post('{"query": "{ apiVersion "}'),
    status: 400,
    message: /Syntax Error: Expected Name/,
  },
];

describe('malformed HTTP requests', () => {
  it.each(CASES.map((c) => [c.name, c] as const))(
    'answers %s with a 4xx and a clear JSON message',
    async (_name, c) => {
      const reply = await send(`${graph.url}${c.path ?? '/graphql'}`, c.init);
      expect(reply.status, reply.text.slice(0, 300)).toBe(c.status);
      expect(reply.json?.errors?.[0]?.message, reply.text.slice(0, 300)).toMatch(c.message);
      expect(reply.text).not.toMatch(/<html|\n\s+at |node_modules|stacktrace/i);
    },
  );

  it('refuses request headers over the limit with 431', async () => {
    const reply = await send(`${graph.url}/graphql`, {
      ...post('{"query": "{ apiVersion }"}', { ...JSON_TYPE, 'x-padding': 'a'.repeat(20_000) }),
    });
    expect(reply.status).toBe(431);
  });

  it('wrote nothing, although every request carried a valid token', async () => {
    expect((await fingerprintGraph(graph.driver, config.neo4j.database)).hash).toBe(graph.baseline.hash);
  });
});
