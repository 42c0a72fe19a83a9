import { createRequire } from 'node:module';
import { defineConfig } from 'vitest/config';

// Node resolves a bare `graphql` import to its CommonJS build (the package has no `exports` map), and
// so do Apollo Server, graphql-tools and graphql-jit. Vite would pick the ES build for the project's
// own files: two copies of graphql-js, whose classes fail each other's instanceof checks. The tests
// load what the server loads.
const resolve = {
  alias: [{ find: /^graphql$/, replacement: createRequire(import.meta.url).resolve('graphql') }],
};

export default defineConfig({
  test: {
    projects: [
      {
        resolve,
        test: {
          name: 'unit',
          include: ['src/**/*.test.ts', 'bench/**/*.test.ts', 'tests/tck/**/*.test.ts'],
          environment: 'node',
        },
      },
      {
        resolve,
        test: {
          name: 'integration',
          include: ['tests/**/*.int.test.ts'],
          environment: 'node',
          globalSetup: ['tests/global-setup.ts'],
          // Neo4j Community has one user database: files that write run one at a time.
          fileParallelism: false,
          testTimeout: 120_000,
          hookTimeout: 240_000,
        },
      },
    ],
  },
});
