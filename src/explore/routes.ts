import express, { type Response, type Router } from 'express';
import type { Config } from '../config.ts';
import { ASSETS_PATH, BUNDLE_DIR, type BundlePage, findBundlePage } from './bundle.ts';
import { renderBundleMissingPage, renderIntrospectionOffPage, renderRootPage } from './pages.ts';

/**
 * The pages' CSP: everything from this server, nothing from anywhere else. Styles may be inline because
 * GraphiQL's editor (Monaco) adds `<style>` elements; workers are the bundle's own files.
 */
export const PAGE_CSP = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self' data:",
  "connect-src 'self'",
  "worker-src 'self' blob:",
  "object-src 'none'",
  "base-uri 'none'",
  "frame-ancestors 'none'",
  "form-action 'self'",
].join('; ');

export interface ExploreRouterOptions {
  readonly config: Pick<Config, 'explorer' | 'sandbox' | 'introspection'>;
  /** The built bundle; tests point it elsewhere to see the 503. */
  readonly bundleDir?: string;
}

function sendHtml(res: Response, status: number, html: string): void {
  res.status(status).set('content-security-policy', PAGE_CSP).type('html').send(html);
}

/**
 * GET `/` (links to what the server offers), `/explore` and `/graphiql` (pages of the bundle, 503 when
 * it is missing) and the bundle's assets. With TDG_EXPLORER=false only `/` remains.
 */
export function createExploreRouter({ config, bundleDir = BUNDLE_DIR }: ExploreRouterOptions): Router {
  const router = express.Router();
  router.get('/', (_req, res) => sendHtml(res, 200, renderRootPage(config)));
  if (!config.explorer) return router;

  const sendPage = async (page: BundlePage, res: Response) => {
    const file = await findBundlePage(page, bundleDir);
    if (!file) {
      sendHtml(res, 503, renderBundleMissingPage());
      return;
    }
    res.set('content-security-policy', PAGE_CSP).set('cache-control', 'no-cache').sendFile(file);
  };
  router.get('/explore', (_req, res, next) => void sendPage('explorer', res).catch(next));
  router.get('/graphiql', (_req, res, next) => {
    if (!config.introspection) {
      sendHtml(res, 200, renderIntrospectionOffPage());
      return;
    }
    void sendPage('graphiql', res).catch(next);
  });
  router.use(ASSETS_PATH, express.static(`${bundleDir}/assets`, { index: false, etag: false, maxAge: 0 }));
  return router;
}
