import { describe, expect, it } from 'vitest';
import { checkDatasetValues } from './check-values.ts';
import type { Dataset } from './dataset.ts';
import { normalizeDataset } from './normalize.ts';
import { checkDatasetReferences, checkDatasetShape } from './validate.ts';

const source = {
  id: 'source:a',
  name: 'A',
  url: 'https://example.org/a',
  publisher: 'Example',
  language: 'en',
  reliability: 'secondary',
};
const minimal = {
  format: 'tdg-dataset',
  version: 1,
  name: 'minimal',
  sources: [source],
  countries: [{ id: 'country:fr', name: 'France', iso2: 'FR', sources: ['source:a'] }],
};

describe('checkDatasetShape', () => {
  it('accepts a minimal dataset', () => {
    expect(checkDatasetShape(minimal)).toEqual([]);
  });

  it('names the record (with its id) and the field of a wrong type', () => {
    const bad = { ...minimal, countries: [{ ...minimal.countries[0], iso2: 12 }] };
    expect(checkDatasetShape(bad)).toContainEqual({
      path: 'countries[0] (country:fr).iso2',
      message: 'must be string',
    });
  });

  it('reports a misspelt field instead of dropping it', () => {
    const bad = { ...minimal, countries: [{ ...minimal.countries[0], nmae: 'x' }] };
    expect(checkDatasetShape(bad)).toContainEqual({
      path: 'countries[0] (country:fr).nmae',
      message: 'is not a field of this record (check its spelling)',
    });
  });
});

describe('checkDatasetReferences', () => {
  const dataset = (relationships: unknown[]) => ({ ...minimal, relationships }) as unknown as Dataset;

  it('refuses a reference to an id that exists neither in the file nor in the database', () => {
    const issues = checkDatasetReferences(
      dataset([{ type: 'HELD_IN', from: 'event:x', to: 'country:fr', sources: ['source:a'] }]),
      new Map(),
    );
    expect(issues).toContainEqual({
      path: 'relationships[0] (HELD_IN event:x -> country:fr).from',
      message: '"event:x" is neither in this file nor in the database',
    });
  });

  it('accepts a reference to an id the database already holds, with the right label', () => {
    const rel = { type: 'HELD_IN', from: 'event:x', to: 'country:fr', sources: ['source:a'] };
    expect(checkDatasetReferences(dataset([rel]), new Map([['event:x', 'Event']]))).toEqual([]);
  });

  it('refuses a relationship between labels the model does not allow', () => {
    const rel = { type: 'SIGNED', from: 'country:fr', to: 'country:fr', sources: ['source:a'] };
    const issues = checkDatasetReferences(dataset([rel]), new Map());
    expect(issues.map((issue) => issue.message)).toContain(
      '"country:fr" is a Country; SIGNED from must be Person',
    );
  });
});

describe('checkDatasetValues', () => {
  const v2 = (investments: unknown[]) =>
    normalizeDataset({ ...minimal, version: 2, investments } as unknown as Dataset);
  const figure = (extra: Record<string, unknown>) => ({
    amount: 1,
    unit: 'GBP',
    sources: ['source:a'],
    ...extra,
  });
  const pledge = (figures: unknown[]) => ({ id: 'investment:x', name: 'X', figures, sources: ['source:a'] });

  it('names a version 1 currency field as currency, a version 2 unit as unit', () => {
    const v1 = normalizeDataset({
      ...minimal,
      investments: [
        {
          id: 'investment:x',
          name: 'X',
          figures: [{ amount: 1, currency: 'GPU', sources: ['source:a'] }],
          sources: ['source:a'],
        },
      ],
    } as unknown as Dataset);
    expect(checkDatasetValues(v1)[0]?.path).toBe('investments[0] (investment:x).figures[0].currency');
    expect(checkDatasetValues(v2([pledge([figure({ unit: 'GPU' })])]))[0]?.path).toBe(
      'investments[0] (investment:x).figures[0].unit',
    );
  });

  it('wants amountMax exactly with a range, above amount, and an item with units', () => {
    const messages = checkDatasetValues(
      v2([
        pledge([
          figure({ bound: 'range' }),
          figure({ amountMax: 2 }),
          figure({ bound: 'range', amountMax: 1 }),
          figure({ unit: 'units' }),
          figure({ period: { from: '2027', to: '2026-06' } }),
        ]),
      ]),
    ).map((issue) => `${issue.path}: ${issue.message}`);
    expect(messages).toEqual([
      'investments[0] (investment:x).figures[0].amountMax: is required with bound: range (the range runs from amount to amountMax)',
      'investments[0] (investment:x).figures[1].amountMax: is only for bound: range; drop it or set bound: range',
      'investments[0] (investment:x).figures[2].amountMax: must be greater than amount (1): a range runs from amount to amountMax',
      'investments[0] (investment:x).figures[3].item: is required with unit: units (say what is counted, e.g. "advanced modular reactors")',
      'investments[0] (investment:x).figures[4].period: starts (2027) after it ends (2026-06)',
    ]);
  });

  it('allows one preferred figure per quantity: GBP, USD and a GPU count together', () => {
    const ok = [
      figure({ preferred: true }),
      figure({ unit: 'USD', preferred: true }),
      figure({ unit: 'gpus', preferred: true }),
    ];
    expect(checkDatasetValues(v2([pledge(ok)]))).toEqual([]);
    expect(
      checkDatasetValues(
        v2([pledge([figure({ unit: 'GW', preferred: true }), figure({ unit: 'MW', preferred: true })])]),
      ),
    ).toEqual([
      {
        path: 'investments[0] (investment:x).figures[0]',
        message: 'and figures[1] are both preferred for power; mark one',
        continues: true,
      },
    ]);
  });
});
