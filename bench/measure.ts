import autocannon from 'autocannon';
import type { BenchServer } from './servers.ts';
import type { Operation, Way } from './workload/operations.ts';

/** How long and how hard each operation is driven. */
export interface LoadOptions {
  readonly connections: number;
  /** Seconds per way per round. */
  readonly duration: number;
  /** Rounds; the order of the ways rotates each round (A B C, B C A, C A B) to cancel drift. */
  readonly rounds: number;
  /** Seconds of unmeasured load before each way's first round. */
  readonly warmup: number;
}

/** One way's figures for one operation, over all its rounds. */
export interface LoadResult {
  readonly requests: number;
  readonly seconds: number;
  readonly requestsPerSecond: number;
  readonly p50Ms: number;
  readonly p95Ms: number;
  readonly p99Ms: number;
  /** Connection errors and timeouts. */
  readonly errors: number;
  readonly non2xx: number;
  /** 2xx responses whose body differs from the checked one (e.g. a GraphQL error under load). */
  readonly mismatches: number;
}

interface Run {
  readonly latencies: number[];
  readonly requests: number;
  readonly seconds: number;
  readonly errors: number;
  readonly non2xx: number;
  readonly mismatches: number;
}

function percentile(sorted: readonly number[], p: number): number {
  if (sorted.length === 0) return Number.NaN;
  const index = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[index] ?? Number.NaN;
}

/** Drives one operation on one server for `duration` seconds; records every response time. */
async function drive(
  server: BenchServer,
  operation: Operation,
  expectBody: string | undefined,
  connections: number,
  duration: number,
): Promise<Run> {
  const { path, body } = operation.request(server.way);
  const latencies: number[] = [];
  const result = await new Promise<autocannon.Result>((resolve, reject) => {
    const instance = autocannon(
      {
        url: `${server.url}${path}`,
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify(body),
        connections,
        duration,
        ...(expectBody ? { expectBody } : {}),
      },
      (error, done) =>
        error ? reject(error instanceof Error ? error : new Error(String(error))) : resolve(done),
    );
    instance.on('response', (_client, _status, _bytes, responseTime) => {
      latencies.push(responseTime);
    });
  });
  return {
    latencies,
    requests: result.requests.total,
    seconds: result.duration,
    errors: result.errors + result.timeouts,
    non2xx: result.non2xx,
    mismatches: result.mismatches,
  };
}

function combine(runs: readonly Run[]): LoadResult {
  const latencies = runs.flatMap((run) => run.latencies).sort((a, b) => a - b);
  const requests = runs.reduce((n, run) => n + run.requests, 0);
  const seconds = runs.reduce((n, run) => n + run.seconds, 0);
  const round = (ms: number) => Math.round(ms * 100) / 100;
  return {
    requests,
    seconds,
    requestsPerSecond: Math.round((requests / seconds) * 10) / 10,
    p50Ms: round(percentile(latencies, 50)),
    p95Ms: round(percentile(latencies, 95)),
    p99Ms: round(percentile(latencies, 99)),
    errors: runs.reduce((n, run) => n + run.errors, 0),
    non2xx: runs.reduce((n, run) => n + run.non2xx, 0),
    mismatches: runs.reduce((n, run) => n + run.mismatches, 0),
  };
}

/**
 * Measures one operation on every server: a warm-up each, then `rounds` rounds in rotating order.
 * `bodies` are the responses the equality check accepted: any other body under load counts as a mismatch.
 */
export async function measureOperation(
  servers: readonly BenchServer[],
  operation: Operation,
  bodies: Readonly<Partial<Record<Way, string>>>,
  options: LoadOptions,
  log: (line: string) => void,
): Promise<Map<Way, LoadResult>> {
  const runs = new Map<Way, Run[]>(servers.map((server) => [server.way, []]));
  if (options.warmup > 0) {
    for (const server of servers)
      await drive(server, operation, undefined, options.connections, options.warmup);
  }
  for (let round = 0; round < options.rounds; round++) {
    const order = servers.map((_, i) => servers[(i + round) % servers.length]!);
    for (const server of order) {
      const run = await drive(server, operation, bodies[server.way], options.connections, options.duration);
      runs.get(server.way)?.push(run);
      log(
        `  ${operation.name} round ${round + 1} ${server.way}: ${(run.requests / run.seconds).toFixed(1)} req/s`,
      );
    }
  }
  return new Map([...runs.entries()].map(([way, wayRuns]) => [way, combine(wayRuns)]));
}
