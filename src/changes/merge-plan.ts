import { CITATIONS_FIELD, MERGED_ID_LABEL, relationshipTarget } from '../domain/change-log.ts';
import { CLAIM_TYPES, FIGURE_TYPES, isEntityType } from '../domain/model.ts';
import { claimProps, DERIVED_PROPERTIES } from '../ingest/derived.ts';
import type { LogEntry, LoggedField } from './entries.ts';
import { encodeValue, type LoggedValue } from './values.ts';

/** A relationship as a merge reads it: type, ends, and its properties as Neo4j holds them. */
export interface StoredRelationship {
  readonly type: string;
  readonly from: string;
  readonly to: string;
  readonly props: Readonly<Record<string, unknown>>;
}

/** An entity with everything a merge moves: its properties, citations, relationships, reports, redirects. */
export interface StoredEntity {
  readonly id: string;
  readonly label: string;
  readonly props: Readonly<Record<string, unknown>>;
  readonly sources: readonly string[];
  /** Its domain relationships, both ways. */
  readonly relationships: readonly StoredRelationship[];
  /** The status reports and figures sources give of it (`REPORTS_STATUS`, `REPORTS_FIGURE`). */
  readonly reports: readonly StoredRelationship[];
  /** Ids merged into it before: their redirects. */
  readonly mergedIds: readonly string[];
}

type Props = Record<string, unknown>;

const keyOf = (rel: StoredRelationship) => (typeof rel.props.key === 'string' ? rel.props.key : '');
const targetOf = (rel: StoredRelationship) => relationshipTarget(rel.type, rel.from, rel.to, keyOf(rel));
const same = (a: unknown, b: unknown) => JSON.stringify(encodeValue(a)) === JSON.stringify(encodeValue(b));

/** Every field of `props`, from nothing (`created`) or to nothing (`deleted`). */
function wholeFields(props: Props, kind: 'created' | 'deleted'): Record<string, LoggedField> {
  const fields: Record<string, LoggedField> = {};
  for (const [name, value] of Object.entries(props)) {
    if (value === null || value === undefined) continue;
    const logged = encodeValue(value);
    fields[name] = kind === 'created' ? { before: null, after: logged } : { before: logged, after: null };
  }
  return fields;
}

/** The fields that differ between two states (absent: null). */
function changedFields(before: Props, after: Props): Record<string, LoggedField> {
  const fields: Record<string, LoggedField> = {};
  for (const name of [...new Set([...Object.keys(before), ...Object.keys(after)])].sort()) {
    if (same(before[name] ?? null, after[name] ?? null)) continue;
    fields[name] = { before: encodeValue(before[name] ?? null), after: encodeValue(after[name] ?? null) };
  }
  return fields;
}

function relationshipEntry(
  kind: LogEntry['kind'],
  rel: StoredRelationship,
  fields: Record<string, LoggedField>,
): LogEntry {
  return {
    target: targetOf(rel),
    label: rel.type,
    kind,
    ends: { from: rel.from, to: rel.to, key: keyOf(rel) },
    fields,
  };
}

const union = (a: readonly unknown[], b: readonly unknown[]) => [...a, ...b.filter((x) => !a.includes(x))];
const asList = (value: unknown): unknown[] => (Array.isArray(value) ? (value as unknown[]) : []);

/**
 * A relationship of the merged entity, moved to the kept one: dropped when it would join the kept entity
 * to itself; merged into an equal one the kept entity has (same type, other end and key: its sources
 * accumulate, properties it lacks are filled); else created anew, pointing at the kept entity.
 */
function moveRelationships(keep: StoredEntity, merge: StoredEntity, entries: LogEntry[]): void {
  const kept = new Map(keep.relationships.map((rel) => [targetOf(rel), rel]));
  const repoint = (id: string) => (id === merge.id ? keep.id : id);
  for (const rel of merge.relationships) {
    entries.push(relationshipEntry('deleted', rel, wholeFields(rel.props, 'deleted')));
    const moved = { ...rel, from: repoint(rel.from), to: repoint(rel.to) };
    if (moved.from === moved.to) continue;
    const equal = kept.get(targetOf(moved));
    if (!equal) {
      entries.push(relationshipEntry('created', moved, wholeFields(moved.props, 'created')));
      kept.set(targetOf(moved), moved);
      continue;
    }
    const props: Props = { ...rel.props, ...equal.props };
    props.sources = union(asList(equal.props.sources), asList(rel.props.sources));
    const fields = changedFields(equal.props, props);
    if (Object.keys(fields).length > 0) entries.push(relationshipEntry('updated', equal, fields));
    kept.set(targetOf(moved), { ...equal, props });
  }
}

