import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { TEST_TOKEN } from '../helpers/graphql.ts';
import { diffFingerprints, fingerprintGraph } from '../helpers/fingerprint.ts';
import { loadSeed, testConfig } from '../helpers/neo4j.ts';
import { hostileValueFor } from './hostile.ts';
import { postGraphQL, problemWith } from './http.ts';
import { buildRequestBody, fieldsWithArguments, type RootField } from './operations.ts';
import { useSeededGraph } from './seeded-graph.ts';

// Every argument of every root field, read from schema.graphql, gets hostile values: through variables
// and inline literals, over real HTTP. Mutations are sent with a valid token, so that they reach input
// validation and the importer rather than stopping at UNAUTHENTICATED.
const RUNS_PER_FIELD = 30;
const config = testConfig();
const database = config.neo4j.database;
const tried = new Map<string, number>();
const graph = useSeededGraph(config, { http: true });

afterAll(() => {
  const total = [...tried.values()].reduce((a, b) => a + b, 0);
  console.log(
    `[reliability] hostile GraphQL arguments: ${total} requests over ${tried.size} fields`,
    Object.fromEntries(tried),
  );
});

function argumentsArbitrary({ field }: RootField): fc.Arbitrary<Record<string, unknown>> {
  const record: Record<string, fc.Arbitrary<unknown>> = {};
  for (const arg of field.args) record[arg.name] = hostileValueFor(arg.type);
  return fc.record(record, { requiredKeys: [] });
}

/** After a write that went through: it must have touched only the records it names; then undo it. */
async function checkAndUndoWrite(args: Record<string, unknown>): Promise<void> {
  const after = await fingerprintGraph(graph.driver, database);
  if (after.hash === graph.baseline.hash) return;
  const { added, removed } = diffFingerprints(graph.baseline, after);
  const named = JSON.stringify(args);
  for (const line of [...added, ...removed]) {
    const ids = [...line.matchAll(/"([a-z]+:[a-z0-9][a-z0-9._-]*)"/g)].map((m) => m[1] ?? '');
    expect(
      ids.some((id) => named.includes(`"${id}"`)),
      `write touched ${line.slice(0, 200)}`,
    ).toBe(true);
  }
  await loadSeed(graph.driver, config);
  expect((await fingerprintGraph(graph.driver, database)).hash).toBe(graph.baseline.hash);
}

describe('hostile values in every GraphQL argument', () => {
  const fields = fieldsWithArguments();

  it('covers every argument of the contract', () => {
    const names = fields.map(({ field }) => field.name);
    expect(names).toEqual(
      expect.arrayContaining(['node', 'search', 'runReport', 'upsertEntity', 'importDataset']),
    );
  });

  it.each(fields.map((f) => [`${f.operation} ${f.field.name}`, f] as const))(
    '%s answers data or a coded client error, never a 500 or internals',
    async (name, rootField) => {
      await fc.assert(
        fc.asyncProperty(argumentsArbitrary(rootField), fc.boolean(), async (args, inline) => {
          tried.set(name, (tried.get(name) ?? 0) + 1);
          const body = buildRequestBody(rootField, args, inline);
          const token = rootField.operation === 'mutation' ? TEST_TOKEN : undefined;
          const reply = await postGraphQL(graph.url, body, token === undefined ? {} : { token });
          const problem = problemWith(reply, args);
          expect(problem, `${body.slice(0, 500)}`).toBeUndefined();
          const wrote =
            rootField.operation === 'mutation' && reply.json?.data?.[rootField.field.name] != null;
          if (wrote) await checkAndUndoWrite(args);
        }),
        { numRuns: RUNS_PER_FIELD },
      );
      // Reads and every rejected write left the graph exactly as it was.
      expect((await fingerprintGraph(graph.driver, database)).hash).toBe(graph.baseline.hash);
    },
  );
});
