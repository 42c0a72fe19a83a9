import fc from 'fast-check';
import { CURRENCY_STRINGS, DATE_STRINGS, hostileString, wrongValue } from './hostile.ts';

/** Units and bounds an analyst may get wrong: made-up, mis-cased, padded, or a dimension for a unit. */
export const UNIT_STRINGS = [
  'gpus',
  'GPU',
  'MW',
  'mw',
  'GW ',
  'sq_mi',
  'km²',
  'power',
  'units',
  'XXX',
  'EUR',
];
export const BOUND_STRINGS = ['exact', 'at_least', 'up_to', 'about', 'target', 'range', 'over', 'UP_TO'];

/**
 * A small valid version 2 dataset that links to the seed (country:gb, an existing source, the deal, the
 * US investment package) and adds its own records, with every kind of figure field: units of each
 * dimension, bounds, a range, periods, wording, an item, and a deal value on an agreement.
 */
export function createFixture(suffix = 'fuzz'): Record<string, unknown> {
  const source = `source:${suffix}-wire`;
  return {
    format: 'tdg-dataset',
    version: 2,
    name: `${suffix}-fixture`,
    sources: [
      {
        id: source,
        name: 'Fuzz Wire, 16 Sep 2025',
        url: 'https://example.org/fuzz-wire',
        publisher: 'Fuzz Wire',
        publishedOn: '2025-09-16',
        language: 'en',
        reliability: 'secondary',
      },
    ],
    organizations: [{ id: `org:${suffix}-co`, name: 'Fuzz Co', kind: 'company', sources: [source] }],
    agreements: [
      {
        id: `agreement:${suffix}-deal`,
        name: 'Fuzz deal',
        kind: 'deal',
        figures: [
          { amount: 2e11, unit: 'USD', bound: 'at_least', wording: 'over $200bn', sources: [source] },
        ],
        sources: [source],
      },
    ],
    investments: [
      {
        id: `investment:${suffix}-pledge`,
        name: 'Fuzz Co pledge',
        figures: [
          { amount: 1_000_000, unit: 'GBP', preferred: true, period: { years: 10 }, sources: [source] },
          {
            amount: 18_000,
            unit: 'gpus',
            bound: 'up_to',
            item: 'NVIDIA GB300',
            preferred: true,
            sources: [source],
          },
          {
            amount: 200,
            amountMax: 500,
            unit: 'MW',
            bound: 'range',
            period: { from: '2026', to: '2026' },
            sources: [source],
          },
          {
            amount: 1e12,
            unit: 'USD',
            bound: 'target',
            wording: 'aiming for $1 trillion',
            sources: [source],
          },
        ],
        statusHistory: [{ status: 'announced', date: '2025-09-16', sources: [source] }],
        sources: [source],
      },
      {
        id: `investment:${suffix}-campus`,
        name: 'Fuzz campus',
        figures: [{ amount: 10, unit: 'sq_mi', preferred: true, sources: [source] }],
        sources: [source],
      },
    ],
    relationships: [
      {
        type: 'INCLUDED_IN',
        from: `investment:${suffix}-campus`,
        to: `investment:${suffix}-pledge`,
        sources: [source],
      },
      {
        type: 'MADE_UNDER',
        from: `investment:${suffix}-pledge`,
        to: `agreement:${suffix}-deal`,
        sources: [source],
      },
      { type: 'PLEDGED', from: `org:${suffix}-co`, to: `investment:${suffix}-pledge`, sources: [source] },
      {
        type: 'TARGETS',
        from: `investment:${suffix}-pledge`,
        to: 'country:gb',
        sources: [source, 'source:seed-chas-pravdy-2025-09-14'],
      },
    ],
  };
}

type Path = readonly (string | number)[];

/** Every path into a JSON value (containers included), root excluded. */
export function pathsOf(value: unknown, prefix: Path = []): Path[] {
  const children: [string | number, unknown][] = Array.isArray(value)
    ? value.map((v, i) => [i, v])
    : value !== null && typeof value === 'object'
      ? Object.entries(value as Record<string, unknown>)
      : [];
  return children.flatMap(([key, child]) => [[...prefix, key], ...pathsOf(child, [...prefix, key])]);
}

