import { describe, expect, it } from 'vitest';
import type { InvestmentTotalsRecord, TotalsArgs } from './totals.ts';
import { createTotalsCache, totalsKey } from './totals-cache.ts';

const answer = (n: number): InvestmentTotalsRecord => ({
  level: 'LEAVES',
  grandTotals: [],
  groups: [],
  leftOut: [{ investmentId: `investment:${n}`, reason: 'test' }],
});
const args: TotalsArgs = { groupBy: 'INVESTOR', unit: 'GBP', level: 'LEAVES', sort: 'TOTAL_DESC', first: 20 };

describe('the totals cache', () => {
  it('answers the same arguments at the same version, and nothing at another version', () => {
    const cache = createTotalsCache();
    cache.set('e:1', totalsKey(args), answer(1));
    expect(cache.get('e:1', totalsKey(args))).toEqual(answer(1));
    expect(cache.get('e:2', totalsKey(args))).toBeUndefined();
    expect(cache.get('e:1', totalsKey({ ...args, first: 21 }))).toBeUndefined();
    expect(cache.stats).toEqual({ hits: 1, misses: 2 });
  });

  it('keys every argument the answer depends on', () => {
    const keys = new Set(
      [
        args,
        { ...args, groupBy: 'TECHNOLOGY' as const },
        { ...args, unit: null },
        { ...args, level: 'TOP' as const },
        { ...args, sort: 'NAME' as const },
        { ...args, first: 5 },
      ].map(totalsKey),
    );
    expect(keys.size).toBe(6);
  });

  it('drops the entries of another version when one is stored, and keeps at most its bound', () => {
    const cache = createTotalsCache(2);
    cache.set('e:1', 'a', answer(1));
    cache.set('e:2', 'b', answer(2));
    expect(cache.get('e:1', 'a')).toBeUndefined();
    cache.set('e:2', 'c', answer(3));
    cache.get('e:2', 'b');
    cache.set('e:2', 'd', answer(4));
    expect(cache.get('e:2', 'c')).toBeUndefined();
    expect(cache.get('e:2', 'b')).toEqual(answer(2));
    expect(cache.get('e:2', 'd')).toEqual(answer(4));
  });
});
