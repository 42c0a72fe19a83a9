import { describe, expect, it } from 'vitest';
import type { LoadResult } from './measure.ts';
import { type BenchReport, formatMarkdown, judgeOperation, type OperationReport } from './report.ts';

const load = (requestsPerSecond: number, p50Ms: number, p99Ms: number): LoadResult => ({
  requests: requestsPerSecond * 6,
  seconds: 6,
  requestsPerSecond,
  p50Ms,
  p95Ms: p99Ms - 1,
  p99Ms,
  errors: 0,
  non2xx: 0,
  mismatches: 0,
});

const REASON =
  'The allocation of an extra 2.0 MiB would use more than the limit 2.1 GiB. Currently using 2.1 GiB. ' +
  'dbms.memory.transaction.total.max threshold reached';

const answered: OperationReport = {
  name: 'entity',
  description: 'an agreement by id',
  equal: true,
  resultSummary: 'parties: 2',
  load: { ours: load(200, 70, 150), 'neo4j-graphql': load(100, 50, 300), raw: load(900, 50, 40) },
  statementsPerRequest: { ours: 3, 'neo4j-graphql': 1, raw: 1 },
};

const unanswered: OperationReport = {
  name: 'events-deep-page',
  description: 'events, the page at offset 6400',
  equal: true,
  resultSummary: 'nodes: 20',
  load: { ours: load(20, 100, 300), raw: load(100, 80, 200) },
  statementsPerRequest: { ours: 2, raw: 1 },
  failed: { 'neo4j-graphql': REASON },
};

const report = (operations: OperationReport[]): BenchReport => ({
  date: '2026-11-24',
  command: 'npm run bench -- --scale M',
  machine: { cpus: 2, node: 'v20', neo4j: '5.26' },
  dataset: { scale: 'M', seed: 1, nodes: 100_000, relationships: 1_000_000, importStats: null, probes: {} },
  targets: {
    entityId: 'agreement:1',
    eventsFrom: '2015-01-01',
    eventsTo: '2024-01-01',
    deepPage: { offset: 6400, after: null },
    searchText: 'x',
    pathFrom: 'a',
    pathTo: 'b',
    currency: 'USD',
    hubId: 'country:1',
    connectionId: 'country:1',
  },
  options: { connections: 16, duration: 10, rounds: 3, warmup: 3 },
  operations,
  rss: { ours: { startMb: 160, maxMb: 240, endMb: 200 } },
});

const row = (markdown: string, name: string): string[] => {
  const line = markdown.split('\n').find((l) => l.startsWith(`| ${name} | `) && l.includes(' / '));
  if (!line) throw new Error(`no row for ${name}`);
  return line
    .slice(2, -2)
    .split(' | ')
    .map((cell) => cell.trim());
};

describe('judgeOperation', () => {
  it('does not judge the targets against a way that could not answer', () => {
    const j = judgeOperation(unanswered);
    expect(j.throughput).toEqual({ value: undefined, verdict: 'unanswered', failedWay: 'neo4j-graphql' });
    expect(j.p99.verdict).toBe('unanswered');
    expect(j.p50Raw).toEqual({ value: 100 / 80, verdict: 'fail' });
    expect(j.statements.verdict).toBe('pass');
  });

  it('judges every target when all ways answered', () => {
    const j = judgeOperation(answered);
    expect(j.throughput).toEqual({ value: 2, verdict: 'pass' });
    expect(j.p99).toEqual({ value: 0.5, verdict: 'pass' });
    expect(j.p50Raw.verdict).toBe('fail');
  });
});

describe('formatMarkdown', () => {
  it('shows a failed way as failed, with no ratio against it, and its reason under the table', () => {
    const markdown = formatMarkdown(report([answered, unanswered]));
    const cells = row(markdown, 'events-deep-page');
    expect(cells.slice(2, 8)).toEqual([
      '20.0 / failed / 100.0',
      '100.0 / failed / 80.0',
      '299.0 / failed / 199.0',
      '300.0 / failed / 200.0',
      '2.00 / failed / 1.00',
      '0 / failed / 0',
    ]);
    expect(cells[8]).toBe('n/a (@neo4j/graphql failed, see below)');
    expect(cells[9]).toBe('n/a (@neo4j/graphql failed, see below)');
    expect(cells[10]).toBe('1.25 **FAIL**');
    expect(cells[11]).toBe('0.20 (no target)');
    expect(cells[12]).toBe('pass');
    expect(markdown).toContain(
      'Equality check: passed for every answer; @neo4j/graphql could not answer 1 operation (events-deep-page): see below.',
    );
    expect(markdown).toContain(`- events-deep-page: @neo4j/graphql failed: \`${REASON}\``);
    expect(markdown.indexOf('**Not answered.**')).toBeLessThan(markdown.indexOf('| Server |'));
  });

  it('keeps the figures and verdicts of the operations every way answered', () => {
    const cells = row(formatMarkdown(report([answered, unanswered])), 'entity');
    expect(cells.slice(1, 4)).toEqual(['native', '200.0 / 100.0 / 900.0', '70.0 / 50.0 / 50.0']);
    expect(cells.slice(8, 12)).toEqual(['2.00 pass', '0.50 pass', '1.40 **FAIL**', '0.22 (no target)']);
  });

  it('says nothing of failures when every way answered', () => {
    const markdown = formatMarkdown(report([answered]));
    expect(markdown).toContain('Equality check: passed for every operation.');
    expect(markdown).not.toContain('failed');
    expect(markdown).not.toContain('Not answered');
  });

  it('says which figures come from a cache, in the row and under the table', () => {
    const cachedOp: OperationReport = {
      ...answered,
      name: 'investment-totals',
      cached: { ours: 'per version' },
    };
    const markdown = formatMarkdown(report([answered, cachedOp]));
    expect(row(markdown, 'investment-totals (cached: ours)')[0]).toBe('investment-totals (cached: ours)');
    expect(markdown).toContain('**From a cache.**');
    expect(markdown).toContain('- investment-totals, ours: per version');
    expect(formatMarkdown(report([answered]))).not.toContain('From a cache');
  });

  it('judges a hand-written operation against the raw floor only', () => {
    const handWritten: OperationReport = { ...answered, name: 'neighborhood', kind: 'hand-written' };
    const j = judgeOperation(handWritten);
    expect(j.throughput.verdict).toBe('untargeted');
    expect(j.p99.verdict).toBe('untargeted');
    expect(j.throughputRaw).toEqual({ value: 200 / 900, verdict: 'fail' });
    const cells = row(formatMarkdown(report([handWritten])), 'neighborhood');
    expect(cells.slice(8, 12)).toEqual([
      '2.00 (no target)',
      '0.50 (no target)',
      '1.40 **FAIL**',
      '0.22 **FAIL**',
    ]);
  });
});
