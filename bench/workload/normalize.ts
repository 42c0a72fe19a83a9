/**
 * Canonical JSON of a result, so the three ways can be compared: relationship connections
 * (`xConnection { edges { properties node } }`, and ours, `x { edges { … } }`) become plain edge lists, `sources: [{id}]` and
 * `{id}` references become ids, missing `sources` become `[]`, numbers keep ten significant digits
 * (sums may differ in the last bits), keys are sorted, and every array is sorted unless the operation
 * defines its order (`ordered` holds those arrays' key paths, `''` for the root).
 */
export function canonicalize(value: unknown, ordered: ReadonlySet<string>): unknown {
  return sortArrays(flatten(value), ordered, '');
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

const isIdOnly = (value: unknown): value is { id: unknown } =>
  isObject(value) && Object.keys(value).length === 1 && 'id' in value;

/** Connections to edge lists, id-only objects to ids, numbers rounded. */
function flatten(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(flatten);
  if (typeof value === 'number') return Number.isInteger(value) ? value : Number(value.toPrecision(10));
  if (!isObject(value)) return value;
  if (isIdOnly(value)) return value.id;
  const out: Record<string, unknown> = {};
  for (const [key, inner] of Object.entries(value)) {
    if (key.endsWith('Connection') && isObject(inner) && Array.isArray(inner.edges)) {
      out[key.slice(0, -'Connection'.length)] = (inner.edges as unknown[]).map((edge) => {
        const { properties, node } = edge as { properties?: Record<string, unknown>; node: unknown };
        return flatten({ ...properties, node });
      });
    } else if (isObject(inner) && Object.keys(inner).join() === 'edges' && Array.isArray(inner.edges)) {
      // Ours: a page of a node's relationships, asked for its edges only.
      out[key] = flatten(inner.edges);
    } else if (key === 'sources' && inner === null) {
      out[key] = [];
    } else {
      out[key] = flatten(inner);
    }
  }
  return out;
}

function sortArrays(value: unknown, ordered: ReadonlySet<string>, path: string): unknown {
  if (Array.isArray(value)) {
    const items = value.map((item) => sortArrays(item, ordered, path));
    if (ordered.has(path)) return items;
    return items
      .map((item) => [JSON.stringify(item), item] as const)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
      .map(([, item]) => item);
  }
  if (!isObject(value)) return value;
  const out: Record<string, unknown> = {};
  for (const key of Object.keys(value).sort()) {
    out[key] = sortArrays(value[key], ordered, path === '' ? key : `${path}.${key}`);
  }
  return out;
}

/** The first difference between two canonical values, as `path: a !== b` (or null when equal). */
export function firstDifference(a: unknown, b: unknown, path = '$'): string | null {
  if (JSON.stringify(a) === JSON.stringify(b)) return null;
  if (Array.isArray(a) && Array.isArray(b)) {
    if (a.length !== b.length) return `${path}: ${a.length} items !== ${b.length} items`;
    for (let i = 0; i < a.length; i++) {
      const diff = firstDifference(a[i], b[i], `${path}[${i}]`);
      if (diff) return diff;
    }
  }
  if (isObject(a) && isObject(b)) {
    for (const key of new Set([...Object.keys(a), ...Object.keys(b)])) {
      const diff = firstDifference(a[key], b[key], `${path}.${key}`);
      if (diff) return diff;
    }
  }
  return `${path}: ${truncate(JSON.stringify(a))} !== ${truncate(JSON.stringify(b))}`;
}

const truncate = (text: string | undefined): string =>
  text === undefined ? 'undefined' : text.length > 300 ? `${text.slice(0, 300)}…` : text;