/** One change to a dataset: replace a value, delete a key, add an unknown key, duplicate a record. */
export type DatasetMutation =
  | { readonly kind: 'set'; readonly path: Path; readonly value: unknown }
  | { readonly kind: 'delete'; readonly path: Path }
  | { readonly kind: 'add'; readonly path: Path; readonly key: string; readonly value: unknown }
  | { readonly kind: 'duplicate'; readonly path: Path };

const replacement: fc.Arbitrary<unknown> = fc.oneof(
  { weight: 3, arbitrary: hostileString },
  { weight: 2, arbitrary: wrongValue },
  { weight: 1, arbitrary: fc.constantFrom(...DATE_STRINGS, ...CURRENCY_STRINGS) },
  { weight: 1, arbitrary: fc.constantFrom(...UNIT_STRINGS, ...BOUND_STRINGS, 1e15, 1e16, 1e308, 1, 2) },
  { weight: 1, arbitrary: fc.constantFrom({ nested: { map: true } }, [1, 'two', null], [[1]]) },
);

/** Arbitrary mutations of `dataset` (1–3 of them). */
export function datasetMutations(dataset: unknown): fc.Arbitrary<DatasetMutation[]> {
  const paths = pathsOf(dataset);
  const path = fc.constantFrom(...paths);
  const mutation: fc.Arbitrary<DatasetMutation> = fc.oneof(
    { weight: 5, arbitrary: fc.record({ kind: fc.constant('set' as const), path, value: replacement }) },
    { weight: 2, arbitrary: fc.record({ kind: fc.constant('delete' as const), path }) },
    {
      weight: 1,
      arbitrary: fc.record({
        kind: fc.constant('add' as const),
        path: fc.constantFrom(...paths.filter((p) => typeof p[p.length - 1] === 'number')),
        key: fc.constantFrom('note', 'extra', '__proto__', 'constructor', 'id', 'sources', 'properties'),
        value: replacement,
      }),
    },
    {
      weight: 1,
      arbitrary: fc.record({
        kind: fc.constant('duplicate' as const),
        path: fc.constantFrom(...paths.filter((p) => p.length === 2 && typeof p[1] === 'number')),
      }),
    },
  );
  return fc.array(mutation, { minLength: 1, maxLength: 3 });
}

/** A deep copy of `dataset` with the mutations applied (paths that no longer exist are skipped). */
export function applyMutations(dataset: unknown, mutations: readonly DatasetMutation[]): unknown {
  const copy = structuredClone(dataset);
  for (const mutation of mutations) {
    const parentPath = mutation.path.slice(0, -1);
    const last = mutation.path[mutation.path.length - 1];
    let parent: unknown = copy;
    for (const key of parentPath) parent = (parent as Record<string | number, unknown> | null)?.[key];
    if (parent === null || typeof parent !== 'object' || last === undefined) continue;
    const container = parent as Record<string | number, unknown>;
    // Copies: a generated value inserted twice by reference, then mutated through one path, makes a cycle.
    if (mutation.kind === 'set') container[last] = structuredClone(mutation.value);
    else if (mutation.kind === 'delete') {
      if (Array.isArray(container) && typeof last === 'number') container.splice(last, 1);
      else delete container[last];
    } else if (mutation.kind === 'add') {
      const target = container[last];
      if (target !== null && typeof target === 'object' && !Array.isArray(target)) {
        Object.defineProperty(target, mutation.key, {
          value: structuredClone(mutation.value),
          enumerable: true,
          writable: true,
        });
      }
    } else if (Array.isArray(container) && typeof last === 'number' && container[last] !== undefined) {
      container.push(structuredClone(container[last]));
    }
  }
  return copy;
}

/** The entity ids a dataset names (records and relationship ends): what a valid import may touch. */
export function idsIn(dataset: unknown): Set<string> {
  const ids = new Set<string>();
  const visit = (value: unknown): void => {
    if (typeof value === 'string' && /^[a-z]+:[a-z0-9][a-z0-9._-]*$/.test(value)) ids.add(value);
    else if (Array.isArray(value)) value.forEach(visit);
    else if (value !== null && typeof value === 'object') Object.values(value).forEach(visit);
  };
  visit(dataset);
  return ids;
}
