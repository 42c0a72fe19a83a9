import http from 'node:http';
import net from 'node:net';
import type { Driver } from 'neo4j-driver';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestHttp } from '../helpers/graphql.ts';
import { openTestDriver, testConfig } from '../helpers/neo4j.ts';

// The HTTP server's own limits, over real sockets: how long a client may take to send a request
// (TDG_REQUEST_TIMEOUT_MS), how many connections it may hold (TDG_MAX_CONNECTIONS), and which Host
// names a loopback-bound server answers to (TDG_ALLOWED_HOSTS), against DNS rebinding.
const TIMEOUT_MS = 1_500;
/** Node checks timeouts every second (http-guards.ts); a cut-off comes at most that much late. */
const CHECK_SLACK_MS = 1_000 + 1_000;

let driver: Driver;
const measured: Record<string, number> = {};
beforeAll(async () => {
  driver = await openTestDriver(testConfig());
});
afterAll(async () => {
  await driver.close();
  console.log('[reliability] closed after (ms):', JSON.stringify(measured));
});

/** Starts a test server with these settings; stops it after `work`. */
async function withServer<T>(env: Record<string, string>, work: (url: URL) => Promise<T>): Promise<T> {
  const server = await startTestHttp(testConfig(env), driver);
  try {
    return await work(new URL(server.url));
  } finally {
    await server.stop();
  }
}

/** What a raw connection saw: the bytes the server sent, and when the server closed it. */
interface Trickled {
  readonly response: string;
  readonly closedAfterMs: number;
}

/**
 * Opens a connection, writes `head`, then `drip` every `everyMs` until the server closes it (or
 * `giveUpMs` passes: then `closedAfterMs` is Infinity).
 */
function trickle(
  url: URL,
  head: string,
  drip: string,
  everyMs: number,
  giveUpMs = 15_000,
): Promise<Trickled> {
  return new Promise((resolve) => {
    const began = Date.now();
    const socket = net.connect(Number(url.port), url.hostname);
    let response = '';
    let timer: NodeJS.Timeout | undefined;
    const finish = (closedAfterMs: number) => {
      clearInterval(timer);
      clearTimeout(giveUp);
      socket.destroy();
      resolve({ response, closedAfterMs });
    };
    const giveUp = setTimeout(() => finish(Infinity), giveUpMs);
    socket.on('connect', () => {
      if (head !== '') socket.write(head);
      if (drip !== '') timer = setInterval(() => socket.writable && socket.write(drip), everyMs);
    });
    socket.on('data', (chunk: Buffer) => (response += chunk.toString()));
    socket.on('error', () => undefined);
    socket.on('close', () => finish(Date.now() - began));
  });
}

/** GET `path` on a new connection with this Host header; the status, or the connection error's code. */
function getWithHost(
  url: URL,
  host: string,
  path = '/health',
): Promise<{ status: number | string; body: string }> {
  return new Promise((resolve) => {
    const request = http.get(
      { host: url.hostname, port: url.port, path, headers: { host }, agent: false, timeout: 5_000 },
      (response) => {
        let body = '';
        response.on('data', (chunk: Buffer) => (body += chunk.toString()));
        response.on('end', () => resolve({ status: response.statusCode ?? 0, body }));
      },
    );
    request.on('timeout', () => request.destroy(new Error('timeout')));
    request.on('error', (error: NodeJS.ErrnoException) =>
      resolve({ status: error.code ?? error.message, body: '' }),
    );
  });
}

