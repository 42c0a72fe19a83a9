import { userInfo } from 'node:os';
import path from 'node:path';
import type { Command } from 'commander';
import { loadConfig } from '../../config.ts';
import {
  assertBulkImportPossible,
  bulkImportDatasetFiles,
  formatBulkSummary,
  startBulkImportedGraph,
  validateForBulkImport,
} from '../../ingest/bulk-import.ts';
import {
  formatSummary,
  formatSummaryWithDiff,
  formatWarnings,
  importDatasetFiles,
  seedGraph,
} from '../../ingest/index.ts';
import { stopLocalNeo4j } from '../../runtime/local-neo4j.ts';
import { commandRunner, withDatabase } from '../with-database.ts';

const print = (line: string) => process.stdout.write(`${line}\n`);
const log = (line: string) => process.stderr.write(`${line}\n`);

interface ImportCommandOptions {
  dryRun?: boolean;
  bulk?: boolean;
  replace?: boolean;
  verbose?: boolean;
  actor?: string;
}

/** Who the change log names for a command's writes: `--actor`, or the operating-system user. */
export function commandActor(actor: string | undefined): string {
  if (actor !== undefined && actor.trim() !== '') return actor.trim();
  try {
    return userInfo().username;
  } catch {
    return 'unknown';
  }
}

/**
 * `tdg import --bulk`: offline, into the local Neo4j, which must be stopped (never started first); then
 * started for the schema and indexes, and stopped again.
 */
async function bulkImport(files: string[], options: ImportCommandOptions): Promise<void> {
  const config = loadConfig(process.env);
  if (options.dryRun === true) {
    const { records } = await validateForBulkImport(files);
    print(`${files.length} file(s), ${records} records: valid for a bulk import (dry run, nothing written).`);
    return;
  }
  assertBulkImportPossible(config, options.replace === true);
  const imported = await bulkImportDatasetFiles(config, files, { replace: options.replace === true, log });
  try {
    const { summary } = await startBulkImportedGraph(config, imported, {
      log,
      actor: commandActor(options.actor),
    });
    print(formatBulkSummary(summary));
  } finally {
    await stopLocalNeo4j(config, log);
  }
}

/** `tdg import <file...>` and `tdg seed`: validated, atomic, idempotent loads of dataset files. */
export function registerImportCommands(program: Command): void {
  program
    .command('import')
    .description('validate and load dataset files (docs/dataset-format.md), each atomically')
    .argument('<files...>', 'dataset JSON files')
    .option(
      '--dry-run',
      'validate against the database and print what would change, record by record, writing nothing',
    )
    .option('--verbose', 'print what changed, record by record (field: before → after)')
    .option('--actor <name>', 'who the change log names for this import (default: the operating-system user)')
    .option(
      '--bulk',
      'load into an empty local Neo4j with neo4j-admin (much faster for large loads): the local Neo4j must be stopped; with --dry-run, only validates the files',
    )
    .option(
      '--replace',
      "a record the database holds gets exactly the file's fields (default: fields given overwrite, others are kept, aliases are added); with --bulk: discard the database the local Neo4j already holds",
    )
    .action(async (files: string[], options: ImportCommandOptions) => {
      if (options.bulk === true)
        return bulkImport(
          files.map((file) => path.resolve(file)),
          options,
        );
      await withDatabase(async (driver, config) => {
        const summaries = await importDatasetFiles(
          commandRunner(driver, config, 'write'),
          files.map((file) => path.resolve(file)),
          config.neo4j.database,
          {
            dryRun: options.dryRun === true,
            update: options.replace === true ? 'replace' : 'merge',
            log: { actor: commandActor(options.actor) },
          },
        );
        const diff = options.dryRun === true || options.verbose === true;
        summaries.forEach((summary) => print(diff ? formatSummaryWithDiff(summary) : formatSummary(summary)));
        for (const summary of summaries) {
          formatWarnings(summary).forEach(options.dryRun === true ? print : log);
          if (summary.changeId) log(`Recorded in the change log as ${summary.changeId}.`);
        }
      });
    });
  program
    .command('seed')
    .description(
      "load the ISO 3166-1 countries and the project's seed (the UK–US technology deal of September 2025); idempotent",
    )
    .option('--actor <name>', 'who the change log names for the seed (default: the operating-system user)')
    .action(async (options: { actor?: string }) => {
      await withDatabase(async (driver, config) => {
        const summaries = await seedGraph(commandRunner(driver, config, 'write'), {
          database: config.neo4j.database,
          actor: commandActor(options.actor),
        });
        summaries.forEach((summary) => print(formatSummary(summary)));
      });
    });
  program
    .command('schema')
    .description("apply the graph's constraints and indexes (idempotent)")
    .action(async () => {
      await withDatabase(() => Promise.resolve(print('Constraints and indexes are in place.')));
    });
}
