import type { Bound, FigurePeriod } from '../domain/figures.ts';
import type { ClaimStatus } from '../domain/model.ts';

/**
 * A dataset as the importer works on it: the version 2 shape, whichever version the file was written
 * in (normalize.ts turns a version 1 file into it). Files are validated by seed/dataset.schema.json.
 */
export interface Dataset {
  readonly $schema?: string;
  readonly format: 'tdg-dataset';
  /** The version the file was written in: messages name its fields (`currency` in version 1). */
  readonly version: 1 | 2;
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

/** A figure (version 2): docs/dataset-format.md, "Figures". */
export interface FigureEntry {
  readonly amount: number;
  /** An ISO 4217 currency or a physical unit (src/domain/units.ts). */
  readonly unit: string;
  readonly sources: readonly string[];
  readonly bound?: Bound;
  readonly amountMax?: number;
  readonly period?: FigurePeriod;
  readonly wording?: string;
  readonly item?: string;
  readonly converted?: boolean;
  readonly preferred?: boolean;
  readonly attributedTo?: string;
  readonly note?: string;
}

/** A version 1 figure, as written in a version 1 file. */
export interface FigureEntryV1 {
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
  /** Every record and relationship of the file, and what the import did to each (change-set.ts). */
  readonly changes: ChangeSet;
  /** The id of the write in the change log (src/changes); null when nothing changed or on a dry run. */
  readonly changeId?: string | null;
  /** Warnings that do not stop the import: likely duplicates of existing entities, merged ids. */
  readonly warnings?: readonly ImportWarning[];
}

/** Something an import lets through but a person should look at (src/ingest/warnings.ts). */
export interface ImportWarning {
  /** The record of the file it is about. */
  readonly id: string;
  /** `possible_duplicate`: an existing entity looks like the same thing; `merged_id`: the id was merged away. */
  readonly kind: 'possible_duplicate' | 'merged_id';
  /** The existing entity it resembles, or the one its id was merged into. */
  readonly existing: string;
  readonly message: string;
  /** For a possible duplicate: how alike (0–1) and why. */
  readonly score?: number;
  readonly reasons?: readonly string[];
}

/** What happened to a property: its value before and after (null: absent). */
export interface FieldChange {
  readonly before: unknown;
  readonly after: unknown;
}

/** What an import did to one record or relationship of the file. */
export interface Change {
  /** An entity id, or a relationship as `TYPE from -> to` (with `[key]` when it has one). */
  readonly id: string;
  /** The entity's label, or the relationship type (REPORTS_FIGURE and REPORTS_STATUS included). */
  readonly label: string;
  readonly op: 'created' | 'updated' | 'unchanged';
  /** The properties that changed (all of them for a created record); empty when unchanged. */
  readonly fields: Readonly<Record<string, FieldChange>>;
  /** For a relationship: its ends and key (what the change log records to find it again). */
  readonly ends?: { readonly from: string; readonly to: string; readonly key: string };
}

/** The change set of one import: entities, then relationships, each in file order. */
export interface ChangeSet {
  readonly records: readonly Change[];
  readonly relationships: readonly Change[];
}
