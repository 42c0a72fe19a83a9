import type { AddressInfo } from 'node:net';
import type { ApolloServer } from '@apollo/server';
import type { Driver, ManagedTransaction, Session } from 'neo4j-driver';
import { pino } from 'pino';
import { type Config, parseWriteTokens } from '../../src/config.ts';
import { createContext, digestTokens, type GraphQLContext } from '../../src/graphql/index.ts';
import { createApolloServer, createApp } from '../../src/server/create-app.ts';
import { openSeededDriver } from './neo4j.ts';

/** The write token the tests configure (tests/helpers/test-env.ts). */
export const TEST_TOKEN =
  parseWriteTokens(process.env.TDG_WRITE_TOKENS ?? '')[0]?.secret ?? 'test-token-0123456789abcdef';

/** A silent logger (or one that records lines, to inspect what the server logged). */
export function createTestLogger(lines?: Record<string, unknown>[]) {
  if (!lines) return pino({ level: 'silent' });
  return pino(
    { level: 'info' },
    { write: (line: string) => void lines.push(JSON.parse(line) as Record<string, unknown>) },
  );
}

/** The seeded graph and an Apollo Server over it; `close` stops both. */
export async function startSeededGraphQL(config: Config): Promise<{ driver: Driver; gql: TestGraphQL }> {
  const driver = await openSeededDriver(config);
  return { driver, gql: await startTestGraphQL(config, driver) };
}

/** A single GraphQL result, as executeOperation returns it. */
export interface TestResult<T = Record<string, unknown>> {
  readonly data?: T | null;
  readonly errors?: readonly {
    message: string;
    extensions?: Record<string, unknown>;
    path?: readonly (string | number)[];
  }[];
}

/** An Apollo Server over a driver, run with executeOperation (no HTTP). */
export interface TestGraphQL {
  readonly apollo: ApolloServer<GraphQLContext>;
  execute<T = Record<string, unknown>>(
    query: string,
    variables?: Record<string, unknown>,
    options?: { token?: string },
  ): Promise<TestResult<T>>;
  stop(): Promise<void>;
}

/** Starts an Apollo Server for tests (the production one: same plugins, limits and masking). */
export async function startTestGraphQL(
  config: Config,
  driver: Driver,
  logger = createTestLogger(),
): Promise<TestGraphQL> {
  const apollo = createApolloServer({ config, logger });
  await apollo.start();
  const tokens = digestTokens(config.writeTokens);
  let n = 0;
  return {
    apollo,
    async execute<T>(query: string, variables?: Record<string, unknown>, options: { token?: string } = {}) {
      const contextValue = createContext({
        config,
        driver,
        logger,
        requestId: `test-${++n}`,
        authorization: options.token === undefined ? undefined : `Bearer ${options.token}`,
        tokens,
      });
      const response = await apollo.executeOperation({ query, variables }, { contextValue });
      if (response.body.kind !== 'single') throw new Error('Expected a single result');
      return response.body.singleResult as TestResult<T>;
    },
    stop: () => apollo.stop(),
  };
}

/** A real HTTP server on a free port (createApp, as `tdg serve` runs it). */
export async function startTestHttp(config: Config, driver: Driver, logger = createTestLogger()) {
  const app = await createApp({ config, driver, logger });
  await new Promise<void>((resolve) => app.httpServer.listen(0, '127.0.0.1', resolve));
  const { port } = app.httpServer.address() as AddressInfo;
  return { url: `http://127.0.0.1:${port}`, stop: () => app.apollo.stop() };
}

/**
 * Wraps a real driver so every statement run in a transaction function or a session is counted: what the
 * statement-count test measures. The statements still run against Neo4j.
 */
export function countStatements(driver: Driver): { driver: Driver; count(): number; reset(): void } {
  let statements = 0;
  const wrapTx = (tx: ManagedTransaction): ManagedTransaction =>
    new Proxy(tx, {
      get(target, prop, receiver) {
        if (prop === 'run') {
          return (...args: Parameters<ManagedTransaction['run']>) => {
            statements += 1;
            return target.run(...args);
          };
        }
        return Reflect.get(target, prop, receiver) as unknown;
      },
    });
  const wrapSession = (session: Session): Session =>
    new Proxy(session, {
      get(target, prop, receiver) {
        if (prop === 'executeRead' || prop === 'executeWrite') {
          return <T>(work: (tx: ManagedTransaction) => Promise<T>, config?: object) =>
            target[prop]((tx) => work(wrapTx(tx)), config);
        }
        if (prop === 'run') {
          return (...args: Parameters<Session['run']>) => {
            statements += 1;
            return target.run(...args);
          };
        }
        const value = Reflect.get(target, prop, receiver) as unknown;
        return typeof value === 'function' ? (value as (...a: unknown[]) => unknown).bind(target) : value;
      },
    });
  const wrapped = new Proxy(driver, {
    get(target, prop, receiver) {
      if (prop === 'session')
        return (...args: Parameters<Driver['session']>) => wrapSession(target.session(...args));
      if (prop === 'executeQuery') {
        return (...args: Parameters<Driver['executeQuery']>) => {
          statements += 1;
          return target.executeQuery(...args);
        };
      }
      const value = Reflect.get(target, prop, receiver) as unknown;
      return typeof value === 'function' ? (value as (...a: unknown[]) => unknown).bind(target) : value;
    },
  });
  return { driver: wrapped, count: () => statements, reset: () => void (statements = 0) };
}
