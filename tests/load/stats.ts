import { readFileSync } from 'node:fs';

/** Latencies (ms) kept whole, so percentiles are exact rather than bucketed. */
export class LatencyRecorder {
  private values = new Float64Array(1 << 16);
  private size = 0;

  record(ms: number): void {
    if (this.size === this.values.length) {
      const grown = new Float64Array(this.values.length * 2);
      grown.set(this.values);
      this.values = grown;
    }
    this.values[this.size++] = ms;
  }

  get count(): number {
    return this.size;
  }

  /** Nearest-rank percentiles of everything recorded. */
  percentiles(ps: readonly number[]): Record<string, number> {
    const sorted = this.values.slice(0, this.size).sort();
    const at = (p: number) =>
      sorted[Math.min(this.size - 1, Math.max(0, Math.ceil((p / 100) * this.size) - 1))] ?? 0;
    return Object.fromEntries(ps.map((p) => [`p${p}`, at(p)]));
  }
}

/** The resident set size of a process in MB (Linux /proc), or undefined when it cannot be read. */
export function readRssMb(pid: number): number | undefined {
  try {
    const status = readFileSync(`/proc/${pid}/status`, 'utf8');
    const kb = /^VmRSS:\s+(\d+)\s+kB/m.exec(status)?.[1];
    return kb === undefined ? undefined : Number(kb) / 1024;
  } catch {
    return undefined;
  }
}

/** RSS samples over time: start, max, end and growth over the second half (end minus mid-run sample). */
export function summariseRss(samples: readonly { seconds: number; mb: number }[]): string {
  if (samples.length === 0) return 'RSS: not sampled (no server pid)';
  const mbs = samples.map((s) => s.mb);
  const first = samples[0] as { seconds: number; mb: number };
  const last = samples[samples.length - 1] as { seconds: number; mb: number };
  const half = samples.find((s) => s.seconds >= last.seconds / 2) ?? first;
  const f = (mb: number) => `${mb.toFixed(1)} MB`;
  return (
    `RSS of the server: start ${f(first.mb)}, max ${f(Math.max(...mbs))}, end ${f(last.mb)}; ` +
    `second half (${half.seconds}s→${last.seconds}s) ${last.mb - half.mb >= 0 ? '+' : ''}${(last.mb - half.mb).toFixed(1)} MB ` +
    `(${samples.length} samples, every 5 s)\n` +
    `RSS every 30 s (MB): ${samples
      .filter((s, i) => i === samples.length - 1 || s.seconds % 30 < 5)
      .map((s) => `${s.seconds}s ${s.mb.toFixed(0)}`)
      .join(', ')}`
  );
}
