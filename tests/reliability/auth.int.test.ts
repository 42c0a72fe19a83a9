import { describe, expect, it } from 'vitest';
import { fingerprintGraph } from '../helpers/fingerprint.ts';
import { TEST_TOKEN } from '../helpers/graphql.ts';
import { testConfig } from '../helpers/neo4j.ts';
import { createFixture } from './datasets.ts';
import { postGraphQL } from './http.ts';
import { expectOnlyTouched, restoreBaseline } from './restore.ts';
import { useSeededGraph } from './seeded-graph.ts';

// Every mutation × every way of presenting (or not) a token, over real HTTP: only a valid token writes.
const config = testConfig();
const database = config.neo4j.database;
const graph = useSeededGraph(config, { http: true });

const SOURCE = 'source:seed-chas-pravdy-2025-09-14';
const fixture = createFixture('auth');

/** One valid call of each mutation and the entity ids it may touch. */
const MUTATIONS = [
  {
    name: 'upsertEntity',
    query: 'mutation($i: EntityInput!) { upsertEntity(input: $i) { id } }',
    variables: {
      i: { type: 'Technology', id: 'technology:auth-probe', name: 'Auth probe', sources: [SOURCE] },
    },
    touches: ['technology:auth-probe'],
  },
  {
    name: 'upsertRelationship',
    query: 'mutation($i: RelationshipInput!) { upsertRelationship(input: $i) { type } }',
    variables: {
      i: {
        type: 'PARTICIPATED_IN',
        from: 'country:gb',
        to: 'event:trump-uk-state-visit-2025',
        key: 'auth-probe',
        properties: { role: 'probe' },
        sources: [SOURCE],
      },
    },
    touches: ['country:gb', 'event:trump-uk-state-visit-2025'],
  },
  {
    name: 'importDataset',
    query: 'mutation($d: JSON!) { importDataset(dataset: $d) { summary } }',
    variables: { d: fixture },
    touches: [
      'source:auth-wire',
      'org:auth-co',
      'investment:auth-pledge',
      'investment:auth-campus',
      'agreement:auth-deal',
      'country:gb',
    ],
  },
] as const;

const sameLengthWrong = `${TEST_TOKEN.startsWith('x') ? 'y' : 'x'}${TEST_TOKEN.slice(1)}`;

/** Authorization headers that must not write (undefined: no header at all). */
const REFUSED: readonly [string, string | undefined][] = [
  ['no header', undefined],
  ['a wrong token of the same length', `Bearer ${sameLengthWrong}`],
  ['a shorter token (a prefix of the valid one)', `Bearer ${TEST_TOKEN.slice(0, -1)}`],
  ['a longer token (the valid one plus a character)', `Bearer ${TEST_TOKEN}x`],
  ['a very long token', `Bearer ${'a'.repeat(8_000)}`],
  ['a short token', 'Bearer abc'],
  ['"Bearer" alone', 'Bearer'],
  ['"Bearer " and spaces', 'Bearer    '],
  ['Basic with the token', `Basic ${TEST_TOKEN}`],
  ['Basic with user:token', `Basic ${Buffer.from(`neo4j:${TEST_TOKEN}`).toString('base64')}`],
  ['Basic x', 'Basic x'],
  ['the token with no scheme', TEST_TOKEN],
  ['another scheme', `Token ${TEST_TOKEN}`],
  ['a glued scheme', `Bearer${TEST_TOKEN}`],
  ['the token twice', `Bearer ${TEST_TOKEN} ${TEST_TOKEN}`],
  ['the token quoted', `Bearer "${TEST_TOKEN}"`],
  ['two tokens separated by a comma', `Bearer ${sameLengthWrong},${TEST_TOKEN}`],
];

/** Headers that write: the scheme is case-insensitive (RFC 7235 §2.1); surrounding spaces are trimmed. */
const ACCEPTED: readonly [string, string][] = [
  ['Bearer and the token', `Bearer ${TEST_TOKEN}`],
  ['lower-case bearer', `bearer ${TEST_TOKEN}`],
];

describe('the write token', () => {
  it.each(MUTATIONS.map((m) => [m.name, m] as const))(
    '%s is refused with 401 UNAUTHENTICATED for every wrong, missing or malformed header',
    async (_name, mutation) => {
      const body = JSON.stringify({ query: mutation.query, variables: mutation.variables });
      for (const [label, header] of REFUSED) {
        const reply = await postGraphQL(graph.url, body, {
          headers: header === undefined ? {} : { authorization: header },
        });
        expect(reply.status, label).toBe(401);
        expect(reply.json?.errors?.[0]?.extensions?.code, label).toBe('UNAUTHENTICATED');
        expect(reply.json?.data ?? null, label).toBeNull();
      }
      expect((await fingerprintGraph(graph.driver, database)).hash).toBe(graph.baseline.hash);
    },
  );

  it.each(MUTATIONS.flatMap((m) => ACCEPTED.map(([label, header]) => [m.name, label, m, header] as const)))(
    '%s with %s writes what was asked and nothing else',
    async (_name, _label, mutation, header) => {
      const body = JSON.stringify({ query: mutation.query, variables: mutation.variables });
      const reply = await postGraphQL(graph.url, body, { headers: { authorization: header } });
      expect(reply.status, reply.text).toBe(200);
      expect(reply.json?.errors, reply.text).toBeUndefined();
      const after = await expectOnlyTouched(graph.driver, config, graph.baseline, new Set(mutation.touches));
      expect(after.hash).not.toBe(graph.baseline.hash);
      await restoreBaseline(graph.driver, config, graph.baseline);
    },
  );
});
