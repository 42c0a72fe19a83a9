import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import type { Driver } from 'neo4j-driver';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { listReports, OUTPUT_FORMATS } from '../../src/reports/index.ts';
import { runCli } from '../helpers/cli.ts';
import { countGraph, openSeededDriver, testConfig } from '../helpers/neo4j.ts';

let driver: Driver;
const database = testConfig().neo4j.database;

beforeAll(async () => {
  driver = await openSeededDriver();
});
afterAll(async () => {
  await driver.close();
});

const REQUIRED: Record<string, string[]> = {
  'companies-near-official': ['--param', 'person=person:liz-kendall'],
  'entity-dossier': ['--param', 'id=org:nvidia'],
};

describe('tdg reports', () => {
  it('lists every report with its title and parameters', async () => {
    const { code, stdout } = await runCli(['reports']);
    expect(code).toBe(0);
    const reports = await listReports();
    expect(reports.length).toBeGreaterThanOrEqual(12);
    for (const report of reports) expect(stdout).toContain(report.name);
    expect(stdout).toContain('Pledges by investor, with totals per unit');
    expect(stdout).toContain('person: string (required)');
    const json = await runCli(['reports', '--format', 'json']);
    expect((JSON.parse(json.stdout) as { name: string }[]).map((r) => r.name)).toEqual(
      reports.map((r) => r.name),
    );
  });
});

describe('tdg report', () => {
  it('runs every report from the command line, in turn in each format', async () => {
    const reports = await listReports();
    for (const [index, report] of reports.entries()) {
      const format = OUTPUT_FORMATS[index % OUTPUT_FORMATS.length] ?? 'table';
      const { code, stdout, stderr } = await runCli([
        'report',
        report.name,
        '--format',
        format,
        ...(REQUIRED[report.name] ?? []),
      ]);
      expect(code, `${report.name}: ${stderr}`).toBe(0);
      expect(stdout.length, report.name).toBeGreaterThan(0);
      if (format === 'json') expect((JSON.parse(stdout) as { rowCount: number }).rowCount).toBeGreaterThan(0);
    }
  });

  it('prints real values: the NVIDIA→Nscale figures as CSV', async () => {
    const { code, stdout } = await runCli([
      'report',
      'disputed-figures',
      '--param',
      'investment=investment:nvidia-nscale',
      '--format',
      'csv',
    ]);
    expect(code).toBe(0);
    const lines = stdout.trim().split('\n');
    expect(lines[0]).toMatch(/^investment,investmentName,investors,disputedUnits,unit,amount,/);
    expect(lines.slice(1).map((line) => line.split(',').slice(4, 6).join(' '))).toEqual([
      'GBP 500000000',
      'USD 670000000',
      'USD 700000000',
    ]);
  });

  it('writes to --out', async () => {
    const dir = await mkdtemp(path.join(os.tmpdir(), 'tdg-out-'));
    const out = path.join(dir, 'timeline.md');
    const { code, stderr } = await runCli(['report', 'deal-timeline', '--format', 'markdown', '--out', out]);
    expect(code, stderr).toBe(0);
    const text = await readFile(out, 'utf8');
    expect(text.split('\n')[0]).toBe('| date | entry | what | subject | attributedTo | note | sources |');
    expect(text).toContain('| 2026-01-27 | status | paused |');
  });

  it.each([
    [['report', 'companies-near-official'], /missing parameter "person"/],
    [
      ['report', 'pledges-by-investor', '--param', 'limit=abc'],
      /parameter "limit": expected an integer, got "abc"/,
    ],
    [['report', 'sources-by-publisher', '--param', 'from=18/09/2025'], /parameter "from": expected a date/],
    [['report', 'deal-timeline', '--param', 'includeRelated=yes please'], /parameter "includeRelated"/],
    [['report', 'pledges-by-investor', '--param', 'currenci=GBP'], /unknown parameter "currenci"/],
    [['report', 'pledges-by-investor', '--param', 'limit'], /parameter "limit": expected key=value/],
    [['report', 'no-such-report'], /no report named "no-such-report"/],
  ])('exits non-zero naming the problem: %j', async (args, message) => {
    const { code, stderr } = await runCli(args);
    expect(code).not.toBe(0);
    expect(stderr).toMatch(/^tdg: /);
    expect(stderr).toMatch(message);
  });
});

describe('a report that writes', () => {
  it('is refused from a TDG_REPORTS_DIR folder, and the graph is unchanged', async () => {
    const dir = await mkdtemp(path.join(os.tmpdir(), 'tdg-reports-'));
    await writeFile(
      path.join(dir, 'wipe.cypher'),
      '// name: wipe\n// title: Clean up\n// question: What if a report deletes?\n\nMATCH (n) DETACH DELETE n\n',
    );
    await writeFile(
      path.join(dir, 'probe.cypher'),
      '// name: probe\n// title: Probe\n// question: What if a report creates?\n// param: label: string = "x"\n\nCREATE (n:Probe {label: $label}) RETURN n\n',
    );
    const before = await countGraph(driver, database);
    for (const name of ['wipe', 'probe']) {
      const { code, stderr } = await runCli(['report', name], { TDG_REPORTS_DIR: dir });
      expect(code).not.toBe(0);
      expect(stderr).toMatch(/^tdg: refused: this query would write \(query type (w|rw)\)/);
    }
    const listed = await runCli(['reports'], { TDG_REPORTS_DIR: dir });
    expect(listed.stdout).toContain('probe');
    expect(listed.stdout).not.toContain('pledges-by-investor');
    expect(await countGraph(driver, database)).toEqual(before);
  });

  it('is named when its header is malformed', async () => {
    const dir = await mkdtemp(path.join(os.tmpdir(), 'tdg-reports-'));
    await writeFile(
      path.join(dir, 'broken.cypher'),
      '// name: broken\n// title: Broken\n// param: limit: integr = 5\nRETURN 1\n',
    );
    const { code, stderr } = await runCli(['reports', '--reports-dir', dir]);
    expect(code).not.toBe(0);
    expect(stderr).toContain('broken.cypher');
    expect(stderr).toMatch(/unknown type "integr"|no "\/\/ question:" line/);
  });
});
