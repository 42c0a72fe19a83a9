import { mkdir, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import type { Driver } from 'neo4j-driver';
import { format, resolveConfig } from 'prettier';
import { ensureDataset } from './dataset.ts';
import { checkEquality } from './equality.ts';
import { measureOperation } from './measure.ts';
import { parseOptions, USAGE, type BenchOptions } from './options.ts';
import { type BenchReport, formatMarkdown, type OperationReport } from './report.ts';
import { type BenchServer, sampleRss, startServers } from './servers.ts';
import { countStatements } from './statements.ts';
import { createOperations, type Operation, type Way, WAYS } from './workload/operations.ts';
import { resolveTargets } from './workload/targets.ts';
import { createDriver, loadConfig, PROJECT_ROOT, resolveNeo4jPassword, type Config } from '../src/index.ts';
import { startLocalNeo4j, stopLocalNeo4j } from '../src/tools.ts';

/** Writes a results file as the project's Prettier would (so `npm run format:check` stays green). */
async function writeFormatted(file: string, text: string): Promise<void> {
  await writeFile(file, await format(text, { ...(await resolveConfig(file)), filepath: file }));
}

const log = (line: string) => process.stderr.write(`[bench] ${line}\n`);

/** The benchmark's own Neo4j unless told otherwise: instance `bench` on Bolt port 7702. */
const BENCH_ENV_DEFAULTS = {
  TDG_NEO4J_INSTANCE: 'bench',
  NEO4J_BOLT_PORT: '7702',
  NEO4J_HEAP: '2g',
  NEO4J_PAGECACHE: '1g',
};

async function neo4jVersion(driver: Driver, database: string | undefined): Promise<string> {
  const { records } = await driver.executeQuery(
    'CALL dbms.components() YIELD versions RETURN versions[0] AS v',
    {},
    {
      database,
    },
  );
  return String(records[0]?.get('v') ?? '?');
}

/** Runs the equality check; throws when a way that answered differs from ours. */
async function checkAll(servers: readonly BenchServer[], operations: readonly Operation[]) {
  const equality = await checkEquality(servers, operations);
  for (const result of equality) {
    const failures = Object.entries(result.failed).map(([way, reason]) => `; ${way} FAILED: ${reason}`);
    log(
      `equality ${result.operation}: ${result.equal ? 'same' : 'DIFFERENT'} (${result.summary})${failures.join('')}`,
    );
  }
  const different = equality.filter((result) => !result.equal);
  if (different.length > 0) {
    throw new Error(
      `The three ways differ:\n${different.map((f) => `${f.operation}:\n  ${f.differences.join('\n  ')}`).join('\n')}`,
    );
  }
  return equality;
}

async function measureAll(
  driver: Driver,
  config: Config,
  servers: readonly BenchServer[],
  options: BenchOptions,
  probes: Parameters<typeof resolveTargets>[2],
) {
  const database = config.neo4j.database;
  const targets = await resolveTargets(driver, database, probes);
  log(`Targets: ${JSON.stringify(targets)}`);
  const operations = createOperations(targets).filter(
    (op) => options.only.length === 0 || options.only.includes(op.name),
  );
  const equality = await checkAll(servers, operations);
  // A way that could not answer an operation is neither counted nor loaded for it.
  const answering = (i: number) => servers.filter((server) => !(server.way in (equality[i]?.failed ?? {})));
  const statements = new Map<string, Partial<Record<Way, number>>>();
  for (const [i, operation] of operations.entries()) {
    const perWay: Partial<Record<Way, number>> = {};
    for (const server of answering(i))
      perWay[server.way] = await countStatements(driver, database, server, operation);
    statements.set(operation.name, perWay);
    log(`statements ${operation.name}: ${JSON.stringify(perWay)}`);
  }
  const reports: OperationReport[] = [];
  const rss = sampleRss(servers);
  for (const [i, operation] of operations.entries()) {
    const check = equality[i];
    const load = await measureOperation(answering(i), operation, check?.bodies ?? {}, options.load, log);
    const failed = check?.failed ?? {};
    reports.push({
      name: operation.name,
      description: operation.description,
      kind: operation.kind,
      equal: check?.equal ?? false,
      resultSummary: check?.summary ?? '',
      load: Object.fromEntries(load),
      statementsPerRequest: statements.get(operation.name) ?? {},
      ...(Object.keys(failed).length > 0 ? { failed } : {}),
      ...(operation.cached ? { cached: operation.cached } : {}),
    });
  }
  return { targets, reports, rss: Object.fromEntries(rss.stop()) };
}

async function main(): Promise<void> {
  const parsed = parseOptions(process.argv.slice(2));
  if (parsed === 'help') {
    process.stdout.write(`${USAGE}\n`);
    return;
  }
  const options = parsed;
  const config = loadConfig({ ...BENCH_ENV_DEFAULTS, ...process.env });
  const started = config.neo4j.local ? (await startLocalNeo4j(config, process.env, log)).started : false;
  const driver = createDriver(config.neo4j);
  let servers: BenchServer[] = [];
  try {
    const database = config.neo4j.database;
    const dataset = await ensureDataset(driver, database, options.scale, options.seed, log, options.reload, {
      config,
      mode: options.importMode,
    });
    log('Starting the three servers...');
    servers = await startServers(WAYS, {
      neo4jUri: config.neo4j.uri,
      neo4jPassword: resolveNeo4jPassword(config.neo4j),
      ports: WAYS.map((_, i) => options.basePort + i),
      logLevel: options.logLevel,
    });
    const { targets, reports, rss } = await measureAll(driver, config, servers, options, dataset.probes);
    const date = new Date().toISOString().slice(0, 10);
    const report: BenchReport = {
      date,
      command: `npm run bench -- ${process.argv.slice(2).join(' ')}`.trim(),
      machine: { cpus: os.cpus().length, node: process.version, neo4j: await neo4jVersion(driver, database) },
      dataset,
      targets,
      options: options.load,
      operations: reports,
      rss,
    };
    const outDir = path.resolve(PROJECT_ROOT, options.outDir);
    await mkdir(outDir, { recursive: true });
    const base = path.join(outDir, `${date}-${options.scale}`);
    await writeFormatted(`${base}.json`, JSON.stringify(report));
    const markdown = formatMarkdown(report);
    await writeFormatted(`${base}.md`, markdown);
    process.stdout.write(`${markdown}\nWrote ${base}.json and ${base}.md\n`);
  } finally {
    await Promise.all(servers.map((server) => server.stop()));
    await driver.close();
    if (started && !options.keepNeo4j) await stopLocalNeo4j(config, log);
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`bench: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exitCode = 1;
});
