import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { PROJECT_ROOT } from '../config.ts';
import { countChanged, formatChangeSet } from './change-set.ts';
import type { ImportSummary } from './dataset.ts';
import { DatasetValidationError } from '../errors.ts';
import { isoCountriesDataset } from './iso-countries.ts';
import { importDataset, runnerOf, type ImportOptions, type ImportTarget } from './load-dataset.ts';
import type { UpdateMode } from './update-mode.ts';

export type { Change, ChangeSet, Dataset, FieldChange, ImportSummary } from './dataset.ts';
export { formatChange, formatChangeSet } from './change-set.ts';
export { DatasetValidationError, type DatasetIssue } from '../errors.ts';
export { ISO_COUNTRIES_SOURCE, isoCountriesDataset } from './iso-countries.ts';
export { importDataset, runnerOf, type ImportOptions, type ImportTarget } from './load-dataset.ts';
export type { UpdateMode } from './update-mode.ts';
export { checkDatasetShape } from './validate.ts';

/**
 * The project's seed, in load order: the UK–US technology deal of the September 2025 state visit, the
 * US–Korea deals of October 2025 and France's AI Action Summit of February 2025. The later files refer to
 * entities the UK–US file defines (country:us, NVIDIA, Trump…) and never redefine them, so the order
 * matters and each entity is defined in one file only (as `tdg import --bulk` requires).
 */
export const SEED_FILES: readonly string[] = [
  'uk-us-2025.json',
  'us-korea-tpd-2025.json',
  'france-ai-action-summit-2025.json',
].map((file) => path.join(PROJECT_ROOT, 'seed', file));

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
  target: ImportTarget,
  files: readonly string[],
  database: string | undefined,
  options: { dryRun?: boolean; update?: UpdateMode; log?: ImportOptions['log'] } = {},
): Promise<ImportSummary[]> {
  const summaries: ImportSummary[] = [];
  for (const file of files) {
    const dataset = await readDatasetFile(file);
    summaries.push(await importDataset(target, dataset, { database, origin: file, ...options }));
  }
  return summaries;
}

/** Names the ISO countries' import in summaries. */
export const ISO_COUNTRIES_ORIGIN = 'ISO 3166-1 countries';

/**
 * Loads the ISO 3166-1 countries (adding only what is missing: a dataset's country record wins), then
 * the project's seed (or `files`, a prefix of it, for tests that hold one deal's facts). Idempotent.
 */
export async function seedGraph(
  target: ImportTarget,
  options: { database?: string | undefined; files?: readonly string[]; actor?: string } = {},
): Promise<ImportSummary[]> {
  const log = { actor: options.actor ?? 'system' };
  const countries = await importDataset(target, isoCountriesDataset(), {
    database: options.database,
    origin: ISO_COUNTRIES_ORIGIN,
    update: 'fill',
    log,
  });
  return [
    countries,
    ...(await importDatasetFiles(target, options.files ?? SEED_FILES, options.database, { log })),
  ];
}

/** True when the graph holds no entity yet (so `npm start` seeds it). */
export async function isGraphEmpty(target: ImportTarget, database: string | undefined): Promise<boolean> {
  const [row] = await runnerOf(target, database).read(
    'isGraphEmpty',
    'MATCH (n:Entity) RETURN count(n) > 0 AS any',
  );
  return row?.any !== true;
}

/** One line per summary: what an import created and updated, and how many records it changed. */
export function formatSummary(summary: ImportSummary): string {
  const rel = path.isAbsolute(summary.origin) ? path.relative(process.cwd(), summary.origin) : summary.origin;
  const changed = countChanged(summary.changes);
  return (
    `${rel || summary.origin}${summary.dryRun === true ? ' (dry run, nothing written)' : ''}: nodes ${summary.nodesCreated} created, ${summary.nodesUpdated} updated; ` +
    `relationships ${summary.relationshipsCreated} created, ${summary.relationshipsUpdated} updated; ` +
    `${summary.propertiesSet} properties set; ${changed.records} records and ${changed.relationships} relationships changed`
  );
}

/** The summary line, then one line per changed record and relationship (`--dry-run`, `--verbose`). */
export function formatSummaryWithDiff(summary: ImportSummary): string {
  return [formatSummary(summary), ...formatChangeSet(summary.changes).map((line) => `  ${line}`)].join('\n');
}

/** One line per warning of an import: likely duplicates of existing entities, ids merged away. */
export function formatWarnings(summary: ImportSummary): string[] {
  return (summary.warnings ?? []).map((warning) => `warning: ${warning.message}`);
}
