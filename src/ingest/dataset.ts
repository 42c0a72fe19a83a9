import type { ClaimStatus } from '../domain/model.ts';

/** A dataset file (docs/dataset-format.md), as validated by seed/dataset.schema.json. */
export interface Dataset {
  readonly $schema?: string;
  readonly format: 'tdg-dataset';
  readonly version: 1;
  readonly name?: string;
  readonly description?: string;
  readonly sources?: readonly EntityRecord[];
  readonly countries?: readonly EntityRecord[];
  readonly people?: readonly EntityRecord[];
  readonly organizations?: readonly EntityRecord[];
  readonly events?: readonly EntityRecord[];
  readonly agreements?: readonly EntityRecord[];
  readonly investments?: readonly EntityRecord[];
  readonly technologies?: readonly EntityRecord[];
  readonly places?: readonly EntityRecord[];
  readonly relationships?: readonly RelationshipRecord[];
}

/** One entity record; type-specific fields are checked by the JSON Schema. */
export interface EntityRecord {
  readonly id: string;
  readonly name: string;
  readonly aliases?: readonly string[];
  readonly description?: string;
  readonly sources?: readonly string[];
  readonly statusHistory?: readonly StatusEntry[];
  readonly figures?: readonly FigureEntry[];
  readonly [field: string]: unknown;
}

export interface StatusEntry {
  readonly status: ClaimStatus;
  readonly date: string;
  readonly sources: readonly string[];
  readonly note?: string;
  readonly attributedTo?: string;
}

export interface FigureEntry {
  readonly amount: number;
  readonly currency: string;
  readonly sources: readonly string[];
  readonly qualifier?: string;
  readonly converted?: boolean;
  readonly preferred?: boolean;
  readonly attributedTo?: string;
  readonly note?: string;
}

export interface RelationshipRecord {
  readonly type: string;
  readonly from: string;
  readonly to: string;
  readonly key?: string;
  readonly properties?: Readonly<Record<string, unknown>>;
  readonly sources: readonly string[];
}

/** What an import did, for the CLI and the API to print. */
export interface ImportSummary {
  readonly origin: string;
  readonly nodesCreated: number;
  readonly nodesUpdated: number;
  readonly relationshipsCreated: number;
  readonly relationshipsUpdated: number;
  readonly propertiesSet: number;
  /** True when nothing was kept: the counts say what an import would do. */
  readonly dryRun?: boolean;
}
