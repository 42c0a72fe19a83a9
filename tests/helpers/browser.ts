import { existsSync, mkdirSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { PROJECT_ROOT } from '../../src/config.ts';
import { countPixelsNear, decodePng } from './png.ts';

/** Debian's Chromium (`apt-get install chromium`; .ci/run installs it). Playwright's own builds cannot be downloaded here. */
export const CHROMIUM = process.env.TDG_CHROMIUM ?? '/usr/bin/chromium';

/** Where screenshots of the browser tests go (git-ignored). */
export const ARTIFACTS = path.join(PROJECT_ROOT, 'test-artifacts', 'explore');

/**
 * Headless, offline-minded flags: no GPU (WebGL through SwiftShader, software), no QUIC, and none of the
 * background traffic Chromium starts by itself (updates, sync, first-run pages), so every request the
 * tests record is one the page made.
 */
const ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--use-angle=swiftshader',
  '--enable-unsafe-swiftshader',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/** A browser with a fresh profile, every request it makes recorded; `close` removes the profile. */
export interface TestBrowser {
  readonly context: BrowserContext;
  readonly requests: string[];
  newPage(): Promise<Page>;
  close(): Promise<void>;
}

/** Why the browser tests cannot run here, or undefined when Chromium is installed. */
export function chromiumMissing(): string | undefined {
  return existsSync(CHROMIUM) ? undefined : `${CHROMIUM} is not installed (apt-get install -y chromium)`;
}

export async function launchBrowser(): Promise<TestBrowser> {
  const profile = await mkdtemp(path.join(os.tmpdir(), 'tdg-chromium-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: true,
    args: ARGS,
    viewport: { width: 1400, height: 900 },
  });
  const requests: string[] = [];
  context.on('request', (request) => requests.push(request.url()));
  mkdirSync(ARTIFACTS, { recursive: true });
  return {
    context,
    requests,
    newPage: () => context.newPage(),
    async close() {
      await context.close();
      await rm(profile, { recursive: true, force: true });
    },
  };
}

/** True for a URL that stays on this machine: http(s) or ws(s) to loopback, or data:/blob: (in the page). */
export function isLocalUrl(url: string): boolean {
  const parsed = new URL(url);
  if (parsed.protocol === 'data:' || parsed.protocol === 'blob:') return true;
  return ['127.0.0.1', 'localhost', '[::1]'].includes(parsed.hostname);
}

/** How many pixels of an element's screenshot are near one of `colors`: proof that WebGL drew nodes. */
export async function countColoredPixels(
  page: Page,
  selector: string,
  colors: readonly string[],
): Promise<number> {
  return countPixelsNear(decodePng(await page.locator(selector).screenshot()), colors);
}
