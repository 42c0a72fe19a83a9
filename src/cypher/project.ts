import { MERGED_ID_LABEL } from '../domain/change-log.ts';
import { CLAIM_STATUSES, ENTITY_TYPES, type EntityType } from '../domain/model.ts';
import type {
  DerivedValue,
  NodeShape,
  NodeWanted,
  OrderKey,
  RelationshipSpec,
  RelationshipWanted,
} from './wanted.ts';

/**
 * Renders what a request wants of a node into one Cypher map projection: the node's properties, its type,
 * and every relationship page wanted below it, each a COLLECT subquery nested in the projection, to any
 * depth. A request costs one statement per root field, whatever it asks for below.
 *
 * The record a projection produces (see records.ts): the node's properties, `__type` (or `__labels`),
 * `__rel` (relationship pages by key: `{rows, total}`) and `__derived` values.
 */

/** Where a node record keeps its relationship pages, by key. */
export const RELATIONSHIPS = '__rel';
/** Where an edge row keeps the node at its other end. */
export const EDGE_NODE = '__node';
/** Where an edge row keeps its Source nodes. */
export const EDGE_SOURCES = '__sources';
/** Where an edge row of a both-ways relationship says whether it leaves the node it hangs from. */
export const EDGE_OUTGOING = '__outgoing';
/** Where a node record keeps its derived values. */
export const DERIVED = '__derived';

/** Hands out fresh variable names within one statement. */
export interface VariableNames {
  next(): number;
}

/** A counter of variable names, for one statement. */
export function createVariableNames(): VariableNames {
  let n = 0;
  return { next: () => ++n };
}

/** The projection of the node `variable`, with everything `wanted` below it. */
export function projectNode(
  variable: string,
  wanted: NodeWanted,
  names: VariableNames = createVariableNames(),
): string {
  const [first, ...others] = wanted.shapes;
  if (!first) return `${variable} {.id, __labels: labels(${variable})}`;
  if (others.length === 0) return projectShape(variable, first, names);
  // One branch per shape; the shape of most labels is the ELSE (fewest label tests), so a node always
  // projects.
  const ordered = [...wanted.shapes].sort((a, b) => a.labels.length - b.labels.length);
  const branches = ordered.map((shape, i) => {
    const projection = projectShape(variable, shape, names);
    if (i === ordered.length - 1) return `ELSE ${projection}`;
    return `WHEN ${labelTest(variable, shape.labels)} THEN ${projection}`;
  });
  return `CASE ${branches.join(' ')} END`;
}

function labelTest(variable: string, labels: readonly EntityType[]): string {
  return labels.map((label) => `${variable}:${label}`).join(' OR ');
}

function projectShape(variable: string, shape: NodeShape, names: VariableNames): string {
  const parts = [propertiesOf(shape.properties), typeOf(variable, shape.labels)];
  if (shape.derived.length > 0) {
    const derived = shape.derived.map(
      ({ key, value, slot }) => `\`${key}\`: ${DERIVED_CYPHER[value](variable, slot ?? 0)}`,
    );
    parts.push(`${DERIVED}: {${derived.join(', ')}}`);
  }
  if (shape.relationships.length > 0) {
    const pages = shape.relationships.map(
      (relationship) => `\`${relationship.key}\`: ${relationshipPage(variable, relationship, names)}`,
    );
    parts.push(`${RELATIONSHIPS}: {${pages.join(', ')}}`);
  }
  return `${variable} {${parts.join(', ')}}`;
}

/** `.*`, or `.id, .name, …` (the id always). */
function propertiesOf(properties: readonly string[] | 'all'): string {
  if (properties === 'all') return '.*';
  return ['id', ...properties.filter((name) => name !== 'id')].map((name) => `.${name}`).join(', ');
}

/**
 * How the record says its GraphQL type: `__type`, a constant when the shape holds one label, label tests
 * (in {@link ENTITY_TYPES} order) when it holds several, and the labels themselves when any label may
 * come. `labels(n)` builds a list per node: a third of an events page's statement, where a constant does.
 */
function typeOf(variable: string, labels: readonly EntityType[]): string {
  if (labels.length === 0) return `__labels: labels(${variable})`;
  if (labels.length === 1) return `__type: '${labels[0]}'`;
  const cases = ENTITY_TYPES.filter((label) => labels.includes(label))
    .map((label) => `WHEN ${variable}:${label} THEN '${label}'`)
    .join(' ');
  return `__type: CASE ${cases} END`;
}

/** The values the layer computes for a node instead of reading them. */
const DERIVED_CYPHER: Readonly<Record<DerivedValue, (variable: string, slot: number) => string>> = {
  // Two or more investors: a joint pledge, its split unknown.
  joint: (v) => `COUNT { (${v})<-[:PLEDGED]-() } > 1`,
  // The latest report dated by the day (of one date, the status furthest along), among sources
  // published by the other day; as the importer derives `status` from all of them.
  statusAsOf: (v, slot) => `head(COLLECT {
    MATCH (asOfSource:Source)-[asOfReport:REPORTS_STATUS]->(${v})
    WHERE ($asOf${slot} IS NULL OR asOfReport.date <= date($asOf${slot}))
      AND ($knownAsOf${slot} IS NULL OR coalesce(asOfSource.publishedOn, asOfReport.date) <= date($knownAsOf${slot}))
    RETURN asOfReport.status AS status
    ORDER BY asOfReport.date DESC, ${statusRank('asOfReport.status')} DESC
    LIMIT 1
  })`,
  // The ids merged into it (src/changes/merge.ts), through their redirects.
  mergedIds: (v) => `COLLECT { MATCH (m:${MERGED_ID_LABEL} {into: ${v}.id}) RETURN m.id ORDER BY m.id }`,
};

