import neo4j, { type Driver, type ManagedTransaction } from 'neo4j-driver';
import { createTransactionRunner, type TransactionRunner } from '../cypher/index.ts';
import { isAppError, ReportError } from '../errors.ts';
import { trimStatement } from './cypher-text.ts';
import { resolveParams } from './params.ts';
import { assertReadOnlyPlan, refuseUnsafeText } from './read-only.ts';
import { loadReport } from './registry.ts';
import { DEFAULT_MAX_ROWS, DEFAULT_TIMEOUT_MS, type QueryResult, type RunOptions } from './types.ts';
import { toJsonValue } from '../neo4j/values.ts';

/**
 * Runs a named report: reads its file, checks and converts `params` against its header (strings from
 * the CLI or JSON values from GraphQL), then runs it read-only (see {@link runReadOnlyCypher}).
 */
export async function runReport(
  target: ReportTarget,
  name: string,
  params: Readonly<Record<string, unknown>>,
  options: RunOptions = {},
): Promise<QueryResult> {
  const report = await loadReport(name, options);
  const resolved = resolveParams(report.params, params, report.name);
  return executeReadOnly(target, report.query, resolved, options, { report: report.name });
}

/**
 * Where a report runs: an executor (the request's deadline, fail-fast, metadata and error mapping of
 * src/cypher/executor.ts), or a driver, which gets the same policy with the options' timeout.
 */
export type ReportTarget = Driver | TransactionRunner;

/**
 * Runs an analyst's own Cypher, read-only: refused before it runs unless `EXPLAIN` plans it as a read
 * (see {@link assertReadOnlyPlan}); then run in a read transaction with a timeout, keeping at most
 * `maxRows` rows. JSON numbers that are integers are passed as Neo4j Integers (so `LIMIT $n` works).
 */
export async function runReadOnlyCypher(
  target: ReportTarget,
  query: string,
  params: Readonly<Record<string, unknown>> = {},
  options: RunOptions = {},
): Promise<QueryResult> {
  return executeReadOnly(target, query, toCypherParams(params), options, { report: '(ad hoc)' });
}

async function executeReadOnly(
  target: ReportTarget,
  query: string,
  params: Record<string, unknown>,
  options: RunOptions,
  metadata: Record<string, string>,
): Promise<QueryResult> {
  const statement = trimStatement(query);
  if (statement === '') throw new ReportError('QUERY_FAILED', 'the query is empty');
  refuseUnsafeText(statement);
  const maxRows = checkLimit('maxRows', options.maxRows ?? DEFAULT_MAX_ROWS);
  const timeoutMs = checkLimit('timeoutMs', options.timeoutMs ?? DEFAULT_TIMEOUT_MS);
  const runner =
    'readTransaction' in target
      ? target
      : createTransactionRunner({
          driver: target,
          database: options.database,
          timeoutMs,
          requestId: metadata.report ?? 'report',
          app: 'tdg-reports',
        });
  try {
    await runner.readTransaction('report:plan', (tx) => assertReadOnlyPlan(tx, statement, params));
    return await runner.readTransaction('report:run', (tx) => collectRows(tx, statement, params, maxRows));
  } catch (error) {
    throw toReportError(error, timeoutMs);
  }
}

/** Reads at most `maxRows` records; one more tells that there were more. Free of side effects (retried). */
async function collectRows(
  tx: ManagedTransaction,
  query: string,
  params: Record<string, unknown>,
  maxRows: number,
): Promise<QueryResult> {
  const result = tx.run(query, params);
  const columns = [...(await result.keys())];
  const rows: QueryResult['rows'] = [];
  let truncated = false;
  for await (const record of result) {
    if (rows.length === maxRows) {
      truncated = true;
      break;
    }
    rows.push(columns.map((column) => toJsonValue(record.get(column))));
  }
  return { columns, rows, truncated };
}

function checkLimit(name: string, value: number): number {
  if (!Number.isSafeInteger(value) || value < 1) {
    throw new ReportError('INVALID_PARAMETER', `${name} must be a positive integer, got ${value}`);
  }
  return value;
}

/** JSON values to Cypher parameters: integral numbers become Integers, lists and maps recursively. */
function toCypherParams(params: Readonly<Record<string, unknown>>): Record<string, unknown> {
  const convert = (value: unknown): unknown => {
    if (typeof value === 'number' && Number.isSafeInteger(value)) return neo4j.int(value);
    if (Array.isArray(value)) return value.map(convert);
    if (value !== null && typeof value === 'object' && Object.getPrototypeOf(value) === Object.prototype) {
      return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, convert(v)]));
    }
    return value;
  };
  return Object.fromEntries(Object.entries(params).map(([key, value]) => [key, convert(value)]));
}

/** Neo4j's errors as the module's: timeouts and statement errors get a code and a readable message. */
function toReportError(error: unknown, timeoutMs: number): unknown {
  // The executor has mapped a timeout already; the analyst is told the budget it ran out of.
  if (isAppError(error, 'QUERY_TIMEOUT'))
    return new ReportError('QUERY_TIMEOUT', `the query timed out after ${timeoutMs} ms`, { cause: error });
  if (error instanceof ReportError || !(error instanceof neo4j.Neo4jError)) return error;
  if (/TransactionTimedOut/.test(error.code)) {
    return new ReportError('QUERY_TIMEOUT', `the query timed out after ${timeoutMs} ms`, { cause: error });
  }
  if (error.code.startsWith('Neo.ClientError.')) {
    const message = error.message.split('\n')[0] ?? error.message;
    return new ReportError('QUERY_FAILED', `query failed: ${message} (${error.code})`, { cause: error });
  }
  return error;
}
