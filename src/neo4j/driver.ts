import neo4j, { type Driver } from 'neo4j-driver';
import type { Neo4jConfig } from '../config.ts';
import { resolveNeo4jPassword } from './credentials.ts';

/** How long a readiness probe waits for Neo4j before it says "not ready". */
export const READY_TIMEOUT_MS = 2_000;

const configs = new WeakMap<Driver, Neo4jConfig>();
const probeDrivers = new WeakMap<Driver, Driver>();
const probesInFlight = new WeakMap<Driver, Promise<boolean>>();

/**
 * Creates the one driver of a process. The URI scheme decides routing (`neo4j://`) and encryption
 * (`+s`, `+ssc`); Integers come back as JavaScript numbers only where the code converts them. Closing it
 * also closes the small pool {@link isNeo4jReady} probes with. The password is NEO4J_PASSWORD or the
 * local Neo4j's stored one (see credentials.ts).
 */
export function createDriver(neo4jConfig: Neo4jConfig): Driver {
  const config = { ...neo4jConfig, password: resolveNeo4jPassword(neo4jConfig) };
  const driver = neo4j.driver(config.uri, neo4j.auth.basic(config.username, config.password), {
    maxConnectionPoolSize: 50,
    connectionAcquisitionTimeout: 5_000,
    connectionTimeout: 5_000,
    maxTransactionRetryTime: 5_000,
    userAgent: 'tech-diplomacy-graph',
    disableLosslessIntegers: false,
  });
  configs.set(driver, config);
  const close = driver.close.bind(driver);
  driver.close = async () => {
    const probe = probeDrivers.get(driver);
    probeDrivers.delete(driver);
    await Promise.all([probe?.close(), close()]);
  };
  return driver;
}

/**
 * The driver probes run on: a pool of its own beside `driver`'s (created on first use), so that a probe
 * never queues behind busy requests and so never reports a loaded database as down.
 */
function probeDriverFor(driver: Driver): Driver {
  const existing = probeDrivers.get(driver);
  if (existing) return existing;
  const config = configs.get(driver);
  if (!config) return driver;
  const probe = neo4j.driver(config.uri, neo4j.auth.basic(config.username, resolveNeo4jPassword(config)), {
    maxConnectionPoolSize: 2,
    connectionAcquisitionTimeout: READY_TIMEOUT_MS,
    connectionTimeout: READY_TIMEOUT_MS,
    userAgent: 'tech-diplomacy-graph (readiness probe)',
  });
  probeDrivers.set(driver, probe);
  return probe;
}

/**
 * True when the database answers `RETURN 1` within `timeoutMs`; used by /ready and by requests that take
 * long (see executor.ts). One auto-commit query, never retried (the driver would retry a managed
 * transaction for seconds while Neo4j is down), abandoned at the timeout: an unreachable, starting or hung
 * database gives `false` within `timeoutMs`. Concurrent callers share one probe.
 */
export function isNeo4jReady(
  driver: Driver,
  database: string | undefined,
  timeoutMs = READY_TIMEOUT_MS,
): Promise<boolean> {
  const inFlight = probesInFlight.get(driver);
  if (inFlight) return inFlight;
  const probe = runProbe(probeDriverFor(driver), database, timeoutMs).finally(() =>
    probesInFlight.delete(driver),
  );
  probesInFlight.set(driver, probe);
  return probe;
}

async function runProbe(driver: Driver, database: string | undefined, timeoutMs: number): Promise<boolean> {
  const session = driver.session({ database, defaultAccessMode: neo4j.session.READ });
  let timer: NodeJS.Timeout | undefined;
  const deadline = new Promise<boolean>((resolve) => {
    timer = setTimeout(() => resolve(false), timeoutMs);
  });
  const answer = session.run('RETURN 1', {}, { timeout: timeoutMs }).then(
    () => true,
    () => false,
  );
  try {
    return await Promise.race([answer, deadline]);
  } finally {
    clearTimeout(timer);
    // A hung probe is abandoned; its session closes whenever the driver gives up on it.
    void answer.finally(() => session.close().catch(() => undefined));
  }
}
