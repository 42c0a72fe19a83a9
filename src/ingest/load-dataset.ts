import type { Driver, ManagedTransaction } from 'neo4j-driver';
import { ENTITY_LABEL, type EntityType, type RelationshipType } from '../domain/model.ts';
import type { Dataset, ImportSummary } from './dataset.ts';
import { DatasetValidationError } from './errors.ts';
import { citationRows, figureRows, nodeRows, relationshipRows, statusRows } from './rows.ts';
import { checkDatasetReferences, checkDatasetShape, externalReferences, listRecords } from './validate.ts';

// Labels and relationship types below come only from the model's allow-list (src/domain/model.ts);
// every value is a parameter.

const EXISTING_IDS = `
UNWIND $ids AS id
MATCH (n:${ENTITY_LABEL} {id: id})
RETURN n.id AS id, [l IN labels(n) WHERE l <> '${ENTITY_LABEL}'][0] AS label`;

/** MERGE by id; SET only when the properties differ, so a repeated import changes nothing. */
const mergeNodes = (label: EntityType) => `
UNWIND $rows AS row
MERGE (n:${ENTITY_LABEL} {id: row.id})
WITH n, row, properties(n) <> row.props AS changed, size(keys(n)) = 1 AS fresh
SET n:${label}
FOREACH (_ IN CASE WHEN changed THEN [1] ELSE [] END | SET n = row.props)
RETURN count(CASE WHEN changed AND NOT fresh THEN 1 END) AS updated`;

const MERGE_CITATIONS = `
UNWIND $rows AS row
MATCH (n:${ENTITY_LABEL} {id: row.id})
MATCH (s:Source {id: row.source})
MERGE (n)-[:SOURCED_FROM]->(s)`;

const MERGE_STATUSES = `
UNWIND $rows AS row
MATCH (n:${ENTITY_LABEL} {id: row.subject})
MATCH (s:Source {id: row.source})
MERGE (s)-[r:REPORTS_STATUS {status: row.status, date: row.date}]->(n)
WITH r, row, properties(r) <> row.props AS changed
FOREACH (_ IN CASE WHEN changed THEN [1] ELSE [] END | SET r = row.props)
RETURN count(CASE WHEN changed THEN 1 END) AS changed`;

const MERGE_FIGURES = `
UNWIND $rows AS row
MATCH (n:Investment {id: row.subject})
MATCH (s:Source {id: row.source})
MERGE (s)-[r:REPORTS_FIGURE {key: row.key}]->(n)
WITH r, row, properties(r) <> row.props AS changed
FOREACH (_ IN CASE WHEN changed THEN [1] ELSE [] END | SET r = row.props)
RETURN count(CASE WHEN changed THEN 1 END) AS changed`;

/** Sources accumulate: a relationship cited by two datasets keeps both. */
const mergeRelationships = (type: RelationshipType) => `
UNWIND $rows AS row
MATCH (a:${ENTITY_LABEL} {id: row.from})
MATCH (b:${ENTITY_LABEL} {id: row.to})
MERGE (a)-[r:${type} {key: row.key}]->(b)
WITH r, row, row.props AS props, coalesce(r.sources, []) AS known
WITH r, props {.*, sources: known + [s IN row.sources WHERE NOT s IN known]} AS next
WITH r, next, properties(r) <> next AS changed
FOREACH (_ IN CASE WHEN changed THEN [1] ELSE [] END | SET r = next)
RETURN count(CASE WHEN changed THEN 1 END) AS changed`;

export interface ImportOptions {
  readonly database?: string | undefined;
  /** Names the dataset in errors and summaries (a file path, "request"...). */
  readonly origin: string;
  /** Validate and write, then roll back: the summary says what an import would do. */
  readonly dryRun?: boolean;
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
  const session = driver.session({ database: options.database });
  try {
    return await session.executeWrite(
      async (tx) => {
        const summary = await writeDataset(tx, dataset, options.origin);
        if (options.dryRun === true) throw new DryRunRollback({ ...summary, dryRun: true });
        return summary;
      },
      { metadata: { app: 'tech-diplomacy-graph', operation: 'import', origin: options.origin } },
    );
  } catch (error) {
    if (error instanceof DryRunRollback) return error.summary;
    throw error;
  } finally {
    await session.close();
  }
}

async function writeDataset(
  tx: ManagedTransaction,
  dataset: Dataset,
  origin: string,
): Promise<ImportSummary> {
  const existing = new Map<string, string>();
  const lookup = await tx.run(EXISTING_IDS, { ids: allIds(dataset) });
  for (const record of lookup.records)
    existing.set(record.get('id') as string, record.get('label') as string);
  const issues = checkDatasetReferences(dataset, existing);
  if (issues.length > 0) throw new DatasetValidationError(origin, issues);

  const totals = {
    nodesCreated: 0,
    nodesUpdated: 0,
    relationshipsCreated: 0,
    relationshipsUpdated: 0,
    propertiesSet: 0,
  };
  const apply = async (
    cypher: string,
    rows: unknown[],
    column?: string,
    kind?: 'nodes' | 'relationships',
  ) => {
    if (rows.length === 0) return;
    const result = await tx.run(cypher, { rows });
    const counters = result.summary.counters.updates();
    totals.nodesCreated += counters.nodesCreated;
    totals.relationshipsCreated += counters.relationshipsCreated;
    totals.propertiesSet += counters.propertiesSet;
    if (column === undefined) return;
    const changed = Number(result.records[0]?.get(column) ?? 0);
    if (kind === 'nodes') totals.nodesUpdated += changed;
    else totals.relationshipsUpdated += Math.max(0, changed - counters.relationshipsCreated);
  };

  for (const [label, rows] of nodeRows(dataset)) await apply(mergeNodes(label), rows, 'updated', 'nodes');
  await apply(MERGE_CITATIONS, citationRows(dataset));
  await apply(MERGE_STATUSES, statusRows(dataset), 'changed', 'relationships');
  await apply(MERGE_FIGURES, figureRows(dataset), 'changed', 'relationships');
  for (const [type, rows] of relationshipRows(dataset))
    await apply(mergeRelationships(type), rows, 'changed', 'relationships');
  return { origin, ...totals };
}

/** Ids defined in the file and ids it refers to: one look-up tells which exist and with what label. */
function allIds(dataset: Dataset): string[] {
  const defined = listRecords(dataset).map(({ record }) => record.id);
  return [...new Set([...defined, ...externalReferences(dataset)])];
}
