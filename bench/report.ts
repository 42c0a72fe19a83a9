import type { LoadedDataset } from './dataset.ts';
import type { LoadResult, LoadOptions } from './measure.ts';
import type { RssStats } from './servers.ts';
import type { Targets, Way } from './workload/operations.ts';

/** The targets. */
export const TARGETS = {
  throughputVsNeo4jGraphql: 1.5,
  p99VsNeo4jGraphql: 0.7,
  p50VsRaw: 1.3,
  statements: [1, 3] as const,
  importItemsPerSecondAtM: 50_000,
  rssMb: 300,
};

/** One operation's figures, per way. */
export interface OperationReport {
  readonly name: string;
  readonly description: string;
  readonly equal: boolean;
  readonly resultSummary: string;
  readonly load: Partial<Record<Way, LoadResult>>;
  readonly statementsPerRequest: Partial<Record<Way, number>>;
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

const fmt = (value: number | undefined, digits = 1): string =>
  value === undefined || Number.isNaN(value) ? '–' : value.toFixed(digits);
const ratio = (a: number | undefined, b: number | undefined): number | undefined =>
  a === undefined || b === undefined || b === 0 ? undefined : a / b;
const verdict = (ok: boolean | undefined): string => (ok === undefined ? '–' : ok ? 'pass' : '**FAIL**');
const three = (values: Partial<Record<Way, number>>, digits = 1): string =>
  (['ours', 'neo4j-graphql', 'raw'] as const).map((way) => fmt(values[way], digits)).join(' / ');

/** The pass/fail of one operation against each target (undefined when a figure is missing). */
export function judgeOperation(op: OperationReport) {
  const ours = op.load.ours;
  const neo = op.load['neo4j-graphql'];
  const raw = op.load.raw;
  const throughput = ratio(ours?.requestsPerSecond, neo?.requestsPerSecond);
  const p99 = ratio(ours?.p99Ms, neo?.p99Ms);
  const p50Raw = ratio(ours?.p50Ms, raw?.p50Ms);
  const statements = op.statementsPerRequest.ours;
  return {
    throughput,
    p99,
    p50Raw,
    throughputRaw: ratio(ours?.requestsPerSecond, raw?.requestsPerSecond),
    throughputOk: throughput === undefined ? undefined : throughput >= TARGETS.throughputVsNeo4jGraphql,
    p99Ok: p99 === undefined ? undefined : p99 <= TARGETS.p99VsNeo4jGraphql,
    p50RawOk: p50Raw === undefined ? undefined : p50Raw <= TARGETS.p50VsRaw,
    statementsOk:
      statements === undefined
        ? undefined
        : statements >= TARGETS.statements[0] && statements <= TARGETS.statements[1],
  };
}

function operationRows(report: BenchReport): string[] {
  const rows = [
    '| Operation | req/s ours / @neo4j/graphql / raw | p50 ms | p95 ms | p99 ms | statements/request | errors + non-2xx + mismatches | throughput ours÷@neo4j/graphql (≥ 1.5) | p99 ours÷@neo4j/graphql (≤ 0.7) | p50 ours÷raw (≤ 1.3) | throughput ours÷raw | statements 1–3 |',
    '| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |',
  ];
  for (const op of report.operations) {
    const pick = (key: keyof LoadResult) =>
      Object.fromEntries(Object.entries(op.load).map(([way, load]) => [way, load[key]])) as Partial<
        Record<Way, number>
      >;
    const failures = Object.fromEntries(
      Object.entries(op.load).map(([way, load]) => [way, load.errors + load.non2xx + load.mismatches]),
    ) as Partial<Record<Way, number>>;
    const j = judgeOperation(op);
    rows.push(
      `| ${op.name} | ${three(pick('requestsPerSecond'))} | ${three(pick('p50Ms'))} | ${three(pick('p95Ms'))} | ` +
        `${three(pick('p99Ms'))} | ${three(op.statementsPerRequest, 2)} | ${three(failures, 0)} | ` +
        `${fmt(j.throughput, 2)} ${verdict(j.throughputOk)} | ${fmt(j.p99, 2)} ${verdict(j.p99Ok)} | ` +
        `${fmt(j.p50Raw, 2)} ${verdict(j.p50RawOk)} | ${fmt(j.throughputRaw, 2)} | ${verdict(j.statementsOk)} |`,
    );
  }
  return rows;
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
      `(order rotated each round), ${options.warmup} s warm-up. Equality check: ` +
      `${report.operations.every((op) => op.equal) ? 'passed for every operation' : '**FAILED**'}.`,
    '',
    'Values are ours / @neo4j/graphql / raw driver. Latencies over every response of every round.',
    '',
    ...operationRows(report),
    '',
    '| Server | RSS start MB | RSS max MB | RSS end MB |',
    '| --- | --- | --- | --- |',
    ...(['ours', 'neo4j-graphql', 'raw'] as const).map((way) => {
      const rss = report.rss[way];
      return `| ${way} | ${fmt(rss?.startMb)} | ${fmt(rss?.maxMb)} | ${fmt(rss?.endMb)} |`;
    }),
    '',
    `Our server's RSS under load: max ${fmt(rssOurs)} MB (target < ${TARGETS.rssMb} MB): ` +
      `${verdict(rssOurs === undefined ? undefined : rssOurs < TARGETS.rssMb)}.`,
    '',
    stats
      ? `Import: ${stats.nodes} nodes + ${stats.relationships} relationships in ${stats.importSeconds} s = ` +
        `**${stats.itemsPerSecond} items/s** (generation ${stats.generateSeconds} s, not counted; target at M: ` +
        `≥ ${TARGETS.importItemsPerSecondAtM}/s: ${dataset.scale === 'M' ? verdict(stats.itemsPerSecond >= TARGETS.importItemsPerSecondAtM) : 'applies at M'}).`
      : 'Import: skipped (this scale and seed were already loaded; delete the database or change the seed to time it).',
    '',
    '| Operation | What | Result (ours) |',
    '| --- | --- | --- |',
    ...report.operations.map((op) => `| ${op.name} | ${op.description} | ${op.resultSummary} |`),
    '',
  ];
  return lines.join('\n');
}
