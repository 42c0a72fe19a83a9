import type { Driver } from 'neo4j-driver';
import { Output } from './output.ts';
import {
  type ExportScope,
  openExportSession,
  readNeighbourhoodIds,
  readNodes,
  readRelationships,
  readSchema,
  readSourceUrls,
} from './read-graph.ts';
import type { ExportFormat, ExportSummary, GraphWriter } from './types.ts';
import { createCsvWriter } from './writers/csv.ts';
import { createGexfWriter } from './writers/gexf.ts';
import { createGraphmlWriter } from './writers/graphml.ts';
import { createJsonlWriter } from './writers/jsonl.ts';

/** The two files of a CSV export: `graph.csv` or `graph` → `graph.nodes.csv`, `graph.relationships.csv`. */
export function csvPaths(out: string): { nodes: string; relationships: string } {
  const stem = out.replace(/\.csv$/i, '');
  return { nodes: `${stem}.nodes.csv`, relationships: `${stem}.relationships.csv` };
}

/** A writer with its files opened (an unwritable path fails here, before Neo4j is read). */
export interface OpenedWriter {
  readonly writer: GraphWriter;
  readonly files: readonly string[];
}

/** Opens the output(s) of a format; `out` undefined means standard output (not for CSV: two files). */
export async function openWriter(format: ExportFormat, out: string | undefined): Promise<OpenedWriter> {
  if (format === 'csv') {
    if (out === undefined)
      throw new Error('--format csv writes two files (nodes and relationships): give --out <name>');
    const paths = csvPaths(out);
    const nodes = await Output.open(paths.nodes);
    const relationships = await Output.open(paths.relationships);
    return { writer: createCsvWriter(nodes, relationships), files: [paths.nodes, paths.relationships] };
  }
  const output = await Output.open(out);
  const create = { graphml: createGraphmlWriter, gexf: createGexfWriter, jsonl: createJsonlWriter }[format];
  return { writer: create(output), files: out === undefined ? [] : [out] };
}

/**
 * Streams the graph (or a neighbourhood) into a writer: one read transaction, so nodes and
 * relationships are one consistent snapshot, with records pulled in batches while the file is written.
 * Auto-retried transaction functions are not used: the writing is a side effect.
 */
export async function exportGraph(
  driver: Driver,
  database: string | undefined,
  scope: ExportScope,
  opened: OpenedWriter,
): Promise<ExportSummary> {
  const session = openExportSession(driver, database);
  const tx = session.beginTransaction({ metadata: { app: 'tdg export' } });
  let nodes = 0;
  let relationships = 0;
  try {
    const ids = scope.kind === 'all' ? 'all' : await readNeighbourhoodIds(tx, scope.id, scope.depth);
    const urls = await readSourceUrls(tx);
    await opened.writer.begin(await readSchema(tx));
    for await (const node of readNodes(tx, ids, urls)) {
      await opened.writer.node(node);
      nodes += 1;
    }
    await opened.writer.beginRelationships();
    for await (const relationship of readRelationships(tx, ids, urls)) {
      await opened.writer.relationship(relationship);
      relationships += 1;
    }
    await opened.writer.end();
    await tx.commit();
  } finally {
    if (tx.isOpen()) await tx.rollback();
    await session.close();
  }
  return { nodes, relationships, files: opened.files };
}
