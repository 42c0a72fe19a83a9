import type { Command } from 'commander';
import { InvalidArgumentError, Option } from 'commander';
import {
  EXPORT_FORMATS,
  type ExportFormat,
  type ExportScope,
  exportGraph,
  openWriter,
} from '../../export/index.ts';
import { withReadConnection } from './report.ts';

/** The deepest neighbourhood `--around` exports (each step is one statement; the graph is small-world). */
export const MAX_EXPORT_DEPTH = 5;

interface ExportOptions {
  readonly format: ExportFormat;
  readonly around?: string;
  readonly depth?: number;
  readonly out?: string;
}

function parseDepth(value: string): number {
  const n = Number(value);
  if (!/^\d+$/.test(value) || n < 1 || n > MAX_EXPORT_DEPTH) {
    throw new InvalidArgumentError(`expected an integer from 1 to ${MAX_EXPORT_DEPTH}`);
  }
  return n;
}

function scopeOf(options: ExportOptions): ExportScope {
  if (options.around === undefined) {
    if (options.depth !== undefined) throw new Error('--depth needs --around <id>');
    return { kind: 'all' };
  }
  return { kind: 'around', id: options.around, depth: options.depth ?? 1 };
}

/** `tdg export`: the graph, or a neighbourhood, with every property and source, for Gephi and the like. */
export function registerExportCommand(program: Command): void {
  program
    .command('export')
    .description('write the graph (or a neighbourhood) with its sources as GraphML, GEXF, CSV or JSON Lines')
    .addOption(new Option('--format <format>', 'output format').choices(EXPORT_FORMATS).makeOptionMandatory())
    .option('--around <id>', 'only the entities within --depth domain steps of this entity')
    .option('--depth <n>', `steps around --around (1-${MAX_EXPORT_DEPTH}, default 1)`, parseDepth)
    .option('-o, --out <file>', 'write to a file (for csv: <name>.nodes.csv and <name>.relationships.csv)')
    .action(async (options: ExportOptions) => {
      const scope = scopeOf(options);
      // Opened before connecting: an unwritable --out fails at once, without starting Neo4j.
      const opened = await openWriter(options.format, options.out);
      const began = Date.now();
      const summary = await withReadConnection((driver, config) =>
        exportGraph(driver, config.neo4j.database, scope, opened),
      );
      const where = summary.files.length > 0 ? ` to ${summary.files.join(' and ')}` : '';
      process.stderr.write(
        `Exported ${summary.nodes} nodes and ${summary.relationships} relationships (${options.format})${where} in ${Date.now() - began} ms.\n`,
      );
    });
}
