import { spawn } from 'node:child_process';
import path from 'node:path';
import { javaExecutable } from '../runtime/prerequisites.ts';
import type { InstancePaths } from '../runtime/instance.ts';
import { ARRAY_DELIMITER_OPTION } from './bulk-csv.ts';
import type { CsvTable } from './bulk-tables.ts';

/** A bulk import could not be done, or was refused (the reason and the way out are in the message). */
export class BulkImportError extends Error {
  override name = 'BulkImportError';
}

/** What neo4j-admin says it imported. */
export interface AdminCounts {
  readonly nodes: number;
  readonly relationships: number;
}

const OUTPUT_KEPT_CHARS = 64 * 1024;

/**
 * The arguments of `neo4j-admin database import full` for the tables: every option that decides how a
 * value is read is spelled out (not left to defaults), so the graph matches the transactional import's.
 */
export function adminImportArguments(database: string, tables: readonly CsvTable[], reportFile: string) {
  const multiline = tables.some((table) => table.multiline);
  return [
    'database',
    'import',
    'full',
    database,
    ...tables.map((table) => `--${table.kind}=${table.group}=${table.file}`),
    '--id-type=string',
    '--delimiter=,',
    '--quote="',
    `--array-delimiter=${ARRAY_DELIMITER_OPTION}`,
    '--ignore-empty-strings=false',
    '--trim-strings=false',
    '--legacy-style-quoting=false',
    `--multiline-fields=${multiline}`,
    '--bad-tolerance=0',
    '--skip-bad-relationships=false',
    '--skip-duplicate-nodes=false',
    '--overwrite-destination=true',
    `--report-file=${reportFile}`,
  ];
}

/**
 * Runs neo4j-admin's offline import into the instance (its conf names the data folder) and returns the
 * counts it printed. On failure, throws with the tail of its output. The instance must be stopped.
 */
export async function runAdminImport(options: {
  readonly paths: InstancePaths;
  readonly classpath: readonly string[];
  readonly heap: string;
  readonly database: string;
  readonly tables: readonly CsvTable[];
  readonly workDir: string;
  readonly env: NodeJS.ProcessEnv;
}): Promise<AdminCounts | undefined> {
  const { paths, env } = options;
  const args = [
    `-Xmx${options.heap}`,
    '-Dfile.encoding=UTF-8',
    '-cp',
    options.classpath.join(':'),
    'org.neo4j.cli.AdminTool',
    ...adminImportArguments(options.database, options.tables, path.join(options.workDir, 'import.report')),
  ];
  const child = spawn(javaExecutable(env), args, {
    cwd: options.workDir,
    env: { ...env, NEO4J_HOME: paths.root, NEO4J_CONF: paths.conf },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  const keep = (chunk: Buffer) => {
    output = (output + chunk.toString()).slice(-OUTPUT_KEPT_CHARS);
  };
  child.stdout.on('data', keep);
  child.stderr.on('data', keep);
  const code = await new Promise<number | null>((resolve, reject) => {
    child.once('error', reject);
    child.once('close', resolve);
  });
  if (code !== 0) {
    const tail = output.trimEnd().split('\n').slice(-25).join('\n');
    throw new BulkImportError(
      `neo4j-admin database import failed (exit code ${code}); the database may be left empty or partial: ` +
        `fix the cause and run the bulk import again with --replace. Its last lines:\n${tail}`,
    );
  }
  return parseAdminCounts(output);
}

/** `Imported:\n  4 nodes\n  2 relationships` → the counts (undefined when the output has no such lines). */
export function parseAdminCounts(output: string): AdminCounts | undefined {
  const match = /Imported:\s*\n\s*(\d+) nodes\s*\n\s*(\d+) relationships/.exec(output);
  if (!match) return undefined;
  return { nodes: Number(match[1]), relationships: Number(match[2]) };
}
