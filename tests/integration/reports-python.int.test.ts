import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';
import type { Driver } from 'neo4j-driver';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PROJECT_ROOT } from '../../src/config.ts';
import { seedGraph } from '../../src/ingest/index.ts';
import { type CliResult, runProcess } from '../helpers/cli.ts';
import { openTestDriver, resetGraph, testConfig } from '../helpers/neo4j.ts';

const config = testConfig();
const VENV = path.join(config.runtime.home, 'python-venv');
const VENV_PYTHON = path.join(VENV, 'bin', 'python');
const SCRIPT = path.join(PROJECT_ROOT, 'examples', 'python', 'run_report.py');
const REQUIREMENTS = path.join(PROJECT_ROOT, 'examples', 'python', 'requirements.txt');

let driver: Driver;

beforeAll(async () => {
  driver = await openTestDriver(config);
  await resetGraph(driver, config.neo4j.database);
  await seedGraph(driver, { database: config.neo4j.database });
});
afterAll(async () => {
  await driver.close();
});

/**
 * A Python with the pinned `neo4j` driver: a venv under the runtime's home (.neo4j/python-venv),
 * created and filled from examples/python/requirements.txt on first use. Returns why not, if it can't.
 */
function preparePython(): { python: string } | { reason: string } {
  const run = (command: string, args: string[]) =>
    spawnSync(command, args, { encoding: 'utf8', timeout: 300_000, cwd: PROJECT_ROOT });
  if (run('python3', ['--version']).status !== 0) return { reason: 'python3 is not installed' };
  if (existsSync(VENV_PYTHON) && run(VENV_PYTHON, ['-c', 'import neo4j']).status === 0)
    return { python: VENV_PYTHON };
  const venv = run('python3', ['-m', 'venv', '--clear', VENV]);
  if (venv.status !== 0) return { reason: `python3 -m venv failed: ${venv.stderr.trim()}` };
  const pip = run(VENV_PYTHON, ['-m', 'pip', 'install', '--quiet', '-r', REQUIREMENTS]);
  if (pip.status !== 0)
    return { reason: `pip could not install the neo4j package: ${pip.stderr.trim().slice(-300)}` };
  return { python: VENV_PYTHON };
}

/**
 * Runs the script with the test run's environment only: for the local Neo4j it finds the address
 * (NEO4J_BOLT_PORT) and the generated password (TDG_HOME, TDG_NEO4J_INSTANCE) as an analyst's would.
 */
function runPython(python: string, args: string[]): Promise<CliResult> {
  return runProcess(python, [SCRIPT, ...args]);
}

describe('the Python example (examples/python/run_report.py)', () => {
  it('connects over Bolt and prints the rows of a report', { timeout: 600_000 }, async (context) => {
    const prepared = preparePython();
    if ('reason' in prepared) {
      process.stderr.write(`[skipped] Python example: ${prepared.reason}\n`);
      context.skip(prepared.reason);
      return;
    }
    const { code, stdout, stderr } = await runPython(prepared.python, [
      'disputed-figures',
      '--param',
      'investment=investment:blackrock-uk-data-centres',
    ]);
    expect(code, stderr).toBe(0);
    const lines = stdout.trim().split('\n');
    expect(lines[0]?.split('\t').slice(0, 6)).toEqual([
      'investment',
      'investmentName',
      'investors',
      'disputedUnits',
      'unit',
      'amount',
    ]);
    const figures = lines.slice(1).map((line) => line.split('\t').slice(4, 6).join(' '));
    expect(figures).toEqual(['GBP 500000000.0', 'GBP 500000000.0', 'USD 678000000.0', 'USD 700000000.0']);
    expect(stdout).toContain('source:seed-chas-pravdy-2025-09-14');
  });

  it('uses the header defaults and names a missing parameter', { timeout: 600_000 }, async (context) => {
    const prepared = preparePython();
    if ('reason' in prepared) {
      context.skip(prepared.reason);
      return;
    }
    const timeline = await runPython(prepared.python, ['deal-timeline']);
    expect(timeline.code, timeline.stderr).toBe(0);
    expect(timeline.stdout).toMatch(/\n2025-09-14\tstatus\treported\t/);
    expect(timeline.stdout).toMatch(/\n2026-01-27\tstatus\tpaused\t/);
    const missing = await runPython(prepared.python, ['entity-dossier']);
    expect(missing.code).not.toBe(0);
    expect(missing.stderr).toContain('missing parameter "id"');
  });
});
