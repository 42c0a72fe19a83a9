import type { BenchServer } from './servers.ts';
import { canonicalize, firstDifference } from './workload/normalize.ts';
import type { Operation, Way } from './workload/operations.ts';

/** How much of a failed request's error message a report keeps. */
export const REASON_LENGTH = 200;

/**
 * The ways whose failure to answer is a result rather than a broken run: the library we compare with.
 * Ours must answer, and the raw floor defines what a correct answer is.
 */
export const MAY_FAIL: ReadonlySet<Way> = new Set<Way>(['neo4j-graphql']);

/** A request that did not return data: an HTTP error, GraphQL `errors`, or no answer at all. */
export class RequestFailedError extends Error {
  /** Why, in at most {@link REASON_LENGTH} characters (the server's error message where it gave one). */
  readonly reason: string;

  constructor(
    readonly way: Way,
    readonly operation: string,
    reason: string,
    detail = reason,
  ) {
    super(`${way} ${operation}: ${detail}`);
    this.name = 'RequestFailedError';
    this.reason = shorten(reason);
  }
}

const shorten = (text: string): string => {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length > REASON_LENGTH ? `${flat.slice(0, REASON_LENGTH - 1)}…` : flat;
};

/** The message of a GraphQL `errors` list or of the raw server's `error`, if the body has one. */
function errorMessage(parsed: { errors?: unknown; error?: unknown }): string | undefined {
  if (Array.isArray(parsed.errors) && parsed.errors.length > 0) {
    return parsed.errors
      .map((error: unknown) =>
        typeof error === 'object' && error !== null && 'message' in error
          ? String(error.message)
          : JSON.stringify(error),
      )
      .join('; ');
  }
  if (parsed.error !== undefined && parsed.error !== null)
    return typeof parsed.error === 'string' ? parsed.error : JSON.stringify(parsed.error);
  return undefined;
}

function transportReason(error: unknown): string {
  if (!(error instanceof Error)) return String(error);
  // fetch says only "fetch failed"; what happened (ECONNREFUSED, a reset) is in its cause.
  const cause = error.cause instanceof Error ? `: ${error.cause.message}` : '';
  return `${error.message}${cause}`;
}

/**
 * Sends one request of an operation to a server; returns the raw body text and its `data`.
 * Throws a {@link RequestFailedError} when the server does not answer with data.
 */
export async function send(
  server: BenchServer,
  operation: Operation,
): Promise<{ text: string; data: Record<string, unknown> }> {
  const { path, body } = operation.request(server.way);
  const fail = (reason: string, detail?: string) =>
    new RequestFailedError(server.way, operation.name, reason, detail);
  let response: Response;
  let text: string;
  try {
    response = await fetch(`${server.url}${path}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(body),
    });
    text = await response.text();
  } catch (error) {
    throw fail(transportReason(error));
  }
  let parsed: { data?: Record<string, unknown>; errors?: unknown; error?: unknown };
  try {
    parsed = JSON.parse(text) as typeof parsed;
  } catch {
    throw fail(`HTTP ${response.status}, not JSON: ${text}`, `HTTP ${response.status} ${text.slice(0, 800)}`);
  }
  const message = errorMessage(parsed);
  if (!response.ok || message !== undefined || parsed.data === undefined || parsed.data === null) {
    const reason = message ?? `HTTP ${response.status} without data: ${text}`;
    throw fail(reason, `HTTP ${response.status} ${text.slice(0, 800)}`);
  }
  return { text, data: parsed.data };
}

/** One operation's check: the canonical result of each way, and the first difference from ours. */
export interface EqualityResult {
  readonly operation: string;
  /** Whether every way that answered returned the same data as ours. */
  readonly equal: boolean;
  /** `<way>: <path>: <ours> !== <theirs>` for each way that differs from ours. */
  readonly differences: readonly string[];
  /** A short account of the result (items, so a trivial answer shows). */
  readonly summary: string;
  /** The body of each way's response, kept to check every response under load. */
  readonly bodies: Readonly<Partial<Record<Way, string>>>;
  /** The ways (of {@link MAY_FAIL}) that could not answer, each with its short reason; not measured. */
  readonly failed: Readonly<Partial<Record<Way, string>>>;
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

/**
 * Runs each operation once on each server and compares the canonical results with ours. A way of
 * {@link MAY_FAIL} that cannot answer is recorded in `failed`; any other failure throws.
 */
export async function checkEquality(
  servers: readonly BenchServer[],
  operations: readonly Operation[],
): Promise<EqualityResult[]> {
  const results: EqualityResult[] = [];
  for (const operation of operations) {
    const canonical = new Map<Way, unknown>();
    const bodies: Partial<Record<Way, string>> = {};
    const failed: Partial<Record<Way, string>> = {};
    for (const server of servers) {
      const notOffered = operation.notOffered?.[server.way];
      if (notOffered !== undefined) {
        failed[server.way] = `not offered: ${notOffered}`;
        continue;
      }
      try {
        const { text, data } = await send(server, operation);
        bodies[server.way] = text;
        canonical.set(server.way, canonicalize(operation.extract(server.way, data), operation.ordered));
      } catch (error) {
        if (!(error instanceof RequestFailedError) || !MAY_FAIL.has(server.way)) throw error;
        failed[server.way] = error.reason;
      }
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
      failed,
    });
  }
  return results;
}