describe('TDG_REQUEST_TIMEOUT_MS', () => {
  const env = { TDG_REQUEST_TIMEOUT_MS: String(TIMEOUT_MS) };
  const body = 'POST /graphql HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\n';

  it('cuts off a body trickled a byte at a time: 408, connection closed, within the timeout', async () => {
    const seen = await withServer(env, (url) =>
      trickle(url, `${body}Content-Length: 1000\r\n\r\n{"query": "`, 'a', 200),
    );
    measured.slowBody = seen.closedAfterMs;
    expect(seen.response).toMatch(/^HTTP\/1\.1 408 Request Timeout\r\n/);
    expect(seen.closedAfterMs).toBeGreaterThanOrEqual(TIMEOUT_MS - 100);
    expect(seen.closedAfterMs).toBeLessThan(TIMEOUT_MS + CHECK_SLACK_MS);
  });

  it('cuts off headers sent a line at a time (slow loris)', async () => {
    const seen = await withServer(env, (url) =>
      trickle(url, 'GET /health HTTP/1.1\r\nHost: 127.0.0.1\r\n', 'X-A: b\r\n', 200),
    );
    measured.slowHeaders = seen.closedAfterMs;
    expect(seen.response).toMatch(/^HTTP\/1\.1 408 /);
    expect(seen.closedAfterMs).toBeLessThan(TIMEOUT_MS + CHECK_SLACK_MS);
  });

  it('closes a connection that never sends a byte', async () => {
    const seen = await withServer(env, (url) => trickle(url, '', '', 0));
    measured.silent = seen.closedAfterMs;
    expect(seen.closedAfterMs).toBeLessThan(TIMEOUT_MS + CHECK_SLACK_MS);
  });

  it('still answers a request sent in time', async () => {
    const answer = await withServer(env, (url) => getWithHost(url, url.host));
    expect(answer.status).toBe(200);
  });
});

describe('TDG_MAX_CONNECTIONS', () => {
  it('closes connections beyond the cap as they arrive, and takes new ones once below it', async () => {
    await withServer({ TDG_MAX_CONNECTIONS: '4' }, async (url) => {
      const held = await Promise.all(
        Array.from(
          { length: 4 },
          () =>
            new Promise<net.Socket>((resolve) => {
              const socket = net.connect(Number(url.port), url.hostname, () => resolve(socket));
              socket.on('error', () => undefined);
            }),
        ),
      );
      await new Promise((resolve) => setTimeout(resolve, 200));
      try {
        const extra = await trickle(url, '', '', 0, 5_000);
        measured.overCap = extra.closedAfterMs;
        expect(extra.response).toBe('');
        expect(extra.closedAfterMs).toBeLessThan(1_000);
        expect((await getWithHost(url, url.host)).status).toMatch(/ECONNRESET|EPIPE|socket hang up/);
        held[0]?.destroy();
        await new Promise((resolve) => setTimeout(resolve, 200));
        expect((await getWithHost(url, url.host)).status).toBe(200);
      } finally {
        held.forEach((socket) => socket.destroy());
      }
    });
  });
});

describe('the Host allow-list', () => {
  it.each([
    'evil.example',
    'evil.example:4000',
    'localhost.evil.example',
    '127.0.0.1.nip.io:80',
    '0.0.0.0',
    'x',
  ])('refuses Host %j on a loopback bind with 403 and a JSON error, on every route', async (host) => {
    await withServer({}, async (url) => {
      for (const path of ['/health', '/ready', '/graphql']) {
        const answer = await getWithHost(url, host, path);
        expect(answer.status, path).toBe(403);
        const json = JSON.parse(answer.body) as {
          errors: { message: string; extensions: { code: string } }[];
        };
        expect(json.errors[0]?.extensions.code).toBe('FORBIDDEN');
        expect(json.errors[0]?.message).toContain(
          `Host ${JSON.stringify(host)} is not one this server answers to`,
        );
      }
    });
  });

  it('refuses a request without a Host header', async () => {
    const seen = await withServer({}, (url) => trickle(url, 'GET /health HTTP/1.0\r\n\r\n', '', 0));
    expect(seen.response).toMatch(/^HTTP\/1\.[01] (400|403) /);
  });

  it.each(['localhost', 'localhost:4000', 'LOCALHOST:1', '127.0.0.1', '127.0.0.1:8080', '[::1]:4000'])(
    'accepts Host %j, with any port',
    async (host) => {
      const answer = await withServer({}, (url) => getWithHost(url, host));
      expect(answer.status).toBe(200);
    },
  );

  it('answers only the names TDG_ALLOWED_HOSTS lists, when set (behind a proxy)', async () => {
    await withServer({ TDG_ALLOWED_HOSTS: 'api.example.org' }, async (url) => {
      expect((await getWithHost(url, 'api.example.org:443')).status).toBe(200);
      expect((await getWithHost(url, 'localhost')).status).toBe(403);
    });
  });

  it('answers any Host when HOST=0.0.0.0 and TDG_ALLOWED_HOSTS is unset', async () => {
    const answer = await withServer({ HOST: '0.0.0.0' }, (url) => getWithHost(url, 'evil.example'));
    expect(answer.status).toBe(200);
  });
});
