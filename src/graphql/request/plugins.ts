import type { ApolloServerPlugin } from '@apollo/server';
import { unwrapResolverError } from '@apollo/server/errors';
import { performance } from 'node:perf_hooks';
import { OperationTypeNode } from 'graphql';
import { unauthenticated } from '../../errors.ts';
import type { GraphQLContext } from './context.ts';
import { isIntendedError } from './mask-error.ts';

/**
 * Refuses a mutation without a valid write token as soon as the operation is known: before variables
 * are coerced and before any resolver (so before input validation); nothing is written. A mutation that
 * may go on gets the write timeout as its deadline.
 */
export function createAuthPlugin(writeTimeoutMs: number): ApolloServerPlugin<GraphQLContext> {
  return {
    requestDidStart: () =>
      Promise.resolve({
        didResolveOperation: ({ operation, contextValue }) => {
          if (operation?.operation !== OperationTypeNode.MUTATION) return Promise.resolve();
          if (!contextValue.canWrite) throw unauthenticated();
          contextValue.executor.setBudget(writeTimeoutMs);
          return Promise.resolve();
        },
      }),
  };
}

/**
 * Logs every error that is masked for the client (see mask-error.ts), once, with its cause, its path and
 * the request id: the only place the cause of an "Unexpected error." is kept.
 */
export function createErrorLoggingPlugin(): ApolloServerPlugin<GraphQLContext> {
  return {
    requestDidStart: () =>
      Promise.resolve({
        didEncounterErrors: ({ errors, contextValue }) => {
          for (const error of errors) {
            if (isIntendedError(error)) continue;
            contextValue.logger.error(
              { err: unwrapResolverError(error), path: error.path },
              'Unexpected error in a GraphQL request',
            );
          }
          return Promise.resolve();
        },
      }),
  };
}

/** Logs one line per operation: request id, operation, duration, error codes. */
export function createLoggingPlugin(): ApolloServerPlugin<GraphQLContext> {
  return {
    requestDidStart: ({ contextValue }) => {
      const started = performance.now();
      return Promise.resolve({
        willSendResponse: ({ operationName, operation, errors, response }) => {
          const body = response.body;
          const resultErrors = body.kind === 'single' ? (body.singleResult.errors ?? []) : [];
          const codes = [...(errors ?? []), ...resultErrors].map((e) => e.extensions?.code);
          contextValue.logger.info(
            {
              operationName: operationName ?? null,
              operationType: operation?.operation ?? null,
              durationMs: Math.round((performance.now() - started) * 10) / 10,
              errors: codes.length > 0 ? [...new Set(codes)] : undefined,
            },
            'graphql operation',
          );
          return Promise.resolve();
        },
      });
    },
  };
}
