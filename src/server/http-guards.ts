import http from 'node:http';
import type { RequestHandler } from 'express';
import type { HttpConfig } from '../config.ts';

/**
 * Node checks requests against their timeouts this often (its default, 30 s, let a slow client keep a
 * connection up to 30 s past the timeout). The check walks the open connections: cheap at 256.
 */
const TIMEOUT_CHECK_INTERVAL_MS = 1_000;

/**
 * The HTTP server, guarded below Express: a client that takes longer than `requestTimeoutMs` to send
 * its headers and body (slow loris, a body trickled byte by byte, a connection that never sends) gets
 * 408 and is disconnected; a connection beyond `maxConnections` is closed as it arrives.
 */
export function createGuardedServer(config: HttpConfig, listener: http.RequestListener): http.Server {
  const server = http.createServer(
    {
      requestTimeout: config.requestTimeoutMs,
      headersTimeout: config.requestTimeoutMs,
      connectionsCheckingInterval: Math.min(TIMEOUT_CHECK_INTERVAL_MS, config.requestTimeoutMs),
    },
    listener,
  );
  server.maxConnections = config.maxConnections;
  return server;
}

/** `Host: name:port` → `name`, lower case (`[::1]:4000` → `[::1]`); undefined when absent or malformed. */
export function hostName(header: string | undefined): string | undefined {
  const match = /^(\[[0-9a-f:.]*\]|[a-z0-9._-]+)(?::\d*)?$/.exec((header ?? '').trim().toLowerCase());
  return match?.[1];
}

/**
 * Refuses, with 403 and a JSON error, a request whose `Host` is not one the server answers to (see
 * `HttpConfig.allowedHosts`): a page on another site that has rebound its own name to 127.0.0.1 (DNS
 * rebinding) sends its own name as `Host`, so it cannot read a loopback-bound API.
 */
export function createHostGuard(allowed: HttpConfig['allowedHosts']): RequestHandler {
  if (allowed === 'any') return (_req, _res, next) => next();
  const names = new Set(allowed);
  return (req, res, next) => {
    const name = hostName(req.headers.host);
    if (name !== undefined && names.has(name)) {
      next();
      return;
    }
    const shown = JSON.stringify((req.headers.host ?? '').slice(0, 100));
    res.status(403).json({
      errors: [
        {
          message: `Host ${shown} is not one this server answers to; TDG_ALLOWED_HOSTS lists those.`,
          extensions: { code: 'FORBIDDEN' },
        },
      ],
    });
  };
}