/** The place of a status in CLAIM_STATUSES: of two reports on one day, the later in the list wins. */
function statusRank(status: string): string {
  return `CASE ${status} ${CLAIM_STATUSES.map((name, i) => `WHEN '${name}' THEN ${i}`).join(' ')} END`;
}

/** The pattern of a relationship spec from `from` through `rel` to `to` (`rel` may be empty). */
export function followPattern(spec: RelationshipSpec, from: string, rel: string, to: string): string {
  const typed = `[${rel}:${spec.type}]`;
  const arrow =
    spec.direction === 'OUTGOING'
      ? `-${typed}->`
      : spec.direction === 'INCOMING'
        ? `<-${typed}-`
        : `-${typed}-`;
  return `(${from})${arrow}(${to}${spec.other ? `:${spec.other}` : ''})`;
}

/** The ORDER BY of a spec over the relationship `r` and the other node `m`, the id breaking ties. */
export function orderOf(order: readonly OrderKey[], r: string, m: string): string {
  const keys = order.map((key) => {
    const value = `${key.on === 'relationship' ? r : m}.${key.property}`;
    const expression = key.ifMissing === undefined ? value : `coalesce(${value}, ${literal(key.ifMissing)})`;
    return key.descending === true ? `${expression} DESC` : expression;
  });
  return [...keys, `${m}.id`].join(', ');
}

function literal(value: boolean | number | string): string {
  if (typeof value === 'string') return `'${value.replace(/\\/g, '\\\\').replace(/'/g, "\\'")}'`;
  return String(value);
}

/**
 * One relationship page of the node `variable`: `{rows: [...], total: n}`, the rows in the spec's order,
 * `$skipN` skipped and at most `$limitN` kept (the caller asks one more than it shows, to know whether
 * more follow), the total only when wanted.
 */
function relationshipPage(variable: string, wanted: RelationshipWanted, names: VariableNames): string {
  const i = names.next();
  const [r, m] = [`r${i}`, `m${i}`];
  const { spec } = wanted;
  const order = orderOf(spec.order ?? [{ on: 'node', property: 'name' }], r, m);
  const node = projectNode(m, wanted.node, names);
  const item = wanted.item === 'node' ? node : edgeRow(variable, wanted, r, node, names);
  const known = wanted.knownBy
    ? `\n  WHERE $knownAsOf${wanted.slot} IS NULL OR coalesce(${m}.publishedOn, ${r}.date) <= date($knownAsOf${wanted.slot})`
    : '';
  const rows = `COLLECT {
  MATCH ${followPattern(spec, variable, r, m)}${known}
  RETURN ${item} AS item
  ORDER BY ${order}
  SKIP $skip${wanted.slot} LIMIT $limit${wanted.slot}
}`;
  const total = wanted.total
    ? known
      ? `COUNT { MATCH ${followPattern(spec, variable, r, m)}${known} }`
      : `COUNT { ${followPattern(spec, variable, '', '')} }`
    : 'null';
  return `{rows: ${rows}, total: ${total}}`;
}

/** An edge row: the relationship's properties, the other node, and what else is wanted of it. */
function edgeRow(
  variable: string,
  wanted: RelationshipWanted,
  r: string,
  node: string,
  names: VariableNames,
): string {
  const parts: string[] = [];
  if (wanted.properties === 'all') parts.push('.*');
  else parts.push(...wanted.properties.map((name) => `.${name}`));
  parts.push(`${EDGE_NODE}: ${node}`);
  if (wanted.spec.direction === 'BOTH') parts.push(`${EDGE_OUTGOING}: startNode(${r}) = ${variable}`);
  if (wanted.sources !== null) parts.push(`${EDGE_SOURCES}: ${sourcesOf(r, wanted.sources, names)}`);
  return `${r} {${parts.join(', ')}}`;
}

/**
 * The Source nodes a relationship's `sources` list names, in its order (unknown ids skipped). When only
 * their ids are wanted, the list itself is the answer (toSourceRecords makes the records): reading a node
 * per id, or building a map per id in Cypher, was half of an events page's statement at scale M.
 */
export function sourcesOf(relationship: string, wanted: NodeWanted, names: VariableNames): string {
  if (isIdsOnly(wanted)) return `coalesce(${relationship}.sources, [])`;
  const s = `s${names.next()}`;
  return `COLLECT {
    UNWIND coalesce(${relationship}.sources, []) AS sourceId
    MATCH (${s}:Source {id: sourceId})
    RETURN ${projectNode(s, wanted, names)} AS source
  }`;
}

function isIdsOnly(wanted: NodeWanted): boolean {
  return wanted.shapes.every(
    (shape) =>
      shape.properties !== 'all' &&
      shape.properties.every((name) => name === 'id') &&
      shape.derived.length === 0 &&
      shape.relationships.length === 0,
  );
}
