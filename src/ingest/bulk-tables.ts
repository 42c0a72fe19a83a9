import path from 'node:path';
import { ENTITY_LABEL } from '../domain/model.ts';
import {
  arrayDelimiterIssue,
  CsvFileWriter,
  csvLine,
  emptyLists,
  hasLineBreak,
  headerField,
  tableColumns,
} from './bulk-csv.ts';
import type { Dataset } from './dataset.ts';
import { type DatasetIssue, DatasetValidationError } from '../errors.ts';
import { createdRelationshipRows, lastPerKey } from './fresh-rows.ts';
import { normalizeDataset } from './normalize.ts';
import {
  citationRows,
  claimRowKey,
  figureRows,
  nodeProps,
  nodeRows,
  type Props,
  relationshipRows,
  statusRows,
} from './rows.ts';
import { listRecords } from './validate.ts';

/** One CSV file for neo4j-admin: `--nodes=<group>=<file>` or `--relationships=<group>=<file>`. */
export interface CsvTable {
  readonly kind: 'nodes' | 'relationships';
  /** `Entity:Person` for nodes, the relationship type for relationships. */
  readonly group: string;
  readonly file: string;
  readonly rows: number;
  /** A value spans lines: neo4j-admin must read the file with `--multiline-fields`. */
  readonly multiline: boolean;
}

/** Node properties neo4j-admin cannot write (empty lists), to set once the database is up. */
export interface PendingProps {
  readonly id: string;
  readonly props: Props;
}

/** What one dataset file became. */
export interface DatasetTables {
  readonly tables: CsvTable[];
  readonly nodes: number;
  readonly relationships: number;
  readonly pending: PendingProps[];
}

/** A row of a table: its id fields (`:ID`, or `:START_ID` and `:END_ID`) and its properties. */
interface TableRow {
  readonly ends: readonly string[];
  readonly props: Props;
}

interface PlannedTable {
  readonly kind: CsvTable['kind'];
  readonly group: string;
  readonly rows: readonly TableRow[];
  /** Where a row comes from in the dataset, for an error message (worked out only then). */
  readonly describe: (row: TableRow) => string;
}

/**
 * The tables of one dataset, built with the transactional import's own row functions (rows.ts,
 * fresh-rows.ts) and its CREATE-path de-duplication, so the two imports write the same graph. Every
 * record of the file is new (bulk import refuses a record defined by two files), as in a first import.
 */
export function planDatasetTables(file: Dataset): PlannedTable[] {
  const dataset = normalizeDataset(file);
  const at = (id: string | undefined) =>
    listRecords(dataset).find((entry) => entry.record.id === id)?.where ?? String(id);
  const tables: PlannedTable[] = [];
  for (const [label, rows] of nodeRows(dataset)) {
    const tableRows = rows.map(({ id, record }) => ({
      ends: [id],
      props: withoutId(nodeProps(label, record)),
    }));
    const describe = (row: TableRow) => at(row.ends[0]);
    tables.push({ kind: 'nodes', group: `${ENTITY_LABEL}:${label}`, rows: tableRows, describe });
  }
  const provenance = (group: string, rows: TableRow[], field: string, subject: 0 | 1) =>
    tables.push({
      kind: 'relationships',
      group,
      rows,
      describe: (row) => `${at(row.ends[subject])}.${field}`,
    });
  const citations = citationRows(dataset).map((row) => ({ ends: [row.id, row.source], props: {} }));
  provenance('SOURCED_FROM', citations, 'sources', 0);
  const statuses = lastPerKey(statusRows(dataset), claimRowKey);
  const statusTable = statuses.map((row) => ({ ends: [row.source, row.subject], props: row.props }));
  provenance('REPORTS_STATUS', statusTable, 'statusHistory', 1);
  const figures = lastPerKey(figureRows(dataset), claimRowKey);
  const figureTable = figures.map((row) => ({ ends: [row.source, row.subject], props: row.props }));
  provenance('REPORTS_FIGURE', figureTable, 'figures', 1);
  for (const [type, rows] of relationshipRows(dataset)) {
    const tableRows = createdRelationshipRows(rows).map((row) => ({
      ends: [row.from, row.to],
      props: row.props,
    }));
    const describe = (row: TableRow) => `relationships (${type} ${row.ends.join(' -> ')}).properties`;
    tables.push({ kind: 'relationships', group: type, rows: tableRows, describe });
  }
  return tables.filter((table) => table.rows.length > 0);
}

function withoutId(props: Props): Props {
  const rest = { ...props };
  delete rest.id;
  return rest;
}

/**
 * Refuses what the CSV format cannot carry: a list element holding the array delimiter, and an empty
 * list on a relationship (node ones are set after the import; the dataset schema gives relationships no
 * list that may be empty, so this is a guard).
 */
export function checkTables(origin: string, tables: readonly PlannedTable[]): void {
  const issues: DatasetIssue[] = [];
  for (const table of tables) {
    for (const row of table.rows) {
      const delimiter = arrayDelimiterIssue(row.props);
      if (delimiter !== undefined)
        issues.push({
          path: `${table.describe(row)}.${delimiter}`,
          message: 'holds the control character U+001F, which bulk import uses between list elements',
        });
      const empty = table.kind === 'relationships' ? emptyLists(row.props) : undefined;
      if (empty !== undefined)
        issues.push({
          path: `${table.describe(row)}.${Object.keys(empty).join(', ')}`,
          message: 'is an empty list, which bulk import cannot write on a relationship: use tdg import',
        });
    }
  }
  if (issues.length > 0) throw new DatasetValidationError(origin, issues);
}

/** Writes one dataset's tables as `<prefix>-<group>.csv` files in `dir`. */
export async function writeDatasetTables(
  dataset: Dataset,
  origin: string,
  dir: string,
  prefix: string,
): Promise<DatasetTables> {
  const planned = planDatasetTables(dataset);
  checkTables(origin, planned);
  const tables: CsvTable[] = [];
  const pending: PendingProps[] = [];
  let nodes = 0;
  let relationships = 0;
  for (const table of planned) {
    const file = path.join(dir, `${prefix}-${table.group.replace(':', '-')}.csv`);
    tables.push(await writeTable(file, table));
    if (table.kind === 'relationships') {
      relationships += table.rows.length;
      continue;
    }
    nodes += table.rows.length;
    for (const row of table.rows) {
      const empty = emptyLists(row.props);
      if (empty !== undefined) pending.push({ id: row.ends[0] ?? '', props: empty });
    }
  }
  return { tables, nodes, relationships, pending };
}

async function writeTable(file: string, table: PlannedTable): Promise<CsvTable> {
  const columns = tableColumns(table.rows.map((row) => row.props));
  const ends = table.kind === 'nodes' ? ['id:ID'] : [':START_ID', ':END_ID'];
  const header = [...ends, ...[...columns].map(([name, type]) => headerField(name, type))];
  const writer = new CsvFileWriter(file);
  let multiline = false;
  try {
    await writer.write(`${header.join(',')}\n`);
    for (const row of table.rows) {
      multiline ||= hasLineBreak(row.props);
      await writer.write(csvLine(row.ends, columns, row.props));
    }
  } finally {
    await writer.close();
  }
  return { kind: table.kind, group: table.group, file, rows: table.rows.length, multiline };
}
