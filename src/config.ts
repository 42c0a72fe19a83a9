import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** The project's root folder (where package.json lives). */
export const PROJECT_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

/** Neo4j version the local runtime resolves from Maven Central when NEO4J_VERSION is unset. */
export const DEFAULT_NEO4J_VERSION = '5.26.30';

const URI_SCHEMES = ['bolt', 'bolt+s', 'bolt+ssc', 'neo4j', 'neo4j+s', 'neo4j+ssc'];
const NODE_ENVS = ['development', 'production', 'test'] as const;
const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const;

export type NodeEnv = (typeof NODE_ENVS)[number];

/** How the project reaches Neo4j. */
export interface Neo4jConfig {
  /** Bolt URI; for the local runtime, `bolt://127.0.0.1:<boltPort>`. */
  readonly uri: string;
  /** True when NEO4J_URI is unset: the project runs its own Neo4j (see src/runtime). */
  readonly local: boolean;
  /** NEO4J_USERNAME, default `neo4j`. */
  readonly username: string;
  /**
   * NEO4J_PASSWORD. Unset with the local Neo4j: the random password its first start generated, read
   * from {@link Neo4jConfig.passwordFile} where the driver is created (src/neo4j/credentials.ts).
   */
  readonly password: string | undefined;
  /**
   * Where the local Neo4j's generated password is stored (`<TDG_HOME>/instances/<instance>/password`,
   * readable by its owner only); undefined when NEO4J_URI is set.
   */
  readonly passwordFile: string | undefined;
  /** NEO4J_DATABASE; unset means the server's default database. */
  readonly database: string | undefined;
  /** NEO4J_BOLT_PORT for the local runtime, default 7687. */
  readonly boltPort: number;
  /**
   * NEO4J_QUERY_TIMEOUT_MS, default 10000: the deadline of each GraphQL request (one budget shared by all
   * its statements) and of each report or `tdg cypher` run.
   */
  readonly queryTimeoutMs: number;
  /**
   * TDG_WRITE_TIMEOUT_MS, default 60000: the deadline of each GraphQL mutation (all its writes and reads)
   * and of each transaction of `tdg import`. Writes are rolled back when it passes.
   */
  readonly writeTimeoutMs: number;
}

/** The local Neo4j runtime (used only when NEO4J_URI is unset). */
export interface RuntimeConfig {
  /** NEO4J_VERSION, default {@link DEFAULT_NEO4J_VERSION}. */
  readonly version: string;
  /** TDG_HOME: where the classpath cache and instances live, default `<project>/.neo4j`. */
  readonly home: string;
  /** TDG_NEO4J_INSTANCE: the instance folder name, default `dev` (tests use `test`). */
  readonly instance: string;
  /** NEO4J_HEAP: the JVM's maximum heap, default `1g`. */
  readonly heap: string;
  /** NEO4J_PAGECACHE: the page cache size, default `256m`. */
  readonly pageCache: string;
  /**
   * TDG_NEO4J_SUPERVISE: `tdg serve` watches the local Neo4j and restarts it when it dies, default on.
   * Off, a crashed Neo4j stays down until `tdg neo4j start` (the server recovers by itself either way).
   */
  readonly supervise: boolean;
}

/** The bounds of every GraphQL request. */
export interface LimitsConfig {
  /** TDG_MAX_COST: the largest cost (the worst-case number of objects) a query may have, default 50000. */
  readonly maxCost: number;
  /**
   * TDG_RATE_LIMIT_COST_PER_MINUTE: the cost one client may spend per minute on requests of cost 1000 or
   * more (cheaper requests are never charged), default 500000; 0 turns the limiter off.
   */
  readonly costPerMinute: number;
  /** TDG_MAX_RESPONSE_BYTES: the largest response body the server sends, default 16777216 (16 MiB). */
  readonly maxResponseBytes: number;
}

/** Limits of the HTTP server itself, before any request reaches Express (src/server/http-guards.ts). */
export interface HttpConfig {
  /**
   * TDG_REQUEST_TIMEOUT_MS: the longest a client may take to send a whole request, headers and body;
   * then it gets 408 and its connection is closed. Default 30000.
   */
  readonly requestTimeoutMs: number;
  /** TDG_MAX_CONNECTIONS: connections open at once; one more is closed as it arrives. Default 256. */
  readonly maxConnections: number;
  /**
   * TDG_ALLOWED_HOSTS: the host names (any port) a request's `Host` header may carry, or `any`. Unset:
   * `localhost`, `127.0.0.1` and `[::1]` when HOST is a loopback address (no DNS-rebinding page can
   * then read the API), `any` otherwise. `*` in the list means `any`.
   */
  readonly allowedHosts: readonly string[] | 'any';
}

