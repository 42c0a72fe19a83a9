import { TEST_PORT_BASE } from './ports.ts';

/**
 * NODE_ENV of everything a test run starts: `test` unless TDG_TEST_NODE_ENV says otherwise, so the
 * reliability and fault suites can also run as production runs them (`TDG_TEST_NODE_ENV=production`:
 * errors masked, introspection and the Sandbox off). An exported NODE_ENV is not used: vitest sets it.
 */
export const TEST_NODE_ENV = process.env.TDG_TEST_NODE_ENV ?? 'test';

/**
 * The environment of the test run: its own Neo4j instance and Bolt port (so `npm test` never touches
 * the development database and can run while `npm start` does). Values already set in the
 * environment win, so NEO4J_URI or another port can be chosen.
 */
export const TEST_ENV: Record<string, string> = {
  NODE_ENV: TEST_NODE_ENV,
  TDG_NEO4J_INSTANCE: process.env.TDG_NEO4J_INSTANCE ?? 'test',
  NEO4J_BOLT_PORT: process.env.NEO4J_BOLT_PORT ?? String(TEST_PORT_BASE),
  NEO4J_HEAP: process.env.NEO4J_HEAP ?? '768m',
  NEO4J_PAGECACHE: process.env.NEO4J_PAGECACHE ?? '128m',
  TDG_WRITE_TOKENS: process.env.TDG_WRITE_TOKENS ?? 'test-token-0123456789abcdef',
};
