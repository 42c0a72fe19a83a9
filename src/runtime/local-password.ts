import { execFile } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { chmodSync, existsSync, mkdirSync, readFileSync } from 'node:fs';
import { rename, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { promisify } from 'node:util';
import neo4j from 'neo4j-driver';
import type { Config } from '../config.ts';
import { LocalNeo4jError } from '../errors.ts';
import type { InstancePaths } from './instance.ts';
import { javaExecutable } from './prerequisites.ts';

const run = promisify(execFile);

/**
 * The password every local instance was created with before passwords were generated: it was published
 * in the README, so an instance that still has it is rotated to a generated one at its next start.
 * Used for nothing else.
 */
export const LEGACY_PASSWORD = 'tdg-local-password';

const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';
/** 32 characters from 62: 190 bits. Letters and digits only, so it needs no quoting in any tool. */
const PASSWORD_LENGTH = 32;

/** A fresh random password from `crypto.randomBytes` (rejection sampling keeps every character equally likely). */
export function generatePassword(): string {
  let password = '';
  while (password.length < PASSWORD_LENGTH) {
    for (const byte of randomBytes(64)) {
      // 248 = 4 × 62: bytes at or above it would favour the first characters.
      if (byte < 248 && password.length < PASSWORD_LENGTH) password += ALPHABET[byte % 62];
    }
  }
  return password;
}

/** The password stored in `file`, or undefined when there is none. */
export function readStoredPassword(file: string): string | undefined {
  if (!existsSync(file)) return undefined;
  const password = readFileSync(file, 'utf8').trim();
  return password === '' ? undefined : password;
}

/**
 * Stores `password` in `file`, readable and writable by its owner only (0600): written beside it first
 * and renamed over it, so a reader never sees half a password.
 */
export async function storePassword(file: string, password: string): Promise<void> {
  const temporary = `${file}.${process.pid}.tmp`;
  try {
    await writeFile(temporary, `${password}\n`, { mode: 0o600, flag: 'wx' });
    await rename(temporary, file);
  } finally {
    await rm(temporary, { force: true });
  }
}

/** Creates the instance folder if need be and makes it its owner's only (0700), an existing one too. */
export function secureFolder(folder: string): void {
  mkdirSync(folder, { recursive: true, mode: 0o700 });
  chmodSync(folder, 0o700);
}

/**
 * Gives a new instance its password before its first start, so that it never serves with the default
 * `neo4j/neo4j`: NEO4J_PASSWORD, else the stored one (kept if the data folder alone was deleted), else a
 * fresh random one, stored first.
 */
export async function initialisePassword(
  config: Config,
  paths: InstancePaths,
  classpath: readonly string[],
  env: NodeJS.ProcessEnv,
): Promise<void> {
  let password = config.neo4j.password ?? readStoredPassword(paths.passwordFile);
  if (password === undefined) {
    password = generatePassword();
    await storePassword(paths.passwordFile, password);
  }
  await setInitialPassword(paths, classpath, env, password);
}

/**
 * Runs `neo4j-admin dbms set-initial-password` with the password in an argument file (`@file`, which
 * the tool's picocli reads), never on its command line, where `ps` and /proc/<pid>/cmdline would show
 * it to every user of the machine. The file is the owner's only and deleted at once.
 */
async function setInitialPassword(
  paths: InstancePaths,
  classpath: readonly string[],
  env: NodeJS.ProcessEnv,
  password: string,
): Promise<void> {
  if (/[\r\n]/.test(password)) throw new LocalNeo4jError('NEO4J_PASSWORD must be a single line');
  const argumentFile = path.join(paths.root, 'set-initial-password.args');
  // `--` ends the options (a password may start with `-`); inside double quotes picocli reads `\\`
  // and `\"` as escapes and takes spaces, `#` and `@` as they are.
  const quoted = `"${password.replaceAll('\\', '\\\\').replaceAll('"', '\\"')}"`;
  await rm(argumentFile, { force: true });
  await writeFile(argumentFile, `-- ${quoted}\n`, { mode: 0o600 });
  try {
    await run(
      javaExecutable(env),
      [
        '-cp',
        classpath.join(':'),
        'org.neo4j.cli.AdminTool',
        'dbms',
        'set-initial-password',
        `@${argumentFile}`,
      ],
      { env: { ...env, NEO4J_HOME: paths.root, NEO4J_CONF: paths.conf } },
    );
  } finally {
    await rm(argumentFile, { force: true });
  }
}

/**
 * Changes the old published default password to a generated one over Bolt (`ALTER CURRENT USER` on the
 * system database: the new password travels as a parameter, not on a command line). The new one is
 * stored in `pendingFile` first, so a crash in between leaves it findable at the next start.
 */
export async function rotateLegacyPassword(
  config: Config,
  paths: InstancePaths,
  pendingFile: string,
  log: (line: string) => void,
): Promise<void> {
  const fresh = generatePassword();
  await storePassword(pendingFile, fresh);
  const driver = neo4j.driver(config.neo4j.uri, neo4j.auth.basic(config.neo4j.username, LEGACY_PASSWORD));
  try {
    await driver.executeQuery(
      'ALTER CURRENT USER SET PASSWORD FROM $old TO $new',
      { old: LEGACY_PASSWORD, new: fresh },
      { database: 'system' },
    );
  } finally {
    await driver.close();
  }
  await rename(pendingFile, paths.passwordFile);
  log(
    'The local Neo4j still had the published default password; it now has a generated one, stored in ' +
      `${paths.passwordFile} (npx tdg neo4j password prints it).`,
  );
}
