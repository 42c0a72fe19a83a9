import { TEST_PORT_BASE } from './ports.ts';
/**
 * The environment of the test run: its own Neo4j instance and Bolt port (so `npm test` never touches
 * the development database and can run while `npm start` does). Values already set in the
 * environment win, so NEO4J_URI or another port can be chosen.
 */
export const TEST_ENV: Record<string, string> = {
  NODE_ENV: 'test',
  TDG_NEO4J_INSTANCE: process.env.TDG_NEO4J_INSTANCE ?? 'test',
  NEO4J_BOLT_PORT: process.env.NEO4J_BOLT_PORT ?? String(TEST_PORT_BASE),
  NEO4J_HEAP: process.env.NEO4J_HEAP ?? '768m',
  NEO4J_PAGECACHE: process.env.NEO4J_PAGECACHE ?? '128m',
  TDG_WRITE_TOKENS: process.env.TDG_WRITE_TOKENS ?? 'test-token-0123456789abcdef',
};
