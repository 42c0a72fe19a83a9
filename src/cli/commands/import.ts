import path from 'node:path';
import type { Command } from 'commander';
import { formatSummary, importDatasetFiles, seedGraph } from '../../ingest/index.ts';
import { withDatabase } from '../with-database.ts';

const print = (line: string) => process.stdout.write(`${line}\n`);

/** `tdg import <file...>` and `tdg seed`: validated, atomic, idempotent loads of dataset files. */
export function registerImportCommands(program: Command): void {
  program
    .command('import')
    .description('validate and load dataset files (docs/dataset-format.md), each atomically')
    .argument('<files...>', 'dataset JSON files')
    .option('--dry-run', 'validate against the database and report what would change, writing nothing')
    .action(async (files: string[], options: { dryRun?: boolean }) => {
      await withDatabase(async (driver, config) => {
        const summaries = await importDatasetFiles(
          driver,
          files.map((file) => path.resolve(file)),
          config.neo4j.database,
          { dryRun: options.dryRun === true },
        );
        summaries.forEach((summary) => print(formatSummary(summary)));
      });
    });
  program
    .command('seed')
    .description("load the project's seed (the UK–US technology deal of September 2025); idempotent")
    .action(async () => {
      await withDatabase(async (driver, config) => {
        const summaries = await seedGraph(driver, { database: config.neo4j.database });
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
