import type { ApolloServerOptionsWithGateway, ApolloServerPlugin } from '@apollo/server';
import { ApolloServerPluginDisableSuggestions } from '@apollo/server/plugin/disableSuggestions';
import { ApolloServerPluginCacheControlDisabled } from '@apollo/server/plugin/disabled';
import type { Config } from '../config.ts';
import type { Logger } from '../logger.ts';
import { createCompiledGateway } from './request/compiled-gateway.ts';
import type { GraphQLContext } from './request/context.ts';
import { createCostPlugin } from './request/cost.ts';
import { createErrorFormatter } from './request/mask-error.ts';
import { createAuthPlugin, createErrorLoggingPlugin, createLoggingPlugin } from './request/plugins.ts';
import { createProtections, PARSE_OPTIONS } from './request/protections.ts';
import { createRateLimiter } from './request/rate-limit.ts';
import { createSchema } from './schema/create-schema.ts';

/**
 * The GraphQL face: the schema (schema/), its resolvers (resolvers/), what a request wants (selection/)
 * and the request pipeline (request/). The HTTP server mounts it (src/server).
 */
export { createContext, type ContextOptions, type GraphQLContext } from './request/context.ts';
export { digestTokens, type TokenDigests } from './request/auth.ts';

/** The requests the limiter never charges: cheaper than this (reading an entity, a page of a list). */
export const FREE_COST = 1_000;

/**
 * Apollo Server's options for the API, the same in every mode but for what production hides (schema
 * details in errors, introspection by default): the schema run by graphql-jit, the limits (depth,
 * aliases, directives, tokens, cost, rate), error masking and logging, auth, logs.
 */
export function createApolloOptions(
  config: Config,
  logger: Logger,
): ApolloServerOptionsWithGateway<GraphQLContext> & { plugins: ApolloServerPlugin<GraphQLContext>[] } {
  const production = config.nodeEnv === 'production';
  const armor = createProtections();
  const charge = createRateLimiter({ costPerMinute: config.limits.costPerMinute, freeBelow: FREE_COST });
  return {
    gateway: createCompiledGateway(createSchema()),
    introspection: config.introspection,
    // The serve command owns SIGINT/SIGTERM: it drains, closes the driver and stops the local Neo4j.
    // Apollo's own handlers would re-raise the signal and kill the process before Neo4j is stopped.
    stopOnTerminationSignals: false,
    allowBatchedHttpRequests: false,
    csrfPrevention: true,
    includeStacktraceInErrorResponses: false,
    hideSchemaDetailsFromClientErrors: production,
    formatError: createErrorFormatter(production),
    validationRules: armor.validationRules,
    parseOptions: PARSE_OPTIONS,
    plugins: [
      // graphql-armor's typings name Apollo's CommonJS build; the plugins are plain objects either way.
      ...(armor.plugins as unknown as ApolloServerPlugin<GraphQLContext>[]),
      ...(production ? [ApolloServerPluginDisableSuggestions()] : []),
      // No cache hints are set, and Apollo's default cache-control plugin wraps every resolver to read them.
      ApolloServerPluginCacheControlDisabled(),
      createAuthPlugin(config.neo4j.writeTimeoutMs),
      createCostPlugin(config.limits.maxCost, charge),
      createErrorLoggingPlugin(),
      createLoggingPlugin(),
    ],
    logger,
  };
}
