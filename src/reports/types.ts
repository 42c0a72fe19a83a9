import type { JsonValue } from '../neo4j/values.ts';

/** A JSON value: what parameters arrive as (from GraphQL) and what result cells are converted to. */
export type { JsonValue };

/** The parameter types a report header may declare. */
export const PARAM_TYPES = ['string', 'integer', 'float', 'boolean', 'date', 'string[]'] as const;
export type ParamType = (typeof PARAM_TYPES)[number];

/** One `// param:` line of a report header. */
export interface ReportParam {
  readonly name: string;
  readonly type: ParamType;
  /** False when the header gives a default (possibly `null`); a required parameter must be passed. */
  readonly required: boolean;
  /** The default as a JSON value (a date as `YYYY-MM-DD`); `null` when none or when the default is null. */
  readonly default: JsonValue;
  /** The text after `--` on the param line, or an empty string. */
  readonly description: string;
  /**
   * For an integer, the smallest and largest value accepted (`integer(1..6)`); an integer without a range
   * accepts 0 and up, since every integer a report takes counts something (rows, hops, events).
   */
  readonly min?: number;
  readonly max?: number;
}

/** What an analyst sees of a report: from its header. */
export interface ReportDefinition {
  /** The file name without `.cypher`. */
  readonly name: string;
  readonly title: string;
  /** The question the report answers. */
  readonly question: string;
  readonly params: readonly ReportParam[];
  /** Free-text `// note:` lines, joined; empty when none. */
  readonly notes: string;
}

/** A report as read from its file: the definition, the Cypher after the header and where it came from. */
export interface LoadedReport extends ReportDefinition {
  readonly query: string;
  readonly file: string;
}

/** Options of every query run through the reports module. */
export interface RunOptions {
  /** The database; the server's default when unset. */
  readonly database?: string | undefined;
  /** The transaction timeout in milliseconds; default {@link DEFAULT_TIMEOUT_MS}. */
  readonly timeoutMs?: number | undefined;
  /** At most this many rows are returned (more set `truncated`); default {@link DEFAULT_MAX_ROWS}. */
  readonly maxRows?: number | undefined;
  /** The folder of `.cypher` reports; default {@link DEFAULT_REPORTS_DIR} (`<project>/reports`). */
  readonly reportsDir?: string | undefined;
}

/** What a query returned: column names in RETURN order and rows of JSON-safe values. */
export interface QueryResult {
  readonly columns: string[];
  readonly rows: JsonValue[][];
  /** True when the query had more rows than `maxRows` (only the first `maxRows` are kept). */
  readonly truncated: boolean;
}

export const DEFAULT_TIMEOUT_MS = 10_000;
export const DEFAULT_MAX_ROWS = 1_000;
