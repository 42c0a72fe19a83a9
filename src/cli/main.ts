import { Command } from 'commander';
import { ConfigError } from '../config.ts';
import { registerChangesCommands } from './commands/changes.ts';
import { registerCypherCommand } from './commands/cypher.ts';
import { registerExportCommand } from './commands/export.ts';
import { registerGenerateCommand } from './commands/generate.ts';
import { registerImportCommands } from './commands/import.ts';
import { registerNeo4jCommand } from './commands/neo4j.ts';
import { registerReportCommand } from './commands/report.ts';
import { registerReportsCommand } from './commands/reports.ts';
import { registerServeCommand } from './commands/serve.ts';

const program = new Command('tdg')
  .description('tech-diplomacy-graph: a knowledge graph of technology-diplomacy events over Neo4j')
  .showHelpAfterError()
  .configureHelp({ sortSubcommands: false });

registerServeCommand(program);
registerImportCommands(program);
registerNeo4jCommand(program);
registerReportsCommand(program);
registerReportCommand(program);
registerCypherCommand(program);
registerGenerateCommand(program);
registerExportCommand(program);
registerChangesCommands(program);

try {
  await program.parseAsync(process.argv);
} catch (error) {
  // One clear line (or paragraph) and a non-zero exit; no stack trace for expected failures.
  const message =
    error instanceof ConfigError ? error.message : error instanceof Error ? error.message : String(error);
  process.stderr.write(`tdg: ${message}\n`);
  process.exitCode = 1;
}
