import type { JsonValue } from '../reports/types.ts';

/** The formats `tdg export` writes. */
export const EXPORT_FORMATS = ['graphml', 'gexf', 'csv', 'jsonl'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

/**
 * The kind of a property across the exported graph, read from Neo4j's `valueType` of every value:
 * numbers stay numbers (Gephi can size and rank by them), dates are ISO strings, lists of strings are
 * `string[]` (JSON in GraphML and GEXF, `;`-joined in CSV), anything mixed or else is a string.
 */
export type PropertyKind = 'long' | 'double' | 'boolean' | 'date' | 'string[]' | 'string';

/** Property names and kinds of nodes and relationships, in a stable order: the columns and keys. */
export interface ExportSchema {
  readonly node: ReadonlyMap<string, PropertyKind>;
  readonly relationship: ReadonlyMap<string, PropertyKind>;
}

/** A source cited by a node or relationship. */
export interface SourceCitation {
  readonly id: string;
  readonly url: string | null;
}

/** One node with its provenance, values converted from Neo4j's (Integers, dates) at the boundary. */
export interface ExportNode {
  readonly id: string;
  readonly labels: readonly string[];
  /** The main label (the one that is not `Entity`): what Gephi partitions by. */
  readonly type: string;
  readonly properties: Readonly<Record<string, JsonValue>>;
  readonly sources: readonly SourceCitation[];
  /** A claim's status reports (`REPORTS_STATUS`), each with its source id. */
  readonly statusHistory: readonly JsonValue[];
  /** An investment's reported figures (`REPORTS_FIGURE`), each with its source id. */
  readonly figures: readonly JsonValue[];
}

/** One relationship; `sources` are the ids it cites, or the Source at its end for provenance links. */
export interface ExportRelationship {
  readonly id: string;
  readonly type: string;
  readonly start: string;
  readonly end: string;
  /** `domain` or `provenance` (SOURCED_FROM, REPORTS_STATUS, REPORTS_FIGURE). */
  readonly kind: 'domain' | 'provenance';
  readonly properties: Readonly<Record<string, JsonValue>>;
  readonly sources: readonly SourceCitation[];
}

/** Where the graph goes: one format's writer, fed nodes first, then relationships. */
export interface GraphWriter {
  begin(schema: ExportSchema): Promise<void>;
  node(node: ExportNode): Promise<void>;
  /** Called once, after the last node. */
  beginRelationships(): Promise<void>;
  relationship(relationship: ExportRelationship): Promise<void>;
  /** Closes the document and the files. */
  end(): Promise<void>;
}

/** What the export wrote. */
export interface ExportSummary {
  readonly nodes: number;
  readonly relationships: number;
  readonly files: readonly string[];
}
