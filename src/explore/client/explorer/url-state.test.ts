import { describe, expect, it } from 'vitest';
import { formatViewState, parseViewState } from './url-state.ts';

describe('deep links', () => {
  it('reads a focus and a path, a path winning over a focus', () => {
    expect(parseViewState('?focus=org:blackrock')).toEqual({ kind: 'focus', id: 'org:blackrock' });
    expect(parseViewState('?from=org:blackrock&to=person:liz-kendall&focus=country:gb')).toEqual({
      kind: 'path',
      from: 'org:blackrock',
      to: 'person:liz-kendall',
    });
  });

  it('reads an incomplete or empty link as the empty view', () => {
    expect(parseViewState('?from=org:blackrock')).toEqual({ kind: 'empty' });
    expect(parseViewState('?focus=%20')).toEqual({ kind: 'empty' });
    expect(parseViewState('')).toEqual({ kind: 'empty' });
  });

  it('writes what it reads back', () => {
    for (const search of ['?focus=country%3Agb', '?from=org%3Ablackrock&to=person%3Aliz-kendall', '']) {
      expect(formatViewState(parseViewState(search))).toBe(search);
    }
  });
});
