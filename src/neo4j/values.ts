import neo4j from 'neo4j-driver';

/**
 * The one place Neo4j values become plain JavaScript, at the boundary: Integers become numbers (the
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
