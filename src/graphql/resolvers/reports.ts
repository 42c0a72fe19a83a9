import { isReportError, listReports, runReport, type ReportDefinition } from '../../reports/index.ts';
import { mapNeo4jError } from '../../cypher/index.ts';
import { badUserInput, notFound, queryTimeout } from '../../errors.ts';
import type { GraphQLContext } from '../request/context.ts';

/** The most rows `runReport` returns. */
export const MAX_REPORT_ROWS = 1_000;

/** The reports the API offers (the reports module's registry). */
export function listReportInfos(): Promise<ReportDefinition[]> {
  return listReports();
}

/** A report's result as the API returns it: rows keyed by column. */
export interface ReportResultRecord {
  readonly name: string;
  readonly columns: string[];
  readonly rows: Record<string, unknown>[];
  readonly truncated: boolean;
}

/** Maps the reports module's expected errors to API errors; others are masked. */
function mapReportError(error: unknown): unknown {
  // The reports module's message names the reports folder's absolute path: fine for the CLI user on
  // their own machine, but a client of the API must not learn the server's file layout.
  if (isReportError(error, 'REPORT_NOT_FOUND'))
    return notFound('No report by that name; the `reports` query lists them.');
  if (isReportError(error, 'INVALID_PARAMETER'))
    return badUserInput(error.message, [{ path: 'params', message: error.message }]);
  if (isReportError(error, 'QUERY_TIMEOUT')) return queryTimeout();
  return mapNeo4jError(error);
}

/** Runs a report read-only with the API's timeout and database. */
export async function runNamedReport(
  context: GraphQLContext,
  name: string,
  params: unknown,
): Promise<ReportResultRecord> {
  if (params != null && (typeof params !== 'object' || Array.isArray(params))) {
    throw badUserInput('params must be a JSON object.', [{ path: 'params', message: 'must be an object' }]);
  }
  try {
    const result = await runReport(context.executor, name, (params ?? {}) as Record<string, unknown>, {
      maxRows: MAX_REPORT_ROWS,
      timeoutMs: context.config.neo4j.queryTimeoutMs,
    });
    const rows = result.rows.map((row) =>
      Object.fromEntries(result.columns.map((column, i) => [column, row[i]])),
    );
    return { name, columns: result.columns, rows, truncated: result.truncated };
  } catch (error) {
    throw mapReportError(error);
  }
}
