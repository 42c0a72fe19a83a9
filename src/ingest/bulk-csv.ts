import { createWriteStream, type WriteStream } from 'node:fs';
import { once } from 'node:events';
import neo4j from 'neo4j-driver';
import type { Props } from './rows.ts';

/**
 * The CSV dialect the bulk import writes and neo4j-admin reads: `,` between fields, `"` around every
 * string (doubled inside), and U+001F between the elements of a list. U+001F is a control character no
 * name or alias should hold; a list element that does is refused (see {@link arrayDelimiterIssue}).
 */
export const ARRAY_DELIMITER = '\u001f';
/** {@link ARRAY_DELIMITER} as neo4j-admin's `--array-delimiter` takes it. */
export const ARRAY_DELIMITER_OPTION = 'U+001F';

/** neo4j-admin header types for the values rows.ts produces (a JS number is a Neo4j Float, a double). */
export type ColumnType = 'string' | 'double' | 'boolean' | 'date' | 'string[]';

type Value = Props[string];

/** The column type of a property value, as the driver would have stored it. */
export function columnType(value: Value): ColumnType {
  if (typeof value === 'string') return 'string';
  if (typeof value === 'number') return 'double';
  if (typeof value === 'boolean') return 'boolean';
  if (Array.isArray(value)) return 'string[]';
  if (neo4j.isDate(value)) return 'date';
  throw new TypeError(`bulk import cannot write a value of type ${typeof value}`);
}

/**
 * The columns (property → type) that hold every row's properties, in first-seen order. Throws when one
 * property comes with two types: rows.ts never does that, so it would mean the two imports have drifted.
 */
export function tableColumns(rows: Iterable<Props>): Map<string, ColumnType> {
  const columns = new Map<string, ColumnType>();
  for (const props of rows) {
    for (const [name, value] of Object.entries(props)) {
      const type = columnType(value);
      const known = columns.get(name);
      if (known === undefined) columns.set(name, type);
      else if (known !== type) throw new TypeError(`property ${name} is both ${known} and ${type}`);
    }
  }
  return columns;
}

/** A header field: `name:type` (`name` alone for strings would also do; the type is spelled out). */
export function headerField(name: string, type: ColumnType): string {
  return `${name}:${type}`;
}

/** A string as one quoted CSV field: commas, quotes and line breaks survive (RFC 4180). */
export function quote(text: string): string {
  return `"${text.replaceAll('"', '""')}"`;
}

/**
 * One field. An absent value is an empty, unquoted field, which neo4j-admin leaves unset, whereas an
 * empty string is `""`, which it stores as `""` (with `--ignore-empty-strings=false`). An empty list
 * cannot be written at all (neo4j-admin treats it as absent): callers set those afterwards.
 */
export function csvField(value: Value | undefined): string {
  if (value === undefined) return '';
  if (typeof value === 'string') return quote(value);
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (Array.isArray(value)) return value.length === 0 ? '' : quote(value.join(ARRAY_DELIMITER));
  return value.toString();
}

/** The first list element that holds {@link ARRAY_DELIMITER}, as `property[index]`, if any. */
export function arrayDelimiterIssue(props: Props): string | undefined {
  for (const [name, value] of Object.entries(props)) {
    if (!Array.isArray(value)) continue;
    const index = value.findIndex((element) => element.includes(ARRAY_DELIMITER));
    if (index >= 0) return `${name}[${index}]`;
  }
  return undefined;
}

/** The properties holding an empty list: what neo4j-admin cannot write. */
export function emptyLists(props: Props): Props | undefined {
  const empty = Object.entries(props).filter(([, value]) => Array.isArray(value) && value.length === 0);
  return empty.length === 0 ? undefined : Object.fromEntries(empty);
}

/** True when a string of the row would span lines (neo4j-admin then needs `--multiline-fields`). */
export function hasLineBreak(props: Props): boolean {
  return Object.values(props).some((value) =>
    typeof value === 'string'
      ? /[\r\n]/.test(value)
      : Array.isArray(value) && value.some((element) => /[\r\n]/.test(element)),
  );
}

/** One CSV line: the leading fields (ids), then one field per column. */
export function csvLine(leading: readonly string[], columns: ReadonlyMap<string, ColumnType>, props: Props) {
  const fields = leading.map(quote);
  for (const name of columns.keys()) fields.push(csvField(props[name]));
  return `${fields.join(',')}\n`;
}

const CHUNK_CHARS = 1 << 20;

/** Writes lines to a file in ~1 MB chunks, waiting whenever the stream asks to, so memory stays flat. */
export class CsvFileWriter {
  private readonly stream: WriteStream;
  private pending: string[] = [];
  private pendingChars = 0;
  private failure: Error | undefined;

  constructor(readonly file: string) {
    this.stream = createWriteStream(file, { encoding: 'utf8' });
    // Kept for the next write or close: an 'error' with no listener would end the process.
    this.stream.on('error', (error) => (this.failure ??= error));
  }

  async write(line: string): Promise<void> {
    if (this.failure) throw this.failure;
    this.pending.push(line);
    this.pendingChars += line.length;
    if (this.pendingChars >= CHUNK_CHARS) await this.flush();
  }

  async close(): Promise<void> {
    await this.flush();
    if (this.failure) throw this.failure;
    this.stream.end();
    await once(this.stream, 'finish');
  }

  private async flush(): Promise<void> {
    if (this.pending.length === 0) return;
    const chunk = this.pending.join('');
    this.pending = [];
    this.pendingChars = 0;
    if (!this.stream.write(chunk)) await once(this.stream, 'drain');
  }
}
