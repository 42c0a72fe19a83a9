import { spawn } from 'node:child_process';
import path from 'node:path';
import { PROJECT_ROOT } from '../../src/config.ts';
import { TEST_NODE_ENV } from './test-env.ts';

export interface CliResult {
  readonly code: number | null;
  readonly stdout: string;
  readonly stderr: string;
}

/** Runs `tdg <args>` as a user would, in a child process with the test run's environment. */
export function runCli(args: readonly string[], env: Record<string, string> = {}): Promise<CliResult> {
  return runProcess(process.execPath, [path.join(PROJECT_ROOT, 'bin', 'tdg.js'), ...args], env);
}

/**
 * Runs a program from the project folder with the test run's environment (plus `env`), in the run's
 * NODE_ENV (see test-env.ts); collects its output.
 */
export function runProcess(
  command: string,
  args: readonly string[],
  env: Record<string, string> = {},
): Promise<CliResult> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, {
      cwd: PROJECT_ROOT,
      env: { ...process.env, NODE_ENV: TEST_NODE_ENV, ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.once('error', reject);
    child.once('close', (code) => resolve({ code, stdout, stderr }));
  });
}
