import type { Neo4jConfig } from '../config.ts';
import { readStoredPassword } from '../runtime/local-password.ts';

/** No password is known for the configured Neo4j. */
export class MissingPasswordError extends Error {
  override name = 'MissingPasswordError';
}

/**
 * The password to log in with: NEO4J_PASSWORD when set, else the local Neo4j's generated one from its
 * instance folder (written by its first start). Kept out of `loadConfig`, which reads no files.
 */
export function resolveNeo4jPassword(config: Neo4jConfig): string {
  if (config.password !== undefined) return config.password;
  if (config.passwordFile === undefined) {
    throw new MissingPasswordError('NEO4J_PASSWORD is not set: the Neo4j at NEO4J_URI needs one.');
  }
  const stored = readStoredPassword(config.passwordFile);
  if (stored === undefined) {
    throw new MissingPasswordError(
      `The local Neo4j has no password yet (${config.passwordFile} does not exist): its first start ` +
        'generates one (npx tdg neo4j start), or set NEO4J_PASSWORD.',
    );
  }
  return stored;
}
