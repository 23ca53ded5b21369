/**
 * Order statistics of a peer group. Quantiles follow Hyndman & Fan (1996) type 7, the default of
 * R's `quantile()` and Excel's QUARTILE.INC / PERCENTILE.INC: for sorted x₁…xₙ and 0 ≤ p ≤ 1,
 * h = (n − 1)·p, Q(p) = x⌊h⌋ + (h − ⌊h⌋)(x⌊h⌋₊₁ − x⌊h⌋) (0-based indexes).
 */
export const quantile = (sorted: readonly number[], p: number): number => {
  if (sorted.length === 0) throw new RangeError('quantile of no values');
  if (p < 0 || p > 1) throw new RangeError(`p must be in [0, 1], not ${p}`);
  const h = (sorted.length - 1) * p;
  const lo = Math.floor(h);
  const below = sorted[lo]!;
  const above = sorted[Math.min(lo + 1, sorted.length - 1)]!;
  return below + (h - lo) * (above - below);
};

/**
 * The percentile rank of `value` among `values` (the mid-rank definition): the share of values
 * below it plus half the share equal to it, in per cent, 100·(B + ½E) ÷ n. An organisation
 * alone at the top of 5 ranks 90, alone at the bottom 10; ties share their middle.
 */
export const percentileRank = (values: readonly number[], value: number): number => {
  if (values.length === 0) throw new RangeError('percentile rank among no values');
  const below = values.filter((v) => v < value).length;
  const equal = values.filter((v) => v === value).length;
  return (100 * (below + equal / 2)) / values.length;
};

export interface Distribution {
  n: number;
  lowerQuartile: number;
  median: number;
  upperQuartile: number;
}

export const distribution = (values: readonly number[]): Distribution => {
  const sorted = [...values].sort((a, b) => a - b);
  return {
    n: sorted.length,
    lowerQuartile: quantile(sorted, 0.25),
    median: quantile(sorted, 0.5),
    upperQuartile: quantile(sorted, 0.75),
  };
};
