import type { ApolloServerOptionsWithGateway } from '@apollo/server';
import {
  execute,
  getVariableValues,
  GraphQLError,
  OperationTypeNode,
  type DocumentNode,
  type GraphQLSchema,
} from 'graphql';
import { compileQuery, isCompiledQuery, type CompiledQuery } from 'graphql-jit';
import type { GraphQLContext } from './context.ts';

type Gateway = ApolloServerOptionsWithGateway<GraphQLContext>['gateway'];

/**
 * graphql-jit's errors are its own objects: their message is read-only (graphql-armor's suggestion
 * blocker failed writing it) and an error whose cause carries no extensions has none at all, which Apollo
 * Server reads unguarded (`extensions.code`): the client got "Internal server error" and nothing reached
 * the error formatter or the log. Each becomes a graphql-js GraphQLError with the same message, path,
 * locations and cause (whose extensions it inherits, as graphql-js does).
 */
function toGraphQLError(error: GraphQLError): GraphQLError {
  const cause = error.originalError ?? undefined;
  const converted = new GraphQLError(error.message, {
    path: error.path,
    originalError: cause,
    extensions:
      error.extensions ?? (cause as { extensions?: Record<string, unknown> } | undefined)?.extensions,
  });
  if (error.locations)
    Object.defineProperty(converted, 'locations', { value: error.locations, enumerable: true });
  return converted;
}

const NO_SUBSCRIPTIONS = new GraphQLError('This API has no subscriptions: send a query or a mutation.', {
  extensions: { code: 'BAD_REQUEST', http: { status: 400 } },
});

/**
 * Hands Apollo Server an executor that runs each document compiled by graphql-jit, through Apollo's
 * gateway interface (the one way it accepts another executor). Parsing, validation, the protections,
 * plugins, error formatting and HTTP stay Apollo's. graphql-jit turns a document into JavaScript once,
 * so a field costs a function call instead of graphql-js's per-field argument, type and promise
 * handling: an events page of 545 participants took 27% less server CPU (see bench/README.md).
 * Apollo keeps parsed documents, so a compiled query is kept per document object (weakly).
 */
export function createCompiledGateway(schema: GraphQLSchema): Gateway {
  const compiled = new WeakMap<DocumentNode, Map<string, CompiledQuery>>();
  const compile = (document: DocumentNode, operationName: string | null) => {
    let byName = compiled.get(document);
    if (!byName) compiled.set(document, (byName = new Map<string, CompiledQuery>()));
    const key = operationName ?? '';
    const found = byName.get(key);
    if (found) return found;
    const query = compileQuery(schema, document, operationName ?? undefined);
    if (isCompiledQuery(query)) byName.set(key, query);
    return query;
  };
  let announce: ((schemaContext: { apiSchema: GraphQLSchema; coreSupergraphSdl: string }) => void) | null =
    null;
  return {
    onSchemaLoadOrUpdate(callback) {
      announce = callback;
      return () => {
        announce = null;
      };
    },
    load() {
      announce?.({ apiSchema: schema, coreSupergraphSdl: '' });
      return Promise.resolve({
        executor: async ({ document, operation, operationName, request, context }) => {
          const variables = request.variables ?? {};
          // No operation of that name, or several and no name: graphql-js words the error, and Apollo
          // answers it with a 400.
          if (!operation)
            return execute({
              schema,
              document,
              operationName: request.operationName,
              variableValues: variables,
            });
          // Apollo would hand a subscription to the executor; this API has none (graphql-jit answered
          // "Internal server error" to it).
          if (operation.operation === OperationTypeNode.SUBSCRIPTION) return { errors: [NO_SUBSCRIPTIONS] };
          // graphql-js coerces the variables first, so that a bad one gets graphql-js's message, which
          // Apollo recognises (BAD_USER_INPUT, HTTP 400), exactly as without the compiler.
          const coerced = getVariableValues(schema, operation.variableDefinitions ?? [], variables, {
            maxErrors: 50,
          });
          if (coerced.errors) return { errors: coerced.errors };
          const query = compile(document, operationName);
          if (!isCompiledQuery(query)) return query;
          const result = await query.query(undefined, context, variables);
          return result.errors ? { ...result, errors: result.errors.map(toGraphQLError) } : result;
        },
      });
    },
    stop() {
      return Promise.resolve();
    },
  };
}
