import neo4j, { type ManagedTransaction } from 'neo4j-driver';
import { maskCommentsAndStrings } from './cypher-text.ts';
import { ReportError } from './errors.ts';

/** Statements refused on sight, before the server is asked: each with why. */
const REFUSED_TEXT: readonly { readonly pattern: RegExp; readonly reason: string }[] = [
  {
    pattern: /^\s*(EXPLAIN|PROFILE)\b/i,
    reason: 'remove EXPLAIN/PROFILE: the runner plans the query itself before running it',
  },
  {
    pattern: /\}\s*IN\s+(?:\S+\s+)?(?:CONCURRENT\s+)?TRANSACTIONS\b/i,
    reason: 'CALL { ... } IN TRANSACTIONS commits its own transactions, which a read-only run cannot allow',
  },
  {
    // Planned as a read ('r'), yet it ends other users' transactions.
    pattern: /\bTERMINATE\s+TRANSACTIONS?\b/i,
    reason: 'TERMINATE TRANSACTIONS is an administration command',
  },
  {
    // A read for the planner, but it reads files or URLs from the database server.
    pattern: /\bLOAD\s+CSV\b/i,
    reason: 'LOAD CSV reads files or URLs from the database server',
  },
];

/**
 * Refuses what the plan cannot tell apart from a read: leading EXPLAIN/PROFILE, `IN TRANSACTIONS`,
 * `TERMINATE TRANSACTIONS`, `LOAD CSV`. Keywords inside comments and string literals do not count.
 */
export function refuseUnsafeText(query: string): void {
  const masked = maskCommentsAndStrings(query);
  for (const { pattern, reason } of REFUSED_TEXT) {
    if (pattern.test(masked)) throw new ReportError('WRITE_REFUSED', `refused: ${reason}`);
  }
}

/**
 * Plans the query with `EXPLAIN` (nothing runs) in the given read transaction and throws a
 * `WRITE_REFUSED` error unless the plan is a pure read (`queryType` 'r'): 'w' and 'rw' write data
 * (including procedures in WRITE mode, such as `db.createLabel`), 's' changes the schema or the system.
 */
export async function assertReadOnlyPlan(
  tx: ManagedTransaction,
  query: string,
  params: Record<string, unknown>,
): Promise<void> {
  const queryType = String(await planQueryType(tx, query, params));
  if (queryType === 'r') return;
  const what = queryType === 's' ? ': schema, procedure or administration changes' : '';
  throw new ReportError(
    'WRITE_REFUSED',
    `refused: this query would write (query type ${queryType}${what}); reports and ad-hoc queries are read-only`,
  );
}

const PREFIX = 'EXPLAIN\n';

/** The plan's query type; a statement error is reported at the analyst's line and offset, not ours. */
async function planQueryType(
  tx: ManagedTransaction,
  query: string,
  params: Record<string, unknown>,
): Promise<string> {
  try {
    const summary = await tx.run(`${PREFIX}${query}`, params).summary();
    return summary.queryType;
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
