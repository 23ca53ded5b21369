/** Rounding and shares as the report models give them. */

export const round = (value: number, digits: number): number => {
  const factor = 10 ** digits;
  return Math.round(value * factor) / factor;
};

/** part ÷ whole in per cent to 0.1; null when there is nothing to share. */
export const percentOf = (part: number, whole: number): number | null =>
  whole === 0 ? null : round((part / whole) * 100, 1);

/** A 0–1 share as a per cent to 0.1. */
export const sharePercent = (share: number | null): number | null =>
  share === null ? null : round(share * 100, 1);

export const median = (values: readonly number[]): number | null => {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
};

export const mean = (values: readonly number[]): number | null =>
  values.length === 0 ? null : values.reduce((s, v) => s + v, 0) / values.length;
