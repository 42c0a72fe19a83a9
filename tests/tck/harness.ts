import { graphql, type GraphQLSchema } from 'graphql';
import neo4j, { type ManagedTransaction } from 'neo4j-driver';
import type { Executor } from '../../src/cypher/index.ts';
import type { GraphQLContext } from '../../src/graphql/index.ts';
import { createSchema } from '../../src/graphql/schema/create-schema.ts';
import { loadConfig } from '../../src/config.ts';
import { createTestLogger } from '../helpers/graphql.ts';

/** A statement the Cypher layer sent, as text (whitespace collapsed) and parameters. */
export interface Sent {
  readonly name: string;
  readonly cypher: string;
  readonly params: Record<string, unknown>;
}

let schema: GraphQLSchema | undefined;

/** Collapses runs of whitespace, so expected Cypher can be written on several lines. */
export const flat = (text: string): string => text.replace(/\s+/g, ' ').trim();

/** Parameters with Neo4j Integers as numbers, for comparing. */
function plain(params: Record<string, unknown>): Record<string, unknown> {
  return JSON.parse(
    JSON.stringify(params, (_key, value: unknown) => (neo4j.isInt(value) ? value.toNumber() : value)),
  ) as Record<string, unknown>;
}

/**
 * Runs a GraphQL operation through the real schema, resolvers and selection, with an executor that
 * records what it is asked to run and answers no rows: GraphQL in, Cypher and parameters out, without a
 * database (the model is @neo4j/graphql's TCK tests).
 */
export async function translate(
  query: string,
  variables: Record<string, unknown> = {},
): Promise<{ sent: Sent[]; errors: readonly { message: string; extensions?: unknown }[] }> {
  schema ??= createSchema();
  const sent: Sent[] = [];
  const executor: Executor = {
    read: (name, cypher, params = {}) => {
      sent.push({ name, cypher: flat(cypher), params: plain(params) });
      return Promise.resolve([]);
    },
    // A read transaction's statements are recorded the same way, each answered with no records.
    readTransaction: (_name, work) =>
      work({
        run: (cypher: string, params: Record<string, unknown> = {}) => {
          sent.push({ name: 'readTransaction', cypher: flat(cypher), params: plain(params) });
          return Promise.resolve({ records: [] });
        },
      } as unknown as ManagedTransaction),
    write: () => Promise.reject(new Error('no writes in TCK tests')),
    remaining: () => 10_000,
    setBudget: () => undefined,
  };
  const contextValue: Partial<GraphQLContext> = {
    config: loadConfig({ NODE_ENV: 'test' }),
    executor,
    logger: createTestLogger(),
    requestId: 'tck',
    canWrite: false,
    client: 'tck',
    cost: 0,
  };
  const result = await graphql({ schema, source: query, variableValues: variables, contextValue });
  return {
    sent,
    errors: (result.errors ?? []).map((e) => ({ message: e.message, extensions: e.extensions })),
  };
}
