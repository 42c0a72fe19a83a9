import { readFile } from 'node:fs/promises';
import type { Command } from 'commander';
import { inferParamValue, parseParamAssignments, runReadOnlyCypher } from '../../reports/index.ts';
import { commandRunner } from '../with-database.ts';
import { addQueryOptions, type QueryCommandOptions, withReadConnection, writeResult } from './report.ts';

/** `tdg cypher "<query>"` / `tdg cypher -f file.cypher`: an analyst's own Cypher, refused unless it only reads. */
export function registerCypherCommand(program: Command): void {
  const command = program
    .command('cypher')
    .description('run your own read-only Cypher (refused if it would write); params typed by their look')
    .argument('[query]', 'the Cypher query')
    .option('-f, --file <file>', 'read the query from a file');
  addQueryOptions(command).action(
    async (query: string | undefined, options: QueryCommandOptions & { file?: string }) => {
      if ((query === undefined) === (options.file === undefined)) {
        throw new Error('give either a query or --file <file>, not both and not neither');
      }
      const text = options.file === undefined ? (query ?? '') : await readFile(options.file, 'utf8');
      const assignments = parseParamAssignments(options.param);
      const params = Object.fromEntries(
        Object.entries(assignments).map(([key, value]) => [key, inferParamValue(value)]),
      );
      await withReadConnection(async (driver, config) => {
        const result = await runReadOnlyCypher(commandRunner(driver, config, 'read'), text, params, {
          timeoutMs: config.neo4j.queryTimeoutMs,
          maxRows: options.maxRows,
        });
        await writeResult(result, options);
      });
    },
  );
}
