/**
 * The errors every face of the project shares (GraphQL, the command line, reports): one code per kind of
 * failure a user can act on, and the HTTP status it maps to. Anything that is not an {@link AppError} is
 * an unexpected failure: masked for clients, logged with its cause.
 */

/** The codes clients may see in `extensions.code`. */
export const ErrorCode = {
  BadUserInput: 'BAD_USER_INPUT',
  Unauthenticated: 'UNAUTHENTICATED',
  NotFound: 'NOT_FOUND',
  /** A revert refused because later writes changed the same things (HTTP 409): undo those first. */
  RevertConflict: 'REVERT_CONFLICT',
  ServiceUnavailable: 'SERVICE_UNAVAILABLE',
  QueryTimeout: 'QUERY_TIMEOUT',
  RateLimited: 'RATE_LIMITED',
  ResponseTooLarge: 'RESPONSE_TOO_LARGE',
  /** A request over a limit (depth, cost, aliases): the same code as graphql-js's validation errors. */
  ValidationFailed: 'GRAPHQL_VALIDATION_FAILED',
  Internal: 'INTERNAL_SERVER_ERROR',
} as const;
export type ErrorCode = (typeof ErrorCode)[keyof typeof ErrorCode];

/** One problem with an input: where (an argument, a field of a record) and what. */
export interface Issue {
  readonly path: string;
  readonly message: string;
}

/** What an error adds for its transport: GraphQL extensions (graphql-js copies them from the cause). */
export interface ErrorExtensions {
  readonly code: ErrorCode;
  readonly issues?: readonly Issue[];
  /** For Apollo Server: the HTTP status and headers of a response that carries only this error. */
  readonly http?: { readonly status: number; readonly headers?: Map<string, string> };
  readonly [key: string]: unknown;
}

/**
 * An expected failure, meant for the user as worded. graphql-js turns a resolver's error into a
 * GraphQLError that keeps `extensions`, so the same object serves the API and the command line.
 */
export class AppError extends Error {
  override name = 'AppError';
  readonly extensions: ErrorExtensions;

  constructor(code: ErrorCode, message: string, extra: Omit<ErrorExtensions, 'code'> = {}, cause?: unknown) {
    super(message, cause === undefined ? undefined : { cause });
    this.extensions = { code, ...extra };
  }

  get code(): ErrorCode {
    return this.extensions.code;
  }
}

/** True for an {@link AppError}, optionally of one code. */
export function isAppError(error: unknown, code?: ErrorCode): error is AppError {
  return error instanceof AppError && (code === undefined || error.code === code);
}

/** An input the client can fix; `issues` name the fields. */
export function badUserInput(message: string, issues?: readonly Issue[]): AppError {
  return new AppError(ErrorCode.BadUserInput, message, issues ? { issues } : {});
}

/** A missing or wrong write token (HTTP 401). */
export function unauthenticated(): AppError {
  return new AppError(ErrorCode.Unauthenticated, 'A valid bearer token is required to write.', {
    http: { status: 401 },
  });
}

/** The database cannot be reached (HTTP 503). */
export function serviceUnavailable(cause?: unknown): AppError {
  return new AppError(
    ErrorCode.ServiceUnavailable,
    'The graph database is unavailable; try again shortly.',
    { http: { status: 503 } },
    cause,
  );
}

/** The request ran past its deadline. */
export function queryTimeout(cause?: unknown): AppError {
  return new AppError(ErrorCode.QueryTimeout, 'The query took too long and was stopped.', {}, cause);
}

/** An id or name that names nothing. */
export function notFound(message: string): AppError {
  return new AppError(ErrorCode.NotFound, message);
}

/** The client spent its budget of expensive work (HTTP 429, with Retry-After in seconds). */
export function rateLimited(retryAfterSeconds: number): AppError {
  const seconds = Math.max(1, Math.ceil(retryAfterSeconds));
  return new AppError(
    ErrorCode.RateLimited,
    `Too much expensive work from this client; retry after ${seconds} s.`,
    { retryAfter: seconds, http: { status: 429, headers: new Map([['retry-after', String(seconds)]]) } },
  );
}

/** The answer would be larger than the server sends (HTTP 413 is for requests; this is a 500-class refusal). */
export function responseTooLarge(limitBytes: number): AppError {
  return new AppError(
    ErrorCode.ResponseTooLarge,
    `The response would be larger than ${Math.round(limitBytes / 1024 / 1024)} MB; ask for smaller pages.`,
  );
}

/** The request errors of graphql-js, Apollo Server and graphql-armor (parse, validation, limits). */
export const REQUEST_CODES: ReadonlySet<string> = new Set([
  'GRAPHQL_PARSE_FAILED',
  'GRAPHQL_VALIDATION_FAILED',
  'BAD_REQUEST',
  'PERSISTED_QUERY_NOT_FOUND',
  'PERSISTED_QUERY_NOT_SUPPORTED',
  'OPERATION_RESOLUTION_FAILURE',
]);

/** The codes of errors meant for clients; any other error is masked. */
export const EXPECTED_CODES: ReadonlySet<string> = new Set<string>([
  ...Object.values(ErrorCode).filter((code) => code !== ErrorCode.Internal),
  ...REQUEST_CODES,
]);
