import type { BulkPhases, LoadedDataset } from './dataset.ts';
import type { LoadResult, LoadOptions } from './measure.ts';
import type { RssStats } from './servers.ts';
import type { Targets, Way } from './workload/operations.ts';

/**
 * Issue 18's targets: operations the library supports natively against it, those it needs hand-written
 * `@cypher` for against the raw floor (whose statement it runs), every operation's p50 against the floor.
 */
export const TARGETS = {
  /** Native operations: ours ÷ @neo4j/graphql. */
  throughputVsNeo4jGraphql: 1.5,
  p99VsNeo4jGraphql: 0.7,
  /** Hand-written operations: ours ÷ raw. */
  throughputVsRaw: 0.95,
  /** Every operation: ours ÷ raw. */
  p50VsRaw: 1.2,
  statements: [1, 3] as const,
  /** The transactional import at M, nodes + relationships per second. */
  importItemsPerSecondAtM: 25_000,
  rssMb: 300,
};

/** One operation's figures, per way. */
export interface OperationReport {
  readonly name: string;
  readonly description: string;
  /** Which targets apply: against the library (`native`) or against the raw floor (`hand-written`). */
  readonly kind?: 'native' | 'hand-written';
  /** Whether every way that answered returned the same data as ours. */
  readonly equal: boolean;
  readonly resultSummary: string;
  readonly load: Partial<Record<Way, LoadResult>>;
  readonly statementsPerRequest: Partial<Record<Way, number>>;
  /**
   * The ways that could not answer the operation, each with the start of its error message; such a
   * way has no `load` and no `statementsPerRequest` for the operation. Absent when every way answered.
   */
  readonly failed?: Readonly<Partial<Record<Way, string>>>;
  /** The ways whose figures for this operation come from a cache, and what it caches. Absent: none. */
  readonly cached?: Readonly<Partial<Record<Way, string>>>;
}

/** Everything a run measured: what bench/results/<date>-<scale>.json holds. */
export interface BenchReport {
  readonly date: string;
  readonly command: string;
  readonly machine: { readonly cpus: number; readonly node: string; readonly neo4j: string };
  readonly dataset: LoadedDataset;
  readonly targets: Targets;
  readonly options: LoadOptions;
  readonly operations: readonly OperationReport[];
  readonly rss: Partial<Record<Way, RssStats>>;
}

/**
 * A target check: met, missed, not judged because a way it compares with could not answer the
 * operation, or no figure.
 */
export type Verdict = 'pass' | 'fail' | 'unanswered' | 'missing' | 'untargeted';

/** One target check of one operation. */
export interface Check {
  readonly value: number | undefined;
  readonly verdict: Verdict;
  /** The way that could not answer, when the verdict is `unanswered`. */
  readonly failedWay?: Way;
}

const ORDER = ['ours', 'neo4j-graphql', 'raw'] as const;
const LABELS: Readonly<Record<Way, string>> = { ours: 'ours', 'neo4j-graphql': '@neo4j/graphql', raw: 'raw' };

const fmt = (value: number | undefined, digits = 1): string =>
  value === undefined || Number.isNaN(value) ? '–' : value.toFixed(digits);
const ratio = (a: number | undefined, b: number | undefined): number | undefined =>
  a === undefined || b === undefined || b === 0 ? undefined : a / b;
const verdict = (ok: boolean | undefined): string => (ok === undefined ? '–' : ok ? 'pass' : '**FAIL**');
const failedWays = (op: OperationReport): Way[] => ORDER.filter((way) => op.failed?.[way] !== undefined);

