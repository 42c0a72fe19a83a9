/**
 * A bounded load run: `npm run test:load -- [--duration 180] [--concurrency 8] [--write-ratio 0.1]
 * [--url http://127.0.0.1:4000] [--token <write token>] [--pid <server pid>]`.
 *
 * Without --url it starts the real server (`node bin/tdg.js serve`) as a child process on an instance and
 * ports of its own (TDG_NEO4J_INSTANCE, default `load`; NEO4J_BOLT_PORT, default 7698; PORT, default 4698)
 * and stops it afterwards. It only ever targets a loopback address. It holds a mixed workload (reads over
 * node/search/events/shortestPath/neighborhood/investmentTotals, authenticated upserts) at a fixed
 * concurrency for a fixed duration, then prints requests, status classes, p50/p95/p99 and the server's RSS
 * (sampled every 5 s), and exits 1 on any 5xx or failed request.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { PROJECT_ROOT } from '../../src/config.ts';
import { LatencyRecorder, readRssMb, summariseRss } from './stats.ts';
import { createWorkload } from './workload.ts';

const { values: args } = parseArgs({
  options: {
    duration: { type: 'string', default: '180' },
    concurrency: { type: 'string', default: '8' },
    'write-ratio': { type: 'string', default: '0.1' },
    url: { type: 'string' },
    token: { type: 'string' },
    pid: { type: 'string' },
  },
});
const durationS = Number(args.duration);
const concurrency = Number(args.concurrency);
const writeRatio = Number(args['write-ratio']);
if (!(
  durationS > 0 &&
  Number.isInteger(concurrency) &&
  concurrency > 0 &&
  writeRatio >= 0 &&
  writeRatio <= 1
)) {
  fail('--duration must be > 0, --concurrency a positive integer, --write-ratio between 0 and 1');
}

function fail(message: string): never {
  process.stderr.write(`run-load: ${message}\n`);
  process.exit(2);
}

/** Loopback only: this script must never load someone else's server. */
function isLoopbackUrl(url: string): boolean {
  let host: string;
  try {
    host = new URL(url).hostname.replace(/^\[|\]$/g, '');
  } catch {
    return false;
  }
  return host === 'localhost' || host === '::1' || /^127\.\d{1,3}\.\d{1,3}\.\d{1,3}$/.test(host);
}

interface Target {
  readonly url: string;
  readonly token: string;
  readonly pid: number | undefined;
  stop(): Promise<number | null>;
}

