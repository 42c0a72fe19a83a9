import { describe, expect, it } from 'vitest';
import { checkDatasetReferences, checkDatasetShape } from './validate.ts';
import type { Dataset } from './dataset.ts';

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
