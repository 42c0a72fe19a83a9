import http from 'node:http';
import type { AddressInfo } from 'node:net';
import neo4j, { type Driver, type Session, type Transaction } from 'neo4j-driver';

/**
 * What the read-only attacks would change if one ran, watched from outside the guard: a CSV URL that
 * counts its fetches (LOAD CSV), an open transaction of another session (TERMINATE TRANSACTIONS), and
 * the query-statistics collector's state (`db.stats.stop`).
 */
export interface AttackTargets {
  /** The URL the LOAD CSV attacks read from. */
  readonly csvUrl: string;
  /** How many requests the CSV URL has had. */
  fetches(): number;
  /** True when the watched transaction still answers (no one terminated it). */
  transactionAlive(): Promise<boolean>;
  /** `db.stats.status()`'s status of the QUERIES section, read as the administrator. */
  queryStatsStatus(): Promise<string>;
  close(): Promise<void>;
}

export async function startAttackTargets(driver: Driver, database?: string): Promise<AttackTargets> {
  let fetches = 0;
  const server = http.createServer((_req, res) => {
    fetches += 1;
    res.end('a,b\n');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  const session: Session = driver.session({ database });
  const transaction: Transaction = await session.beginTransaction();
  await transaction.run('MATCH (c:Country) RETURN count(c)');
  return {
    csvUrl: `http://127.0.0.1:${port}/probe.csv`,
    fetches: () => fetches,
    async transactionAlive() {
      try {
        await transaction.run('RETURN 1');
        return true;
      } catch {
        return false;
      }
    },
    async queryStatsStatus() {
      const { records } = await driver.executeQuery(
        "CALL db.stats.status() YIELD section, status WHERE section = 'QUERIES' RETURN status",
        {},
        { database, routing: neo4j.routing.READ },
      );
      return String(records[0]?.get('status'));
    },
    async close() {
      await transaction.rollback().catch(() => undefined);
      await session.close();
      await new Promise((resolve) => server.close(resolve));
    },
  };
}
