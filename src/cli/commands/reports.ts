import Table from 'cli-table3';
import type { Command } from 'commander';
import { Option } from 'commander';
import { listReports, type ReportParam, resolveReportsDir, wrapText } from '../../reports/index.ts';

/** `tdg reports`: the reports of the folder with their titles and parameters. */
export function registerReportsCommand(program: Command): void {
  program
    .command('reports')
    .description('list the Cypher reports (name, title, parameters)')
    .option('--reports-dir <dir>', 'the reports folder (default: TDG_REPORTS_DIR or ./reports)')
    .addOption(new Option('--format <format>', 'output format').choices(['table', 'json']).default('table'))
    .action(async (options: { reportsDir?: string; format: 'table' | 'json' }) => {
      const reports = await listReports({ reportsDir: options.reportsDir ?? resolveReportsDir(process.env) });
      if (options.format === 'json') {
        process.stdout.write(`${JSON.stringify(reports, null, 2)}\n`);
        return;
      }
      const table = new Table({ head: ['name', 'title', 'parameters'], style: { head: [], border: [] } });
      for (const report of reports) {
        const params = report.params.map((param) => wrapText(describeParam(param), 56)).join('\n');
        table.push([report.name, wrapText(report.title, 50), params]);
      }
      process.stdout.write(
        `${table.toString()}\n${reports.length} reports. Run one: tdg report <name> [--param key=value]\n`,
      );
    });
}

/** `name: type = default` (no `=` for a required parameter). */
export function describeParam(param: ReportParam): string {
  if (param.required) return `${param.name}: ${param.type} (required)`;
  return `${param.name}: ${param.type} = ${JSON.stringify(param.default)}`;
}
