import type { Driver } from 'neo4j-driver';
import { type Config, loadConfig } from '../config.ts';
import { connectNeo4j } from '../neo4j/connect.ts';
import { applySchema } from '../neo4j/schema.ts';

/**
 * Runs `work` with a driver to the configured database (starting the local Neo4j for the command if it
 * is not running, and stopping it again afterwards), the graph's constraints applied first.
 */
export async function withDatabase<T>(work: (driver: Driver, config: Config) => Promise<T>): Promise<T> {
  const config = loadConfig(process.env);
  const connection = await connectNeo4j(config, process.env, (line) => process.stderr.write(`${line}\n`));
  try {
    await applySchema(connection.driver, config.neo4j.database);
    return await work(connection.driver, config);
  } finally {
    await connection.close();
  }
}
