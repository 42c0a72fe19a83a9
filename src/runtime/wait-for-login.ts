import { existsSync, readFileSync } from 'node:fs';
import { rename } from 'node:fs/promises';
import { setTimeout as sleep } from 'node:timers/promises';
import neo4j, { type Driver } from 'neo4j-driver';
import type { Config } from '../config.ts';
import { LocalNeo4jError } from '../errors.ts';
import { type InstancePaths, isOurNeo4j } from './instance.ts';
import { LEGACY_PASSWORD, readStoredPassword, rotateLegacyPassword } from './local-password.ts';

const START_TIMEOUT_MS = 180_000;

/**
 * Waits until Bolt accepts a login. With NEO4J_PASSWORD or a stored password, that one; an instance
 * initialised before passwords were generated (no stored password) is tried with the old published
 * default and then given a generated one (see {@link rotateLegacyPassword}).
 */
export async function waitForLogin(
  config: Config,
  paths: InstancePaths,
  pid: number,
  log: (line: string) => void,
): Promise<void> {
  const known = config.neo4j.password ?? readStoredPassword(paths.passwordFile);
  if (known !== undefined) {
    await waitForBolt(config, paths, pid, [known]);
    return;
  }
  const pendingFile = `${paths.passwordFile}.pending`;
  const pending = readStoredPassword(pendingFile);
  const accepted = await waitForBolt(config, paths, pid, [
    ...(pending === undefined ? [] : [pending]),
    LEGACY_PASSWORD,
  ]);
  // A rotation that changed the password but was stopped before it could rename the file.
  if (accepted === pending) await rename(pendingFile, paths.passwordFile);
  else await rotateLegacyPassword(config, paths, pendingFile, log);
}

/**
 * Waits until Bolt answers `RETURN 1` with one of `passwords` (tried in order) and returns that one.
 * Throws at once when the database has answered and refused every one.
 */
async function waitForBolt(
  config: Config,
  paths: InstancePaths,
  pid: number,
  passwords: readonly string[],
): Promise<string> {
  const drivers = passwords.map((password) =>
    neo4j.driver(config.neo4j.uri, neo4j.auth.basic(config.neo4j.username, password), {
      connectionTimeout: 2_000,
    }),
  );
  const deadline = Date.now() + START_TIMEOUT_MS;
  try {
    for (;;) {
      const answer = await tryLogin(drivers, config.neo4j.database);
      if (answer === 'refused') throw new LocalNeo4jError(refusedLoginMessage(config, paths));
      if (answer !== 'unreachable') return passwords[answer] ?? '';
      if (!isOurNeo4j(pid, paths)) {
        throw new LocalNeo4jError(
          `Neo4j exited during start-up. Last lines of ${paths.consoleLog}:\n${tail(paths.consoleLog)}`,
        );
      }
      if (Date.now() > deadline) {
        throw new LocalNeo4jError(
          `Neo4j did not answer on ${config.neo4j.uri} within ${START_TIMEOUT_MS / 1000} s`,
        );
      }
      await sleep(500);
    }
  } finally {
    await Promise.all(drivers.map((driver) => driver.close()));
  }
}

/** The index of the first driver that logs in, 'refused' if every one was refused, else 'unreachable'. */
async function tryLogin(
  drivers: readonly Driver[],
  database: string | undefined,
): Promise<number | 'refused' | 'unreachable'> {
  for (const [index, driver] of drivers.entries()) {
    try {
      await driver.executeQuery('RETURN 1', {}, { database });
      return index;
    } catch (error) {
      const code = (error as { code?: string }).code ?? '';
      const refused = code.includes('Security.Unauthorized') || code.includes('CredentialsExpired');
      if (!refused) return 'unreachable';
    }
  }
  return 'refused';
}

function refusedLoginMessage(config: Config, paths: InstancePaths): string {
  const user = `user "${config.neo4j.username}"`;
  const afresh = `or stop it (npx tdg neo4j stop) and delete ${paths.root} to start afresh (its data is lost).`;
  if (config.neo4j.password !== undefined) {
    return (
      `The local Neo4j rejected ${user} with NEO4J_PASSWORD: its data folder (${paths.data}) has another ` +
      `password. Unset NEO4J_PASSWORD to use the stored one, set it to the right one, ${afresh}`
    );
  }
  if (existsSync(paths.passwordFile)) {
    return (
      `The local Neo4j rejected ${user} with the password stored in ${paths.passwordFile}: it was changed ` +
      `since. Set NEO4J_PASSWORD to the current one, ${afresh}`
    );
  }
  return (
    `The local Neo4j rejected ${user}: it was created before passwords were generated, with a password ` +
    `other than the old default. Set NEO4J_PASSWORD to it, ${afresh}`
  );
}

function tail(file: string, lines = 20): string {
  if (!existsSync(file)) return '(no log)';
  return readFileSync(file, 'utf8').trimEnd().split('\n').slice(-lines).join('\n');
}
