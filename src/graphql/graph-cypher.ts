import { RELATIONSHIP_TYPES } from '../domain/model.ts';
import type { NodeRecord } from './records.ts';

/**
 * The domain relationship types as a Cypher type expression (`HOLDS_OFFICE|LEADS|…`): paths,
 * neighbourhoods and timelines walk these only, never the provenance links to sources.
 */
export const DOMAIN_TYPES = RELATIONSHIP_TYPES.join('|');

/**
 * A relationship as a map: type, start and end ids, properties, and with `withSources` its Source nodes
 * (in the order of its `sources` ids), with `sourceProperties` (a map projection's `.a, .b` part).
 */
export const relationshipProjection = (
  variable: string,
  withSources = false,
  sourceProperties = '.*',
): string =>
  `{type: type(${variable}), from: startNode(${variable}).id, to: endNode(${variable}).id, properties: properties(${variable})${
    withSources ? `, sourceNodes: ${sourceNodesOf(variable, sourceProperties)}` : ''
  }}`;

/**
 * The Source nodes a relationship's `sources` list names, each with every property or only `properties`
 * (a map projection's `.a, .b` part): a COLLECT subquery that reads them (unknown ids skipped). When
 * only `.id` is asked for, the answer is the list of ids the relationship records, read as is, and
 * {@link toSourceRecords} makes the records: reading a node per id, or building a map per id in Cypher,
 * was half of an events page's statement at scale M.
 */
export const sourceNodesOf = (variable: string, properties = '.*'): string =>
  properties === '.id'
    ? `coalesce(${variable}.sources, [])`
    : `COLLECT {
    UNWIND coalesce(${variable}.sources, []) AS sourceId
    MATCH (s:Source {id: sourceId})
    RETURN s {${properties}, __type: 'Source'}
  }`;

/**
 * The Source records of what {@link sourceNodesOf} returned: node maps, or bare ids (when the query
 * selects only `id`, so the record's other fields are never read).
 */
export function toSourceRecords(values: readonly (NodeRecord | string)[]): NodeRecord[] {
  return values.map((value) =>
    typeof value === 'string' ? { id: value, name: '', __type: 'Source' } : value,
  );
}

/** A relationship's row from {@link relationshipProjection}. */
export interface RelationshipRow {
  readonly type: string;
  readonly from: string;
  readonly to: string;
  readonly properties: Readonly<Record<string, unknown>>;
  /** With `withSources`: the Source nodes (as node records, or their ids: {@link toSourceRecords}). */
  readonly sourceNodes?: readonly (NodeRecord | string)[];
}

/** Splits a relationship's `sources` from its other properties. */
export function splitSources(properties: Readonly<Record<string, unknown>>): {
  properties: Record<string, unknown>;
  sources: string[];
} {
  const { sources, ...rest } = properties;
  return {
    properties: rest,
    sources: Array.isArray(sources) ? sources.filter((s): s is string => typeof s === 'string') : [],
  };
}
