import { type Driver, type ManagedTransaction, Neo4jError } from 'neo4j-driver';
import { createTransactionRunner, type TransactionRunner } from '../cypher/index.ts';
import { entryOfImportChange } from '../changes/entries.ts';
import { recordWrite } from '../changes/record.ts';
import type { ChangeOperation } from '../domain/change-log.ts';
import { checkDatasetValues } from './check-values.ts';
import type { Change, Dataset, ImportSummary } from './dataset.ts';
import { type DatasetIssue, DatasetValidationError } from '../errors.ts';
import { readIso2Holders } from './existing.ts';
import { checkHierarchies } from './hierarchy.ts';
import { normalizeDataset } from './normalize.ts';
import * as cypher from './statements.ts';
import type { UpdateMode } from './update-mode.ts';
import { checkDatasetReferences, checkDatasetShape, externalReferences, listRecords } from './validate.ts';
import { writeClaims } from './write-claims.ts';
import { createApply, type WriteContext, type WriteCounters, type WriteMode } from './write-context.ts';
import { nodeChange, writeNodes } from './write-nodes.ts';
import { findImportWarnings } from './warnings.ts';
import { writeRelationships } from './write-relationships.ts';

const isConstraintFailure = (error: unknown) =>
  error instanceof Neo4jError && error.code === 'Neo.ClientError.Schema.ConstraintValidationFailed';

export interface ImportOptions {
  /** The database, when the import is given a driver rather than a runner. */
  readonly database?: string | undefined;
  /** Names the dataset in errors and summaries (a file path, "request"...). */
  readonly origin: string;
  /** Validate and write, then roll back: the summary says what an import would do. */
  readonly dryRun?: boolean;
  /** What to do with records the database holds (update-mode.ts); default `merge`. */
  readonly update?: UpdateMode;
  /**
   * Who writes, and as what, for the change log (src/changes), recorded in the import's transaction;
   * default `system`, `import`.
   */
  readonly log?: { readonly actor: string; readonly operation?: ChangeOperation };
}

/**
 * Where an import writes: an executor (src/cypher/executor.ts: the request's deadline, fail-fast when
 * Neo4j is down, metadata, error mapping) or, for tests and tools that own their time, a driver, which
 * gets the executor's policy without a deadline.
 */
export type ImportTarget = Driver | TransactionRunner;

/** The runner of a target. */
export function runnerOf(target: ImportTarget, database: string | undefined): TransactionRunner {
  return 'write' in target && 'readTransaction' in target
    ? target
    : createTransactionRunner({ driver: target, database, requestId: 'import', app: 'tdg-import' });
}

/** Thrown inside the transaction of a dry run so that the driver rolls it back. */
class DryRunRollback extends Error {
  constructor(readonly summary: ImportSummary) {
    super('dry run: rolled back');
  }
}

/**
 * Validates a parsed dataset of either version (JSON Schema; units, figures and names; references,
 * label pairs, iso2 codes and nesting cycles against the database) and writes it in one write
 * transaction: all of it or, on any problem, nothing (or, with `dryRun`, nothing in any case). Returns
 * what changed, record by record. Throws {@link DatasetValidationError}.
 */
export async function importDataset(
  target: ImportTarget,
  value: unknown,
  options: ImportOptions,
): Promise<ImportSummary> {
  const runner = runnerOf(target, options.database);
  const shapeIssues = checkDatasetShape(value);
  if (shapeIssues.length > 0) throw new DatasetValidationError(options.origin, shapeIssues);
  const dataset = normalizeDataset(value as Dataset);
  const valueIssues = checkDatasetValues(dataset);
  if (valueIssues.length > 0) throw new DatasetValidationError(options.origin, valueIssues);
  try {
    return await writeOnce(runner, dataset, options, 'fast');
  } catch (error) {
    if (!isConstraintFailure(error)) throw error;
    return writeOnce(runner, dataset, options, 'merge');
  }
}

/** One write transaction of the dataset (rolled back for a dry run, by the error it throws). */
async function writeOnce(
  runner: TransactionRunner,
  dataset: Dataset,
  options: ImportOptions,
  mode: WriteMode,
): Promise<ImportSummary> {
  try {
    return await runner.write(`import:${mode}`, async (tx) => {
      const summary = await writeDataset(tx, dataset, options, mode);
      if (options.dryRun === true) throw new DryRunRollback({ ...summary, dryRun: true });
      const logged = await logImport(tx, summary, options, dataset.name);
      return { ...summary, changeId: logged?.id ?? null };
    });
  } catch (error) {
    if (error instanceof DryRunRollback) return error.summary;
    throw error;
  }
}

