import type { Command } from 'commander';
import { Option } from 'commander';
import { mergeEntities } from '../../changes/merge.ts';
import { revertWrite } from '../../changes/revert.ts';
import {
  countChanges,
  findChanges,
  findPossibleDuplicates,
  type TransactionRunner,
} from '../../cypher/index.ts';
import type { ChangeRecord } from '../../cypher/changes.ts';
import { isEntityType, type EntityType } from '../../domain/model.ts';
import { formatResult, type JsonValue } from '../../reports/index.ts';
import { commandRunner, withDatabase } from '../with-database.ts';
import { commandActor } from './import.ts';

/** `tdg changes`, `tdg duplicates`, `tdg merge`, `tdg revert`: the change log from the command line. */

const FORMATS = ['table', 'csv', 'json'] as const;
type Format = (typeof FORMATS)[number];

const print = (text: string) => process.stdout.write(text.endsWith('\n') ? text : `${text}\n`);

/**
 * Runs `work` over the configured database (the schema applied) through the executor's policy for a
 * command (src/cli/with-database.ts), as the API would: a write in one transaction under
 * TDG_WRITE_TIMEOUT_MS; a read under NEO4J_QUERY_TIMEOUT_MS, or `minTimeoutMs` when longer.
 */
/**
 * The least budget of the log's reads from the command line: duplicates read every entity's names (8 s
 * on the M graph), more than an API query's default 10 s leaves to spare.
 */
const LOG_READ_MIN_MS = 60_000;

function withRunner<T>(
  kind: 'read' | 'write',
  work: (runner: TransactionRunner) => Promise<T>,
  minTimeoutMs = 0,
): Promise<T> {
  return withDatabase((driver, config) => work(commandRunner(driver, config, kind, minTimeoutMs)));
}

const shown = (value: unknown): string =>
  value === null || value === undefined ? '∅' : typeof value === 'string' ? value : JSON.stringify(value);

function changeRow(change: ChangeRecord): JsonValue[] {
  const fields = change.fields.map((f) => `${f.name}: ${shown(f.before)} → ${shown(f.after)}`).join('; ');
  return [change.at, change.actor, change.operation, change.kind, change.target, fields, change.write.id];
}

function printRows(columns: string[], rows: JsonValue[][], format: Format, json: unknown): void {
  if (format === 'json') print(JSON.stringify(json, null, 2));
  else print(formatResult({ columns, rows, truncated: false }, format));
}

function parseTypes(value: string | undefined): EntityType[] | null {
  if (value === undefined) return null;
  const types = value.split(',').map((t) => t.trim());
  const unknown = types.filter((t) => !isEntityType(t));
  if (unknown.length > 0) throw new Error(`--types: unknown entity types ${unknown.join(', ')}`);
  return types as EntityType[];
}

interface ChangesOptions {
  readonly since?: string;
  readonly entity?: string;
  readonly author?: string;
  readonly write?: string;
  readonly first: string;
  readonly after?: string;
  readonly format: Format;
  readonly json?: boolean;
}

function registerChanges(program: Command): void {
  program
    .command('changes')
    .description('print the change log, newest first: who changed what, when, each field before and after')
    .option('--since <instant>', 'writes from this ISO 8601 instant on (e.g. 2026-01-31T00:00:00Z)')
    .option('--entity <id>', 'only the changes of this entity and of its relationships')
    .option('--author <name>', 'only the writes of this actor (a write token name, or a user)')
    .option('--write <id>', 'only the changes of this write')
    .option('--first <n>', 'how many changes (at most 100)', '20')
    .option('--after <cursor>', 'the page after this cursor (`endCursor` of the JSON output)')
    .addOption(new Option('--format <format>', 'output format').choices(FORMATS).default('table'))
    .option('--json', 'the same as --format json: {totalCount, pageInfo, changes}')
    .action(async (options: ChangesOptions) => {
      const format = options.json === true ? 'json' : options.format;
      const { page, totalCount } = await withRunner(
        'read',
        async (runner) => {
          const page = await findChanges(runner, {
            first: Number(options.first),
            after: options.after ?? null,
            since: options.since ?? null,
            entityId: options.entity ?? null,
            author: options.author ?? null,
            writeId: options.write ?? null,
          });
          return { page, totalCount: await countChanges(runner, page.filters) };
        },
        LOG_READ_MIN_MS,
      );
      const columns = ['at', 'actor', 'operation', 'kind', 'what', 'fields', 'write'];
      const json = { totalCount, pageInfo: page.pageInfo, changes: page.nodes };
      printRows(columns, page.nodes.map(changeRow), format, json);
      if (format === 'table')
        process.stderr.write(`${page.nodes.length} of ${totalCount} changes, newest first.\n`);
    });
}

