import { stat } from 'node:fs/promises';
import path from 'node:path';
import type { Command } from 'commander';
import { PROJECT_ROOT } from '../../config.ts';
import { type Scale, SCALES, generateDataset, isScale } from '../../generate/index.ts';
import { formatSummary, importDatasetFiles } from '../../ingest/index.ts';
import { commandRunner, withDatabase } from '../with-database.ts';

const print = (line: string) => process.stdout.write(`${line}\n`);
const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`;
const perSecond = (count: number, ms: number) => Math.round(count / (ms / 1000)).toLocaleString('en-US');

interface GenerateCommandOptions {
  scale: string;
  seed: string;
  out?: string;
  import?: boolean;
}

async function importFiles(files: readonly string[], expected: { nodes: number; relationships: number }) {
  await withDatabase(async (driver, config) => {
    const started = performance.now();
    let nodes = 0;
    let relationships = 0;
    for (const file of files) {
      const fileStarted = performance.now();
      const [summary] = await importDatasetFiles(
        commandRunner(driver, config, 'write'),
        [file],
        config.neo4j.database,
      );
      if (!summary) continue;
      nodes += summary.nodesCreated;
      relationships += summary.relationshipsCreated;
      print(`${formatSummary(summary)} (${seconds(performance.now() - fileStarted)})`);
    }
    const ms = performance.now() - started;
    print(
      `Imported ${files.length} files in ${seconds(ms)}: ${nodes} nodes and ${relationships} relationships created ` +
        `(expected ${expected.nodes} and ${expected.relationships} in an empty database); ` +
        `${perSecond(nodes, ms)} nodes/s, ${perSecond(relationships, ms)} relationships/s, ` +
        `${perSecond(nodes + relationships, ms)} nodes+relationships/s.`,
    );
  });
}

/** `tdg generate --scale S --seed 1 [--out DIR] [--import]`: a deterministic synthetic graph (docs/generate.md). */
export function registerGenerateCommand(program: Command): void {
  program
    .command('generate')
    .description('write a deterministic synthetic dataset (docs/generate.md) and optionally import it')
    .requiredOption('--scale <scale>', `size: ${Object.keys(SCALES).join(', ')}`)
    .option('--seed <n>', 'seed of the pseudo-random generator', '1')
    .option('--out <dir>', 'output folder (default .neo4j/generated/<scale>-<seed>)')
    .option('--import', 'then load the files into the configured database and print the throughput')
    .action(async (options: GenerateCommandOptions) => {
      const scale = options.scale.toUpperCase();
      if (!isScale(scale)) throw new Error(`--scale must be one of ${Object.keys(SCALES).join(', ')}`);
      const seed = Number(options.seed);
      if (!Number.isSafeInteger(seed) || seed < 0) throw new Error('--seed must be a non-negative integer');
      const outDir = path.resolve(
        options.out ?? path.join(PROJECT_ROOT, '.neo4j', 'generated', `${scale}-${seed}`),
      );
      const started = performance.now();
      const result = await generateDataset({ scale: scale satisfies Scale, seed, outDir });
      let bytes = 0;
      for (const file of result.files) {
        const { size } = await stat(file);
        bytes += size;
        print(`${path.relative(process.cwd(), file) || file}: ${(size / 1e6).toFixed(1)} MB`);
      }
      print(
        `Generated ${result.files.length} files (${(bytes / 1e6).toFixed(1)} MB) in ${seconds(performance.now() - started)}: ` +
          `${result.counts.nodes} nodes, ${result.counts.relationships} relationships once imported; ` +
          `probes and counts in ${path.join(path.relative(process.cwd(), outDir) || '.', 'manifest.json')}.`,
      );
      if (options.import === true) await importFiles(result.files, result.counts);
    });
}
