import { RELATIONSHIP_TYPES } from '../domain/model.ts';

/**
 * The domain relationship types as a Cypher type expression (`HOLDS_OFFICE|LEADS|…`): paths,
 * neighbourhoods and timelines walk these only, never the provenance links to sources.
 */
export const DOMAIN_TYPES = RELATIONSHIP_TYPES.join('|');

/** A relationship as a map: type, start and end ids, properties. */
export const relationshipProjection = (variable: string): string =>
  `{type: type(${variable}), from: startNode(${variable}).id, to: endNode(${variable}).id, properties: properties(${variable})}`;

/** A relationship's row from {@link relationshipProjection}. */
export interface RelationshipRow {
  readonly type: string;
  readonly from: string;
  readonly to: string;
  readonly properties: Readonly<Record<string, unknown>>;
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
