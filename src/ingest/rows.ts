import neo4j, { type Date as Neo4jDate } from 'neo4j-driver';
import {
  ENTITY_PROPERTIES,
  type EntityType,
  type PropertyKind,
  type RelationshipType,
  relationshipSpec,
} from '../domain/model.ts';
import type { Dataset, EntityRecord, FigureEntry, RelationshipRecord, StatusEntry } from './dataset.ts';
import { listRecords } from './validate.ts';

/** Property values as Neo4j stores them. */
type Value = string | number | boolean | Neo4jDate<number> | string[];
export type Props = Record<string, Value>;

/** `2025-09-18` → a Neo4j Date (the format is checked by the JSON Schema). */
export function toDate(value: string): Neo4jDate<number> {
  const [year, month, day] = value.split('-').map(Number);
  return new neo4j.types.Date(year ?? 0, month ?? 1, day ?? 1);
}

function convert(kind: PropertyKind, value: unknown): Value {
  if (kind === 'date') return toDate(String(value));
  if (kind === 'boolean') return Boolean(value);
  return String(value);
}

/** The node properties of an entity record, derived ones (status, preferred figure) included. */
export function nodeProps(label: EntityType, record: EntityRecord): Props {
  const props: Props = { id: record.id, name: record.name, aliases: [...(record.aliases ?? [])] };
  if (record.description !== undefined) props.description = record.description;
  for (const [field, kind] of Object.entries(ENTITY_PROPERTIES[label])) {
    const value = record[field];
    if (value !== undefined && value !== null) props[field] = convert(kind, value);
  }
  const status = latestStatus(record.statusHistory ?? []);
  if (status !== undefined) props.status = status;
  const preferred = (record.figures ?? []).find((figure) => figure.preferred === true);
  if (preferred) {
    props.amount = preferred.amount;
    props.currency = preferred.currency;
    if (preferred.qualifier !== undefined) props.qualifier = preferred.qualifier;
  }
  return props;
}

/** The status of the latest entry by date; of two entries on one date, the later in the list. */
export function latestStatus(history: readonly StatusEntry[]): string | undefined {
  let latest: StatusEntry | undefined;
  for (const entry of history) if (!latest || entry.date >= latest.date) latest = entry;
  return latest?.status;
}

/** Rows for each label: `{ id, props }`. */
export function nodeRows(dataset: Dataset): Map<EntityType, { id: string; props: Props }[]> {
  const rows = new Map<EntityType, { id: string; props: Props }[]>();
  for (const { label, record } of listRecords(dataset)) {
    const list = rows.get(label) ?? [];
    list.push({ id: record.id, props: nodeProps(label, record) });
    rows.set(label, list);
  }
  return rows;
}

/** `SOURCED_FROM` pairs: one per entity and cited source. */
export function citationRows(dataset: Dataset): { id: string; source: string }[] {
  return listRecords(dataset).flatMap(({ record }) =>
    [...new Set(record.sources ?? [])].map((source) => ({ id: record.id, source })),
  );
}

/** `REPORTS_STATUS` rows: one per status entry and source. */
export function statusRows(dataset: Dataset) {
  return listRecords(dataset).flatMap(({ record }) =>
    (record.statusHistory ?? []).flatMap((entry) =>
      [...new Set(entry.sources)].map((source) => ({
        subject: record.id,
        source,
        status: entry.status,
        date: toDate(entry.date),
        props: withOptional({ status: entry.status, date: toDate(entry.date) }, entry, [
          'note',
          'attributedTo',
        ]),
      })),
    ),
  );
}

/** `REPORTS_FIGURE` rows: one per figure and source, keyed by `<currency>:<amount>`. */
export function figureRows(dataset: Dataset) {
  return listRecords(dataset).flatMap(({ record }) =>
    (record.figures ?? []).flatMap((figure: FigureEntry) =>
      [...new Set(figure.sources)].map((source) => {
        const key = `${figure.currency}:${figure.amount}`;
        const base: Props = {
          key,
          amount: figure.amount,
          currency: figure.currency,
          converted: figure.converted ?? false,
          preferred: figure.preferred ?? false,
        };
        return {
          subject: record.id,
          source,
          key,
          props: withOptional(base, figure, ['qualifier', 'attributedTo', 'note']),
        };
      }),
    ),
  );
}

/** The relationship a status row writes: one per subject, source, status and date (the last row wins). */
export const statusRowKey = (row: ReturnType<typeof statusRows>[number]): string =>
  JSON.stringify([row.subject, row.source, row.status, row.date.toString()]);

/** The relationship a figure row writes: one per subject, source and `<currency>:<amount>`. */
export const figureRowKey = (row: ReturnType<typeof figureRows>[number]): string =>
  JSON.stringify([row.subject, row.source, row.key]);

/** Domain relationship rows grouped by type: `{ from, to, key, props, sources }`. */
export function relationshipRows(dataset: Dataset) {
  const rows = new Map<
    RelationshipType,
    { from: string; to: string; key: string; props: Props; sources: string[] }[]
  >();
  for (const rel of dataset.relationships ?? []) {
    const type = rel.type as RelationshipType;
    const list = rows.get(type) ?? [];
    list.push({
      from: rel.from,
      to: rel.to,
      key: rel.key ?? '',
      props: relationshipProps(type, rel),
      sources: [...new Set(rel.sources)],
    });
    rows.set(type, list);
  }
  return rows;
}

function relationshipProps(type: RelationshipType, rel: RelationshipRecord): Props {
  const props: Props = { key: rel.key ?? '' };
  const kinds: Record<string, PropertyKind> = { ...relationshipSpec(type).properties, note: 'string' };
  for (const [field, value] of Object.entries(rel.properties ?? {})) {
    const kind = kinds[field];
    if (kind !== undefined && value !== undefined && value !== null) props[field] = convert(kind, value);
  }
  return props;
}

function withOptional<T extends object>(base: Props, from: T, fields: (keyof T & string)[]): Props {
  const out = { ...base };
  for (const field of fields) {
    const value = from[field];
    if (value !== undefined && value !== null) out[field] = value as Value;
  }
  return out;
}
