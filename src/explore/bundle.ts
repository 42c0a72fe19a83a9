import { access } from 'node:fs/promises';
import path from 'node:path';
import { PROJECT_ROOT } from '../config.ts';

/** Where `npm run build:explore` writes the pages and their assets (git-ignored). */
export const BUNDLE_DIR = path.join(PROJECT_ROOT, 'dist', 'explore');

/** The URL path the bundle's scripts, styles, workers and fonts are served under. */
export const ASSETS_PATH = '/explore/assets';

/** The pages the bundle holds, by file name under {@link BUNDLE_DIR}. */
export const BUNDLE_PAGES = {
  explorer: 'explore.html',
  graphiql: 'graphiql.html',
} as const;

export type BundlePage = keyof typeof BUNDLE_PAGES;

/** The file of a page, or undefined when the bundle has not been built (or was removed). */
export async function findBundlePage(page: BundlePage, bundleDir = BUNDLE_DIR): Promise<string | undefined> {
  const file = path.join(bundleDir, BUNDLE_PAGES[page]);
  try {
    await access(file);
    return file;
  } catch {
    return undefined;
  }
}
