import { assertFinite, assertLevel, CONFIDENCE, sum, type Interval } from './common';
import { meanCorrection } from './finite-population';
import { assertOnScale, scalePoints, type Scale } from './scale';
import { tCritical } from './student-t';

export interface PointCount {
  value: number;
  count: number;
  /** count ÷ n (0–1); null when there are no answers. */
  share: number | null;
}

/** The full distribution of one item: every scale point, answered or not, and n. */
export interface Distribution {
  scale: Scale;
  n: number;
  points: PointCount[];
}

/** Counts of every scale point, lowest first. Throws when a value is off the scale. */
export const distribution = (values: readonly number[], scale: Scale): Distribution => {
  assertOnScale(values, scale);
  const n = values.length;
  const points = scalePoints(scale).map((value) => {
    const count = values.filter((v) => v === value).length;
    return { value, count, share: n === 0 ? null : count / n };
  });
  return { scale, n, points };
};

/** The arithmetic mean; null for no values. */
export const mean = (values: readonly number[]): number | null => {
  assertFinite(values, 'values');
  return values.length === 0 ? null : sum(values) / values.length;
};

/** The sample standard deviation (n − 1 in the denominator); null below two values. */
export const standardDeviation = (values: readonly number[]): number | null => {
  const m = mean(values);
  if (m === null || values.length < 2) return null;
  const squares = sum(values.map((v) => (v - m) ** 2));
  return Math.sqrt(squares / (values.length - 1));
};

export interface EstimateOptions {
  /** Confidence level of the interval. @default 0.95 */
  confidence?: number;
  /** The surveyed population N (eligible or served); when given, the interval is narrowed by the finite-population correction. */
  population?: number;
}

export interface MeanEstimate {
  n: number;
  /** null for no values. */
  mean: number | null;
  /** Sample standard deviation; null below two values. */
  standardDeviation: number | null;
  /** s/√n, times √(1 − n/N) when N is known; null below two values. */
  standardError: number | null;
  /** Degrees of freedom of the t interval (n − 1); null below two values. */
  df: number | null;
  /**
   * mean ± t(1 − α/2, n − 1) · standardError; null below two values. Zero spread (every answer
   * the same) or a census gives the degenerate interval [mean, mean]. Not clipped to the scale.
   */
  ci: Interval | null;
}

/** The mean with its t-based confidence interval (Student 1908; any statistics text). */
export const meanWithCi = (
  values: readonly number[],
  options: EstimateOptions = {},
): MeanEstimate => {
  const confidence = options.confidence ?? CONFIDENCE;
  assertLevel(confidence, 'confidence');
  const n = values.length;
  const m = mean(values);
  const sd = standardDeviation(values);
  if (m === null || sd === null) {
    meanCorrection(n, options.population); // still rejects an N below n
    return { n, mean: m, standardDeviation: sd, standardError: null, df: null, ci: null };
  }
  const se = (sd / Math.sqrt(n)) * Math.sqrt(meanCorrection(n, options.population));
  const half = tCritical(confidence, n - 1) * se;
  return {
    n,
    mean: m,
    standardDeviation: sd,
    standardError: se,
    df: n - 1,
    ci: { lower: m - half, upper: m + half },
  };
};

const sorted = (values: readonly number[]): number[] => {
  assertFinite(values, 'values');
  return [...values].sort((a, b) => a - b);
};

/** The usual median: the middle value, or the mean of the two middle values; null for none. */
export const median = (values: readonly number[]): number | null => {
  const s = sorted(values);
  const n = s.length;
  if (n === 0) return null;
  const upper = s[Math.floor(n / 2)] as number;
  return n % 2 === 1 ? upper : ((s[n / 2 - 1] as number) + upper) / 2;
};

/**
 * The median for ordinal answers: the lowest scale point whose cumulative share reaches 50 %,
 * i.e. the ⌈n/2⌉-th smallest answer (the lower median). It is always an answer someone gave,
 * never a 3.5 between two labels. null for no values.
 */
export const ordinalMedian = (values: readonly number[]): number | null => {
  const s = sorted(values);
  return s.length === 0 ? null : (s[Math.ceil(s.length / 2) - 1] as number);
};
