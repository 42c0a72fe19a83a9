import neo4j from 'neo4j-driver';
import {
  ENTITY_PROPERTIES,
  isEntityType,
  isRelationshipType,
  type PropertyKind,
  RELATIONSHIPS,
} from '../domain/model.ts';

/**
 * Values in the change log keep their Neo4j type, so a revert writes back exactly what was there: a
 * Date stays a Date, an Integer an Integer (a Float and an Integer, or a Date and its text, are different
 * values to Neo4j and to the graph's fingerprint). Stored as JSON, with tags for what JSON lacks:
 * `{"$date": "2025-09-18"}`, `{"$int": "12"}`, `{"$datetime": "…"}`.
 */
export type LoggedValue =
  | null
  | string
  | number
  | boolean
  | { readonly $date: string }
  | { readonly $int: string }
  | { readonly $datetime: string }
  | readonly LoggedValue[];

/** A Neo4j value (as the driver returns it, or as the importer writes it) as a logged value. */
export function encodeValue(value: unknown): LoggedValue {
  if (value === null || value === undefined) return null;
  if (typeof value === 'string' || typeof value === 'boolean' || typeof value === 'number') return value;
  if (Array.isArray(value)) return value.map(encodeValue);
  if (neo4j.isInt(value)) return { $int: value.toString() };
  if (neo4j.isDate(value)) return { $date: value.toString() };
  if (neo4j.isDateTime(value)) return { $datetime: value.toString() };
  throw new Error(
    `The change log cannot keep a value of this type: ${Object.prototype.toString.call(value)}`,
  );
}

const isTagged = (value: object, tag: string): boolean => Object.hasOwn(value, tag);

/** A logged value as a Neo4j parameter: what the property held. */
export function decodeValue(value: LoggedValue): unknown {
  if (value === null || typeof value !== 'object') return value;
  if (Array.isArray(value)) return (value as readonly LoggedValue[]).map(decodeValue);
  if (isTagged(value, '$int')) return neo4j.int((value as { $int: string }).$int);
  if (isTagged(value, '$date')) {
    const [year, month, day] = (value as { $date: string }).$date.split('-').map(Number);
    return new neo4j.types.Date(year ?? 0, month ?? 1, day ?? 1);
  }
  if (isTagged(value, '$datetime'))
    return neo4j.types.DateTime.fromStandardDate(new Date((value as { $datetime: string }).$datetime));
  throw new Error(`Not a logged value: ${JSON.stringify(value)}`);
}

/** A logged value as plain JSON for clients: dates as `YYYY-MM-DD`, integers as numbers. */
export function displayValue(value: LoggedValue): unknown {
  if (value === null || typeof value !== 'object') return value;
  if (Array.isArray(value)) return (value as readonly LoggedValue[]).map(displayValue);
  if (isTagged(value, '$int')) return Number((value as { $int: string }).$int);
  if (isTagged(value, '$date')) return (value as { $date: string }).$date;
  if (isTagged(value, '$datetime')) return (value as { $datetime: string }).$datetime;
  return value;
}

const REPORT_KINDS: Readonly<Record<string, Readonly<Record<string, PropertyKind>>>> = {
  REPORTS_STATUS: { date: 'date' },
  REPORTS_FIGURE: {},
};

/** How the importer stores a field of a label or relationship type (dates are the only typed ones). */
function kindOf(label: string, field: string): PropertyKind | undefined {
  if (isEntityType(label)) return ENTITY_PROPERTIES[label][field];
  if (isRelationshipType(label))
    return (RELATIONSHIPS[label].properties as Readonly<Record<string, PropertyKind>>)[field];
  return REPORT_KINDS[label]?.[field];
}

/**
 * A value of the importer's change set (plain JSON: dates as text) as the logged value of what the
 * importer stored: the model says which fields are dates; numbers are Floats, as the importer writes them.
 */
export function encodeImportedValue(label: string, field: string, value: unknown): LoggedValue {
  if (value === null || value === undefined) return null;
  if (kindOf(label, field) === 'date' && typeof value === 'string') return { $date: value };
  return encodeValue(value);
}