/** The pass/fail of one operation against each target; a check against a way that failed is `unanswered`. */
export function judgeOperation(op: OperationReport) {
  const check = (
    value: number | undefined,
    ways: readonly Way[],
    ok: (value: number) => boolean,
    targeted = true,
  ): Check => {
    const failedWay = ways.find((way) => op.failed?.[way] !== undefined);
    if (failedWay) return { value: undefined, verdict: 'unanswered', failedWay };
    if (value === undefined) return { value, verdict: 'missing' };
    if (!targeted) return { value, verdict: 'untargeted' };
    return { value, verdict: ok(value) ? 'pass' : 'fail' };
  };
  const native = (op.kind ?? 'native') === 'native';
  const { ours, raw } = op.load;
  const neo = op.load['neo4j-graphql'];
  const statements = op.statementsPerRequest.ours;
  return {
    throughput: check(
      ratio(ours?.requestsPerSecond, neo?.requestsPerSecond),
      ['ours', 'neo4j-graphql'],
      (v) => v >= TARGETS.throughputVsNeo4jGraphql,
      native,
    ),
    p99: check(
      ratio(ours?.p99Ms, neo?.p99Ms),
      ['ours', 'neo4j-graphql'],
      (v) => v <= TARGETS.p99VsNeo4jGraphql,
      native,
    ),
    p50Raw: check(ratio(ours?.p50Ms, raw?.p50Ms), ['ours', 'raw'], (v) => v <= TARGETS.p50VsRaw),
    throughputRaw: check(
      ratio(ours?.requestsPerSecond, raw?.requestsPerSecond),
      ['ours', 'raw'],
      (v) => v >= TARGETS.throughputVsRaw,
      !native,
    ),
    statements: check(statements, ['ours'], (v) => v >= TARGETS.statements[0] && v <= TARGETS.statements[1]),
  };
}

/** A ratio cell: its value, its verdict or both (`0.80 **FAIL**`), or why there is no ratio. */
function checkCell(check: Check, show: 'both' | 'value' | 'verdict' = 'both'): string {
  if (check.verdict === 'unanswered') return `n/a (${LABELS[check.failedWay ?? 'ours']} failed, see below)`;
  const value = fmt(check.value, 2);
  if (check.verdict === 'untargeted') return show === 'verdict' ? '–' : `${value} (no target)`;
  const judged = verdict(check.verdict === 'missing' ? undefined : check.verdict === 'pass');
  return show === 'value' ? value : show === 'verdict' ? judged : `${value} ${judged}`;
}

function operationRows(report: BenchReport): string[] {
  const rows = [
    '| Operation | kind | req/s ours / @neo4j/graphql / raw | p50 ms | p95 ms | p99 ms | statements/request | errors + non-2xx + mismatches | throughput ours÷@neo4j/graphql (native: ≥ 1.5) | p99 ours÷@neo4j/graphql (native: ≤ 0.7) | p50 ours÷raw (≤ 1.2) | throughput ours÷raw (hand-written: ≥ 0.95) | statements 1–3 |',
    '| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |',
  ];
  for (const op of report.operations) {
    const three = (values: Partial<Record<Way, number>>, digits = 1): string =>
      ORDER.map((way) => (op.failed?.[way] === undefined ? fmt(values[way], digits) : 'failed')).join(' / ');
    const pick = (key: keyof LoadResult) =>
      Object.fromEntries(Object.entries(op.load).map(([way, load]) => [way, load[key]])) as Partial<
        Record<Way, number>
      >;
    const failures = Object.fromEntries(
      Object.entries(op.load).map(([way, load]) => [way, load.errors + load.non2xx + load.mismatches]),
    ) as Partial<Record<Way, number>>;
    const j = judgeOperation(op);
    const name = op.cached
      ? `${op.name} (cached: ${ORDER.filter((w) => op.cached?.[w]).join(', ')})`
      : op.name;
    rows.push(
      `| ${name} | ${op.kind ?? 'native'} | ${three(pick('requestsPerSecond'))} | ${three(pick('p50Ms'))} | ${three(pick('p95Ms'))} | ` +
        `${three(pick('p99Ms'))} | ${three(op.statementsPerRequest, 2)} | ${three(failures, 0)} | ` +
        `${checkCell(j.throughput)} | ${checkCell(j.p99)} | ${checkCell(j.p50Raw)} | ` +
        `${checkCell(j.throughputRaw)} | ${checkCell(j.statements, 'verdict')} |`,
    );
  }
  return rows;
}

/** What the equality check found, for the header line. */
function equalitySummary(report: BenchReport): string {
  if (!report.operations.every((op) => op.equal)) return '**FAILED**';
  const unansweredOps = report.operations.filter((op) => failedWays(op).length > 0);
  if (unansweredOps.length === 0) return 'passed for every operation';
  const ways = [...new Set(unansweredOps.flatMap(failedWays))].map((way) => LABELS[way]).join(', ');
  return (
    `passed for every answer; ${ways} could not answer ${unansweredOps.length} ` +
    `operation${unansweredOps.length === 1 ? '' : 's'} (${unansweredOps.map((op) => op.name).join(', ')}): see below`
  );
}

