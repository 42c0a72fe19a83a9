import fc from 'fast-check';
import {
  getNamedType,
  type GraphQLInputType,
  isEnumType,
  isInputObjectType,
  isListType,
  isNonNullType,
  isScalarType,
} from 'graphql';

/** Ids that exist in the seed: mixed in so that some generated inputs reach the database. */
export const SEED_IDS = [
  'country:gb',
  'country:us',
  'org:dsit',
  'investment:blackrock-uk-data-centres',
  'agreement:uk-us-technology-prosperity-deal-2025',
  'source:seed-chas-pravdy-2025-09-14',
] as const;

/** Strings meant to break a query builder, a full-text parser, a logger or a terminal. */
export const HOSTILE_STRINGS: readonly string[] = [
  '',
  ' ',
  "'",
  '"',
  '`',
  '\u0060',
  '\\',
  "\\'",
  '}) DETACH DELETE n //',
  "'}) DETACH DELETE n //",
  '`}) DETACH DELETE n //',
  "country:gb'}) MATCH (n) DETACH DELETE n //",
  'MATCH (n) DETACH DELETE n',
  "' OR 1=1 --",
  '" OR ""="',
  '1; DROP TABLE nodes',
  '$id',
  '{id}',
  '*',
  '*:*',
  'name:* OR id:*',
  'a AND b OR NOT c',
  'a~2 b^3 "unterminated',
  '[a TO z] {a TO z}',
  '/.*/',
  '+-&&||!(){}[]^"~*?:\\/',
  '\u0000',
  'a\u0000b',
  '\u202Eevil\u202C',
  '\u200B\uFEFF',
  'Ｃｏｕｎｔｒｙ',
  '👩‍💻🇬🇧🇺🇸',
  '𝕏𝕐ℤ',
  '\uD800',
  'Etats-Unis',
  '\n\r\t',
  '%s%n%x',
  '${7*7}{{7*7}}',
  '<script>alert(1)</script>',
  '../../../../etc/passwd',
  '__proto__',
  'constructor',
  'NaN',
  'Infinity',
  '-1',
  '1e309',
  'x'.repeat(300),
  'x'.repeat(301),
  'é'.repeat(100_000),
  'a '.repeat(50_000),
];

/** Invalid and valid dates, for Date arguments and date fields. */
export const DATE_STRINGS = [
  '2025-09-16',
  '2025-02-30',
  '2025-13-01',
  '2025-00-10',
  '0000-00-00',
  '99999-01-01',
  '2025-9-16',
  '16/09/2025',
  '2025-09-16T10:00:00Z',
  '2025-09-16\u0000',
  '-2025-09-16',
];

/** Currencies, valid and not. */
export const CURRENCY_STRINGS = ['GBP', 'USD', 'gbp', 'XXX', '£', 'US$', 'GBPP', '', 'G B'];

/** Numbers no amount, page size or hop count should accept silently. */
export const HOSTILE_NUMBERS = [
  0,
  -1,
  -0,
  1,
  3,
  8,
  9,
  100,
  101,
  1.5,
  2 ** 31,
  -(2 ** 31) - 1,
  2 ** 53 + 2,
  1e308,
  -1e308,
  Number.POSITIVE_INFINITY,
  Number.NEGATIVE_INFINITY,
  Number.NaN,
  Number.MIN_VALUE,
];

/** A JSON object nested `depth` levels deep (or a list of lists). */
export function deepJson(depth: number, list = false): unknown {
  let value: unknown = 'bottom';
  for (let i = 0; i < depth; i++) value = list ? [value] : { a: value };
  return value;
}

export const hostileString: fc.Arbitrary<string> = fc.oneof(
  { weight: 5, arbitrary: fc.constantFrom(...HOSTILE_STRINGS) },
  { weight: 2, arbitrary: fc.string({ unit: 'binary', maxLength: 40 }) },
  { weight: 2, arbitrary: fc.constantFrom(...SEED_IDS) },
  {
    weight: 2,
    arbitrary: fc
      .tuple(fc.constantFrom(...SEED_IDS), fc.constantFrom(...HOSTILE_STRINGS.slice(0, 26)))
      .map(([a, b]) => a + b),
  },
  { weight: 1, arbitrary: fc.constantFrom(...DATE_STRINGS, ...CURRENCY_STRINGS) },
);

const hostileNumber = fc.oneof(
  fc.constantFrom(...HOSTILE_NUMBERS),
  fc.integer(),
  fc.double(),
  fc.bigInt({ min: -(2n ** 70n), max: 2n ** 70n }).map((n) => Number(n)),
);

/** Any value at all, for "wrong type" cases: numbers, booleans, null, strings, lists, deep JSON. */
export const wrongValue: fc.Arbitrary<unknown> = fc.oneof(
  hostileNumber,
  fc.boolean(),
  fc.constant(null),
  hostileString,
  fc.jsonValue({ maxDepth: 3 }),
  fc.constantFrom(deepJson(200), deepJson(200, true), { __proto__: { admin: true } }, [], {}),
);

/** Hostile values for a named scalar: its own kind of trouble, plus wrong types. */
function scalarValue(name: string): fc.Arbitrary<unknown> {
  switch (name) {
    case 'Int':
      return fc.oneof({ weight: 4, arbitrary: hostileNumber }, { weight: 1, arbitrary: wrongValue });
    case 'Float':
      return fc.oneof({ weight: 4, arbitrary: hostileNumber }, { weight: 1, arbitrary: wrongValue });
    case 'Boolean':
      return fc.oneof(fc.boolean(), wrongValue);
    case 'Date':
    case 'DateTime':
      return fc.oneof(
        { weight: 3, arbitrary: fc.constantFrom(...DATE_STRINGS) },
        { weight: 1, arbitrary: wrongValue },
      );
    case 'JSON':
      return fc.oneof(
        fc.jsonValue({ maxDepth: 4 }),
        fc.dictionary(hostileString, wrongValue, { maxKeys: 4 }),
        fc.constantFrom(deepJson(1000), deepJson(1000, true)),
        wrongValue,
      );
    default:
      return fc.oneof({ weight: 4, arbitrary: hostileString }, { weight: 1, arbitrary: wrongValue });
  }
}

