import { mkdtemp, readFile, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import neo4j from 'neo4j-driver';
import { describe, expect, it } from 'vitest';
import { parseAdminCounts } from './bulk-admin.ts';
import {
  arrayDelimiterIssue,
  columnType,
  CsvFileWriter,
  csvField,
  csvLine,
  emptyLists,
  hasLineBreak,
  tableColumns,
} from './bulk-csv.ts';

describe('csvField', () => {
  it('quotes every string, doubling inner quotes, so commas, quotes and line breaks survive', () => {
    expect(csvField('plain')).toBe('"plain"');
    expect(csvField('a, "b"\nc\r\nd')).toBe('"a, ""b""\nc\r\nd"');
    expect(csvField('  spaced  ')).toBe('"  spaced  "');
    expect(csvField('Élysée 😀 \\')).toBe('"Élysée 😀 \\"');
  });

  it('tells an empty string ("") from an absent value (an empty field)', () => {
    expect(csvField('')).toBe('""');
    expect(csvField(undefined)).toBe('');
  });

  it('writes numbers, booleans and dates as neo4j-admin parses them', () => {
    expect(csvField(500)).toBe('500');
    expect(csvField(0.1)).toBe('0.1');
    expect(Number(csvField(1e21))).toBe(1e21);
    expect(csvField(false)).toBe('false');
    expect(csvField(new neo4j.types.Date(2025, 9, 18))).toBe('2025-09-18');
  });

  it('joins a list with U+001F and leaves an empty list out (it is set after the import)', () => {
    expect(csvField(['Liz Kendall', 'Elizabeth, "Liz"'])).toBe('"Liz Kendall\u001fElizabeth, ""Liz"""');
    expect(csvField([])).toBe('');
    expect(emptyLists({ aliases: [], sources: ['s'], name: '' })).toEqual({ aliases: [] });
    expect(emptyLists({ aliases: ['a'] })).toBeUndefined();
  });
});

describe('the checks before writing', () => {
  it('finds a list element holding the array delimiter', () => {
    expect(arrayDelimiterIssue({ name: 'a\u001fb', aliases: ['ok', 'x\u001fy'] })).toBe('aliases[1]');
    expect(arrayDelimiterIssue({ aliases: ['ok'] })).toBeUndefined();
  });

  it('notices values that span lines', () => {
    expect(hasLineBreak({ description: 'one\rtwo' })).toBe(true);
    expect(hasLineBreak({ aliases: ['a\nb'] })).toBe(true);
    expect(hasLineBreak({ description: 'one line', amount: 3 })).toBe(false);
  });
});

describe('tableColumns', () => {
  it('types every property any row has, in first-seen order', () => {
    const columns = tableColumns([
      { name: 'a', aliases: [] },
      { name: 'b', amount: 1.5, preferred: true, signedOn: new neo4j.types.Date(2025, 1, 2) },
    ]);
    expect([...columns]).toEqual([
      ['name', 'string'],
      ['aliases', 'string[]'],
      ['amount', 'double'],
      ['preferred', 'boolean'],
      ['signedOn', 'date'],
    ]);
  });

  it('refuses a property that comes with two types', () => {
    expect(() => tableColumns([{ amount: 1 }, { amount: '1' }])).toThrow(/amount is both double and string/);
    expect(() => columnType({} as never)).toThrow(TypeError);
  });

  it('writes a line with the ids first and an empty field for each absent property', () => {
    const columns = tableColumns([{ key: '', note: 'n' }, { key: 'k' }]);
    expect(csvLine(['a:1', 'b:2'], columns, { key: '' })).toBe('"a:1","b:2","",\n');
  });
});

describe('CsvFileWriter', () => {
  it('writes every line, in order, across chunks', async () => {
    const dir = await mkdtemp(path.join(os.tmpdir(), 'tdg-csv-'));
    try {
      const writer = new CsvFileWriter(path.join(dir, 'out.csv'));
      const lines = Array.from({ length: 30_000 }, (_, i) => `"row ${i} ${'x'.repeat(50)}"\n`);
      for (const line of lines) await writer.write(line);
      await writer.close();
      expect(await readFile(path.join(dir, 'out.csv'), 'utf8')).toBe(lines.join(''));
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});

describe('parseAdminCounts', () => {
  it("reads neo4j-admin's final counts", () => {
    const output = 'IMPORT DONE in 2s 237ms. \nImported:\n  4 nodes\n  2 relationships\n  27 properties\n';
    expect(parseAdminCounts(output)).toEqual({ nodes: 4, relationships: 2 });
    expect(parseAdminCounts('something else')).toBeUndefined();
  });
});
