import { mkdtemp, readFile, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Dataset } from '../ingest/dataset.ts';
import { checkDatasetShape } from '../ingest/index.ts';
import { checkDatasetReferences, listRecords } from '../ingest/validate.ts';
import { type GeneratedDataset, SCALES, generateDataset } from './index.ts';

let dir: string;
let first: GeneratedDataset;
let datasets: Dataset[];

beforeAll(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), 'tdg-generate-'));
  first = await generateDataset({ scale: 'XS', seed: 7, outDir: path.join(dir, 'a') });
  datasets = await Promise.all(
    first.files.map(async (file) => JSON.parse(await readFile(file, 'utf8')) as Dataset),
  );
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

/** What Neo4j will hold, counted from the files: entities, provenance links and distinct relationships. */
function countFromFiles() {
  let nodes = 0;
  let relationships = 0;
  const distinct = new Set<string>();
  for (const dataset of datasets) {
    for (const { record } of listRecords(dataset)) {
      nodes++;
      relationships += record.sources?.length ?? 0;
      for (const entry of record.statusHistory ?? []) relationships += entry.sources.length;
      for (const figure of record.figures ?? []) relationships += figure.sources.length;
    }
    for (const rel of dataset.relationships ?? [])
      distinct.add(`${rel.type} ${rel.from} ${rel.to} ${rel.key ?? ''}`);
  }
  return { nodes, relationships: relationships + distinct.size };
}

function degrees(): Map<string, number> {
  const degree = new Map<string, number>();
  const bump = (id: string) => degree.set(id, (degree.get(id) ?? 0) + 1);
  for (const dataset of datasets) {
    for (const rel of dataset.relationships ?? []) [rel.from, rel.to].forEach(bump);
  }
  return degree;
}

describe('generateDataset', () => {
  it('writes byte-identical files for the same scale and seed, and other files for another seed', async () => {
    const again = await generateDataset({ scale: 'XS', seed: 7, outDir: path.join(dir, 'b') });
    const other = await generateDataset({ scale: 'XS', seed: 8, outDir: path.join(dir, 'c') });
    expect(again.files.map((f) => path.basename(f))).toEqual(first.files.map((f) => path.basename(f)));
    for (const [i, file] of first.files.entries()) {
      expect(await readFile(again.files[i] ?? '', 'utf8')).toBe(await readFile(file, 'utf8'));
    }
    expect(again.probes).toEqual(first.probes);
    expect(await readFile(other.files[0] ?? '', 'utf8')).not.toBe(
      await readFile(first.files[0] ?? '', 'utf8'),
    );
  });

  it('lands within 15% of the XS sizes, and its counts are what the files hold', () => {
    const counted = countFromFiles();
    expect(first.counts).toEqual(counted);
    expect(Math.abs(counted.nodes / SCALES.XS.nodes - 1)).toBeLessThan(0.15);
    expect(Math.abs(counted.relationships / SCALES.XS.relationships - 1)).toBeLessThan(0.15);
  });

  it('writes files that pass the JSON Schema and whose references resolve in import order', () => {
    const known = new Map<string, string>();
    for (const dataset of datasets) {
      expect(checkDatasetShape(dataset)).toEqual([]);
      expect(checkDatasetReferences(dataset, known)).toEqual([]);
      for (const { label, record } of listRecords(dataset)) known.set(record.id, label);
    }
    expect(known.size).toBe(first.counts.nodes);
  });

  it('has power-law degrees: the biggest hub has far more relationships than the median node', () => {
    const values = [...degrees().values()].sort((a, b) => a - b);
    const median = values[Math.floor(values.length / 2)] ?? 0;
    expect(Math.max(...values)).toBeGreaterThan(20 * median);
  });

  it('names probes that exist: a hub, a searchable word and two entities within four hops', () => {
    const ids = new Set(datasets.flatMap((d) => listRecords(d).map(({ record }) => record.id)));
    const { probes } = first;
    for (const id of [probes.entityId, probes.hubId, probes.pathFrom, probes.pathTo, probes.investorCountry])
      expect(ids.has(id)).toBe(true);
    const degree = degrees();
    expect(degree.get(probes.hubId)).toBe(Math.max(...degree.values()));
    const names = datasets.flatMap((d) => listRecords(d).map(({ record }) => record.name.toLowerCase()));
    const hits = names.filter((name) => name.split(/[^a-z0-9]+/).includes(probes.searchText)).length;
    expect(hits).toBeGreaterThanOrEqual(3);
    expect(hits).toBeLessThan(names.length / 20);
    expect(hopsBetween(probes.pathFrom, probes.pathTo)).toBeLessThanOrEqual(4);
  });
});

function hopsBetween(from: string, to: string): number {
  const neighbours = new Map<string, string[]>();
  for (const dataset of datasets) {
    for (const rel of dataset.relationships ?? []) {
      neighbours.set(rel.from, [...(neighbours.get(rel.from) ?? []), rel.to]);
      neighbours.set(rel.to, [...(neighbours.get(rel.to) ?? []), rel.from]);
    }
  }
  let frontier = [from];
  const seen = new Set(frontier);
  for (let hops = 0; frontier.length > 0; hops++) {
    if (frontier.includes(to)) return hops;
    frontier = frontier.flatMap((id) =>
      (neighbours.get(id) ?? []).filter((n) => !seen.has(n) && seen.add(n)),
    );
  }
  return Infinity;
}
