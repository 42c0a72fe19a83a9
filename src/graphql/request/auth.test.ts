import { describe, expect, it } from 'vitest';
import { authorizedWriter, digestTokens, isWriteAuthorized } from './auth.ts';

describe('isWriteAuthorized', () => {
  const tokens = digestTokens(['first-token-0123456789', 'second-token-0123456789']);

  it('accepts any configured bearer token', () => {
    expect(isWriteAuthorized('Bearer first-token-0123456789', tokens)).toBe(true);
    expect(isWriteAuthorized('bearer second-token-0123456789', tokens)).toBe(true);
  });

  it('refuses a missing, wrong, partial or differently-schemed token', () => {
    for (const header of [
      undefined,
      '',
      'Bearer',
      'Bearer first-token',
      'Bearer first-token-0123456789x',
      'Basic first-token-0123456789',
      'first-token-0123456789',
    ]) {
      expect(isWriteAuthorized(header, tokens), String(header)).toBe(false);
    }
  });

  it('refuses everything when no token is configured', () => {
    expect(isWriteAuthorized('Bearer ', digestTokens([]))).toBe(false);
    expect(isWriteAuthorized('Bearer anything-at-all-1234', digestTokens([]))).toBe(false);
  });
});

describe('authorizedWriter', () => {
  it("names the token's owner, for the change log", () => {
    const tokens = digestTokens([
      { name: 'alice', secret: 'alice-secret-0123456789' },
      { name: 'bob', secret: 'bob-secret-0123456789' },
    ]);
    expect(authorizedWriter('Bearer bob-secret-0123456789', tokens)).toBe('bob');
    expect(authorizedWriter('Bearer alice-secret-0123456789', tokens)).toBe('alice');
    expect(authorizedWriter('Bearer nobody-secret-0123456789', tokens)).toBeUndefined();
  });
});
