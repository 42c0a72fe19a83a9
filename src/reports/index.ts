/**
 * Cypher reports for analysts: named, parameterised `.cypher` files (see docs/reports.md), run
 * read-only. The CLI (`tdg reports`, `tdg report`, `tdg cypher`) and the GraphQL API call this module.
 */
export { isReportError, ReportError, type ReportErrorCode } from '../errors.ts';
export { formatResult, isOutputFormat, OUTPUT_FORMATS, type OutputFormat, wrapText } from './format.ts';
export { parseReportFile, type ParsedReport } from './header.ts';
export { coerceParamValue, inferParamValue, parseParamAssignments, resolveParams } from './params.ts';
export { DEFAULT_REPORTS_DIR, listReports, loadReport, resolveReportsDir } from './registry.ts';
export { runReadOnlyCypher, runReport } from './runner.ts';
export { toJsonValue } from '../neo4j/values.ts';
export {
  DEFAULT_MAX_ROWS,
  DEFAULT_TIMEOUT_MS,
  type JsonValue,
  type LoadedReport,
  PARAM_TYPES,
  type ParamType,
  type QueryResult,
  type ReportDefinition,
  type ReportParam,
  type RunOptions,
} from './types.ts';
