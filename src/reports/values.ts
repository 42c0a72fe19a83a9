import neo4j from 'neo4j-driver';
import type { JsonValue } from './types.ts';

/**
 * Converts a value read from Neo4j to a JSON value: Integers to numbers (to a string past 2^53, so no
 * digit is lost), temporal values and durations to ISO strings, nodes and relationships to their
 * properties, paths to their nodes and relationships, points to `{srid, x, y[, z]}`, lists and maps
 * recursively (map keys sorted, so output is stable). Non-finite floats become strings.
 */
export function toJsonValue(value: unknown): JsonValue {
  if (value === null || value === undefined) return null;
  if (typeof value === 'string' || typeof value === 'boolean') return value;
  if (typeof value === 'number') return Number.isFinite(value) ? value : String(value);
  if (typeof value === 'bigint')
    return Number.isSafeInteger(Number(value)) ? Number(value) : value.toString();
  if (neo4j.isInt(value)) return value.inSafeRange() ? value.toNumber() : value.toString();
  if (Array.isArray(value)) return value.map(toJsonValue);
  if (isTemporal(value)) return (value as { toString(): string }).toString();
  if (neo4j.isNode(value) || neo4j.isRelationship(value)) return toJsonMap(value.properties);
  if (neo4j.isPath(value)) {
    return {
      nodes: [value.start, ...value.segments.map((s) => s.end)].map(toJsonValue),
      relationships: value.segments.map((s) => toJsonValue(s.relationship)),
    };
  }
  if (neo4j.isPoint(value)) {
    const point: Record<string, JsonValue> = { srid: toJsonValue(value.srid), x: value.x, y: value.y };
    if (value.z !== undefined) point.z = value.z;
    return point;
  }
  if (value instanceof Uint8Array) return Buffer.from(value).toString('base64');
  if (typeof value === 'object') return toJsonMap(value as Record<string, unknown>);
  return null; // functions and symbols have no JSON form
}

function isTemporal(value: unknown): boolean {
  return (
    neo4j.isDate(value) ||
    neo4j.isDateTime(value) ||
    neo4j.isLocalDateTime(value) ||
    neo4j.isLocalTime(value) ||
    neo4j.isTime(value) ||
    neo4j.isDuration(value)
  );
}

function toJsonMap(map: Readonly<Record<string, unknown>>): Record<string, JsonValue> {
  const out: Record<string, JsonValue> = {};
  for (const key of Object.keys(map).sort()) out[key] = toJsonValue(map[key]);
  return out;
}