/** Starts `tdg serve` on its own instance and port; resolves once it serves and /ready says 200. */
async function startServer(): Promise<Target> {
  const token = randomBytes(24).toString('hex');
  const port = process.env.PORT ?? '4698';
  const env = {
    ...process.env,
    NEO4J_URI: '',
    TDG_NEO4J_INSTANCE: process.env.TDG_NEO4J_INSTANCE ?? 'load',
    NEO4J_BOLT_PORT: process.env.NEO4J_BOLT_PORT ?? '7698',
    NEO4J_HEAP: process.env.NEO4J_HEAP ?? '1g',
    NEO4J_PAGECACHE: process.env.NEO4J_PAGECACHE ?? '512m',
    PORT: port,
    HOST: '127.0.0.1',
    NODE_ENV: 'production',
    LOG_LEVEL: process.env.LOG_LEVEL ?? 'warn',
    TDG_WRITE_TOKENS: token,
  };
  if (env.TDG_NEO4J_INSTANCE === 'dev' || env.NEO4J_BOLT_PORT === '7687') {
    fail('refusing to load the development instance: set TDG_NEO4J_INSTANCE and NEO4J_BOLT_PORT of its own');
  }
  const child = spawn(process.execPath, [path.join(PROJECT_ROOT, 'bin', 'tdg.js'), 'serve'], {
    env,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  const keep = (chunk: Buffer) => void (output = (output + chunk.toString()).slice(-20_000));
  child.stderr?.on('data', keep);
  await new Promise<void>((resolve, reject) => {
    child.stdout?.on('data', (chunk: Buffer) => {
      keep(chunk);
      if (output.includes('serving GraphQL at')) resolve();
    });
    child.once('exit', (code) => reject(new Error(`tdg serve exited with ${code}:\n${output}`)));
  });
  const url = `http://127.0.0.1:${port}`;
  const ready = await fetch(`${url}/ready`);
  if (ready.status !== 200) throw new Error(`/ready answered ${ready.status}`);
  return { url, token, pid: child.pid, stop: () => stopChild(child) };
}

function stopChild(child: ChildProcess): Promise<number | null> {
  return new Promise((resolve) => {
    if (child.exitCode !== null) {
      resolve(child.exitCode);
      return;
    }
    child.once('exit', (code) => resolve(code));
    child.kill('SIGTERM');
  });
}

async function connect(): Promise<Target> {
  if (args.url === undefined) return startServer();
  if (!isLoopbackUrl(args.url)) fail(`refusing a non-loopback target: ${args.url}`);
  const token = args.token ?? process.env.TDG_WRITE_TOKENS?.split(',')[0];
  if (token === undefined) fail('give --token (or TDG_WRITE_TOKENS) for the writes');
  const pid = args.pid === undefined ? undefined : Number(args.pid);
  return { url: args.url.replace(/\/(graphql)?$/, ''), token, pid, stop: () => Promise.resolve(null) };
}

interface Tally {
  readonly byStatus: Record<string, number>;
  readonly byKind: Record<string, number>;
  readonly graphqlErrors: Record<string, number>;
  failed: number;
  readonly samples: string[];
}

/** One worker: sends requests back to back until `deadline`. */
async function runWorker(target: Target, deadline: number, latencies: LatencyRecorder, tally: Tally) {
  const next = createWorkload(writeRatio);
  while (Date.now() < deadline) {
    const item = next();
    const started = performance.now();
    try {
      const response = await fetch(`${target.url}/graphql`, {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          ...(item.write ? { authorization: `Bearer ${target.token}` } : {}),
        },
        body: item.body,
      });
      const text = await response.text();
      latencies.record(performance.now() - started);
      const klass = `${Math.floor(response.status / 100)}xx`;
      tally.byStatus[klass] = (tally.byStatus[klass] ?? 0) + 1;
      tally.byKind[item.kind] = (tally.byKind[item.kind] ?? 0) + 1;
      const codes = [...text.matchAll(/"code":"([A-Z_]+)"/g)].map((m) => m[1] ?? '');
      for (const code of codes) tally.graphqlErrors[code] = (tally.graphqlErrors[code] ?? 0) + 1;
      if ((response.status >= 500 || codes.length > 0) && tally.samples.length < 5) {
        tally.samples.push(`${item.kind} → ${response.status} ${text.slice(0, 200)}`);
      }
    } catch (error) {
      tally.failed += 1;
      if (tally.samples.length < 5) tally.samples.push(`${item.kind} → ${String(error)}`);
    }
  }
}

async function main(): Promise<number> {
  const target = await connect();
  process.stdout.write(
    `load: ${target.url}, ${durationS} s, concurrency ${concurrency}, writes ${(writeRatio * 100).toFixed(0)}%\n`,
  );
  const latencies = new LatencyRecorder();
  const tally: Tally = { byStatus: {}, byKind: {}, graphqlErrors: {}, failed: 0, samples: [] };
  const rss: { seconds: number; mb: number }[] = [];
  const began = Date.now();
  const sample = () => {
    const mb = target.pid === undefined ? undefined : readRssMb(target.pid);
    if (mb !== undefined) rss.push({ seconds: Math.round((Date.now() - began) / 1000), mb });
  };
  sample();
  const sampler = setInterval(sample, 5_000);
  const deadline = began + durationS * 1000;
  try {
    await Promise.all(
      Array.from({ length: concurrency }, () => runWorker(target, deadline, latencies, tally)),
    );
  } finally {
    clearInterval(sampler);
    sample();
  }
  const elapsed = (Date.now() - began) / 1000;
  const exitCode = await target.stop();
  const p = latencies.percentiles([50, 95, 99, 100]);
  const ms = (v: number | undefined) => `${(v ?? 0).toFixed(1)} ms`;
  const fivexx = tally.byStatus['5xx'] ?? 0;
  const lines = [
    `requests: ${latencies.count + tally.failed} in ${elapsed.toFixed(1)} s (${(latencies.count / elapsed).toFixed(1)}/s)`,
    `status: 2xx ${tally.byStatus['2xx'] ?? 0}, 4xx ${tally.byStatus['4xx'] ?? 0}, 5xx ${fivexx}, failed (no response) ${tally.failed}`,
    `GraphQL error codes: ${JSON.stringify(tally.graphqlErrors)}`,
    `by kind: ${JSON.stringify(tally.byKind)}`,
    `latency: p50 ${ms(p.p50)}, p95 ${ms(p.p95)}, p99 ${ms(p.p99)}, max ${ms(p.p100)}`,
    summariseRss(rss),
    ...(args.url === undefined ? [`server stopped with exit code ${exitCode}`] : []),
    ...tally.samples.map((s) => `sample problem: ${s}`),
  ];
  process.stdout.write(`${lines.join('\n')}\n`);
  const clean = fivexx === 0 && tally.failed === 0 && (args.url !== undefined || exitCode === 0);
  process.stdout.write(clean ? 'PASS: no 5xx\n' : 'FAIL: 5xx, failed requests or an unclean server exit\n');
  return clean ? 0 : 1;
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    process.stderr.write(`run-load: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exit(1);
  },
);
