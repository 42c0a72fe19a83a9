import neo4j, { type Driver } from 'neo4j-driver';
import { send } from './equality.ts';
import type { BenchServer } from './servers.ts';
import type { Operation } from './workload/operations.ts';

/**
 * Cypher statements per request, counted by the database for all three ways alike: Neo4j's data
 * collector (`db.stats.collect('QUERIES')`, in Community too) counts the invocations of every query
 * it executes. Requests are sent one at a time with nothing else running; the collector's own calls
 * are left out.
 */
export async function countStatements(
  driver: Driver,
  database: string | undefined,
  server: BenchServer,
  operation: Operation,
  requests = 10,
): Promise<number> {
  const run = async (cypher: string) =>
    (await driver.executeQuery(cypher, {}, { database, routing: neo4j.routing.WRITE })).records;
  await run("CALL db.stats.stop('QUERIES')");
  await run("CALL db.stats.clear('QUERIES')");
  await run("CALL db.stats.collect('QUERIES')");
  try {
    for (let i = 0; i < requests; i++) await send(server, operation);
  } finally {
    await run("CALL db.stats.stop('QUERIES')");
  }
  const records = await run("CALL db.stats.retrieve('QUERIES') YIELD data RETURN data");
  let invocations = 0;
  for (const record of records) {
    const data = record.get('data') as { query: string; invocationSummary: { invocationCount: unknown } };
    if (/^\s*CALL db\.stats\./.test(data.query)) continue;
    invocations += Number(data.invocationSummary.invocationCount);
  }
  await run("CALL db.stats.clear('QUERIES')");
  return invocations / requests;
}
