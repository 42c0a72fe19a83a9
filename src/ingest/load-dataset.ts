import { type Driver, type ManagedTransaction, Neo4jError } from 'neo4j-driver';
import type { Dataset, ImportSummary } from './dataset.ts';
import { DatasetValidationError } from './errors.ts';
import { createdRelationshipRows, lastPerKey, splitRows } from './fresh-rows.ts';
import {
  citationRows,
  figureRowKey,
  figureRows,
  nodeRows,
  relationshipRows,
  statusRowKey,
  statusRows,
} from './rows.ts';
import * as cypher from './statements.ts';
import { checkDatasetReferences, checkDatasetShape, externalReferences, listRecords } from './validate.ts';

/** Rows per statement: big files are written in several UNWINDs of the one transaction. */
const BATCH_ROWS = 10_000;

/**
 * `fast` CREATEs what this transaction's own new nodes need; `merge` MERGEs everything. A concurrent
 * import of the same new ids makes `fast` fail on the id constraint, and the file is then rerun in `merge`.
 */
type WriteMode = 'fast' | 'merge';

const isConstraintFailure = (error: unknown) =>
  error instanceof Neo4jError && error.code === 'Neo.ClientError.Schema.ConstraintValidationFailed';

export interface ImportOptions {
  readonly database?: string | undefined;
  /** Names the dataset in errors and summaries (a file path, "request"...). */
  readonly origin: string;
  /** Validate and write, then roll back: the summary says what an import would do. */
  readonly dryRun?: boolean;
  /**
   * The transaction's timeout in milliseconds: Neo4j rolls it back when it passes (the request's
   * deadline, for the API). None by default.
   */
  readonly timeoutMs?: number;
  /**
   * Gives up when aborted: the session is closed, which rolls back an open transaction and cancels the
   * driver's pending retries, so a caller that has already answered "unavailable" does not see the write
   * land later. (A commit already on the wire can still land: that much is unknowable for any client.)
   */
  readonly signal?: AbortSignal;
}

/** Thrown inside the transaction of a dry run so that the driver rolls it back. */
class DryRunRollback extends Error {
  constructor(readonly summary: ImportSummary) {
    super('dry run: rolled back');
  }
}

/**
 * Validates a parsed dataset (JSON Schema, references, label pairs) and writes it in one write
 * transaction: all of it or, on any problem, nothing (or, with `dryRun`, nothing in any case).
 * Throws {@link DatasetValidationError}.
 */
export async function importDataset(
  driver: Driver,
  value: unknown,
  options: ImportOptions,
): Promise<ImportSummary> {
  const shapeIssues = checkDatasetShape(value);
  if (shapeIssues.length > 0) throw new DatasetValidationError(options.origin, shapeIssues);
  const dataset = value as Dataset;
  try {
    return await writeInSession(driver, dataset, options, 'fast');
  } catch (error) {
    if (!isConstraintFailure(error) || options.signal?.aborted === true) throw error;
    return writeInSession(driver, dataset, options, 'merge');
  }
}

async function writeInSession(
  driver: Driver,
  dataset: Dataset,
  options: ImportOptions,
  mode: WriteMode,
): Promise<ImportSummary> {
  const session = driver.session({ database: options.database });
  const abandon = () => void session.close().catch(() => undefined);
  options.signal?.addEventListener('abort', abandon, { once: true });
  try {
    return await session.executeWrite(
      async (tx) => {
        const summary = await writeDataset(tx, dataset, options.origin, mode);
        if (options.dryRun === true) throw new DryRunRollback({ ...summary, dryRun: true });
        return summary;
      },
      {
        metadata: { app: 'tech-diplomacy-graph', operation: 'import', origin: options.origin },
        ...(options.timeoutMs === undefined ? {} : { timeout: options.timeoutMs }),
      },
    );
  } catch (error) {
    if (error instanceof DryRunRollback) return error.summary;
    throw error;
  } finally {
    options.signal?.removeEventListener('abort', abandon);
    await session.close();
  }
}

