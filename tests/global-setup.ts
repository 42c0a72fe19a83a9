import { buildServer } from '../scripts/build-server.ts';
import { loadConfig } from '../src/config.ts';
import { startLocalNeo4j, stopLocalNeo4j } from '../src/runtime/local-neo4j.ts';
import { TEST_ENV } from './helpers/test-env.ts';

/**
 * Builds what bin/tdg.js runs, then starts the tests' own Neo4j once for the run (instance `test`, Bolt port 7688: never the development
 * database), or uses NEO4J_URI when it is set. Stops it afterwards if this run started it.
 */
export default async function setup(): Promise<() => Promise<void>> {
  // Tests run the command line and the server as users do, compiled (bin/tdg.js runs dist/tdg.js).
  await buildServer();
  Object.assign(process.env, TEST_ENV);
  const config = loadConfig(process.env);
  if (!config.neo4j.local) return async () => {};
  const result = await startLocalNeo4j(config, process.env, (line) =>
    process.stderr.write(`[neo4j] ${line}\n`),
  );
  process.stderr.write(
    `[neo4j] test database on ${config.neo4j.uri} ready in ${(result.millis / 1000).toFixed(1)} s\n`,
  );
  return async () => {
    if (result.started) await stopLocalNeo4j(config, () => {});
  };
}
