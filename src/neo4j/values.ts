import neo4j from 'neo4j-driver';

/**
 * Where Neo4j values become plain JavaScript, at the boundary. Two conversions, for two kinds of result:
 * {@link toPlain} for the API's own statements (fast, in place), {@link toJsonValue} for any result an
 * analyst's Cypher may return (reports, exports: paths, points, bytes, stable key order).
 */

/** A JSON value, as reports and exports print it. */
export type JsonValue = string | number | boolean | null | JsonValue[] | { [key: string]: JsonValue };

/**
 * The API's rows: Integers become numbers (the
 * graph's integers are counts and lengths, far below 2^53; larger ones become strings rather than lose
 * precision), Dates become `YYYY-MM-DD`, DateTimes and other temporals ISO 8601 strings, nodes
 * and relationships their properties; lists and maps are converted recursively, in place: they are the
 * driver's fresh objects of one record (copying them was most of the garbage of a large page).
 */
export function toPlain(value: unknown): unknown {
  if (value === null || value === undefined) return null;
  // Most values are strings, numbers and booleans, and maps and lists of them: settle those before the
  // driver's type tests, which cost a property look-up each and were a tenth of a large page's CPU.
  if (typeof value !== 'object') return value;
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) value[i] = toPlain(value[i]);
    return value;
  }
  if (Object.getPrototypeOf(value) === Object.prototype) return plainMap(value as Record<string, unknown>);
  if (neo4j.isInt(value)) return value.inSafeRange() ? value.toNumber() : value.toString();
  if (neo4j.isDate(value) || neo4j.isDateTime(value) || neo4j.isLocalDateTime(value)) return value.toString();
  if (neo4j.isTime(value) || neo4j.isLocalTime(value) || neo4j.isDuration(value)) return value.toString();
  if (neo4j.isNode(value) || neo4j.isRelationship(value)) return toPlain({ ...value.properties });
  return plainMap({ ...(value as Record<string, unknown>) });
}

function plainMap(map: Record<string, unknown>): Record<string, unknown> {
  for (const key of Object.keys(map)) map[key] = toPlain(map[key]);
  return map;
}

/** A record's fields, converted with {@link toPlain}. */
export type Row = Readonly<Record<string, unknown>>;

/** Converts every field of a row. */
export function toPlainRow(row: Record<string, unknown>): Row {
  return plainMap(row);
}

/** A JavaScript integer as a Neo4j Integer parameter (LIMIT and friends refuse floats). */
export function toNeo4jInt(value: number): ReturnType<typeof neo4j.int> {
  return neo4j.int(value);
}

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
