/** Why a report or an ad-hoc query was not run; callers (CLI, GraphQL) map the code to their own errors. */
export type ReportErrorCode =
  | 'REPORT_NOT_FOUND'
  | 'INVALID_HEADER'
  | 'INVALID_PARAMETER'
  | 'WRITE_REFUSED'
  | 'QUERY_FAILED'
  | 'QUERY_TIMEOUT';

/** An expected failure of the reports module: its message is meant for the analyst, as is. */
export class ReportError extends Error {
  constructor(
    readonly code: ReportErrorCode,
    message: string,
    options?: { cause?: unknown },
  ) {
    super(message, options);
    this.name = 'ReportError';
  }
}

/** True when `error` is a {@link ReportError} (optionally with the given code). */
export function isReportError(error: unknown, code?: ReportErrorCode): error is ReportError {
  return error instanceof ReportError && (code === undefined || error.code === code);
}
