import type { Random } from './random.ts';

/** Draws indexes in [0, n) with probability proportional to 1 / (rank + 1)^exponent. */
export interface Zipf {
  readonly size: number;
  sample(random: Random): number;
}

/**
 * A Zipf sampler by inverse transform over the cumulative weights (binary search): index 0 is the
 * biggest hub, and the tail is long, as degrees are in real networks.
 */
export function createZipf(n: number, exponent: number): Zipf {
  const cumulative = new Float64Array(n);
  let total = 0;
  for (let i = 0; i < n; i++) {
    total += 1 / Math.pow(i + 1, exponent);
    cumulative[i] = total;
  }
  return {
    size: n,
    sample(random) {
      const target = random.next() * total;
      let low = 0;
      let high = n - 1;
      while (low < high) {
        const mid = (low + high) >>> 1;
        if ((cumulative[mid] ?? 0) < target) low = mid + 1;
        else high = mid;
      }
      return low;
    },
  };
}
