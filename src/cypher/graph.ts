import { RELATIONSHIP_TYPES } from '../domain/model.ts';
import { createVariableNames, sourcesOf, type VariableNames } from './project.ts';
import type { NodeRecord } from './records.ts';
import type { NodeWanted } from './wanted.ts';

/**
 * The domain relationship types as a Cypher type expression (`HOLDS_OFFICE|LEADS|…`): paths,
 * neighbourhoods and timelines walk these only, never the provenance links to sources.
 */
export const DOMAIN_TYPES = RELATIONSHIP_TYPES.join('|');

/**
 * A relationship as a map: type, start and end ids, properties, and when `sources` is given its Source
 * nodes (in the order of its `sources` ids) as wanted.
 */
export const relationshipProjection = (
  variable: string,
  sources: NodeWanted | null = null,
  names: VariableNames = createVariableNames(),
): string =>
  `{type: type(${variable}), from: startNode(${variable}).id, to: endNode(${variable}).id, properties: properties(${variable})${
    sources ? `, sourceNodes: ${sourcesOf(variable, sources, names)}` : ''
  }}`;

/**
 * The Source records of what `sourcesOf` (project.ts) returned: node maps, or bare ids (when the query
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
