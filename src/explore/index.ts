export { createExploreRouter, PAGE_CSP, type ExploreRouterOptions } from './routes.ts';
export { ASSETS_PATH, BUNDLE_DIR } from './bundle.ts';
