import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { Driver } from 'neo4j-driver';
import { PROJECT_ROOT } from '../config.ts';
import type { ImportSummary } from './dataset.ts';
import { DatasetValidationError } from './errors.ts';
import { importDataset } from './load-dataset.ts';

export type { Dataset, ImportSummary } from './dataset.ts';
export { DatasetValidationError, type DatasetIssue } from './errors.ts';
export { importDataset, type ImportOptions } from './load-dataset.ts';
export { checkDatasetShape } from './validate.ts';

/** The project's seed: the UK–US technology deal of the September 2025 state visit. */
export const SEED_FILES: readonly string[] = [path.join(PROJECT_ROOT, 'seed', 'uk-us-2025.json')];

/** Reads a dataset file; unreadable or malformed JSON is a {@link DatasetValidationError} naming the file. */
export async function readDatasetFile(file: string): Promise<unknown> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (error) {
    throw new DatasetValidationError(file, [{ path: '(file)', message: (error as Error).message }]);
  }
  try {
    return JSON.parse(text) as unknown;
  } catch (error) {
    throw new DatasetValidationError(file, [
      { path: '(file)', message: `is not valid JSON: ${(error as Error).message}` },
    ]);
  }
}

/** Imports files one after another, each atomically; stops at the first invalid file. */
export async function importDatasetFiles(
  driver: Driver,
  files: readonly string[],
  database: string | undefined,
  options: { dryRun?: boolean } = {},
): Promise<ImportSummary[]> {
  const summaries: ImportSummary[] = [];
  for (const file of files) {
    const dataset = await readDatasetFile(file);
    summaries.push(await importDataset(driver, dataset, { database, origin: file, dryRun: options.dryRun }));
  }
  return summaries;
}

/** Loads the project's seed (idempotent). */
export async function seedGraph(
  driver: Driver,
  options: { database?: string | undefined } = {},
): Promise<ImportSummary[]> {
  return importDatasetFiles(driver, SEED_FILES, options.database);
}

/** True when the graph holds no entity yet (so `npm start` seeds it). */
export async function isGraphEmpty(driver: Driver, database: string | undefined): Promise<boolean> {
  const { records } = await driver.executeQuery(
    'MATCH (n:Entity) RETURN count(n) > 0 AS any',
    {},
    { database, routing: 'READ' },
  );
  return records[0]?.get('any') !== true;
}

/** One line per summary: what an import created and updated. */
export function formatSummary(summary: ImportSummary): string {
  const rel = path.relative(process.cwd(), summary.origin) || summary.origin;
  return (
    `${rel}${summary.dryRun === true ? ' (dry run, nothing written)' : ''}: nodes ${summary.nodesCreated} created, ${summary.nodesUpdated} updated; ` +
    `relationships ${summary.relationshipsCreated} created, ${summary.relationshipsUpdated} updated; ` +
    `${summary.propertiesSet} properties set`
  );
}
