// Summary statistics for the bench: nearest-rank percentiles (no interpolation, so every reported figure is a
// value that was actually measured).

export type Summary = { n: number; median: number; p95: number; max: number; min: number };

/** Nearest-rank percentile of an ascending-sorted array (p in 0..100). */
function percentile(sorted: readonly number[], p: number): number {
  if (sorted.length === 0) return Number.NaN;
  const rank = Math.ceil((p / 100) * sorted.length);
  return sorted[Math.min(sorted.length - 1, Math.max(0, rank - 1))];
}

export function summarize(values: readonly number[]): Summary {
  const sorted = [...values].sort((a, b) => a - b);
  return {
    n: sorted.length,
    median: percentile(sorted, 50),
    p95: percentile(sorted, 95),
    max: sorted.length ? sorted[sorted.length - 1] : Number.NaN,
    min: sorted.length ? sorted[0] : Number.NaN,
  };
}

/** Formats milliseconds for the table: one decimal below 100 ms, whole numbers above. */
export function ms(value: number): string {
  if (!Number.isFinite(value)) return 'n/a';
  return value < 100 ? `${value.toFixed(1)} ms` : `${Math.round(value)} ms`;
}

export function kb(bytes: number): string {
  return `${(bytes / 1024).toFixed(1)} KB`;
}
