/**
 * Every error the project raises on purpose, below both faces (GraphQL and the command line):
 * - {@link AppError}: one code per kind of failure a client can act on, and the HTTP status it maps to;
 * - {@link DatasetValidationError}: a dataset refused, with one {@link DatasetIssue} per record and field;
 * - {@link ReportError}: a report or ad-hoc query not run, with a reason code (the GraphQL face maps the
 *   codes it can meet to API codes in src/graphql/resolvers/reports.ts);
 * - {@link LocalNeo4jError}: the local Neo4j could not start or stop.
 * Anything else is an unexpected failure: masked for clients, logged with its cause.
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

/** One problem in a dataset: where (record and field) and what. */
export interface DatasetIssue {
  /** e.g. `people[2] (person:liz-kendall).name` or `relationships[12].to`. */
  readonly path: string;
  readonly message: string;
  /** The message goes on from the path as one sentence (`….figures[0] and figures[2] are both…`). */
  readonly continues?: boolean;
}

/** `  - path: message`, or `  - path message` when the message continues the path. */
export function formatIssue(issue: DatasetIssue): string {
  return `${issue.path}${issue.continues === true ? ' ' : ': '}${issue.message}`;
}

/** A dataset was refused; nothing of it was written. */
export class DatasetValidationError extends Error {
  override name = 'DatasetValidationError';

  constructor(
    readonly origin: string,
    readonly issues: readonly DatasetIssue[],
  ) {
    const shown = issues.slice(0, 20).map((issue) => `  - ${formatIssue(issue)}`);
    const more = issues.length > 20 ? [`  ... and ${issues.length - 20} more`] : [];
    super(`${origin}: invalid dataset, nothing was imported:\n${[...shown, ...more].join('\n')}`);
  }
}

/** Why a report or an ad-hoc query was not run. */
export type ReportErrorCode =
  | 'REPORT_NOT_FOUND'
  | 'INVALID_HEADER'
  | 'INVALID_PARAMETER'
  | 'WRITE_REFUSED'
  | 'QUERY_FAILED'
  | 'QUERY_TIMEOUT';

/** An expected failure of a report: its message is meant for the analyst, as is. */
export class ReportError extends Error {
  override name = 'ReportError';

  constructor(
    readonly code: ReportErrorCode,
    message: string,
    options?: { cause?: unknown },
  ) {
    super(message, options);
  }
}

/** True when `error` is a {@link ReportError} (optionally with the given code). */
export function isReportError(error: unknown, code?: ReportErrorCode): error is ReportError {
  return error instanceof ReportError && (code === undefined || error.code === code);
}

/** The local runtime could not start or stop Neo4j. */
export class LocalNeo4jError extends Error {
  override name = 'LocalNeo4jError';
}
