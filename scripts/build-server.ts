import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { build } from 'esbuild';
import { PROJECT_ROOT } from '../src/config.ts';

/** Where the compiled command line and server land: what `npm start` and `npx tdg` run (`npm run build:server`). */
export const SERVER_BUNDLE = path.join(PROJECT_ROOT, 'dist', 'tdg.js');

/**
 * Compiles the command line and the server (src/cli/main.ts and everything it imports) into one
 * JavaScript file, with npm packages left as imports. esbuild strips the types (tsc checks them in
 * `npm run check`) and takes well under a second, so `npm start` and the tests build every time.
 */
export async function buildServer(): Promise<void> {
  await build({
    entryPoints: [path.join(PROJECT_ROOT, 'src', 'cli', 'main.ts')],
    outfile: SERVER_BUNDLE,
    bundle: true,
    platform: 'node',
    target: 'node20',
    format: 'esm',
    packages: 'external',
    sourcemap: true,
    logLevel: 'warning',
  });
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  await buildServer();
  process.stdout.write(`Built ${path.relative(process.cwd(), SERVER_BUNDLE)}\n`);
}
