import { writeFile } from 'node:fs/promises';
import type { Command } from 'commander';
import { InvalidArgumentError, Option } from 'commander';
import type { Driver } from 'neo4j-driver';
import { type Config, loadConfig } from '../../config.ts';
import { connectNeo4j } from '../../neo4j/connect.ts';
import { commandRunner } from '../with-database.ts';
import {
  DEFAULT_MAX_ROWS,
  formatResult,
  loadReport,
  OUTPUT_FORMATS,
  type OutputFormat,
  parseParamAssignments,
  type QueryResult,
  resolveParams,
  resolveReportsDir,
  runReport,
} from '../../reports/index.ts';

/** Options shared by `tdg report` and `tdg cypher`. */
export interface QueryCommandOptions {
  readonly param: string[];
  readonly format: OutputFormat;
  readonly out?: string;
  readonly maxRows: number;
}

/** Adds `--param`, `--format`, `--out` and `--max-rows` to a command. */
export function addQueryOptions(command: Command): Command {
  return command
    .option(
      '-p, --param <key=value>',
      'a parameter (repeatable)',
      (value: string, all: string[]) => [...all, value],
      [],
    )
    .addOption(new Option('--format <format>', 'output format').choices(OUTPUT_FORMATS).default('table'))
    .option('-o, --out <file>', 'write the output to a file instead of standard output')
    .option('--max-rows <n>', 'keep at most this many rows', parsePositiveInteger, DEFAULT_MAX_ROWS);
}

/**
 * Runs `work` with a driver to the configured database, starting the local Neo4j if it is not running
 * (and stopping it afterwards if this command started it). No schema is applied: reports only read.
 */
export async function withReadConnection<T>(
  work: (driver: Driver, config: Config) => Promise<T>,
): Promise<T> {
  const config = loadConfig(process.env);
  const connection = await connectNeo4j(config, process.env, (line) => process.stderr.write(`${line}\n`));
  try {
    return await work(connection.driver, config);
  } finally {
    await connection.close();
  }
}

/** Prints a result in the chosen format, to `--out` or standard output; notes truncation on stderr. */
export async function writeResult(result: QueryResult, options: QueryCommandOptions): Promise<void> {
  const text = formatResult(result, options.format);
  if (options.out) {
    await writeFile(options.out, text, 'utf8');
    process.stderr.write(`Wrote ${result.rows.length} rows (${options.format}) to ${options.out}.\n`);
  } else {
    process.stdout.write(text);
  }
  if (result.truncated) {
    process.stderr.write(
      `Note: only the first ${result.rows.length} rows were kept (--max-rows ${options.maxRows}).\n`,
    );
  }
}

/** `tdg report <name>`: runs one report of the reports folder, read-only. */
export function registerReportCommand(program: Command): void {
  const command = program
    .command('report')
    .description('run a Cypher report (see `tdg reports`), read-only')
    .argument('<name>', 'the report name (its file name without .cypher)')
    .option('--reports-dir <dir>', 'the reports folder (default: TDG_REPORTS_DIR or ./reports)');
  addQueryOptions(command).action(
    async (name: string, options: QueryCommandOptions & { reportsDir?: string }) => {
      const reportsDir = options.reportsDir ?? resolveReportsDir(process.env);
      const params = parseParamAssignments(options.param);
      // Checked before connecting, so a wrong parameter fails fast without starting Neo4j.
      const report = await loadReport(name, { reportsDir });
      resolveParams(report.params, params, report.name);
      await withReadConnection(async (driver, config) => {
        const result = await runReport(commandRunner(driver, config, 'read'), name, params, {
          reportsDir,
          timeoutMs: config.neo4j.queryTimeoutMs,
          maxRows: options.maxRows,
        });
        await writeResult(result, options);
      });
    },
  );
}

function parsePositiveInteger(value: string): number {
  const n = Number(value);
  if (!/^\d+$/.test(value) || !Number.isSafeInteger(n) || n < 1) {
    throw new InvalidArgumentError('expected a positive integer');
  }
  return n;
}
