import { spawn, type ChildProcess } from 'node:child_process';
import http from 'node:http';
import path from 'node:path';
import { PROJECT_ROOT } from '../../src/config.ts';

/** `tdg serve` running as a child process, as a user starts it. */
export interface ServerProcess {
  readonly child: ChildProcess;
  /** http://127.0.0.1:<PORT> */
  readonly base: string;
  /** Everything the server wrote to stdout and stderr so far (its JSON logs). */
  output(): string;
  /** Resolves with the exit code once the process has exited. */
  readonly exited: Promise<number | null>;
}

/**
 * Starts `node bin/tdg.js serve` with `env` and resolves once it prints that it is serving (rejects if it
 * exits first, with its output).
 */
export async function startServerProcess(env: Record<string, string>): Promise<ServerProcess> {
  const child = spawn(process.execPath, [path.join(PROJECT_ROOT, 'bin', 'tdg.js'), 'serve'], {
    cwd: PROJECT_ROOT,
    env: { ...process.env, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
    // Its own process group: a signal meant for the test runner's group (Ctrl-C) does not reach it.
    detached: true,
  });
  let output = '';
  child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  await new Promise<void>((resolve, reject) => {
    const onData = () => {
      if (output.includes('serving GraphQL at')) resolve();
    };
    child.stdout.on('data', onData);
    void exited.then((code) => reject(new Error(`serve exited with ${code}:\n${output}`)));
  });
  return { child, base: `http://127.0.0.1:${env.PORT}`, output: () => output, exited };
}

/**
 * Sends SIGTERM and resolves with the exit code and how long the process took to exit; SIGKILLs a server
 * still running after `killAfterMs` (its code is then null).
 */
export async function stopServerProcess(
  server: ServerProcess,
  killAfterMs = 60_000,
): Promise<{ code: number | null; millis: number }> {
  const began = Date.now();
  if (server.child.exitCode === null && server.child.signalCode === null) server.child.kill('SIGTERM');
  const timer = setTimeout(() => server.child.kill('SIGKILL'), killAfterMs);
  const code = await server.exited.finally(() => clearTimeout(timer));
  return { code, millis: Date.now() - began };
}

/** One timed HTTP exchange. */
export interface Exchange<T = unknown> {
  readonly status: number;
  readonly body: T;
  readonly millis: number;
  readonly startedAt: number;
}

/** A GraphQL response body. */
export interface GraphQLBody<T = Record<string, unknown>> {
  readonly data?: T | null;
  readonly errors?: readonly { message: string; extensions?: { code?: string } }[];
}

/** POSTs a GraphQL operation and times it; `timeoutMs` bounds a hung request (it then rejects). */
export async function postGraphQL<T = Record<string, unknown>>(
  base: string,
  query: string,
  variables: Record<string, unknown> = {},
  options: { token?: string; timeoutMs?: number } = {},
): Promise<Exchange<GraphQLBody<T>>> {
  const startedAt = Date.now();
  const response = await fetch(`${base}/graphql`, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      ...(options.token ? { authorization: `Bearer ${options.token}` } : {}),
    },
    body: JSON.stringify({ query, variables }),
    signal: AbortSignal.timeout(options.timeoutMs ?? 30_000),
  });
  const body = (await response.json()) as GraphQLBody<T>;
  return { status: response.status, body, millis: Date.now() - startedAt, startedAt };
}

/** GET /ready, timed. */
export async function getReady(base: string, timeoutMs = 10_000): Promise<Exchange<{ neo4j: boolean }>> {
  const startedAt = Date.now();
  const response = await fetch(`${base}/ready`, { signal: AbortSignal.timeout(timeoutMs) });
  const body = (await response.json()) as { neo4j: boolean };
  return { status: response.status, body, millis: Date.now() - startedAt, startedAt };
}

/**
 * Opens a brand-new TCP connection (no keep-alive pool) for GET `path`: resolves with the status, or
 * with the connection error's code (`ECONNREFUSED` once the server has stopped listening).
 */
export function getOnNewConnection(base: string, urlPath: string): Promise<number | string> {
  return new Promise((resolve) => {
    const request = http.get(`${base}${urlPath}`, { agent: false, timeout: 5_000 }, (response) => {
      response.resume();
      resolve(response.statusCode ?? 0);
    });
    request.once('timeout', () => request.destroy(new Error('timeout')));
    request.once('error', (error: NodeJS.ErrnoException) => resolve(error.code ?? error.message));
  });
}
