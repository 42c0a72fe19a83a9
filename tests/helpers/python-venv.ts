import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { PROJECT_ROOT } from '../../src/config.ts';

/**
 * A Python venv under the runtime's home (`<home>/<name>`), created and filled from `requirements` on
 * first use and reused while `probe` imports: the approach of the Python report example's test.
 * Returns why not, when python3 or PyPI is not to be had.
 */
export function preparePythonVenv(
  home: string,
  name: string,
  requirements: string,
  probe: string,
): { python: string } | { reason: string } {
  const venv = path.join(home, name);
  const python = path.join(venv, 'bin', 'python');
  const run = (command: string, args: string[]) =>
    spawnSync(command, args, { encoding: 'utf8', timeout: 300_000, cwd: PROJECT_ROOT });
  if (run('python3', ['--version']).status !== 0) return { reason: 'python3 is not installed' };
  if (existsSync(python) && run(python, ['-c', `import ${probe}`]).status === 0) return { python };
  const created = run('python3', ['-m', 'venv', '--clear', venv]);
  if (created.status !== 0) return { reason: `python3 -m venv failed: ${created.stderr.trim()}` };
  const pip = run(python, ['-m', 'pip', 'install', '--quiet', '-r', requirements]);
  if (pip.status !== 0) return { reason: `pip could not install ${probe}: ${pip.stderr.trim().slice(-300)}` };
  return { python };
}