/** Everything the project reads from the environment, validated. */
export interface Config {
  readonly nodeEnv: NodeEnv;
  /** PORT: the HTTP port of the GraphQL server, default 4000. */
  readonly port: number;
  /** HOST: the interface the HTTP server listens on, default 127.0.0.1 (0.0.0.0 to expose it). */
  readonly host: string;
  readonly http: HttpConfig;
  readonly neo4j: Neo4jConfig;
  readonly runtime: RuntimeConfig;
  /**
   * TDG_WRITE_TOKENS: comma-separated bearer tokens allowed to write, each `name:secret` (the name is the
   * actor the change log records) or a bare secret (named `token-1`, `token-2`… by position); none means
   * writes are refused.
   */
  readonly writeTokens: readonly WriteToken[];
  /** GRAPHQL_INTROSPECTION: default on except in production. */
  readonly introspection: boolean;
  /** GRAPHQL_SANDBOX: serve the Apollo Sandbox on GET /graphql; default on except in production. */
  readonly sandbox: boolean;
  /**
   * TDG_EXPLORER: serve the graph explorer (/explore) and the offline GraphiQL (/graphiql) from the
   * bundle `npm run build:explore` writes; default on, in production too (they use only public queries).
   */
  readonly explorer: boolean;
  /** LOG_LEVEL: default `info` (`silent` in tests). */
  readonly logLevel: (typeof LOG_LEVELS)[number];
  readonly limits: LimitsConfig;
}

/** Thrown by {@link loadConfig}; lists every invalid variable at once. */
export class ConfigError extends Error {
  constructor(readonly problems: readonly string[]) {
    super(`Invalid configuration:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
    this.name = 'ConfigError';
  }
}

type Env = Readonly<Record<string, string | undefined>>;

/**
 * Reads and validates the configuration. The only reader of `process.env` in the project
 * (callers pass it in), so tests can pass literal objects.
 */
export function loadConfig(env: Env): Config {
  const problems: string[] = [];
  const read = createReader(env, problems);

  const nodeEnv = read.oneOf('NODE_ENV', NODE_ENVS, 'development');
  const production = nodeEnv === 'production';
  const boltPort = read.port('NEO4J_BOLT_PORT', 7687);
  const uriValue = read.string('NEO4J_URI', '');
  const local = uriValue === '';
  if (!local) checkUri(uriValue, problems);
  const home = path.resolve(PROJECT_ROOT, read.string('TDG_HOME', '.neo4j'));
  const instance = read.pattern(
    'TDG_NEO4J_INSTANCE',
    /^[a-z0-9-]+$/,
    'dev',
    'lower-case letters, digits and dashes',
  );
  const tokens = parseWriteTokens(read.string('TDG_WRITE_TOKENS', ''), problems);

  const host = read.string('HOST', '127.0.0.1');
  const config: Config = {
    nodeEnv,
    port: read.port('PORT', 4000),
    host,
    http: {
      requestTimeoutMs: read.integer('TDG_REQUEST_TIMEOUT_MS', 30_000, 100, 3_600_000),
      maxConnections: read.integer('TDG_MAX_CONNECTIONS', 256, 1, 1_000_000),
      allowedHosts: readAllowedHosts(read.string('TDG_ALLOWED_HOSTS', ''), host, problems),
    },
    neo4j: {
      uri: local ? `bolt://127.0.0.1:${boltPort}` : uriValue,
      local,
      username: read.string('NEO4J_USERNAME', 'neo4j'),
      password: read.string('NEO4J_PASSWORD', '') || undefined,
      passwordFile: local ? path.join(home, 'instances', instance, 'password') : undefined,
      database: read.string('NEO4J_DATABASE', '') || undefined,
      boltPort,
      queryTimeoutMs: read.integer('NEO4J_QUERY_TIMEOUT_MS', 10_000, 1, 3_600_000),
      writeTimeoutMs: read.integer('TDG_WRITE_TIMEOUT_MS', 60_000, 1, 3_600_000),
    },
    runtime: {
      version: read.pattern(
        'NEO4J_VERSION',
        /^5\.\d+\.\d+$/,
        DEFAULT_NEO4J_VERSION,
        'a Neo4j 5 version such as 5.26.30',
      ),
      home,
      instance,
      heap: read.pattern('NEO4J_HEAP', /^\d+[mg]$/, '1g', 'a size such as 512m or 1g'),
      pageCache: read.pattern('NEO4J_PAGECACHE', /^\d+[mg]$/, '256m', 'a size such as 128m or 1g'),
      supervise: read.boolean('TDG_NEO4J_SUPERVISE', true),
    },
    writeTokens: tokens,
    introspection: read.boolean('GRAPHQL_INTROSPECTION', !production),
    sandbox: read.boolean('GRAPHQL_SANDBOX', !production),
    explorer: read.boolean('TDG_EXPLORER', true),
    logLevel: read.oneOf('LOG_LEVEL', LOG_LEVELS, nodeEnv === 'test' ? 'silent' : 'info'),
    limits: {
      maxCost: read.integer('TDG_MAX_COST', 50_000, 100, 100_000_000),
      costPerMinute: read.integer('TDG_RATE_LIMIT_COST_PER_MINUTE', 500_000, 0, 1_000_000_000),
      maxResponseBytes: read.integer('TDG_MAX_RESPONSE_BYTES', 16 * 1024 * 1024, 1_024, 1_073_741_824),
    },
  };
  if (config.neo4j.password !== undefined && config.neo4j.password.length < 8 && local) {
    problems.push('NEO4J_PASSWORD: the local Neo4j needs at least 8 characters');
  }
  if (problems.length > 0) throw new ConfigError(problems);
  return Object.freeze(config);
}

