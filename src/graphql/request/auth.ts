import { createHash, timingSafeEqual } from 'node:crypto';
import type { WriteToken } from '../../config.ts';
import { unauthenticated } from '../../errors.ts';

/**
 * The SHA-256 digests of the configured write tokens (fixed length, so comparing leaks no length), each
 * with the token's name: the actor the change log records for its writes.
 */
export type TokenDigests = readonly { readonly name: string; readonly digest: Buffer }[];

const digest = (value: string): Buffer => createHash('sha256').update(value, 'utf8').digest();

/** Digests the configured tokens once, at start-up (a bare string is a token named by its position). */
export function digestTokens(tokens: readonly (WriteToken | string)[]): TokenDigests {
  return tokens.map((token, i) =>
    typeof token === 'string'
      ? { name: `token-${i + 1}`, digest: digest(token) }
      : { name: token.name, digest: digest(token.secret) },
  );
}

/**
 * The name of the write token `authorization` carries (`Bearer <token>`), or undefined. Every configured
 * token is compared (no early exit), each in constant time over digests.
 */
export function authorizedWriter(
  authorization: string | undefined,
  tokens: TokenDigests,
): string | undefined {
  const match = /^Bearer[ \t]+(\S+)[ \t]*$/i.exec(authorization ?? '');
  const presented = digest(match?.[1] ?? '');
  let writer: string | undefined;
  for (const token of tokens) {
    if (timingSafeEqual(presented, token.digest)) writer = token.name;
  }
  return match === null ? undefined : writer;
}

/** True when `authorization` is `Bearer <token>` with a configured token (see {@link authorizedWriter}). */
export function isWriteAuthorized(authorization: string | undefined, tokens: TokenDigests): boolean {
  return authorizedWriter(authorization, tokens) !== undefined;
}

/** Throws UNAUTHENTICATED unless the request may write; the first thing every mutation does. */
export function requireWriter(context: { readonly canWrite: boolean }): void {
  if (!context.canWrite) throw unauthenticated();
}
