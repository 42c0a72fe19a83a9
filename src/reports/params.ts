import neo4j from 'neo4j-driver';
import { ReportError } from '../errors.ts';
import type { JsonValue, ParamType, ReportParam } from './types.ts';

const PARAM_NAME = /^[A-Za-z_][A-Za-z0-9_]*$/;
const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const INTEGER = /^[-+]?\d+$/;

/** Null as JSON gives it, or as the CLI's `key=null`. */
const isNullValue = (value: unknown): boolean => value === null || value === 'null';

/** True when `name` can be a Cypher parameter name (`$name`). */
export function isParamName(name: string): boolean {
  return PARAM_NAME.test(name);
}

/**
 * Splits CLI `key=value` assignments (`--param limit=10`) into a map of strings. A value may contain `=`;
 * a key given twice or an assignment without `=` is an error naming it.
 */
export function parseParamAssignments(assignments: readonly string[]): Record<string, string> {
  const params: Record<string, string> = {};
  for (const assignment of assignments) {
    const at = assignment.indexOf('=');
    const key = at < 0 ? assignment : assignment.slice(0, at).trim();
    if (at < 0 || !isParamName(key)) {
      throw new ReportError('INVALID_PARAMETER', `parameter "${assignment}": expected key=value`);
    }
    if (Object.hasOwn(params, key))
      throw new ReportError('INVALID_PARAMETER', `parameter "${key}": given twice`);
    params[key] = assignment.slice(at + 1);
  }
  return params;
}

/**
 * Checks and converts the values passed to a report against its header: every key must be declared,
 * every required parameter present, every value of its type. Values may be strings (from the CLI) or
 * JSON values (from GraphQL). Returns the driver's values (Integers, Dates), defaults filled in.
 */
export function resolveParams(
  declared: readonly ReportParam[],
  supplied: Readonly<Record<string, unknown>>,
  reportName: string,
): Record<string, unknown> {
  const names = declared.map((p) => p.name);
  for (const key of Object.keys(supplied).sort()) {
    if (!names.includes(key)) {
      const accepted = names.length > 0 ? names.join(', ') : 'none';
      throw new ReportError(
        'INVALID_PARAMETER',
        `unknown parameter "${key}" for report ${reportName} (accepted: ${accepted})`,
      );
    }
  }
  const resolved: Record<string, unknown> = {};
  for (const param of declared) {
    const given = supplied[param.name];
    if (given === undefined && param.required) {
      throw new ReportError(
        'INVALID_PARAMETER',
        `missing parameter "${param.name}" (${param.type}) for report ${reportName}`,
      );
    }
    // Only a parameter declared `= null` may be null: for the others the query has no null case
    // (`LIMIT null` fails in Neo4j, `x >= null` silently drops every row).
    if (isNullValue(given) && !param.required && param.default !== null) {
      throw new ReportError(
        'INVALID_PARAMETER',
        `parameter "${param.name}" cannot be null; leave it out for its default ${JSON.stringify(param.default)}`,
      );
    }
    const value = coerceParamValue(
      param.name,
      param.type,
      given === undefined ? param.default : given,
      param.required,
    );
    if (neo4j.isInt(value) && !inRange(value.toNumber(), param)) {
      const range =
        param.max === undefined ? `${param.min ?? 0} or more` : `from ${param.min ?? 0} to ${param.max}`;
      throw new ReportError(
        'INVALID_PARAMETER',
        `parameter "${param.name}": expected an integer ${range}, got ${value.toNumber()}`,
      );
    }
    resolved[param.name] = value;
  }
  return resolved;
}

/** True when `value` lies in an integer parameter's range (0 and up when it declares none). */
export function inRange(value: number, range: { readonly min?: number; readonly max?: number }): boolean {
  return value >= (range.min ?? 0) && (range.max === undefined || value <= range.max);
}

/** Converts one value (a string from the CLI or a JSON value) to the driver's value for `type`. */
export function coerceParamValue(name: string, type: ParamType, value: unknown, required = false): unknown {
  if (isNullValue(value)) {
    if (required)
      throw new ReportError('INVALID_PARAMETER', `parameter "${name}" is required and cannot be null`);
    return null;
  }
  const converted = convert(type, value);
  if (converted === undefined) {
    throw new ReportError(
      'INVALID_PARAMETER',
      `parameter "${name}": expected ${describe(type)}, got ${show(value)}`,
    );
  }
  return converted;
}

