import { stringify } from 'csv-stringify/sync';
import { type Column, nodeColumns, nodeValues, relationshipColumns, relationshipValues } from '../columns.ts';
import type { Output } from '../output.ts';
import type { GraphWriter } from '../types.ts';
import type { JsonValue } from '../../reports/types.ts';

/** neo4j-admin import's array delimiter (its default): lists are `;`-joined under a `name:type[]` header. */
export const ARRAY_DELIMITER = ';';

/** A header as `neo4j-admin database import` reads it: `name:long`, `since:date`, `aliases:string[]`. */
export function csvHeader(column: Column): string {
  return column.kind === 'string' || column.kind === 'json' ? column.name : `${column.name}:${column.kind}`;
}

/** A cell: lists joined with {@link ARRAY_DELIMITER}, objects as JSON, nothing as an empty cell. */
export function csvCell(value: JsonValue | undefined, kind: Column['kind']): string {
  if (value === null || value === undefined) return '';
  if (kind === 'string[]' && Array.isArray(value))
    return value.map((v) => (typeof v === 'string' ? v : JSON.stringify(v))).join(ARRAY_DELIMITER);
  if (typeof value === 'object') return JSON.stringify(value);
  return String(value);
}

const line = (cells: readonly string[]) => stringify([cells]);

/**
 * Two CSV files, as spreadsheets and `neo4j-admin database import` read them: nodes under `id:ID` and
 * `:LABEL` (labels `;`-joined), relationships under `:START_ID`, `:END_ID` and `:TYPE`, then one typed
 * column per property.
 */
export function createCsvWriter(nodesOut: Output, relationshipsOut: Output): GraphWriter {
  let nodeCols: Column[] = [];
  let edgeCols: Column[] = [];
  return {
    async begin(schema) {
      nodeCols = nodeColumns(schema).filter((c) => c.name !== 'label' && c.name !== 'labels');
      edgeCols = relationshipColumns(schema).filter((c) => c.name !== 'type');
      await nodesOut.write(line(['id:ID', ':LABEL', ...nodeCols.map(csvHeader)]));
      await relationshipsOut.write(line([':START_ID', ':END_ID', ':TYPE', ...edgeCols.map(csvHeader)]));
    },
    async node(node) {
      const values = nodeValues(node);
      await nodesOut.write(
        line([
          node.id,
          node.labels.join(ARRAY_DELIMITER),
          ...nodeCols.map((c) => csvCell(values[c.name], c.kind)),
        ]),
      );
    },
    beginRelationships: () => Promise.resolve(),
    async relationship(relationship) {
      const values = relationshipValues(relationship);
      await relationshipsOut.write(
        line([
          relationship.start,
          relationship.end,
          relationship.type,
          ...edgeCols.map((c) => csvCell(values[c.name], c.kind)),
        ]),
      );
    },
    async end() {
      await Promise.all([nodesOut.close(), relationshipsOut.close()]);
    },
  };
}
