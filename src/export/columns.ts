import type { JsonValue } from '../reports/types.ts';
import type { ExportNode, ExportRelationship, ExportSchema, PropertyKind } from './types.ts';

/** A column (CSV) or attribute (GraphML, GEXF): `json` is a list or object kept as JSON text. */
export interface Column {
  readonly name: string;
  readonly kind: PropertyKind | 'json';
}

/**
 * The attributes every node gets besides its own properties. `label` is the name Gephi shows; `type`
 * the main label (partition by it); `sources`/`sourceUrls` the ids and links of the sources that
 * support it; `statusHistory` and `figures` a claim's dated reports and an investment's figures.
 */
const NODE_EXTRAS: readonly Column[] = [
  { name: 'label', kind: 'string' },
  { name: 'type', kind: 'string' },
  { name: 'labels', kind: 'string[]' },
  { name: 'sources', kind: 'string[]' },
  { name: 'sourceUrls', kind: 'string[]' },
  { name: 'statusHistory', kind: 'json' },
  { name: 'figures', kind: 'json' },
];

/** Every relationship gets its type, its kind (domain or provenance) and its sources' ids and links. */
const RELATIONSHIP_EXTRAS: readonly Column[] = [
  { name: 'type', kind: 'string' },
  { name: 'kind', kind: 'string' },
  { name: 'sources', kind: 'string[]' },
  { name: 'sourceUrls', kind: 'string[]' },
];

function withProperties(extras: readonly Column[], kinds: ReadonlyMap<string, PropertyKind>): Column[] {
  const taken = new Set(['id', ...extras.map((c) => c.name)]);
  const properties = [...kinds].filter(([name]) => !taken.has(name)).map(([name, kind]) => ({ name, kind }));
  return [...extras, ...properties];
}

/** The node columns: the extras, then every node property of the graph but `id` (the node's own id). */
export function nodeColumns(schema: ExportSchema): Column[] {
  return withProperties(NODE_EXTRAS, schema.node);
}

/** The relationship columns: the extras, then every relationship property (`sources` is an extra). */
export function relationshipColumns(schema: ExportSchema): Column[] {
  return withProperties(RELATIONSHIP_EXTRAS, schema.relationship);
}

const nonEmpty = (list: readonly JsonValue[]): JsonValue => (list.length > 0 ? [...list] : null);

/** A node's values by column name (null or missing: no value). */
export function nodeValues(node: ExportNode): Record<string, JsonValue> {
  const name = node.properties.name;
  return {
    ...node.properties,
    label: typeof name === 'string' ? name : node.id,
    type: node.type,
    labels: [...node.labels],
    sources: node.sources.map((s) => s.id),
    sourceUrls: node.sources.map((s) => s.url ?? ''),
    statusHistory: nonEmpty(node.statusHistory),
    figures: nonEmpty(node.figures),
  };
}

/** A relationship's values by column name. */
export function relationshipValues(relationship: ExportRelationship): Record<string, JsonValue> {
  return {
    ...relationship.properties,
    type: relationship.type,
    kind: relationship.kind,
    sources: relationship.sources.map((s) => s.id),
    sourceUrls: relationship.sources.map((s) => s.url ?? ''),
  };
}

/**
 * A value as attribute text in GraphML and GEXF: lists and objects as JSON (so a list of aliases or
 * sources reads back with any JSON parser), booleans and numbers as XML Schema writes them; undefined
 * for no value.
 */
export function toAttributeText(value: JsonValue | undefined): string | undefined {
  if (value === null || value === undefined) return undefined;
  if (typeof value === 'object') return JSON.stringify(value);
  return String(value);
}

/**
 * Attribute names in GraphML and GEXF: a relationship's `key` (which tells apart two relationships of
 * one type between the same nodes) is written as `relationshipKey`, because networkx passes edge
 * attributes as keyword arguments beside its own `key` and refuses the file otherwise.
 */
export function xmlAttributeName(name: string): string {
  return name === 'key' ? 'relationshipKey' : name;
}
