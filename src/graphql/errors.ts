import { GraphQLError } from 'graphql';

/** The error codes clients may see in `extensions.code`. */
export const ErrorCode = {
  BadUserInput: 'BAD_USER_INPUT',
  Unauthenticated: 'UNAUTHENTICATED',
  NotFound: 'NOT_FOUND',
  ServiceUnavailable: 'SERVICE_UNAVAILABLE',
  QueryTimeout: 'QUERY_TIMEOUT',
  Internal: 'INTERNAL_SERVER_ERROR',
} as const;
export type ErrorCode = (typeof ErrorCode)[keyof typeof ErrorCode];

/** The codes of errors that are meant for clients; any other error is masked (see mask-error.ts). */
export const EXPECTED_CODES: ReadonlySet<string> = new Set<string>([
  ...Object.values(ErrorCode).filter((c) => c !== ErrorCode.Internal),
  // Apollo Server's and graphql-armor's own request errors.
  'GRAPHQL_PARSE_FAILED',
  'GRAPHQL_VALIDATION_FAILED',
  'BAD_REQUEST',
  'PERSISTED_QUERY_NOT_FOUND',
  'PERSISTED_QUERY_NOT_SUPPORTED',
  'OPERATION_RESOLUTION_FAILURE',
]);

/** An input the client can fix; `issues` name the fields. */
export function badUserInput(
  message: string,
  issues?: readonly { readonly path: string; readonly message: string }[],
): GraphQLError {
  return new GraphQLError(message, {
    extensions: { code: ErrorCode.BadUserInput, ...(issues ? { issues } : {}) },
  });
}

/** A missing or wrong write token (HTTP 401). */
export function unauthenticated(): GraphQLError {
  return new GraphQLError('A valid bearer token is required to write.', {
    extensions: { code: ErrorCode.Unauthenticated, http: { status: 401 } },
  });
}

/** The database cannot be reached (HTTP 503). */
export function serviceUnavailable(): GraphQLError {
  return new GraphQLError('The graph database is unavailable; try again shortly.', {
    extensions: { code: ErrorCode.ServiceUnavailable, http: { status: 503 } },
  });
}

/** A query ran past the configured timeout. */
export function queryTimeout(): GraphQLError {
  return new GraphQLError('The query took too long and was stopped.', {
    extensions: { code: ErrorCode.QueryTimeout },
  });
}

/** An id that names nothing. */
export function notFound(message: string): GraphQLError {
  return new GraphQLError(message, { extensions: { code: ErrorCode.NotFound } });
}
