import type { AddressInfo } from 'node:net';
import http from 'node:http';
import os from 'node:os';
import express from 'express';
import { afterEach, describe, expect, it } from 'vitest';
import { loadConfig } from '../config.ts';
import { createExploreRouter, type ExploreRouterOptions } from './routes.ts';

const servers: http.Server[] = [];
afterEach(() => Promise.all(servers.splice(0).map((s) => new Promise((r) => s.close(r)))));

async function serve(options: ExploreRouterOptions): Promise<string> {
  const app = express();
  app.use(createExploreRouter(options));
  const server = http.createServer(app);
  servers.push(server);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
}

const on = { explorer: true, sandbox: true, introspection: true };

describe('the explorer routes', () => {
  it('links the explorer, /graphql and GraphiQL from /', async () => {
    const response = await fetch(await serve({ config: on }));
    const html = await response.text();
    expect(response.headers.get('content-security-policy')).toContain("default-src 'self'");
    expect(html).toContain('href="/explore"');
    expect(html).toContain('href="/graphql"');
    expect(html).toContain('href="/graphiql"');
  });

  it('answers 503 with what to run when the bundle is missing', async () => {
    const base = await serve({ config: on, bundleDir: os.tmpdir() + '/tdg-no-bundle' });
    const response = await fetch(`${base}/explore`);
    expect(response.status).toBe(503);
    expect(await response.text()).toContain('npm run build:explore');
  });

  it('says GraphiQL needs introspection when it is off', async () => {
    const base = await serve({ config: { ...on, introspection: false } });
    const response = await fetch(`${base}/graphiql`);
    expect(await response.text()).toContain('GraphiQL needs introspection');
  });

  it('serves neither page with TDG_EXPLORER=false', async () => {
    const config = loadConfig({ TDG_EXPLORER: 'false' });
    expect(config.explorer).toBe(false);
    const base = await serve({ config });
    expect((await fetch(`${base}/explore`)).status).toBe(404);
    expect((await fetch(`${base}/graphiql`)).status).toBe(404);
    expect(await (await fetch(base)).text()).not.toContain('/explore');
  });
});
