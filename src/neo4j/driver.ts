import neo4j, { type Driver } from 'neo4j-driver';
import type { Neo4jConfig } from '../config.ts';

/**
 * Creates the one driver of a process. The URI scheme decides routing (`neo4j://`) and encryption
 * (`+s`, `+ssc`); Integers come back as JavaScript numbers only where the code converts them.
 */
export function createDriver(config: Neo4jConfig): Driver {
  return neo4j.driver(config.uri, neo4j.auth.basic(config.username, config.password), {
    maxConnectionPoolSize: 50,
    connectionAcquisitionTimeout: 5_000,
    connectionTimeout: 5_000,
    maxTransactionRetryTime: 5_000,
    userAgent: 'tech-diplomacy-graph',
    disableLosslessIntegers: false,
  });
}

/** True when the database answers a query now; used by /ready and while waiting for start-up. */
export async function isNeo4jReady(driver: Driver, database: string | undefined): Promise<boolean> {
  try {
    await driver.executeQuery('RETURN 1', {}, { database, routing: 'READ' });
    return true;
  } catch {
    return false;
  }
}
