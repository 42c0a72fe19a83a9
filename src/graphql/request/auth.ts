import { createHash, timingSafeEqual } from 'node:crypto';
import { unauthenticated } from '../../errors.ts';

/** The SHA-256 digests of the configured write tokens (fixed length, so comparing leaks no length). */
export type TokenDigests = readonly Buffer[];

const digest = (value: string): Buffer => createHash('sha256').update(value, 'utf8').digest();

/** Digests the configured tokens once, at start-up. */
export function digestTokens(tokens: readonly string[]): TokenDigests {
  return tokens.map(digest);
}

/**
 * True when `authorization` is `Bearer <token>` with a configured token. Every configured token is
 * compared (no early exit), each in constant time over digests.
 */
export function isWriteAuthorized(authorization: string | undefined, tokens: TokenDigests): boolean {
  const match = /^Bearer[ \t]+(\S+)[ \t]*$/i.exec(authorization ?? '');
  const presented = digest(match?.[1] ?? '');
  let authorized = false;
  for (const token of tokens) {
    if (timingSafeEqual(presented, token)) authorized = true;
  }
  return authorized && match !== null;
}

/** Throws UNAUTHENTICATED unless the request may write; the first thing every mutation does. */
export function requireWriter(context: { readonly canWrite: boolean }): void {
  if (!context.canWrite) throw unauthenticated();
}
