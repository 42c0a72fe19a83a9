import { describe, expect, it } from 'vitest';
import { cellText, formatResult, MAX_TABLE_CELL, wrapText } from './format.ts';
import type { QueryResult } from './types.ts';

const RESULT: QueryResult = {
  columns: ['id', 'amount', 'sources', 'note'],
  rows: [
    ['org:blackrock', 500000000, ['s1', 's2'], 'a "quoted", note | with pipe'],
    ['org:nvidia', null, [], null],
  ],
  truncated: false,
};

describe('formatResult', () => {
  it('writes CSV with a header row, quoting where needed and joining lists', () => {
    expect(formatResult(RESULT, 'csv')).toBe(
      'id,amount,sources,note\norg:blackrock,500000000,s1; s2,"a ""quoted"", note | with pipe"\norg:nvidia,,,\n',
    );
  });

  it('writes JSON rows keyed by column, in column order', () => {
    const parsed = JSON.parse(formatResult(RESULT, 'json')) as {
      rows: Record<string, unknown>[];
      truncated: boolean;
    };
    expect(Object.keys(parsed.rows[0] ?? {})).toEqual(RESULT.columns);
    expect(parsed.rows[0]).toMatchObject({ amount: 500000000, sources: ['s1', 's2'] });
    expect(parsed.truncated).toBe(false);
  });

  it('escapes pipes in Markdown', () => {
    const lines = formatResult(RESULT, 'markdown').split('\n');
    expect(lines.slice(0, 2)).toEqual(['| id | amount | sources | note |', '| --- | --- | --- | --- |']);
    expect(lines[2]).toBe('| org:blackrock | 500000000 | s1; s2 | a "quoted", note \\| with pipe |');
  });

  it('draws a table with a row count, and says when rows were left out', () => {
    const text = formatResult({ ...RESULT, truncated: true }, 'table');
    expect(text).toContain('org:blackrock');
    expect(text.trimEnd().split('\n').at(-1)).toBe('2 rows (truncated: more rows were left out)');
  });

  it('cuts a long multi-line cell in a table, saying how much is left, and keeps all of it in CSV', () => {
    const leftOut = Array.from({ length: 60 }, (_, i) => `investment:pledge-${i}: no figure in EUR;`).join(
      '\n',
    );
    const long: QueryResult = {
      columns: ['country', 'leftOut'],
      rows: [['country:fr', leftOut]],
      truncated: false,
    };
    const table = formatResult(long, 'table');
    expect(table).toContain('investment:pledge-0: no figure in EUR;');
    expect(table).not.toContain('investment:pledge-59');
    // The note wraps in its column like any text: read the cell's words back in order.
    const words = table
      .replace(/[│┌┐└┘├┤┬┴┼─]/g, ' ')
      .split(/\s+/)
      .join(' ');
    expect(words).toContain(
      `(${leftOut.length - MAX_TABLE_CELL} more characters: --format csv or json shows them)`,
    );
    expect(formatResult(long, 'csv')).toContain('investment:pledge-59: no figure in EUR;');
  });
});

describe('cellText and wrapText', () => {
  it('renders maps as JSON and nulls as empty', () => {
    expect(cellText({ b: 1, a: 'x' })).toBe('{"b":1,"a":"x"}');
    expect(cellText(null)).toBe('');
  });

  it('wraps at spaces and breaks words longer than the width', () => {
    expect(wrapText('one two three', 7)).toBe('one two\nthree');
    expect(wrapText('agreement:uk-us', 6)).toBe('agreem\nent:uk\n-us');
  });
});
