import Table from 'cli-table3';
import { stringify } from 'csv-stringify/sync';
import type { JsonValue, QueryResult } from './types.ts';

/** The output formats of `tdg report` and `tdg cypher`. */
export const OUTPUT_FORMATS = ['table', 'csv', 'json', 'markdown'] as const;
export type OutputFormat = (typeof OUTPUT_FORMATS)[number];

/** True when `value` names an {@link OutputFormat}. */
export function isOutputFormat(value: string): value is OutputFormat {
  return (OUTPUT_FORMATS as readonly string[]).includes(value);
}

/** Renders a result in a format; the text ends with a newline. Column and row order are the result's. */
export function formatResult(result: QueryResult, format: OutputFormat): string {
  switch (format) {
    case 'table':
      return formatTable(result);
    case 'csv':
      return formatCsv(result);
    case 'json':
      return formatJson(result);
    case 'markdown':
      return formatMarkdown(result);
  }
}

/**
 * A cell as text: null is empty, a list of scalars is joined with "; " (readable in a spreadsheet and
 * a terminal), any other list or map is compact JSON.
 */
export function cellText(value: JsonValue): string {
  if (value === null) return '';
  if (typeof value !== 'object') return String(value);
  if (Array.isArray(value) && value.every((v) => v === null || typeof v !== 'object')) {
    return value.map((v) => (v === null ? '' : String(v))).join('; ');
  }
  return JSON.stringify(value);
}

/** JSON: `{ columns, rows: [{column: value}], rowCount, truncated }`, keys in column order. */
export function formatJson(result: QueryResult): string {
  const rows = result.rows.map((row) =>
    Object.fromEntries(result.columns.map((column, i) => [column, row[i] ?? null])),
  );
  return `${JSON.stringify({ columns: result.columns, rows, rowCount: rows.length, truncated: result.truncated }, null, 2)}\n`;
}

/** CSV (RFC 4180) with a header row; lists joined as in {@link cellText}. */
export function formatCsv(result: QueryResult): string {
  return stringify([result.columns, ...result.rows.map((row) => row.map(cellText))], {
    record_delimiter: 'unix',
  });
}

const MAX_COLUMN_WIDTH = 48;
/** The most characters of one cell a terminal table shows (ten full lines); csv and json keep all. */
export const MAX_TABLE_CELL = 480;

/**
 * A terminal table: cells wrap within {@link MAX_COLUMN_WIDTH} characters and stop after
 * {@link MAX_TABLE_CELL}, saying how much was left out; a row count follows. The cut keeps a long
 * cell readable, and keeps cli-table3 fast: it measures a multi-line cell in time that grows with the
 * square of its length, per line drawn (a 2,664-character `leftOut` took minutes).
 */
export function formatTable(result: QueryResult): string {
  const cells = result.rows.map((row) => row.map((value) => tableCell(cellText(value))));
  const widths = result.columns.map((column, i) =>
    Math.min(MAX_COLUMN_WIDTH, Math.max(column.length, ...cells.map((row) => longestLine(row[i] ?? '')))),
  );
  const table = new Table({ head: result.columns, style: { head: [], border: [] } });
  for (const row of cells) table.push(row.map((cell, i) => wrapText(cell, widths[i] ?? MAX_COLUMN_WIDTH)));
  return `${table.toString()}\n${summaryLine(result)}\n`;
}

function tableCell(text: string): string {
  if (text.length <= MAX_TABLE_CELL) return text;
  const left = text.length - MAX_TABLE_CELL;
  return `${text.slice(0, MAX_TABLE_CELL)}… (${left} more characters: --format csv or json shows them)`;
}

/** A GitHub-flavoured Markdown table (pipes and line breaks in cells escaped). */
export function formatMarkdown(result: QueryResult): string {
  const line = (cells: readonly string[]) => `| ${cells.map(escapeMarkdown).join(' | ')} |`;
  const lines = [line(result.columns), `|${result.columns.map(() => ' --- |').join('')}`];
  for (const row of result.rows) lines.push(line(row.map(cellText)));
  return `${lines.join('\n')}\n`;
}

function summaryLine(result: QueryResult): string {
  const count = `${result.rows.length} row${result.rows.length === 1 ? '' : 's'}`;
  return result.truncated ? `${count} (truncated: more rows were left out)` : count;
}

function longestLine(text: string): number {
  return Math.max(0, ...text.split('\n').map((l) => l.length));
}

function escapeMarkdown(text: string): string {
  return text.replace(/\\/g, '\\\\').replace(/\|/g, '\\|').replace(/\r?\n/g, '<br>');
}

/** Wraps text to `width` columns at spaces, breaking words longer than the width. */
export function wrapText(text: string, width: number): string {
  const lines: string[] = [];
  for (const paragraph of text.split('\n')) {
    let line = '';
    for (const word of paragraph.split(' ')) {
      let rest = word;
      while (rest.length > width) {
        if (line !== '') lines.push(line);
        line = '';
        lines.push(rest.slice(0, width));
        rest = rest.slice(width);
      }
      if (line === '') line = rest;
      else if (line.length + 1 + rest.length <= width) line = `${line} ${rest}`;
      else {
        lines.push(line);
        line = rest;
      }
    }
    lines.push(line);
  }
  return lines.join('\n');
}