async function writeDataset(
  tx: ManagedTransaction,
  dataset: Dataset,
  options: ImportOptions,
  mode: WriteMode,
): Promise<ImportSummary> {
  const existing = new Map<string, string>();
  const lookup = await tx.run(cypher.EXISTING_IDS, { ids: allIds(dataset) });
  for (const record of lookup.records)
    existing.set(record.get('id') as string, record.get('label') as string);
  // Ids this transaction creates: nothing can hang on them yet, so what cites them is created, not read.
  const created = new Set<string>();
  if (mode === 'fast')
    for (const { record } of listRecords(dataset)) if (!existing.has(record.id)) created.add(record.id);
  const isNew = (id: string) => created.has(id);
  const issues = checkDatasetReferences(dataset, existing);
  if (issues.length === 0)
    issues.push(...(await checkIso2(tx, dataset)), ...(await checkHierarchies(tx, dataset, isNew)));
  if (issues.length > 0) throw new DatasetValidationError(options.origin, issues);
  const warnings = await findImportWarnings(tx, dataset, (id) => !existing.has(id));

  const counters: WriteCounters = { nodesCreated: 0, relationshipsCreated: 0, propertiesSet: 0 };
  const context: WriteContext = {
    tx,
    dataset,
    mode,
    update: options.update ?? 'merge',
    existing,
    isNew,
    apply: createApply(tx, counters),
  };
  const nodes = await writeNodes(context);
  const claims = await writeClaims(context, nodes);
  const relationships = await writeRelationships(context);
  const order = new Map(listRecords(dataset).map(({ record }, i) => [record.id, i]));
  const records = nodes
    .map((node) => nodeChange(node, claims.derived.get(node.id)))
    .sort((a, b) => (order.get(a.id) ?? 0) - (order.get(b.id) ?? 0));
  const relationshipChanges = [...relationships, ...claims.changes];
  const updated = (changes: readonly Change[]) => changes.filter((c) => c.op === 'updated').length;
  return {
    origin: options.origin,
    nodesCreated: counters.nodesCreated,
    nodesUpdated: updated(records),
    relationshipsCreated: counters.relationshipsCreated,
    relationshipsUpdated: updated(relationshipChanges),
    propertiesSet: counters.propertiesSet,
    changes: { records, relationships: relationshipChanges },
    warnings,
  };
}

/** Records the import in the change log (last: the log's counter is locked until commit). */
function logImport(
  tx: ManagedTransaction,
  summary: ImportSummary,
  options: ImportOptions,
  datasetName: string | undefined,
) {
  const { records, relationships } = summary.changes;
  const entries = [...records, ...relationships].flatMap((change) => entryOfImportChange(change) ?? []);
  return recordWrite(tx, {
    operation: options.log?.operation ?? 'import',
    actor: options.log?.actor ?? 'system',
    origin: options.origin,
    ...(datasetName === undefined ? {} : { dataset: datasetName }),
    entries,
  });
}

/** A country's iso2 code must not be another country's already (issue 13: a spoofed "GB"). */
async function checkIso2(tx: ManagedTransaction, dataset: Dataset): Promise<DatasetIssue[]> {
  const countries = listRecords(dataset).filter(
    ({ label, record }) => label === 'Country' && typeof record.iso2 === 'string',
  );
  const holders = await readIso2Holders(
    tx,
    countries.map(({ record }) => String(record.iso2)),
  );
  return countries.flatMap(({ record, where }) => {
    const holder = holders.get(String(record.iso2));
    return holder === undefined || holder.id === record.id
      ? []
      : [
          {
            path: `${where}.iso2`,
            message: `"${String(record.iso2)}" is already the iso2 of ${holder.id} (${holder.name}); one code, one country`,
          },
        ];
  });
}

/** Ids defined in the file and ids it refers to: one look-up tells which exist and with what label. */
function allIds(dataset: Dataset): string[] {
  const defined = listRecords(dataset).map(({ record }) => record.id);
  return [...new Set([...defined, ...externalReferences(dataset)])];
}
