import { badUserInput } from '../errors.ts';

/** The most items a page (or any list argument `first`) may ask for. Larger values are rejected. */
export const MAX_PAGE_SIZE = 100;
/** The page size when neither `first` nor `last` is given. */
export const DEFAULT_PAGE_SIZE = 20;

/** Where a keyset page starts: the sort key (null for a missing date) and id of the item the cursor names. */
export interface Cursor {
  readonly key: string | number | null;
  readonly id: string;
}

/** The pagination arguments of a list field. */
export interface PageArgs {
  readonly first?: number | null;
  readonly after?: string | null;
  readonly last?: number | null;
  readonly before?: string | null;
}

/** A validated page request. */
export interface PageRequest {
  /** `forward` for first/after, `backward` for last/before. */
  readonly direction: 'forward' | 'backward';
  readonly size: number;
  readonly after: Cursor | null;
  readonly before: Cursor | null;
}

/** Encodes a cursor (opaque to clients: base64url JSON). */
export function encodeCursor(cursor: Cursor): string {
  return Buffer.from(JSON.stringify([cursor.key, cursor.id]), 'utf8').toString('base64url');
}

/** Decodes a cursor, or rejects it with BAD_USER_INPUT naming the argument. */
export function decodeCursor(value: string, argument: string): Cursor {
  try {
    const parsed: unknown = JSON.parse(Buffer.from(value, 'base64url').toString('utf8'));
    if (Array.isArray(parsed) && parsed.length === 2) {
      const [key, id] = parsed as unknown[];
      if ((typeof key === 'string' || typeof key === 'number' || key === null) && typeof id === 'string')
        return { key, id };
    }
  } catch {
    // Falls through to the error below.
  }
  throw badUserInput(`${argument}: not a cursor returned by this API.`, [
    { path: argument, message: 'invalid cursor' },
  ]);
}

/** Checks a size argument against the cap; rejects instead of silently capping. */
export function checkSize(value: number, argument: string, max = MAX_PAGE_SIZE): number {
  if (!Number.isInteger(value) || value < 0 || value > max) {
    throw badUserInput(`${argument} must be between 0 and ${max}, got ${value}.`, [
      { path: argument, message: `must be between 0 and ${max}` },
    ]);
  }
  return value;
}

/** Validates first/after/last/before into a {@link PageRequest}. */
export function toPageRequest(args: PageArgs): PageRequest {
  const { first, last } = args;
  if (first != null && last != null) {
    throw badUserInput('Pass either first or last, not both.', [{ path: 'last', message: 'not with first' }]);
  }
  const after = args.after ? decodeCursor(args.after, 'after') : null;
  const before = args.before ? decodeCursor(args.before, 'before') : null;
  if (last != null) return { direction: 'backward', size: checkSize(last, 'last'), after, before };
  const size = first != null ? checkSize(first, 'first') : DEFAULT_PAGE_SIZE;
  return { direction: 'forward', size, after, before };
}

/** The most items a relationship page may skip: a cursor past it is not one this API returned. */
const MAX_OFFSET = 10_000_000;

/**
 * Encodes the position of an item in a node's relationship list (opaque to clients: base64url JSON). A
 * node's relationships have no index to seek in, so their pages are positional: the list is ordered the
 * same way every time, and a page after a cursor starts at the next position.
 */
export function encodeOffsetCursor(position: number): string {
  return Buffer.from(JSON.stringify([position]), 'utf8').toString('base64url');
}

/** The position an offset cursor names, or BAD_USER_INPUT naming the argument. */
export function decodeOffsetCursor(value: string, argument: string): number {
  try {
    const parsed: unknown = JSON.parse(Buffer.from(value, 'base64url').toString('utf8'));
    if (Array.isArray(parsed) && parsed.length === 1) {
      const [position] = parsed as unknown[];
      if (
        typeof position === 'number' &&
        Number.isSafeInteger(position) &&
        position >= 0 &&
        position < MAX_OFFSET
      )
        return position;
    }
  } catch {
    // Falls through to the error below.
  }
  throw badUserInput(`${argument}: not a cursor of this list.`, [
    { path: argument, message: 'invalid cursor' },
  ]);
}
