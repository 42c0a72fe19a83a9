import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { EntityRecord } from '../ingest/dataset.ts';
import { type GeneratorContext, createContext, nodeId } from './context.ts';
import { buildGraph } from './build-graph.ts';
import type { EdgeList } from './edge-list.ts';
import { buildNodeRecord, provenanceCount } from './node-records.ts';
import { pickProbes } from './probes.ts';
import { buildRelationshipRecord } from './relationship-records.ts';
import { SCALES, type Scale, computeLayout } from './scales.ts';
import { ChunkWriter } from './write-files.ts';
import { nameWords } from './words.ts';

export interface GenerateOptions {
  readonly scale: Scale;
  readonly seed: number;
  readonly outDir: string;
  /** Records per file (default 50,000): each file is one import transaction. */
  readonly chunkSize?: number;
}

/** Ids and words the benchmark uses, all present in the generated graph. */
export interface Probes {
  /** A typical entity (an agreement) with relationships two levels deep. */
  readonly entityId: string;
  /** The node with the most relationships. */
  readonly hubId: string;
  /** Two entities connected within four hops. */
  readonly pathFrom: string;
  readonly pathTo: string;
  /** A word found by full-text search in a moderate number of names. */
  readonly searchText: string;
  /** A country that pledged investments. */
  readonly investorCountry: string;
}

export interface GeneratedDataset {
  /** Dataset files in import order (nodes first). */
  readonly files: string[];
  /** What Neo4j holds after importing the files into an empty database. */
  readonly counts: { readonly nodes: number; readonly relationships: number };
  readonly probes: Probes;
}

/** Provenance relationships, degrees and name-word counts of every node: one pass before writing. */
function surveyNodes(context: GeneratorContext) {
  const degrees = new Int32Array(context.layout.total);
  const words = new Map<string, number>();
  const sourceIndex = (id: string) => context.layout.Source.start + Number(id.slice(id.indexOf('-') + 1));
  let provenance = 0;
  for (let n = 0; n < context.layout.total; n++) {
    const { record } = buildNodeRecord(context, n);
    const links = provenanceCount(record);
    provenance += links;
    degrees[n]! += links;
    for (const id of sourcesOf(record)) degrees[sourceIndex(id)]!++;
    for (const word of new Set(nameWords(record.name))) words.set(word, (words.get(word) ?? 0) + 1);
  }
  return { provenance, degrees, words };
}

function sourcesOf(record: EntityRecord): string[] {
  return [
    ...(record.sources ?? []),
    ...(record.statusHistory ?? []).flatMap((entry) => entry.sources),
    ...(record.figures ?? []).flatMap((figure) => figure.sources),
  ];
}

/** The word whose hits come closest to ~0.2% of the nodes (at least 5): a realistic search. */
function pickSearchWord(words: ReadonlyMap<string, number>, nodes: number): string {
  const want = Math.max(5, Math.round(nodes / 500));
  let best = '';
  let bestGap = Infinity;
  for (const [word, count] of [...words].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) {
    const gap = Math.abs(count - want);
    if (word.length >= 5 && /^[a-z]+$/.test(word) && gap < bestGap) [best, bestGap] = [word, gap];
  }
  return best;
}

/**
 * Writes each node followed by the relationships it completes (those whose other end came earlier), so a
 * file creates its nodes and most of their relationships together and every reference resolves.
 */
async function writeDataset(context: GeneratorContext, edges: EdgeList, writer: ChunkWriter): Promise<void> {
  await writer.prepare();
  const { order, starts } = edges.orderByLaterEnd();
  for (let n = 0; n < context.layout.total; n++) {
    const { label, record } = buildNodeRecord(context, n);
    await writer.addNode(label, record);
    for (let k = starts[n] ?? 0; k < (starts[n + 1] ?? 0); k++) {
      await writer.addRelationship(buildRelationshipRecord(context, edges, order[k] ?? 0));
    }
  }
  await writer.flush();
}

/**
 * Generates a synthetic graph of the given scale as dataset files in `outDir` (docs/generate.md):
 * deterministic, so one (scale, seed) always gives byte-identical files.
 */
export async function generateDataset(options: GenerateOptions): Promise<GeneratedDataset> {
  const size = SCALES[options.scale];
  const context = createContext(computeLayout(size.nodes), options.seed);
  const survey = surveyNodes(context);
  const edges = buildGraph(context, size.relationships - survey.provenance);
  for (let e = 0; e < edges.count; e++) {
    survey.degrees[edges.from[e] ?? 0]!++;
    survey.degrees[edges.to[e] ?? 0]!++;
  }
  const name = `synthetic-${options.scale.toLowerCase()}-${options.seed}`;
  const writer = new ChunkWriter(options.outDir, name, options.chunkSize ?? 50_000);
  await writeDataset(context, edges, writer);
  const probes = pickProbes(context, edges, survey.degrees);
  const result: GeneratedDataset = {
    files: writer.files,
    counts: { nodes: context.layout.total, relationships: survey.provenance + edges.count },
    probes: {
      entityId: nodeId(context, probes.entity),
      hubId: nodeId(context, probes.hub),
      pathFrom: nodeId(context, probes.pathFrom),
      pathTo: nodeId(context, probes.pathTo),
      searchText: pickSearchWord(survey.words, context.layout.total),
      investorCountry: nodeId(context, probes.investorCountry),
    },
  };
  const manifest = {
    scale: options.scale,
    seed: options.seed,
    ...result,
    files: writer.files.map((f) => path.basename(f)),
  };
  await writeFile(path.join(options.outDir, 'manifest.json'), `${JSON.stringify(manifest, null, 2)}\n`);
  return result;
}