/** Host names a loopback-bound server answers to when TDG_ALLOWED_HOSTS is unset. */
const LOOPBACK_NAMES = ['localhost', '127.0.0.1', '[::1]'];

function isLoopback(host: string): boolean {
  return /^127\.\d+\.\d+\.\d+$/.test(host) || ['localhost', '::1', '[::1]'].includes(host.toLowerCase());
}

function readAllowedHosts(value: string, host: string, problems: string[]): readonly string[] | 'any' {
  const names = value
    .split(',')
    .map((name) => name.trim().toLowerCase())
    .filter((name) => name !== '');
  if (names.length === 0) return isLoopback(host) ? LOOPBACK_NAMES : 'any';
  if (names.includes('*')) return 'any';
  const bad = names.filter((name) => !/^(\[[0-9a-f:.]+\]|[a-z0-9_.-]+)$/.test(name));
  if (bad.length > 0) {
    problems.push(
      `TDG_ALLOWED_HOSTS: ${bad.map((name) => `"${name}"`).join(', ')} is not a host name ` +
        '(give names without a port, any port is accepted; IPv6 addresses in brackets, e.g. [::1])',
    );
  }
  return names;
}

/** A write token: the secret a client sends, and the name the change log records as the actor. */
export interface WriteToken {
  readonly name: string;
  readonly secret: string;
}

const TOKEN_NAME = /^[A-Za-z0-9][A-Za-z0-9._@-]{0,63}$/;

/**
 * Reads TDG_WRITE_TOKENS: `name:secret` entries (a name of letters, digits and `._@-`, up to 64) or bare
 * secrets, named `token-<position>`. Secrets need 16 characters or more; names must differ.
 */
export function parseWriteTokens(value: string, problems: string[] = []): WriteToken[] {
  const entries = value
    .split(',')
    .map((t) => t.trim())
    .filter((t) => t !== '');
  const tokens = entries.map((entry, i): WriteToken => {
    const colon = entry.indexOf(':');
    const name = colon > 0 ? entry.slice(0, colon) : '';
    if (TOKEN_NAME.test(name)) return { name, secret: entry.slice(colon + 1) };
    return { name: `token-${i + 1}`, secret: entry };
  });
  if (tokens.some((t) => t.secret.length < 16))
    problems.push('TDG_WRITE_TOKENS: each token must be at least 16 characters');
  const names = tokens.map((t) => t.name);
  const repeated = names.filter((name, i) => names.indexOf(name) !== i);
  if (repeated.length > 0)
    problems.push(
      `TDG_WRITE_TOKENS: each token needs a name of its own (${[...new Set(repeated)].join(', ')} repeated)`,
    );
  return tokens;
}

function checkUri(uri: string, problems: string[]): void {
  const match = /^([a-z0-9+]+):\/\/[^/\s]+/.exec(uri);
  if (!match || !URI_SCHEMES.includes(match[1] ?? '')) {
    problems.push(
      `NEO4J_URI: "${uri}" is not a Neo4j URI (expected ${URI_SCHEMES.join('://, ')}://host[:port])`,
    );
  }
}

function createReader(env: Env, problems: string[]) {
  const raw = (name: string): string | undefined => {
    const value = env[name]?.trim();
    return value === undefined || value === '' ? undefined : value;
  };
  const integer = (name: string, fallback: number, min: number, max: number): number => {
    const value = raw(name);
    if (value === undefined) return fallback;
    const n = Number(value);
    if (!/^\d+$/.test(value) || n < min || n > max) {
      problems.push(`${name}: "${value}" is not an integer between ${min} and ${max}`);
      return fallback;
    }
    return n;
  };
  return {
    string: (name: string, fallback: string): string => raw(name) ?? fallback,
    integer,
    port: (name: string, fallback: number): number => integer(name, fallback, 1, 65535),
    boolean: (name: string, fallback: boolean): boolean => {
      const value = raw(name)?.toLowerCase();
      if (value === undefined) return fallback;
      if (['1', 'true', 'yes', 'on'].includes(value)) return true;
      if (['0', 'false', 'no', 'off'].includes(value)) return false;
      problems.push(`${name}: "${value}" is not a boolean (true/false)`);
      return fallback;
    },
    oneOf: <T extends string>(name: string, allowed: readonly T[], fallback: T): T => {
      const value = raw(name);
      if (value === undefined) return fallback;
      if ((allowed as readonly string[]).includes(value)) return value as T;
      problems.push(`${name}: "${value}" is not one of ${allowed.join(', ')}`);
      return fallback;
    },
    pattern: (name: string, re: RegExp, fallback: string, expected: string): string => {
      const value = raw(name);
      if (value === undefined) return fallback;
      if (re.test(value)) return value;
      problems.push(`${name}: "${value}" is not ${expected}`);
      return fallback;
    },
  };
}
