import type { Config } from '../config.ts';
import type { Logger } from '../logger.ts';
import { connectNeo4j } from '../neo4j/connect.ts';
import { applySchema } from '../neo4j/schema.ts';
import { createTransactionRunner } from '../cypher/index.ts';
import { formatSummary, isGraphEmpty, seedGraph } from '../ingest/index.ts';
import { createApp } from './create-app.ts';

/** A running server and how to stop it. */
export interface RunningServer {
  readonly url: string;
  /**
   * Drains in-flight requests, stops the supervisor, closes the driver and stops the local Neo4j if this
   * process started it.
   */
  stop(): Promise<void>;
}

/**
 * The main job: start (or connect to) Neo4j, apply constraints and indexes, seed an empty database,
 * and serve GraphQL with the Sandbox, with a supervisor that restarts the local Neo4j if it dies.
 */
export async function startServer(
  config: Config,
  env: NodeJS.ProcessEnv,
  logger: Logger,
): Promise<RunningServer> {
  const connection = await connectNeo4j(config, env, (line) => logger.info(line), {
    // Restart the local Neo4j if it dies while serving (TDG_NEO4J_SUPERVISE); requests meanwhile get 503.
    supervise: { info: (line) => logger.info(line), warn: (line) => logger.warn(line) },
  });
  try {
    await applySchema(connection.driver, config.neo4j.database);
    logger.info('Constraints and indexes are in place.');
    // The seed's writes run under the executor's policy, each transaction with the write timeout.
    const runner = createTransactionRunner({
      driver: connection.driver,
      database: config.neo4j.database,
      timeoutMs: config.neo4j.writeTimeoutMs,
      requestId: 'seed',
      app: 'tdg-serve',
    });
    if (await isGraphEmpty(runner, config.neo4j.database)) {
      const summaries = await seedGraph(runner, { database: config.neo4j.database });
      summaries.forEach((summary) => logger.info(`Seeded an empty graph: ${formatSummary(summary)}`));
    }
    const app = await createApp({ config, driver: connection.driver, logger });
    await new Promise<void>((resolve, reject) => {
      app.httpServer.once('error', reject);
      app.httpServer.listen(config.port, config.host, resolve);
    });
    const url = `http://${config.host === '0.0.0.0' ? 'localhost' : config.host}:${config.port}/graphql`;
    return {
      url,
      async stop() {
        await app.apollo.stop();
        await connection.close();
      },
    };
  } catch (error) {
    await connection.close();
    throw error;
  }
}
