/**
 * `npm run build:explore`: bundles the graph explorer and GraphiQL, with everything they load (scripts,
 * styles, Monaco's web workers, fonts), into dist/explore/ with esbuild, so the server can serve them
 * with nothing fetched from outside at run time.
 */
import { copyFile, mkdir, rm } from 'node:fs/promises';
import { createRequire } from 'node:module';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { build, type BuildOptions } from 'esbuild';
import { PROJECT_ROOT } from '../config.ts';
import { ASSETS_PATH, BUNDLE_DIR } from './bundle.ts';

const CLIENT = path.join(PROJECT_ROOT, 'src', 'explore', 'client');
const ASSETS = path.join(BUNDLE_DIR, 'assets');
const require = createRequire(import.meta.url);

/** Monaco's workers for GraphiQL 5, as the names its MonacoEnvironment asks for (graphiql/main.tsx). */
const WORKERS = {
  'editor.worker': 'monaco-editor/esm/vs/editor/editor.worker.js',
  'json.worker': 'monaco-editor/esm/vs/language/json/json.worker.js',
  'graphql.worker': 'monaco-graphql/esm/graphql.worker.js',
};

const COMMON: BuildOptions = {
  bundle: true,
  minify: true,
  sourcemap: false,
  target: 'es2022',
  outdir: ASSETS,
  logLevel: 'warning',
  legalComments: 'linked',
  define: { 'process.env.NODE_ENV': '"production"' },
};

/** The two pages' scripts (ES modules) with their CSS, and fonts referenced from the CSS. */
function buildPages() {
  return build({
    ...COMMON,
    entryPoints: {
      explore: path.join(CLIENT, 'explorer', 'main.ts'),
      graphiql: path.join(CLIENT, 'graphiql', 'main.tsx'),
    },
    format: 'esm',
    jsx: 'automatic',
    publicPath: ASSETS_PATH,
    assetNames: '[name]-[hash]',
    loader: { '.ttf': 'file', '.woff': 'file', '.woff2': 'file', '.svg': 'file' },
  });
}

/** Classic (non-module) workers: Monaco starts them with `new Worker(url)`. */
function buildWorkers() {
  const entryPoints = Object.fromEntries(
    Object.entries(WORKERS).map(([name, specifier]) => [name, require.resolve(specifier)]),
  );
  return build({ ...COMMON, entryPoints, format: 'iife' });
}

async function copyPages(): Promise<void> {
  await copyFile(path.join(CLIENT, 'explorer', 'explore.html'), path.join(BUNDLE_DIR, 'explore.html'));
  await copyFile(path.join(CLIENT, 'explorer', 'explore.css'), path.join(ASSETS, 'explore-page.css'));
  await copyFile(path.join(CLIENT, 'graphiql', 'graphiql.html'), path.join(BUNDLE_DIR, 'graphiql.html'));
}

/**
 * Builds the bundle afresh into {@link BUNDLE_DIR} (about 5 s). The browser tests call it too: the
 * server serves whatever dist/explore holds, so without it they would test the last build, not the code.
 */
export async function buildExplorer(): Promise<void> {
  await rm(BUNDLE_DIR, { recursive: true, force: true });
  await mkdir(ASSETS, { recursive: true });
  await Promise.all([buildPages(), buildWorkers()]);
  await copyPages();
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const began = Date.now();
  await buildExplorer();
  process.stdout.write(`Built the explorer and GraphiQL into ${BUNDLE_DIR} in ${Date.now() - began} ms\n`);
}
