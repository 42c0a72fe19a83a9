import type { Driver } from 'neo4j-driver';
import { afterAll, beforeAll } from 'vitest';
import type { Config } from '../../src/config.ts';
import { fingerprintGraph, type GraphFingerprint } from '../helpers/fingerprint.ts';
import { startTestHttp } from '../helpers/graphql.ts';
import { openSeededDriver } from '../helpers/neo4j.ts';

/** The seeded graph a reliability file attacks, and its fingerprint before any attack. */
export interface SeededGraph {
  readonly driver: Driver;
  readonly baseline: GraphFingerprint;
  /** The test server's base URL (with `http`). */
  readonly url: string;
}

/**
 * Registers the file's hooks: before its tests, a driver on the seeded test database, with `http` a
 * test server over it, and the baseline fingerprint; after them, the server stopped and the driver
 * closed. The fields are set once the tests run.
 */
export function useSeededGraph(config: Config, options: { http?: boolean } = {}): SeededGraph {
  const graph = {} as { driver: Driver; baseline: GraphFingerprint; url: string };
  let server: { url: string; stop(): Promise<void> } | undefined;
  beforeAll(async () => {
    graph.driver = await openSeededDriver(config);
    if (options.http === true) {
      server = await startTestHttp(config, graph.driver);
      graph.url = server.url;
    }
    graph.baseline = await fingerprintGraph(graph.driver, config.neo4j.database);
  });
  afterAll(async () => {
    await server?.stop();
    await graph.driver.close();
  });
  return graph;
}
