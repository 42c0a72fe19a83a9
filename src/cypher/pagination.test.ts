import { describe, expect, it } from 'vitest';
import { decodeCursor, encodeCursor, MAX_PAGE_SIZE, toPageRequest } from './pagination.ts';

const codeOf = (fn: () => unknown): unknown => {
  try {
    fn();
  } catch (error) {
    return (error as { extensions?: { code?: unknown } }).extensions?.code;
  }
  return undefined;
};

describe('cursors', () => {
  it('round-trip a key and an id', () => {
    expect(decodeCursor(encodeCursor({ key: '2025-09-18', id: 'event:x' }), 'after')).toEqual({
      key: '2025-09-18',
      id: 'event:x',
    });
  });

  it('refuse anything else with BAD_USER_INPUT', () => {
    expect(codeOf(() => decodeCursor('not-a-cursor', 'after'))).toBe('BAD_USER_INPUT');
  });
});

describe('toPageRequest', () => {
  it('defaults to 20 items forwards', () => {
    expect(toPageRequest({})).toMatchObject({ direction: 'forward', size: 20 });
  });

  it('goes backwards with last', () => {
    expect(toPageRequest({ last: 5 })).toMatchObject({ direction: 'backward', size: 5 });
  });

  it('rejects sizes above the cap, negative sizes and first with last', () => {
    expect(codeOf(() => toPageRequest({ first: MAX_PAGE_SIZE + 1 }))).toBe('BAD_USER_INPUT');
    expect(codeOf(() => toPageRequest({ first: 100000 }))).toBe('BAD_USER_INPUT');
    expect(codeOf(() => toPageRequest({ last: -1 }))).toBe('BAD_USER_INPUT');
    expect(codeOf(() => toPageRequest({ first: 1, last: 1 }))).toBe('BAD_USER_INPUT');
  });
});
