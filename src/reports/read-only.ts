import neo4j, { type ManagedTransaction, type ResultSummary } from 'neo4j-driver';
import { normaliseForTextChecks } from './cypher-text.ts';
import { ReportError } from '../errors.ts';
import { findPlanRefusal } from './plan-guard.ts';

/**
 * Statements refused on sight, before the server is asked, each with why: a fast first refusal with a
 * clear message. They do not decide anything the plan check would let through (see plan-guard.ts):
 * whatever is dressed past them is refused by its plan.
 */
const REFUSED_TEXT: readonly { readonly pattern: RegExp; readonly reason: string }[] = [
  {
    pattern: /^ ?(EXPLAIN|PROFILE)\b/i,
    reason: 'remove EXPLAIN/PROFILE: the runner plans the query itself before running it',
  },
  {
    pattern: /\} ?IN (?:[^ ]+ )?(?:CONCURRENT )?TRANSACTIONS\b/i,
    reason: 'CALL { ... } IN TRANSACTIONS commits transactions of its own',
  },
  {
    pattern: /\bTERMINATE TRANSACTIONS?\b/i,
    reason: 'TERMINATE TRANSACTIONS is an administration command',
  },
  {
    pattern: /\bLOAD CSV\b/i,
    reason: 'LOAD CSV reads files or URLs from the database server',
  },
];

/**
 * Refuses, from the text alone, a leading EXPLAIN/PROFILE, `IN TRANSACTIONS`, `TERMINATE TRANSACTIONS`
 * and `LOAD CSV`. Keywords inside comments, strings and quoted names do not count; any Cypher
 * whitespace or comment between two keywords does.
 */
export function refuseUnsafeText(query: string): void {
  const normalised = normaliseForTextChecks(query);
  for (const { pattern, reason } of REFUSED_TEXT) {
    if (pattern.test(normalised)) throw new ReportError('WRITE_REFUSED', `refused: ${reason}`);
  }
}

/**
 * Plans the query with `EXPLAIN` (nothing runs) in the given read transaction and throws a
 * `WRITE_REFUSED` error unless Neo4j classes it as a pure read (`queryType` 'r': 'w' and 'rw' write
 * data, 's' changes the schema or the system) and every step of its plan is on the read-only
 * allow-lists (see plan-guard.ts). The query type alone is not enough: Neo4j plans LOAD CSV,
 * TERMINATE TRANSACTIONS and some procedures that change the server as reads.
 */
export async function assertReadOnlyPlan(
  tx: ManagedTransaction,
  query: string,
  params: Record<string, unknown>,
): Promise<void> {
  const summary = await explain(tx, query, params);
  const queryType = String(summary.queryType);
  if (queryType !== 'r') {
    const what = queryType === 's' ? ': schema, procedure or administration changes' : '';
    throw new ReportError(
      'WRITE_REFUSED',
      `refused: this query would write (query type ${queryType}${what}); reports and ad-hoc queries are read-only`,
    );
  }
  if (!summary.hasPlan() || summary.plan === false) {
    throw new ReportError('WRITE_REFUSED', 'refused: Neo4j gave no plan for this query to check');
  }
  const refusal = findPlanRefusal(summary.plan);
  if (refusal !== undefined) throw new ReportError('WRITE_REFUSED', refusal);
}

const PREFIX = 'EXPLAIN\n';

/** The plan's summary; a statement error is reported at the analyst's line and offset, not ours. */
async function explain(
  tx: ManagedTransaction,
  query: string,
  params: Record<string, unknown>,
): Promise<ResultSummary> {
  try {
    return await tx.run(`${PREFIX}${query}`, params).summary();
  } catch (error) {
    if (!(error instanceof neo4j.Neo4jError) || !error.code.startsWith('Neo.ClientError.Statement.'))
      throw error;
    const firstLine = error.message.split('\n')[0] ?? error.message;
    const message = firstLine.replace(
      /\(line (\d+), column (\d+) \(offset: (\d+)\)\)/,
      (_match, line: string, column: string, offset: string) =>
        `(line ${Number(line) - 1}, column ${column} (offset: ${Math.max(0, Number(offset) - PREFIX.length)}))`,
    );
    throw new ReportError('QUERY_FAILED', `query failed: ${message} (${error.code})`, { cause: error });
  }
}
