import { findParameterNames, trimStatement } from './cypher-text.ts';
import { ReportError } from '../errors.ts';
import { inRange, isParamName, parseDefault } from './params.ts';
import { PARAM_TYPES, type ParamType, type ReportDefinition, type ReportParam } from './types.ts';

const KEYS = ['name', 'title', 'question', 'param', 'note'] as const;
type HeaderKey = (typeof KEYS)[number];
const REPORT_NAME = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** A report file split into its header and its Cypher. */
export interface ParsedReport extends ReportDefinition {
  readonly query: string;
}

interface Field {
  key: HeaderKey;
  value: string;
  line: number;
}

/**
 * Parses a report file: a header of `// key: value` lines (name, title, question, param, note; a line
 * starting `//` and two or more spaces continues the previous one), then the Cypher. The header ends
 * at the first line that is not a `//` comment. Throws a {@link ReportError} (`INVALID_HEADER`) naming
 * the file and line of the first problem. `expectedName` is the file name without `.cypher`.
 */
export function parseReportFile(text: string, file: string, expectedName?: string): ParsedReport {
  const lines = text.replace(/^\uFEFF/, '').split(/\r?\n/);
  const fields: Field[] = [];
  let index = 0;
  for (; index < lines.length; index += 1) {
    const line = lines[index]?.trim() ?? '';
    if (!line.startsWith('//')) break;
    readHeaderLine(line, index + 1, fields, file);
  }
  const fail = (message: string): never => {
    throw new ReportError('INVALID_HEADER', `${file}: ${message}`);
  };
  const single = (key: HeaderKey): string => {
    const found = fields.filter((f) => f.key === key);
    if (found.length === 0) return fail(`the header has no "// ${key}:" line`);
    if (found.length > 1) return fail(`line ${found[1]?.line}: "${key}" is given twice`);
    return found[0]?.value ?? '';
  };
  const name = single('name');
  if (!REPORT_NAME.test(name)) fail(`name "${name}" must be kebab-case (a-z, 0-9, dashes)`);
  if (expectedName !== undefined && name !== expectedName) {
    fail(`name "${name}" must equal the file name without .cypher ("${expectedName}")`);
  }
  const params = parseParams(fields, fail);
  const query = trimStatement(lines.slice(index).join('\n'));
  if (query === '') fail('there is no Cypher after the header');
  const undeclared = findParameterNames(query).filter((p) => !params.some((d) => d.name === p));
  if (undeclared.length > 0)
    fail(`the query uses $${undeclared.join(', $')} but the header declares no such param`);
  const title = single('title');
  const question = single('question');
  const notes = fields
    .filter((f) => f.key === 'note')
    .map((f) => f.value)
    .join(' ');
  return { name, title, question, params, notes, query };
}

function readHeaderLine(line: string, lineNumber: number, fields: Field[], file: string): void {
  const body = line.slice(2);
  if (body.trim() === '') return;
  const previous = fields[fields.length - 1];
  if (/^\s{2,}\S/.test(body) && previous) {
    previous.value = `${previous.value} ${body.trim()}`;
    return;
  }
  const match = /^\s*([A-Za-z-]+)\s*:\s*(.*)$/.exec(body);
  const key = match?.[1]?.toLowerCase();
  if (!match || key === undefined) {
    throw new ReportError(
      'INVALID_HEADER',
      `${file}: line ${lineNumber}: expected "// key: value" with a key among ${KEYS.join(', ')}`,
    );
  }
  if (!(KEYS as readonly string[]).includes(key)) {
    throw new ReportError(
      'INVALID_HEADER',
      `${file}: line ${lineNumber}: unknown header key "${key}" (keys: ${KEYS.join(', ')})`,
    );
  }
  const value = (match[2] ?? '').trim();
  if (value === '')
    throw new ReportError('INVALID_HEADER', `${file}: line ${lineNumber}: "${key}" has no value`);
  fields.push({ key: key as HeaderKey, value, line: lineNumber });
}

function parseParams(fields: readonly Field[], fail: (message: string) => never): ReportParam[] {
  const params: ReportParam[] = [];
  for (const field of fields.filter((f) => f.key === 'param')) {
    const param = parseParamLine(field.value, (message) => fail(`line ${field.line}: ${message}`));
    if (params.some((p) => p.name === param.name))
      fail(`line ${field.line}: param "${param.name}" is declared twice`);
    params.push(param);
  }
  return params;
}

/** Reads `name: type [= default] [-- description]`; an integer's type may carry a range, `integer(1..6)`. */
function parseParamLine(text: string, fail: (message: string) => never): ReportParam {
  const separator = text.search(/\s--(\s|$)/);
  const spec = separator < 0 ? text : text.slice(0, separator);
  const description = separator < 0 ? '' : text.slice(separator).replace(/^\s--/, '').trim();
  const match = /^([^:\s=]+)\s*:\s*([A-Za-z[\]]+)(?:\((-?\d*)\.\.(-?\d*)\))?\s*(?:=\s*(.*))?$/.exec(
    spec.trim(),
  );
  if (!match) return fail(`param "${text}": expected "name: type [= default] [-- description]"`);
  const [, name = '', typeText = '', minText, maxText, defaultText] = match;
  if (!isParamName(name)) fail(`param "${name}": a name is letters, digits and underscores`);
  if (!(PARAM_TYPES as readonly string[]).includes(typeText)) {
    fail(`param "${name}": unknown type "${typeText}" (types: ${PARAM_TYPES.join(', ')})`);
  }
  const type = typeText as ParamType;
  const range = rangeOf(type, minText, maxText, (message) => fail(`param "${name}": ${message}`));
  if (defaultText === undefined) return { name, type, required: true, default: null, description, ...range };
  const value = parseDefault(type, defaultText);
  if (value === undefined) fail(`param "${name}": default "${defaultText.trim()}" is not a valid ${type}`);
  if (typeof value === 'number' && !inRange(value, range))
    fail(`param "${name}": default ${value} is outside its range`);
  return { name, type, required: false, default: value ?? null, description, ...range };
}

/** The range of an integer parameter: as written, or 0 and up. Other types take none. */
function rangeOf(
  type: ParamType,
  minText: string | undefined,
  maxText: string | undefined,
  fail: (message: string) => never,
): { min?: number; max?: number } {
  const written = minText !== undefined || maxText !== undefined;
  if (type !== 'integer') return written ? fail('only an integer takes a range') : {};
  const min = minText ? Number(minText) : 0;
  const max = maxText ? Number(maxText) : undefined;
  if (max !== undefined && max < min) fail(`range ${min}..${max} is empty`);
  return max === undefined ? { min } : { min, max };
}
