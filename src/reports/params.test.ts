import neo4j from 'neo4j-driver';
import { describe, expect, it } from 'vitest';
import { inferParamValue, parseParamAssignments, resolveParams } from './params.ts';
import type { ReportParam } from './types.ts';

const param = (name: string, type: ReportParam['type'], fallback?: ReportParam['default']): ReportParam => ({
  name,
  type,
  required: fallback === undefined,
  default: fallback ?? null,
  description: '',
});

const DECLARED = [
  param('person', 'string'),
  param('hops', 'integer', 3),
  param('ratio', 'float', 0.5),
  param('strict', 'boolean', false),
  param('since', 'date', null),
  param('ids', 'string[]', null),
];

describe('resolveParams', () => {
  it('fills defaults and converts CLI strings to typed values', () => {
    const resolved = resolveParams(
      DECLARED,
      { person: 'person:liz-kendall', hops: '4', strict: 'true', since: '2025-09-18', ids: 'a, b' },
      'r',
    );
    expect(resolved.person).toBe('person:liz-kendall');
    expect(neo4j.isInt(resolved.hops) && resolved.hops.toNumber()).toBe(4);
    expect(resolved.ratio).toBe(0.5);
    expect(resolved.strict).toBe(true);
    expect(String(resolved.since)).toBe('2025-09-18');
    expect(neo4j.isDate(resolved.since)).toBe(true);
    expect(resolved.ids).toEqual(['a', 'b']);
  });

  it('accepts JSON values as GraphQL sends them', () => {
    const resolved = resolveParams(
      DECLARED,
      { person: 'p', hops: 2, ratio: 1, strict: false, ids: ['x'] },
      'r',
    );
    expect(neo4j.isInt(resolved.hops)).toBe(true);
    expect(resolved.ids).toEqual(['x']);
  });

  it.each([
    [{}, /missing parameter "person" \(string\) for report r/],
    [{ person: null }, /"person" is required and cannot be null/],
    [{ person: 'p', hops: null }, /parameter "hops" cannot be null; leave it out for its default 3/],
    [
      { person: 'p', strict: 'null' },
      /parameter "strict" cannot be null; leave it out for its default false/,
    ],
    [{ person: 'p', hops: '2.5' }, /parameter "hops": expected an integer, got "2.5"/],
    [{ person: 'p', hops: 2.5 }, /parameter "hops": expected an integer, got 2.5/],
    [{ person: 'p', ratio: 'lots' }, /parameter "ratio": expected a number/],
    [{ person: 'p', strict: 'yes' }, /parameter "strict": expected true or false/],
    [{ person: 'p', since: '2025-13-01' }, /parameter "since": expected a date YYYY-MM-DD/],
    [{ person: 'p', ids: [1, 2] }, /parameter "ids": expected a list of strings/],
    [{ person: 'p', person2: 'q' }, /unknown parameter "person2" for report r \(accepted: person, hops/],
  ])('names the parameter that is wrong (%#)', (supplied, message) => {
    expect(() => resolveParams(DECLARED, supplied, 'r')).toThrow(message);
  });
});

describe('parseParamAssignments', () => {
  it('splits key=value at the first =', () => {
    expect(parseParamAssignments(['q=a=b', 'n=1'])).toEqual({ q: 'a=b', n: '1' });
  });

  it('refuses a missing = and a key given twice', () => {
    expect(() => parseParamAssignments(['limit'])).toThrow(/"limit": expected key=value/);
    expect(() => parseParamAssignments(['n=1', 'n=2'])).toThrow(/"n": given twice/);
  });
});

describe('inferParamValue', () => {
  it('types ad-hoc values by their look', () => {
    expect(neo4j.isInt(inferParamValue('12'))).toBe(true);
    expect(inferParamValue('1.5')).toBe(1.5);
    expect(inferParamValue('true')).toBe(true);
    expect(inferParamValue('null')).toBeNull();
    expect(neo4j.isDate(inferParamValue('2025-09-18'))).toBe(true);
    expect(inferParamValue('["a","b"]')).toEqual(['a', 'b']);
    expect(inferParamValue('country:gb')).toBe('country:gb');
    expect(inferParamValue("'42'")).toBe('42');
  });
});

describe('integer ranges', () => {
  const limit: ReportParam = {
    name: 'limit',
    type: 'integer',
    required: false,
    default: 50,
    description: '',
    min: 0,
  };
  const hops: ReportParam = {
    name: 'hops',
    type: 'integer',
    required: false,
    default: 4,
    description: '',
    min: 1,
    max: 6,
  };

  it('refuses a negative limit, naming the range', () => {
    expect(() => resolveParams([limit], { limit: -1 }, 'r')).toThrow(
      /parameter "limit": expected an integer 0 or more, got -1/,
    );
  });

  it('refuses a value outside a declared range, from JSON and from the command line', () => {
    expect(() => resolveParams([hops], { hops: 7 }, 'r')).toThrow(/expected an integer from 1 to 6, got 7/);
    expect(() => resolveParams([hops], { hops: '0' }, 'r')).toThrow(/from 1 to 6, got 0/);
    expect(resolveParams([hops], { hops: 6 }, 'r').hops).toEqual(neo4j.int(6));
  });
});
