import { readdirSync, readFileSync } from 'node:fs';
import { rm, stat, unlink } from 'node:fs/promises';
import neo4j from 'neo4j-driver';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Config, loadConfig } from '../../src/config.ts';
import { instancePaths } from '../../src/runtime/instance.ts';
import { startLocalNeo4j, stopLocalNeo4j } from '../../src/runtime/local-neo4j.ts';
import { LEGACY_PASSWORD, readStoredPassword } from '../../src/runtime/local-password.ts';
import { runCli } from '../helpers/cli.ts';
import { testPort } from '../helpers/ports.ts';

// The local Neo4j's password: generated at the first start, stored for its owner only, never on a
// command line, and an instance still on the old published default is moved off it. Two instances of
// their own, started from nothing (about 30 s each).
const quiet = () => {};

function configFor(instance: string, port: number): Config {
  return loadConfig({
    ...process.env,
    NEO4J_URI: '',
    NEO4J_PASSWORD: '',
    TDG_NEO4J_INSTANCE: instance,
    NEO4J_BOLT_PORT: String(port),
    NEO4J_HEAP: '512m',
    NEO4J_PAGECACHE: '32m',
  });
}

const first = configFor('test-password-a', testPort(60));
const second = configFor('test-password-b', testPort(61));
const cliEnv = (config: Config) => ({
  NEO4J_URI: '',
  NEO4J_PASSWORD: '',
  TDG_NEO4J_INSTANCE: config.runtime.instance,
  NEO4J_BOLT_PORT: String(config.neo4j.boltPort),
});

/** Logs in with `password` and says what Neo4j answered: 'ok' or the error code. */
async function login(config: Config, password: string): Promise<string> {
  const driver = neo4j.driver(config.neo4j.uri, neo4j.auth.basic('neo4j', password));
  try {
    await driver.executeQuery('RETURN 1');
    return 'ok';
  } catch (error) {
    return (error as { code?: string }).code ?? String(error);
  } finally {
    await driver.close();
  }
}

/**
 * Reads the command line of every process on the machine every 20 ms while `work` runs: every distinct
 * one seen (what `ps -ef` would have shown anyone on the machine).
 */
async function watchCommandLines<T>(work: () => Promise<T>): Promise<{ result: T; seen: Set<string> }> {
  const seen = new Set<string>();
  let watching = true;
  const poll = (async () => {
    while (watching) {
      for (const entry of readdirSync('/proc')) {
        if (!/^\d+$/.test(entry)) continue;
        try {
          const cmdline = readFileSync(`/proc/${entry}/cmdline`, 'utf8').replaceAll('\0', ' ');
          if (cmdline !== '') seen.add(cmdline);
        } catch {
          // The process ended between the listing and the read.
        }
      }
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
  })();
  try {
    return { result: await work(), seen };
  } finally {
    watching = false;
    await poll;
  }
}

async function removeInstance(config: Config): Promise<void> {
  await stopLocalNeo4j(config, quiet);
  await rm(instancePaths(config).root, { recursive: true, force: true });
}

beforeAll(async () => {
  await Promise.all([removeInstance(first), removeInstance(second)]);
});
afterAll(async () => {
  await Promise.all([removeInstance(first), removeInstance(second)]);
});

describe('the local Neo4j password', () => {
  let firstPassword = '';

  it('is generated at the first start, stored 0600 in a 0700 folder, and never on a command line', async () => {
    const paths = instancePaths(first);
    const { seen } = await watchCommandLines(() => startLocalNeo4j(first, process.env, quiet));
    firstPassword = readStoredPassword(paths.passwordFile) ?? '';
    expect(firstPassword).toMatch(/^[A-Za-z0-9]{32}$/);
    expect(firstPassword).not.toBe(LEGACY_PASSWORD);
    expect((await stat(paths.passwordFile)).mode & 0o777).toBe(0o600);
    expect((await stat(paths.root)).mode & 0o777).toBe(0o700);
    // The watch did see the tool that set the password, and the JVM that serves.
    const tool = [...seen].filter((cmdline) => cmdline.includes('set-initial-password'));
    console.log(
      `[password] ${seen.size} command lines seen during the first start, ${tool.length} of set-initial-password`,
    );
    expect(tool.length, 'set-initial-password was never seen running').toBeGreaterThan(0);
    expect([...seen].some((cmdline) => cmdline.includes('CommunityEntryPoint'))).toBe(true);
    expect([...seen].filter((cmdline) => cmdline.includes(firstPassword))).toEqual([]);
    expect(await login(first, firstPassword)).toBe('ok');
    expect(await login(first, 'neo4j')).toMatch(/Unauthorized/);
    expect(await login(first, LEGACY_PASSWORD)).toMatch(/Unauthorized/);
  });

  it('is printed by `tdg neo4j password`, and `tdg neo4j status` says where it is', async () => {
    const printed = await runCli(['neo4j', 'password'], cliEnv(first));
    expect(printed.code, printed.stderr).toBe(0);
    expect(printed.stdout).toBe(`${firstPassword}\n`);
    const status = await runCli(['neo4j', 'status'], cliEnv(first));
    expect(status.stdout).toContain(`password: in ${instancePaths(first).passwordFile}`);
    expect(status.stdout).not.toContain(firstPassword);
  });

  it('differs between two fresh instances', async () => {
    await startLocalNeo4j(second, process.env, quiet);
    const secondPassword = readStoredPassword(instancePaths(second).passwordFile);
    expect(secondPassword).toMatch(/^[A-Za-z0-9]{32}$/);
    expect(secondPassword).not.toBe(firstPassword);
  });

  it('moves an instance created with the old published default to a generated one', async () => {
    // Make the second instance what an earlier version left: the old default, no password file.
    const paths = instancePaths(second);
    const current = readStoredPassword(paths.passwordFile) ?? '';
    const driver = neo4j.driver(second.neo4j.uri, neo4j.auth.basic('neo4j', current));
    await driver.executeQuery(
      'ALTER CURRENT USER SET PASSWORD FROM $old TO $new',
      { old: current, new: LEGACY_PASSWORD },
      { database: 'system' },
    );
    await driver.close();
    await stopLocalNeo4j(second, quiet);
    await unlink(paths.passwordFile);

    const lines: string[] = [];
    await startLocalNeo4j(second, process.env, (line) => lines.push(line));
    const rotated = readStoredPassword(paths.passwordFile) ?? '';
    expect(rotated).toMatch(/^[A-Za-z0-9]{32}$/);
    expect(rotated).not.toBe(current);
    expect(lines.filter((line) => line.includes('published default password'))).toHaveLength(1);
    expect((await stat(paths.passwordFile)).mode & 0o777).toBe(0o600);
    expect(await login(second, LEGACY_PASSWORD)).toMatch(/Unauthorized/);
    expect(await login(second, rotated)).toBe('ok');
  });
});
