import { mkdir, readdir, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { DATASET_ARRAYS, type EntityType } from '../domain/model.ts';
import type { EntityRecord, RelationshipRecord } from '../ingest/dataset.ts';

/** The files the generator writes: `part-0001.json`, `part-0002.json`... */
export const GENERATED_FILE = /^part-\d{4}\.json$/;

/** Collects records into dataset files of at most `chunkSize` records each and writes them in order. */
export class ChunkWriter {
  readonly files: string[] = [];
  private arrays = new Map<string, unknown[]>();
  private size = 0;

  constructor(
    private readonly outDir: string,
    private readonly name: string,
    private readonly chunkSize: number,
  ) {}

  /** Creates the folder and removes files a previous run left there. */
  async prepare(): Promise<void> {
    await mkdir(this.outDir, { recursive: true });
    for (const file of await readdir(this.outDir)) {
      if (GENERATED_FILE.test(file)) await rm(path.join(this.outDir, file));
    }
  }

  async addNode(label: EntityType, record: EntityRecord): Promise<void> {
    await this.add(DATASET_ARRAYS[label], record);
  }

  async addRelationship(record: RelationshipRecord): Promise<void> {
    await this.add('relationships', record);
  }

  /** Writes what is pending. */
  async flush(): Promise<void> {
    if (this.size === 0) return;
    const part = String(this.files.length + 1).padStart(4, '0');
    const file = path.join(this.outDir, `part-${part}.json`);
    const dataset = {
      format: 'tdg-dataset',
      version: 2,
      name: `${this.name}-${part}`,
      description: `Synthetic data from tdg generate (part ${part}).`,
      ...Object.fromEntries(this.arrays),
    };
    await writeFile(file, `${JSON.stringify(dataset)}\n`);
    this.files.push(file);
    this.arrays = new Map();
    this.size = 0;
  }

  private async add(array: string, record: unknown): Promise<void> {
    if (this.size >= this.chunkSize) await this.flush();
    const list = this.arrays.get(array) ?? [];
    list.push(record);
    this.arrays.set(array, list);
    this.size++;
  }
}
