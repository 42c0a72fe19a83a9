import neo4j, { type Date as Neo4jDate } from 'neo4j-driver';
import { figureKey } from '../domain/figures.ts';
import {
  ENTITY_PROPERTIES,
  type EntityType,
  type PropertyKind,
  type RelationshipType,
  relationshipSpec,
} from '../domain/model.ts';
import { describeUnit, quantityOf, toBaseAmount } from '../domain/units.ts';
import type { Dataset, EntityRecord, FigureEntry, RelationshipRecord, StatusEntry } from './dataset.ts';
import { claimProps } from './derived.ts';
import { listRecords } from './validate.ts';

/** Property values as Neo4j stores them. */
export type Value = string | number | boolean | Neo4jDate<number> | string[];
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

/** The properties a record gives itself (id, name, aliases, description and its label's fields). */
export function givenProps(label: EntityType, record: EntityRecord): Props {
  const props: Props = { id: record.id, name: record.name, aliases: [...(record.aliases ?? [])] };
  if (record.description !== undefined) props.description = record.description;
  for (const [field, kind] of Object.entries(ENTITY_PROPERTIES[label])) {
    const value = record[field];
    if (value !== undefined && value !== null) props[field] = convert(kind, value);
  }
  return props;
}

/**
 * The node properties of a record imported into an empty database: its own, and those derived from its
 * status history and figures (derived.ts), as they are once nothing else is known about the claim.
 */
export function nodeProps(label: EntityType, record: EntityRecord, given = givenProps(label, record)): Props {
  if (record.statusHistory === undefined && record.figures === undefined) return given;
  const derived = claimProps(
    statusRowsOf(record).map((row) => row.props),
    figureRowsOf(record).map((row) => row.props),
  );
  return { ...given, ...derived };
}

/** Rows for each label: `{ id, given }` (what the record itself gives). */
export function nodeRows(
  dataset: Dataset,
): Map<EntityType, { id: string; given: Props; record: EntityRecord }[]> {
  const rows = new Map<EntityType, { id: string; given: Props; record: EntityRecord }[]>();
  for (const { label, record } of listRecords(dataset)) {
    const list = rows.get(label) ?? [];
    list.push({ id: record.id, given: givenProps(label, record), record });
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

/** One `REPORTS_STATUS` or `REPORTS_FIGURE` to write: from `source` to `subject`, told apart by `key`. */
export interface ClaimRow {
  readonly subject: string;
  readonly source: string;
  readonly key: string;
  readonly props: Props;
}

/**
 * The identity of a status report: status, date, note and attribution (two reports of one source and
 * day that say different things are both kept).
 */
export function statusKey(entry: StatusEntry): string {
  return JSON.stringify([entry.status, entry.date, entry.note ?? null, entry.attributedTo ?? null]);
}

function statusRowsOf(record: EntityRecord): ClaimRow[] {
  return (record.statusHistory ?? []).flatMap((entry) => {
    const key = statusKey(entry);
    const base: Props = { key, status: entry.status, date: toDate(entry.date) };
    const props = withOptional(base, entry, ['note', 'attributedTo']);
    return [...new Set(entry.sources)].map((source) => ({ subject: record.id, source, key, props }));
  });
}

/** `REPORTS_STATUS` rows: one per status entry and source. */
export function statusRows(dataset: Dataset): ClaimRow[] {
  return listRecords(dataset).flatMap(({ record }) => statusRowsOf(record));
}

/**
 * What a figure stores: the file's fields (period as periodFrom/periodTo/periodYears), `currency` when
 * the unit is one (for version 1 Cypher), and what totals need without the unit table: `dimension`,
 * `quantity` (what it can be compared and added with), `baseUnit` and `baseAmount`/`baseAmountMax`.
 */
export function figureProps(figure: FigureEntry): Props {
  const described = describeUnit(figure.unit);
  const bound = figure.bound ?? 'exact';
  const props: Props = {
    key: figureKey(figure),
    amount: figure.amount,
    unit: figure.unit,
    bound,
    converted: figure.converted ?? false,
    preferred: figure.preferred ?? false,
    dimension: described?.dimension ?? 'unknown',
    quantity: quantityOf(figure.unit, figure.item),
    baseUnit: described?.base ?? figure.unit,
    baseAmount: toBaseAmount(figure.amount, figure.unit),
  };
  if (described?.dimension === 'money') props.currency = figure.unit;
  if (figure.amountMax !== undefined) {
    props.amountMax = figure.amountMax;
    props.baseAmountMax = toBaseAmount(figure.amountMax, figure.unit);
  }
  const { from, to, years } = figure.period ?? {};
  if (from !== undefined) props.periodFrom = from;
  if (to !== undefined) props.periodTo = to;
  if (years !== undefined) props.periodYears = years;
  return withOptional(props, figure, ['wording', 'item', 'attributedTo', 'note']);
}

function figureRowsOf(record: EntityRecord): ClaimRow[] {
  return (record.figures ?? []).flatMap((figure) => {
    const props = figureProps(figure);
    const key = String(props.key);
    return [...new Set(figure.sources)].map((source) => ({ subject: record.id, source, key, props }));
  });
}

/** `REPORTS_FIGURE` rows: one per figure and source. */
export function figureRows(dataset: Dataset): ClaimRow[] {
  return listRecords(dataset).flatMap(({ record }) => figureRowsOf(record));
}

/** The relationship a claim row writes: one per subject, source and key (the last row wins). */
export const claimRowKey = (row: ClaimRow): string => JSON.stringify([row.subject, row.source, row.key]);

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
