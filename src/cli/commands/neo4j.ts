import { existsSync } from 'node:fs';
import type { Command } from 'commander';
import { loadConfig } from '../../config.ts';
import { resolveNeo4jPassword } from '../../neo4j/credentials.ts';
import { getLocalNeo4jStatus, startLocalNeo4j, stopLocalNeo4j } from '../../runtime/local-neo4j.ts';

function localConfig() {
  const config = loadConfig(process.env);
  if (!config.neo4j.local) {
    throw new Error(
      `NEO4J_URI is set (${config.neo4j.uri}): the local Neo4j is not used, so there is nothing to manage here.`,
    );
  }
  return config;
}

const print = (line: string) => process.stdout.write(`${line}\n`);

/** `tdg neo4j start|stop|status|password`: the local Neo4j runtime. */
export function registerNeo4jCommand(program: Command): void {
  const neo4j = program.command('neo4j').description('manage the local Neo4j (used when NEO4J_URI is unset)');
  neo4j
    .command('start')
    .description('start the local Neo4j in the background and wait until Bolt answers')
    .action(async () => {
      const config = localConfig();
      const result = await startLocalNeo4j(config, process.env, print);
      const verb = result.started ? 'started' : 'already running';
      print(
        `Neo4j ${verb} (pid ${result.pid}) on ${config.neo4j.uri} in ${(result.millis / 1000).toFixed(1)} s; user ${config.neo4j.username}, password: npx tdg neo4j password.`,
      );
    });
  neo4j
    .command('stop')
    .description('stop the local Neo4j')
    .action(async () => {
      const stopped = await stopLocalNeo4j(localConfig(), print);
      print(stopped ? 'Neo4j stopped.' : 'Neo4j was not running.');
    });
  neo4j
    .command('status')
    .description('say whether the local Neo4j is running, where, and where its data is')
    .action(() => {
      const config = localConfig();
      const status = getLocalNeo4jStatus(config);
      print(
        status.running
          ? `running (pid ${status.pid}) on ${status.uri}; data in ${status.dataFolder}`
          : `not running; data in ${status.dataFolder}`,
      );
      print(`password: ${describePassword(config.neo4j.password !== undefined, status.passwordFile)}`);
      if (!status.running) process.exitCode = 3;
    });
  neo4j
    .command('password')
    .description("print the local Neo4j's password (for Neo4j Browser, cypher-shell, drivers)")
    .action(() => {
      print(resolveNeo4jPassword(localConfig().neo4j));
    });
}

/** Where the password tools should use comes from, without printing it. */
function describePassword(fromEnvironment: boolean, passwordFile: string): string {
  if (fromEnvironment) return 'NEO4J_PASSWORD (it overrides the stored one)';
  if (existsSync(passwordFile)) return `in ${passwordFile} (npx tdg neo4j password prints it)`;
  return `none yet; the first start generates one and writes it to ${passwordFile}`;
}