interface DuplicatesOptions {
  readonly types?: string;
  readonly first: string;
  readonly minScore: string;
  readonly format: Format;
  readonly json?: boolean;
}

function registerDuplicates(program: Command): void {
  program
    .command('duplicates')
    .description('list pairs of entities that may be the same thing, best first, with the reasons')
    .option('--types <types>', 'comma-separated entity types (default: every type but Source)')
    .option('--first <n>', 'how many pairs', '20')
    .option('--min-score <score>', 'the lowest score listed (0–1)', '0.7')
    .addOption(new Option('--format <format>', 'output format').choices(FORMATS).default('table'))
    .option('--json', 'the same as --format json')
    .action(async (options: DuplicatesOptions) => {
      const format = options.json === true ? 'json' : options.format;
      const started = performance.now();
      const found = await withRunner(
        'read',
        (runner) =>
          findPossibleDuplicates(runner, {
            types: parseTypes(options.types),
            first: Number(options.first),
            minScore: Number(options.minScore),
          }),
        LOG_READ_MIN_MS,
      );
      const rows = found.pairs.map((p): JsonValue[] => [
        p.score,
        p.a.id,
        p.a.name,
        p.b.id,
        p.b.name,
        p.reasons.map((r) => r.detail).join('; '),
      ]);
      printRows(['score', 'a', 'a name', 'b', 'b name', 'reasons'], rows, format, found.pairs);
      process.stderr.write(
        `${found.pairs.length} pairs listed; ${found.scanned} entities read, ${found.compared} pairs compared in ${((performance.now() - started) / 1000).toFixed(1)} s.\n`,
      );
    });
}

function registerMergeAndRevert(program: Command): void {
  program
    .command('merge')
    .description('merge the entity <merge> into <keep> (one write of the change log; `tdg revert` undoes it)')
    .argument('<keep>', 'the id kept')
    .argument('<merge>', 'the id merged into it (it keeps answering, as <keep>)')
    .option('--actor <name>', 'who the change log names (default: the operating-system user)')
    .action(async (keep: string, merge: string, options: { actor?: string }) => {
      const write = await withRunner('write', (runner) =>
        runner.write('merge', (tx) => mergeEntities(tx, { keep, merge, actor: commandActor(options.actor) })),
      );
      print(`Merged ${merge} into ${keep}: ${write.id} (revert with: tdg revert ${write.id}).`);
    });
  program
    .command('revert')
    .description('undo a write of the change log, as a write of its own')
    .argument('<id>', 'the write (change:…)')
    .option('--actor <name>', 'who the change log names (default: the operating-system user)')
    .action(async (id: string, options: { actor?: string }) => {
      const write = await withRunner('write', (runner) =>
        runner.write('revert', (tx) => revertWrite(tx, id, commandActor(options.actor))),
      );
      print(`Reverted ${id}: ${write.id}.`);
    });
}

/** Registers the change log's commands. */
export function registerChangesCommands(program: Command): void {
  registerChanges(program);
  registerDuplicates(program);
  registerMergeAndRevert(program);
}