/**
 * The merged entity's status reports and figures, moved to the kept one (a report the kept entity has
 * from the same source with the same key is the same report: the kept one stays). A figure stays
 * preferred only if the kept entity prefers none of its quantity. Returns every report the kept entity
 * ends with.
 */
function moveReports(keep: StoredEntity, merge: StoredEntity, entries: LogEntry[]): StoredRelationship[] {
  const reports = new Map(keep.reports.map((rel) => [targetOf(rel), rel]));
  const prefers = (quantity: unknown) =>
    [...reports.values()].some(
      (r) => r.type === 'REPORTS_FIGURE' && r.props.preferred === true && r.props.quantity === quantity,
    );
  for (const rel of merge.reports) {
    entries.push(relationshipEntry('deleted', rel, wholeFields(rel.props, 'deleted')));
    const moved = { ...rel, to: keep.id };
    if (reports.has(targetOf(moved))) continue;
    const demote =
      rel.type === 'REPORTS_FIGURE' && rel.props.preferred === true && prefers(rel.props.quantity);
    const props = demote ? { ...rel.props, preferred: false } : rel.props;
    const placed = { ...moved, props };
    entries.push(relationshipEntry('created', placed, wholeFields(props, 'created')));
    reports.set(targetOf(placed), placed);
  }
  return [...reports.values()];
}

const OWN = new Set(['id', 'name', 'aliases', ...DERIVED_PROPERTIES]);

/**
 * The kept entity after the merge: the merged name and aliases as aliases, the properties it lacks from
 * the merged entity, the citations of both, and a claim's derived properties (status, shown figure,
 * disputed) recomputed from every report it now has.
 */
function keptProps(keep: StoredEntity, merge: StoredEntity, reports: readonly StoredRelationship[]): Props {
  const props: Props = { ...keep.props };
  const names = [...asList(keep.props.aliases), merge.props.name, ...asList(merge.props.aliases)];
  props.aliases = names.filter(
    (name, i) => typeof name === 'string' && name !== keep.props.name && names.indexOf(name) === i,
  );
  for (const [name, value] of Object.entries(merge.props))
    if (!OWN.has(name) && props[name] == null && value != null) props[name] = value;
  if (isEntityType(keep.label) && (CLAIM_TYPES.includes(keep.label) || FIGURE_TYPES.includes(keep.label))) {
    const derived = claimProps(
      reports.filter((r) => r.type === 'REPORTS_STATUS').map((r) => r.props),
      reports.filter((r) => r.type === 'REPORTS_FIGURE').map((r) => r.props),
    );
    for (const name of DERIVED_PROPERTIES) props[name] = derived[name] ?? null;
  }
  return props;
}

/**
 * The entries of merging `merge` into `keep` (same label, checked by the caller), as write `changeId`:
 * the merged entity deleted, the kept one updated, every relationship and report moved, and the merged
 * id (and the ids merged into it before) redirected to the kept entity. Applying them is the merge;
 * applying their inverses is its revert.
 */
export function planMerge(keep: StoredEntity, merge: StoredEntity, changeId: string): LogEntry[] {
  const entries: LogEntry[] = [];
  entries.push({
    target: merge.id,
    label: merge.label,
    kind: 'deleted',
    fields: {
      ...wholeFields(merge.props, 'deleted'),
      [CITATIONS_FIELD]: citations(merge.sources, null),
    },
  });
  const moves: LogEntry[] = [];
  moveRelationships(keep, merge, moves);
  const reports = moveReports(keep, merge, moves);
  const after = keptProps(keep, merge, reports);
  const fields = changedFields(keep.props, after);
  const sources = union(keep.sources, merge.sources) as string[];
  if (sources.length !== keep.sources.length) fields[CITATIONS_FIELD] = citations(keep.sources, sources);
  if (Object.keys(fields).length > 0)
    entries.push({ target: keep.id, label: keep.label, kind: 'updated', fields });
  entries.push(...moves);
  for (const id of merge.mergedIds)
    entries.push({
      target: id,
      label: MERGED_ID_LABEL,
      kind: 'updated',
      fields: { into: { before: merge.id, after: keep.id } },
    });
  entries.push({
    target: merge.id,
    label: MERGED_ID_LABEL,
    kind: 'created',
    fields: {
      id: { before: null, after: merge.id },
      into: { before: null, after: keep.id },
      change: { before: null, after: changeId },
    },
  });
  return entries;
}

function citations(before: readonly string[] | null, after: readonly string[] | null): LoggedField {
  const list = (v: readonly string[] | null): LoggedValue => (v === null ? null : [...v]);
  return { before: list(before), after: list(after) };
}
