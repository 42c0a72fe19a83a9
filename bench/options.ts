import { parseArgs } from 'node:util';
import type { BenchScale, ImportMode } from './dataset.ts';
import type { LoadOptions } from './measure.ts';

/** The harness's options (`npm run bench -- --help`). */
export interface BenchOptions {
  readonly scale: BenchScale;
  readonly seed: number;
  readonly load: LoadOptions;
  /** Operation names to run (all when empty). */
  readonly only: readonly string[];
  readonly basePort: number;
  readonly logLevel: string;
  /** Load the scale even when it is already loaded (to time the import). */
  readonly reload: boolean;
  /** How to load: unset means bulk for the local Neo4j, transactional when NEO4J_URI is set. */
  readonly importMode: ImportMode | undefined;
  /** Leave a local Neo4j this run started running afterwards. */
  readonly keepNeo4j: boolean;
  readonly outDir: string;
}

export const USAGE = `npm run bench -- [options]
  --scale XS|S|M|L|seed   graph to load (default S); loaded once, skipped when already loaded
  --seed N                generator seed (default 1)
  --quick                 short run: 2 rounds x 3 s per way, 1 s warm-up (default 3 rounds x 10 s, 10 s warm-up)
  --duration S            seconds per way per round
  --rounds N              rounds (the order of the three ways rotates each round)
  --warmup S              warm-up seconds per way and operation
  --connections N         concurrent connections (default 16)
  --only a,b              only these operations (entity, events-first-page, events-deep-page, search,
                          shortest-path, investment-totals, neighborhood, connection-second-page,
                          explorer-neighborhood)
  --port N                first of three HTTP ports (default 4701)
  --log-level L           LOG_LEVEL of our server (default warn)
  --reload                load the scale even when it is already loaded (to time the import)
  --import bulk|transactional
                          how to load it: bulk (neo4j-admin, offline; the default for the local Neo4j,
                          which is stopped and restarted) or transactional (tdg import; the default, and
                          the only way, when NEO4J_URI is set)
  --keep-neo4j            leave the benchmark Neo4j running when this run started it
  --out DIR               where results go (default bench/results)`;

const positive = (name: string, value: string | undefined, fallback: number): number => {
  if (value === undefined) return fallback;
  const n = Number(value);
  if (!Number.isFinite(n) || n < 0)
    throw new Error(`--${name}: expected a non-negative number, got "${value}"`);
  return n;
};

/** Parses the command line; throws with a message naming the bad option. */
export function parseOptions(argv: readonly string[]): BenchOptions | 'help' {
  const { values } = parseArgs({
    args: [...argv],
    options: {
      scale: { type: 'string', default: 'S' },
      seed: { type: 'string' },
      quick: { type: 'boolean', default: false },
      duration: { type: 'string' },
      rounds: { type: 'string' },
      warmup: { type: 'string' },
      connections: { type: 'string' },
      only: { type: 'string' },
      port: { type: 'string' },
      'log-level': { type: 'string', default: 'warn' },
      reload: { type: 'boolean', default: false },
      import: { type: 'string' },
      'keep-neo4j': { type: 'boolean', default: false },
      out: { type: 'string', default: 'bench/results' },
      help: { type: 'boolean', default: false },
    },
  });
  if (values.help) return 'help';
  const scale = values.scale;
  if (!['XS', 'S', 'M', 'L', 'seed'].includes(scale))
    throw new Error(`--scale: expected XS, S, M, L or seed`);
  const importMode = values.import;
  if (importMode !== undefined && importMode !== 'bulk' && importMode !== 'transactional')
    throw new Error('--import: expected bulk or transactional');
  const quick = values.quick;
  return {
    scale: scale as BenchScale,
    seed: positive('seed', values.seed, 1),
    load: {
      connections: positive('connections', values.connections, 16),
      duration: positive('duration', values.duration, quick ? 3 : 10),
      rounds: Math.max(1, positive('rounds', values.rounds, quick ? 2 : 3)),
      warmup: positive('warmup', values.warmup, quick ? 1 : 10),
    },
    only: values.only ? values.only.split(',').map((name) => name.trim()) : [],
    basePort: positive('port', values.port, 4701),
    logLevel: values['log-level'],
    reload: values.reload,
    importMode,
    keepNeo4j: values['keep-neo4j'],
    outDir: values.out,
  };
}
