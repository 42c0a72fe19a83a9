import type { Driver } from 'neo4j-driver';
import { type Config, loadConfig } from '../config.ts';
import { createTransactionRunner, type TransactionRunner } from '../cypher/index.ts';
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

/**
 * The executor's policy for a command's transactions (src/cypher/executor.ts), each with a budget of
 * its own: writes get TDG_WRITE_TIMEOUT_MS, reads NEO4J_QUERY_TIMEOUT_MS, or at least `minTimeoutMs`
 * (a command known to read the whole graph); the command's process id goes in every transaction's
 * metadata.
 */
export function commandRunner(
  driver: Driver,
  config: Config,
  kind: 'read' | 'write',
  minTimeoutMs = 0,
): TransactionRunner {
  const timeoutMs = kind === 'write' ? config.neo4j.writeTimeoutMs : config.neo4j.queryTimeoutMs;
  return createTransactionRunner({
    driver,
    database: config.neo4j.database,
    timeoutMs: Math.max(timeoutMs, minTimeoutMs),
    requestId: `cli-${process.pid}`,
    app: 'tdg-cli',
  });
}