/** The operations a way could not answer, with its reasons; empty when every way answered. */
function failureLines(report: BenchReport): string[] {
  const items = report.operations.flatMap((op) =>
    failedWays(op).map(
      (way) => `- ${op.name}: ${LABELS[way]} failed: \`${(op.failed?.[way] ?? '').replaceAll('`', "'")}\``,
    ),
  );
  if (items.length === 0) return [];
  return [
    '',
    '**Not answered.** A way whose request failed in the equality check (HTTP error, GraphQL `errors`, ' +
      'no response) is not measured for that operation, and the targets against it are not judged there ' +
      '(neither pass nor fail): the library could not answer the operation at all.',
    '',
    ...items,
  ];
}

/** Which figures come from a cache (operation, way, what is cached); empty when none. */
function cacheLines(report: BenchReport): string[] {
  const items = report.operations.flatMap((op) =>
    ORDER.filter((way) => op.cached?.[way] !== undefined).map(
      (way) => `- ${op.name}, ${LABELS[way]}: ${op.cached?.[way] ?? ''}`,
    ),
  );
  if (items.length === 0) return [];
  return ['', '**From a cache.** These figures measure a cache, not the statement behind it:', '', ...items];
}

/** A bulk import's steps: `validate 6.8 s, CSV 7.8 s, ...`. */
function formatPhases(phases: BulkPhases): string {
  return (
    `validate ${phases.validate} s, CSV ${phases.csv} s, neo4j-admin ${phases.neo4jAdmin} s, ` +
    `start ${phases.start} s, schema and indexes ${phases.schema} s`
  );
}

/** The markdown account of a run: bench/results/<date>-<scale>.md. */
export function formatMarkdown(report: BenchReport): string {
  const { dataset, options } = report;
  const stats = dataset.importStats;
  const rssOurs = report.rss.ours?.maxMb;
  const lines = [
    `# Benchmark ${report.date}, scale ${dataset.scale} (seed ${dataset.seed})`,
    '',
    `Command: \`${report.command}\`  `,
    `Graph: ${dataset.nodes} nodes, ${dataset.relationships} relationships. Machine: ${report.machine.cpus} CPUs, ` +
      `Node ${report.machine.node}, Neo4j ${report.machine.neo4j}.  `,
    `Load: autocannon, ${options.connections} connections, ${options.rounds} rounds × ${options.duration} s per way ` +
      `(order rotated each round), ${options.warmup} s warm-up. Equality check: ${equalitySummary(report)}.`,
    '',
    'Values are ours / @neo4j/graphql / raw driver. Latencies over every response of every round.',
    '',
    ...operationRows(report),
    ...cacheLines(report),
    ...failureLines(report),
    '',
    '| Server | RSS start MB | RSS max MB | RSS end MB |',
    '| --- | --- | --- | --- |',
    ...ORDER.map((way) => {
      const rss = report.rss[way];
      return `| ${way} | ${fmt(rss?.startMb)} | ${fmt(rss?.maxMb)} | ${fmt(rss?.endMb)} |`;
    }),
    '',
    `Our server's RSS under load: max ${fmt(rssOurs)} MB (target < ${TARGETS.rssMb} MB): ` +
      `${verdict(rssOurs === undefined ? undefined : rssOurs < TARGETS.rssMb)}.`,
    '',
    stats
      ? `Import (${stats.method}${stats.phases ? `: ${formatPhases(stats.phases)}` : ''}): ` +
        `${stats.nodes} nodes + ${stats.relationships} relationships in ${stats.importSeconds} s = ` +
        `**${stats.itemsPerSecond} items/s** (generation ${stats.generateSeconds} s, not counted; target, transactional at M: ` +
        `≥ ${TARGETS.importItemsPerSecondAtM}/s: ${dataset.scale === 'M' && stats.method === 'transactional' ? verdict(stats.itemsPerSecond >= TARGETS.importItemsPerSecondAtM) : 'applies to a transactional import at M'}).`
      : 'Import: skipped (this scale and seed were already loaded; delete the database or change the seed to time it).',
    '',
    '| Operation | What | Result (ours) |',
    '| --- | --- | --- |',
    ...report.operations.map((op) => `| ${op.name} | ${op.description} | ${op.resultSummary} |`),
    '',
  ];
  return lines.join('\n');
}
