import { type ChildProcess, spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { setTimeout as sleep } from 'node:timers/promises';
import type { Way } from './workload/operations.ts';
import { PROJECT_ROOT } from '../src/index.ts';

/** A server under test, running as its own process (so its RSS is its own). */
export interface BenchServer {
  readonly way: Way;
  readonly url: string;
  readonly pid: number;
  stop(): Promise<void>;
}

export interface ServerOptions {
  /** Bolt URI of the benchmark database. */
  readonly neo4jUri: string;
  /**
   * Its password (the local Neo4j's generated one, or NEO4J_PASSWORD): the servers get it in their
   * environment, which only their owner can read, never on a command line.
   */
  readonly neo4jPassword: string;
  /** One HTTP port per way, in the order the ways are given. */
  readonly ports: readonly number[];
  /** LOG_LEVEL of our server (the others log nothing per request). */
  readonly logLevel: string;
}

const COMMANDS: Readonly<Record<Way, readonly string[]>> = {
  ours: ['bin/tdg.js', 'serve'],
  'neo4j-graphql': ['--import', 'tsx', 'bench/neo4j-graphql/server.ts'],
  raw: ['--import', 'tsx', 'bench/raw/server.ts'],
};

const READY_TIMEOUT_MS = 90_000;

/** Answers once the server takes HTTP requests (any status), or throws when it exits first. */
async function waitForHttp(url: string, child: ChildProcess, log: () => string): Promise<void> {
  const deadline = Date.now() + READY_TIMEOUT_MS;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`${url}: the server exited (${child.exitCode}):\n${log()}`);
    try {
      await fetch(url, { method: 'GET', signal: AbortSignal.timeout(1_000) });
      return;
    } catch {
      await sleep(250);
    }
  }
  throw new Error(`${url}: no answer within ${READY_TIMEOUT_MS / 1000} s:\n${log()}`);
}

/** Starts one way's server as a child process and waits until it answers. */
export async function startServer(way: Way, port: number, options: ServerOptions): Promise<BenchServer> {
  const env = {
    ...process.env,
    NEO4J_URI: options.neo4jUri,
    NEO4J_PASSWORD: options.neo4jPassword,
    PORT: String(port),
    HOST: '127.0.0.1',
    NODE_ENV: 'production',
    LOG_LEVEL: options.logLevel,
    // The workload is one client hammering expensive queries: the per-client budget (issue 13) would
    // answer it 429 within seconds, and the events page (100 participants of each of 20 events, with
    // their sources) costs 56,040 against the default cap of 50,000. The other two have neither limit.
    TDG_RATE_LIMIT_COST_PER_MINUTE: '0',
    TDG_MAX_COST: '100000',
  };
  const child = spawn(process.execPath, [...COMMANDS[way]], {
    cwd: PROJECT_ROOT,
    env,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  const keep = (chunk: Buffer) => {
    output = (output + chunk.toString('utf8')).slice(-4_000);
  };
  child.stdout?.on('data', keep);
  child.stderr?.on('data', keep);
  if (child.pid === undefined) throw new Error(`${way}: could not start ${process.execPath}`);
  const base = `http://127.0.0.1:${port}`;
  try {
    await waitForHttp(way === 'raw' ? `${base}/` : `${base}/graphql`, child, () => output);
  } catch (error) {
    child.kill('SIGKILL');
    throw error;
  }
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  return {
    way,
    url: base,
    pid: child.pid,
    async stop() {
      if (child.exitCode !== null) return;
      child.kill('SIGTERM');
      const timer = setTimeout(() => child.kill('SIGKILL'), 10_000);
      await exited;
      clearTimeout(timer);
    },
  };
}

/** Starts the servers together (each on its own port) and waits for all of them. */
export async function startServers(ways: readonly Way[], options: ServerOptions): Promise<BenchServer[]> {
  const settled = await Promise.allSettled(
    ways.map((way, i) => startServer(way, options.ports[i] ?? 0, options)),
  );
  const servers = settled.flatMap((result) => (result.status === 'fulfilled' ? [result.value] : []));
  const failure = settled.find((result) => result.status === 'rejected');
  if (failure) {
    await Promise.all(servers.map((server) => server.stop()));
    throw failure.reason;
  }
  return servers;
}

/** A process's resident set size in MB (`VmRSS` of /proc/<pid>/status), or null when unreadable. */
export function readRssMb(pid: number): number | null {
  try {
    const match = /VmRSS:\s+(\d+)\s+kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
    return match ? Number(match[1]) / 1024 : null;
  } catch {
    return null;
  }
}

/** RSS of a server: at the start, the highest sampled, and at the end. */
export interface RssStats {
  startMb: number;
  maxMb: number;
  endMb: number;
}

/** Samples every server's RSS every `intervalMs` until stopped. */
export function sampleRss(servers: readonly BenchServer[], intervalMs = 250) {
  const stats = new Map<Way, RssStats>();
  const sample = () => {
    for (const server of servers) {
      const mb = readRssMb(server.pid);
      if (mb === null) continue;
      const s = stats.get(server.way);
      if (!s) stats.set(server.way, { startMb: mb, maxMb: mb, endMb: mb });
      else {
        s.maxMb = Math.max(s.maxMb, mb);
        s.endMb = mb;
      }
    }
  };
  sample();
  const timer = setInterval(sample, intervalMs);
  return {
    stop(): Map<Way, RssStats> {
      clearInterval(timer);
      sample();
      return stats;
    },
  };
}