/**
 * Hostile values for any GraphQL input type, built from the schema: wrong types, nulls for non-null,
 * hostile strings, invalid dates, unknown enum values, bad numbers, unknown fields in input objects.
 * `undefined` means "leave the argument or field out".
 */
export function hostileValueFor(type: GraphQLInputType, depth = 0): fc.Arbitrary<unknown> {
  if (isNonNullType(type)) {
    return fc.oneof(
      { weight: 8, arbitrary: hostileValueFor(type.ofType, depth) },
      { weight: 1, arbitrary: fc.constant(null) },
    );
  }
  if (isListType(type)) {
    const item = hostileValueFor(type.ofType, depth + 1);
    return fc.oneof(
      { weight: 4, arbitrary: fc.array(item, { maxLength: 4 }) },
      { weight: 1, arbitrary: item },
      { weight: 1, arbitrary: fc.array(fc.constantFrom(...SEED_IDS), { minLength: 150, maxLength: 150 }) },
    );
  }
  if (isEnumType(type)) {
    const names = type.getValues().map((v) => v.name);
    return fc.oneof(
      { weight: 3, arbitrary: fc.constantFrom(...names) },
      {
        weight: 1,
        arbitrary: fc.constantFrom('UNKNOWN', 'drop', 'NAME_ASC_', names[0]?.toLowerCase() ?? 'x'),
      },
      { weight: 1, arbitrary: wrongValue },
    );
  }
  if (isScalarType(type)) return scalarValue(type.name);
  if (isInputObjectType(type) && depth < 3) {
    const fields = Object.values(type.getFields());
    const record: Record<string, fc.Arbitrary<unknown>> = {};
    for (const field of fields) {
      const named = getNamedType(field.type).name;
      const value =
        field.name === 'currency'
          ? fc.constantFrom(...CURRENCY_STRINGS)
          : hostileValueFor(field.type, depth + 1);
      record[field.name] =
        named === 'JSON' ? fc.oneof(value, fc.dictionary(fc.string(), hostileString)) : value;
    }
    return fc.oneof(
      { weight: 6, arbitrary: fc.record(record, { requiredKeys: [] }) },
      {
        weight: 1,
        arbitrary: fc.record({ ...record, [`unknown_${type.name}`]: wrongValue }, { requiredKeys: [] }),
      },
      { weight: 1, arbitrary: wrongValue },
    );
  }
  return wrongValue;
}

/**
 * A value written as a GraphQL literal (inline in the document, not as a variable). Enum-looking strings
 * become enum literals when the argument's type is an enum; what has no literal form (NaN, Infinity)
 * is written as a bare name, which the parser or validator must reject.
 */
export function toGraphQLLiteral(value: unknown, type?: GraphQLInputType): string {
  const named = type ? getNamedType(type) : undefined;
  const inner = type && (isNonNullType(type) ? type.ofType : type);
  if (value === null || value === undefined) return 'null';
  if (typeof value === 'number')
    return Number.isFinite(value) ? String(value) : String(value).replace('-', '');
  if (typeof value === 'boolean') return String(value);
  if (typeof value === 'string') {
    if (named && isEnumType(named) && /^[_A-Za-z][_0-9A-Za-z]*$/.test(value)) return value;
    return JSON.stringify(value);
  }
  if (Array.isArray(value)) {
    const item = inner && isListType(inner) ? inner.ofType : undefined;
    return `[${value.map((v) => toGraphQLLiteral(v, item)).join(', ')}]`;
  }
  if (typeof value === 'object') {
    const fields = named && isInputObjectType(named) ? named.getFields() : undefined;
    const entries = Object.entries(value as Record<string, unknown>).filter(([, v]) => v !== undefined);
    // Keys that are not GraphQL names are written anyway: the parser must reject them cleanly.
    return `{${entries.map(([k, v]) => `${k}: ${toGraphQLLiteral(v, fields?.[k]?.type)}`).join(', ')}}`;
  }
  // bigint, symbol, function: nothing JSON can carry; quoted so the request still parses.
  return JSON.stringify(typeof value === 'bigint' ? value.toString() : typeof value);
}

/** JSON for an HTTP body, keeping ±Infinity (as 1e309, which JSON.parse reads back as Infinity). */
export function toJsonBody(value: unknown): string {
  const text = JSON.stringify(value, (_key, v: unknown) =>
    v === Number.POSITIVE_INFINITY ? '__INF__' : v === Number.NEGATIVE_INFINITY ? '__NINF__' : v,
  );
  return text.replaceAll('"__INF__"', '1e309').replaceAll('"__NINF__"', '-1e309');
}

/** Every string inside a value: what an error message may legitimately echo back. */
export function stringsIn(value: unknown, out: string[] = []): string[] {
  if (typeof value === 'string') out.push(value);
  else if (Array.isArray(value)) for (const v of value) stringsIn(v, out);
  else if (value !== null && typeof value === 'object') {
    for (const [k, v] of Object.entries(value as Record<string, unknown>)) {
      out.push(k);
      stringsIn(v, out);
    }
  }
  return out;
}
