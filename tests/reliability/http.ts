import { PROJECT_ROOT } from '../../src/config.ts';
import { EXPECTED_CODES } from '../../src/errors.ts';
import { stringsIn } from './hostile.ts';

/** One HTTP exchange: status, raw body, the body parsed when it is JSON. */
export interface HttpReply {
  readonly status: number;
  readonly text: string;
  readonly json: GraphQLBody | undefined;
}

/** A GraphQL response body. */
export interface GraphQLBody {
  readonly data?: Record<string, unknown> | null;
  readonly errors?: readonly {
    message: string;
    extensions?: Record<string, unknown>;
  }[];
}

/** Sends a request to the server and reads the whole reply. */
export async function send(url: string, init: RequestInit): Promise<HttpReply> {
  const response = await fetch(url, init);
  const text = await response.text();
  let json: GraphQLBody | undefined;
  try {
    json = JSON.parse(text) as GraphQLBody;
  } catch {
    json = undefined;
  }
  return { status: response.status, text, json };
}

/** POSTs a raw JSON body to /graphql (with the CSRF-safe content type), with an optional bearer token. */
export function postGraphQL(
  url: string,
  body: string,
  options: { token?: string; headers?: Record<string, string> } = {},
): Promise<HttpReply> {
  return send(`${url}/graphql`, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      ...(options.token === undefined ? {} : { authorization: `Bearer ${options.token}` }),
      ...options.headers,
    },
    body,
  });
}

/** The codes a hostile request may get: every intended client error (none of them internal). */
export const ALLOWED_CODES: ReadonlySet<string> = EXPECTED_CODES;

/** What must never reach a client: Neo4j and Cypher internals, JavaScript errors, stack traces. */
const LEAKS: readonly RegExp[] = [
  /Neo\.(Client|Transient|Database)Error/,
  /Invalid input '.*': expected/s,
  /line \d+, column \d+ \(offset/,
  /SyntaxError/,
  /TypeError|RangeError|ReferenceError/,
  /\n\s+at .+:\d+:\d+/,
  /node_modules|\/src\//,
  /Unexpected error\./,
  /Maximum call stack/,
  /neo4j-driver|Neo4jError|bolt:\/\//i,
  // The server's file layout.
  new RegExp(PROJECT_ROOT.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')),
];

/**
 * The message without the client's own strings (graphql-js quotes bad values back; that is fine). Short
 * strings are kept: taking out every " " would glue "Syntax Error" into "SyntaxError".
 */
function withoutEchoes(message: string, input: unknown): string {
  let rest = message;
  const echoes = stringsIn(input)
    .flatMap((s) => [s, JSON.stringify(s), JSON.stringify(s).slice(1, -1)])
    .filter((s) => s.trim().length >= 4)
    .sort((a, b) => b.length - a.length);
  for (const echo of echoes) rest = rest.split(echo).join('');
  return rest;
}

/**
 * Why a reply is not a clean answer to a hostile request, or undefined when it is: it must be below 500,
 * be JSON, and each error must carry an allowed code, no stack, no debug message, and no internals in
 * its message (once the client's own strings are taken out).
 */
export function problemWith(reply: HttpReply, input: unknown): string | undefined {
  if (reply.status >= 500) return `HTTP ${reply.status}: ${reply.text.slice(0, 300)}`;
  if (!reply.json) return `not JSON (HTTP ${reply.status}): ${reply.text.slice(0, 300)}`;
  for (const error of reply.json.errors ?? []) {
    const code = error.extensions?.code;
    if (typeof code !== 'string' || !ALLOWED_CODES.has(code)) {
      return `code ${String(code)}: ${error.message} ${JSON.stringify(error.extensions).slice(0, 300)}`;
    }
    if (error.extensions?.stacktrace !== undefined || error.extensions?.debugMessage !== undefined) {
      return `stack or debug message sent: ${JSON.stringify(error.extensions).slice(0, 300)}`;
    }
    const message = withoutEchoes(error.message, input);
    const leak = LEAKS.find((pattern) => pattern.test(message));
    if (leak) return `message leaks ${String(leak)}: ${error.message.slice(0, 300)}`;
  }
  if (!reply.json.errors?.length && reply.json.data == null) return `neither data nor errors: ${reply.text}`;
  return undefined;
}
