import type { InvestmentTotalsRecord, TotalsArgs } from './totals.ts';

/**
 * Investment totals cached in the process, keyed by (graph version, arguments). An analyst tool's reads
 * far outnumber its writes, and the totals read every pledge of the graph (143 ms p50 at scale M), so
 * an answer is kept until a write moves the version (graph-version.ts): a read after any write is
 * exactly the uncached answer, and a read at an unchanged version costs one statement.
 *
 * Bounded: entries of another version are dropped when one is stored (versions only move on), and at most
 * {@link MAX_ENTRIES} are kept (least recently used first out). One answer holds every pledge id it
 * counted and every pledge left out, tens of KB to a few MB at scale M: a handful of entries at most.
 */
export interface TotalsCache {
  get(version: string, key: string): InvestmentTotalsRecord | undefined;
  set(version: string, key: string, totals: InvestmentTotalsRecord): void;
  /** Hits and misses since the process started (or the cache was created). */
  readonly stats: { readonly hits: number; readonly misses: number };
}

/** Entries kept at most. */
export const MAX_ENTRIES = 8;

/** The key of a request's arguments (every argument the answer depends on). */
export function totalsKey(args: TotalsArgs): string {
  return JSON.stringify([args.groupBy, args.unit, args.level, args.sort, args.first]);
}

/** Creates an empty cache. */
export function createTotalsCache(maxEntries = MAX_ENTRIES): TotalsCache {
  const entries = new Map<string, { version: string; totals: InvestmentTotalsRecord }>();
  const stats = { hits: 0, misses: 0 };
  return {
    stats,
    get(version, key) {
      const entry = entries.get(key);
      if (entry?.version !== version) {
        stats.misses += 1;
        return undefined;
      }
      stats.hits += 1;
      entries.delete(key);
      entries.set(key, entry);
      return entry.totals;
    },
    set(version, key, totals) {
      for (const [k, entry] of entries) if (entry.version !== version) entries.delete(k);
      entries.delete(key);
      entries.set(key, { version, totals });
      for (const k of entries.keys()) {
        if (entries.size <= maxEntries) break;
        entries.delete(k);
      }
    },
  };
}

/** The process's cache, shared by every request (the version key makes it safe across databases). */
export const TOTALS_CACHE: TotalsCache = createTotalsCache();
