import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { PROJECT_ROOT } from '../config.ts';
import { ReportError } from '../errors.ts';
import { parseReportFile } from './header.ts';
import type { LoadedReport, ReportDefinition } from './types.ts';

/** Where the reports live unless told otherwise: `<project>/reports`. */
export const DEFAULT_REPORTS_DIR = path.join(PROJECT_ROOT, 'reports');

const EXTENSION = '.cypher';

/**
 * The reports folder for an environment: TDG_REPORTS_DIR (relative to the working directory) or
 * {@link DEFAULT_REPORTS_DIR}. Callers pass the environment in (the CLI passes `process.env`).
 */
export function resolveReportsDir(env: Readonly<Record<string, string | undefined>>): string {
  const dir = env.TDG_REPORTS_DIR?.trim();
  return dir ? path.resolve(dir) : DEFAULT_REPORTS_DIR;
}

/** Every report of the folder, sorted by name. A malformed header fails the whole listing, naming the file. */
export async function listReports(
  options: { reportsDir?: string | undefined } = {},
): Promise<ReportDefinition[]> {
  const reports = await loadAllReports(options.reportsDir ?? DEFAULT_REPORTS_DIR);
  return reports.map(({ name, title, question, params, notes }) => ({
    name,
    title,
    question,
    params,
    notes,
  }));
}

/** Reads and parses every `.cypher` file of `dir`, sorted by name. */
export async function loadAllReports(dir: string): Promise<LoadedReport[]> {
  const names = await listReportNames(dir);
  return Promise.all(names.map((name) => readReport(dir, name)));
}

/** Reads one report by name; an unknown name is a `REPORT_NOT_FOUND` error listing the known ones. */
export async function loadReport(
  name: string,
  options: { reportsDir?: string | undefined } = {},
): Promise<LoadedReport> {
  const dir = options.reportsDir ?? DEFAULT_REPORTS_DIR;
  const names = await listReportNames(dir);
  // The name is matched against the folder's listing, never joined into a path as given.
  if (!names.includes(name)) {
    throw new ReportError(
      'REPORT_NOT_FOUND',
      `no report named "${name}" in ${dir} (run \`tdg reports\` to list them)`,
    );
  }
  return readReport(dir, name);
}

async function listReportNames(dir: string): Promise<string[]> {
  let entries: string[];
  try {
    entries = await readdir(dir);
  } catch (error) {
    throw new ReportError(
      'REPORT_NOT_FOUND',
      `cannot read the reports folder ${dir}: ${(error as Error).message}`,
    );
  }
  return entries
    .filter((entry) => entry.endsWith(EXTENSION))
    .map((entry) => entry.slice(0, -EXTENSION.length))
    .sort();
}

async function readReport(dir: string, name: string): Promise<LoadedReport> {
  const file = path.join(dir, `${name}${EXTENSION}`);
  const text = await readFile(file, 'utf8');
  const display = path.relative(process.cwd(), file) || file;
  return { ...parseReportFile(text, display, name), file };
}