/** Reads a header default (`= 50`, `= 'GBP'`, `= null`, `= [a, b]`) as a JSON value, or undefined if invalid. */
export function parseDefault(type: ParamType, text: string): JsonValue | undefined {
  const trimmed = text.trim();
  if (trimmed === 'null') return null;
  const value = type === 'string' || type === 'date' ? unquote(trimmed) : trimmed;
  const converted = convert(type, value);
  if (converted === undefined) return undefined;
  if (neo4j.isInt(converted)) return converted.toNumber();
  if (neo4j.isDate(converted)) return converted.toString();
  return converted as JsonValue;
}

/**
 * Guesses the type of an ad-hoc query's `--param` value (no header to say): integer, float, boolean,
 * null, a JSON array or object, a date (YYYY-MM-DD), else the string itself.
 */
export function inferParamValue(text: string): unknown {
  const trimmed = text.trim();
  if (trimmed === 'null') return null;
  if (trimmed === 'true' || trimmed === 'false') return trimmed === 'true';
  if (INTEGER.test(trimmed)) return neo4j.int(trimmed);
  if (trimmed !== '' && Number.isFinite(Number(trimmed))) return Number(trimmed);
  if (DATE.test(trimmed)) return convert('date', trimmed) ?? text;
  if (/^[[{]/.test(trimmed)) {
    try {
      return JSON.parse(trimmed) as unknown;
    } catch {
      return text;
    }
  }
  return unquote(text);
}

function convert(type: ParamType, value: unknown): unknown {
  switch (type) {
    case 'string':
      return typeof value === 'string' ? value : undefined;
    case 'integer':
      if (typeof value === 'number') return Number.isSafeInteger(value) ? neo4j.int(value) : undefined;
      return typeof value === 'string' && INTEGER.test(value.trim()) ? neo4j.int(value.trim()) : undefined;
    case 'float':
      return toFloat(value);
    case 'boolean':
      if (typeof value === 'boolean') return value;
      if (typeof value !== 'string') return undefined;
      return { true: true, false: false }[value.trim().toLowerCase()];
    case 'date':
      return typeof value === 'string' ? toDate(value.trim()) : undefined;
    case 'string[]':
      return toStringList(value);
  }
}

function toFloat(value: unknown): number | undefined {
  const n =
    typeof value === 'number'
      ? value
      : typeof value === 'string' && value.trim() !== ''
        ? Number(value)
        : NaN;
  return Number.isFinite(n) ? n : undefined;
}

function toDate(text: string): unknown {
  const match = DATE.exec(text);
  if (!match) return undefined;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const check = new Date(Date.UTC(year, month - 1, day));
  if (check.getUTCFullYear() !== year || check.getUTCMonth() !== month - 1 || check.getUTCDate() !== day)
    return undefined;
  return new neo4j.types.Date(year, month, day);
}

function toStringList(value: unknown): string[] | undefined {
  if (Array.isArray(value)) return value.every((v) => typeof v === 'string') ? value : undefined;
  if (typeof value !== 'string') return undefined;
  const trimmed = value.trim();
  if (trimmed.startsWith('[') && trimmed.endsWith(']')) {
    try {
      return toStringList(JSON.parse(trimmed));
    } catch {
      return toStringList(trimmed.slice(1, -1));
    }
  }
  return trimmed
    .split(',')
    .map((item) => unquote(item.trim()))
    .filter((item) => item !== '');
}

function unquote(text: string): string {
  const match = /^(['"])(.*)\1$/s.exec(text);
  return match ? (match[2] ?? '') : text;
}

function describe(type: ParamType): string {
  const descriptions: Record<ParamType, string> = {
    string: 'a string',
    integer: 'an integer',
    float: 'a number',
    boolean: 'true or false',
    date: 'a date YYYY-MM-DD',
    'string[]': 'a list of strings (a,b,c or a JSON array)',
  };
  return descriptions[type];
}

function show(value: unknown): string {
  const text = typeof value === 'string' ? `"${value}"` : JSON.stringify(value);
  return text.length > 60 ? `${text.slice(0, 57)}...` : text;
}
