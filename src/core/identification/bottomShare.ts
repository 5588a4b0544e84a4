/**
 * «The lowest p % of the region»: the k = ⌈n·p/100⌉ lowest values, and every value tied with the k-th (two schools
 * with the same share are never split by the order of the table).
 */
export function lowestShare<T>(items: readonly T[], value: (item: T) => number, percent: number): Set<T> {
  if (items.length === 0 || percent <= 0) return new Set();
  const sorted = [...items].map(value).sort((a, b) => a - b);
  const k = Math.min(sorted.length, Math.max(1, Math.ceil((sorted.length * percent) / 100 - 1e-9)));
  const bound = sorted[k - 1];
  return new Set(items.filter((item) => value(item) <= bound));
}
