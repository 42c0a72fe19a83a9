import type { BenchServer } from './servers.ts';
import { canonicalize, firstDifference } from './workload/normalize.ts';
import type { Operation, Way } from './workload/operations.ts';

/** Sends one request of an operation to a server; returns the raw body text and its `data`. */
export async function send(
  server: BenchServer,
  operation: Operation,
): Promise<{ text: string; data: Record<string, unknown> }> {
  const { path, body } = operation.request(server.way);
  const response = await fetch(`${server.url}${path}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(body),
  });
  const text = await response.text();
  const parsed = JSON.parse(text) as { data?: Record<string, unknown>; errors?: unknown; error?: unknown };
  if (!response.ok || parsed.errors || parsed.error || parsed.data === undefined) {
    throw new Error(`${server.way} ${operation.name}: HTTP ${response.status} ${text.slice(0, 800)}`);
  }
  return { text, data: parsed.data };
}

/** One operation's check: the canonical result of each way, and the first difference from ours. */
export interface EqualityResult {
  readonly operation: string;
  readonly equal: boolean;
  /** `<way>: <path>: <ours> !== <theirs>` for each way that differs from ours. */
  readonly differences: readonly string[];
  /** A short account of the result (items, so a trivial answer shows). */
  readonly summary: string;
  /** The body of each way's response, kept to check every response under load. */
  readonly bodies: Readonly<Partial<Record<Way, string>>>;
}

function summarize(value: unknown): string {
  if (value === null || value === undefined) return 'null';
  if (Array.isArray(value)) return `${value.length} items`;
  if (typeof value === 'object') {
    return Object.entries(value as Record<string, unknown>)
      .filter(([, inner]) => Array.isArray(inner))
      .map(([key, inner]) => `${key}: ${(inner as unknown[]).length}`)
      .join(', ');
  }
  return JSON.stringify(value);
}

/** Runs each operation once on each server and compares the canonical results with ours. */
export async function checkEquality(
  servers: readonly BenchServer[],
  operations: readonly Operation[],
): Promise<EqualityResult[]> {
  const results: EqualityResult[] = [];
  for (const operation of operations) {
    const canonical = new Map<Way, unknown>();
    const bodies: Partial<Record<Way, string>> = {};
    for (const server of servers) {
      const { text, data } = await send(server, operation);
      bodies[server.way] = text;
      canonical.set(server.way, canonicalize(operation.extract(server.way, data), operation.ordered));
    }
    const ours = canonical.get('ours');
    const differences = [...canonical.entries()]
      .filter(([way]) => way !== 'ours')
      .flatMap(([way, value]) => {
        const diff = firstDifference(ours, value);
        return diff ? [`${way}: ${diff}`] : [];
      });
    results.push({
      operation: operation.name,
      equal: differences.length === 0,
      differences,
      summary: summarize(ours),
      bodies,
    });
  }
  return results;
}