async function writeDataset(
  tx: ManagedTransaction,
  dataset: Dataset,
  origin: string,
  mode: WriteMode,
): Promise<ImportSummary> {
  const existing = new Map<string, string>();
  const lookup = await tx.run(cypher.EXISTING_IDS, { ids: allIds(dataset) });
  for (const record of lookup.records)
    existing.set(record.get('id') as string, record.get('label') as string);
  const issues = checkDatasetReferences(dataset, existing);
  if (issues.length > 0) throw new DatasetValidationError(origin, issues);

  // Ids this transaction creates: nothing can hang on them yet, so what cites them is created, not merged.
  const created = new Set<string>();
  if (mode === 'fast')
    for (const { record } of listRecords(dataset)) if (!existing.has(record.id)) created.add(record.id);
  const isNew = (id: string) => created.has(id);
  const { totals, apply } = createWriter(tx);

  for (const [label, rows] of nodeRows(dataset)) {
    const { fresh, known } = splitRows(rows, (row) => isNew(row.id));
    await apply(cypher.createNodes(label), fresh);
    await apply(cypher.mergeNodes(label), known, 'updated', 'nodes');
  }
  const citations = splitRows(citationRows(dataset), (row) => isNew(row.id));
  await apply(cypher.CREATE_CITATIONS, citations.fresh);
  await apply(cypher.MERGE_CITATIONS, citations.known);
  const statuses = splitRows(statusRows(dataset), (row) => isNew(row.subject));
  await apply(cypher.CREATE_STATUSES, lastPerKey(statuses.fresh, statusRowKey));
  await apply(cypher.MERGE_STATUSES, statuses.known, 'changed', 'relationships');
  const figures = splitRows(figureRows(dataset), (row) => isNew(row.subject));
  await apply(cypher.CREATE_FIGURES, lastPerKey(figures.fresh, figureRowKey));
  await apply(cypher.MERGE_FIGURES, figures.known, 'changed', 'relationships');
  for (const [type, rows] of relationshipRows(dataset)) {
    const { fresh, known } = splitRows(rows, (row) => isNew(row.from) || isNew(row.to));
    await apply(cypher.createRelationships(type), createdRelationshipRows(fresh));
    await apply(cypher.mergeRelationships(type), known, 'changed', 'relationships');
  }
  return { origin, ...totals };
}

/** Runs statements in batches of {@link BATCH_ROWS} rows and adds up what they did. */
function createWriter(tx: ManagedTransaction) {
  const totals = {
    nodesCreated: 0,
    nodesUpdated: 0,
    relationshipsCreated: 0,
    relationshipsUpdated: 0,
    propertiesSet: 0,
  };
  const applyBatch = async (
    statement: string,
    rows: unknown[],
    column?: string,
    kind?: 'nodes' | 'relationships',
  ) => {
    const result = await tx.run(statement, { rows });
    const counters = result.summary.counters.updates();
    totals.nodesCreated += counters.nodesCreated;
    totals.relationshipsCreated += counters.relationshipsCreated;
    totals.propertiesSet += counters.propertiesSet;
    if (column === undefined) return;
    const changed = Number(result.records[0]?.get(column) ?? 0);
    if (kind === 'nodes') totals.nodesUpdated += changed;
    else totals.relationshipsUpdated += Math.max(0, changed - counters.relationshipsCreated);
  };
  const apply = async (
    statement: string,
    rows: unknown[],
    column?: string,
    kind?: 'nodes' | 'relationships',
  ) => {
    for (let start = 0; start < rows.length; start += BATCH_ROWS)
      await applyBatch(statement, rows.slice(start, start + BATCH_ROWS), column, kind);
  };
  return { totals, apply };
}

/** Ids defined in the file and ids it refers to: one look-up tells which exist and with what label. */
function allIds(dataset: Dataset): string[] {
  const defined = listRecords(dataset).map(({ record }) => record.id);
  return [...new Set([...defined, ...externalReferences(dataset)])];
}
