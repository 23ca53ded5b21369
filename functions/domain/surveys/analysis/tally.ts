import {
  meanCorrection,
  NPS_SCALE,
  proportion,
  responseRate,
  scalePoints,
  tCritical,
  zCritical,
  CONFIDENCE,
  type EstimateOptions,
  type ItemSummary,
  type MeanEstimate,
  type NpsResult,
  type Scale,
} from '../statistics';

/**
 * The statistics' `summariseItem`, `meanWithCi`, `median` and `netPromoterScore`, computed from a
 * tally (how many times each value occurs: the count of answers on each scale point, or of
 * respondents with each domain score) instead of the list itself.
 *
 * Why: the statistics read the list several times over and sort it twice; at 100,000 responses
 * × 30 questions (overall and again by unit) that alone takes seconds, while a tally is read
 * once. The formulas are the statistics' own (same references, same building blocks:
 * `proportion` for the Wilson interval, `tCritical` and `meanCorrection` for the mean), and
 * tally.test.ts checks that both give the same figures on the same answers. Should the
 * statistics gain count-based forms, these functions should call them instead.
 */

const total = (counts: ArrayLike<number>): number => {
  let n = 0;
  for (let k = 0; k < counts.length; k++) n += counts[k] as number;
  return n;
};

/** The k-th smallest (1-based) of the values, each repeated its count times. */
const kthSmallest = (values: ArrayLike<number>, counts: ArrayLike<number>, k: number): number => {
  let seen = 0;
  for (let i = 0; i < counts.length; i++) {
    seen += counts[i] as number;
    if (seen >= k) return values[i] as number;
  }
  throw new RangeError(`the tally has fewer than ${k} values`);
};

export interface TallyEstimate {
  mean: MeanEstimate;
  median: number | null;
  ordinalMedian: number | null;
}

/**
 * meanWithCi, median and ordinalMedian of the list in which `values[i]` occurs `counts[i]`
 * times (values distinct and ascending).
 */
export const estimateFromTally = (
  values: ArrayLike<number>,
  counts: ArrayLike<number>,
  options: EstimateOptions = {},
): TallyEstimate => {
  const n = total(counts);
  const confidence = options.confidence ?? CONFIDENCE;
  const correction = meanCorrection(n, options.population);
  let sum = 0;
  for (let i = 0; i < counts.length; i++) sum += (values[i] as number) * (counts[i] as number);
  const mean = n === 0 ? null : sum / n;
  let squares = 0;
  if (mean !== null) {
    for (let i = 0; i < counts.length; i++) {
      squares += (counts[i] as number) * ((values[i] as number) - mean) ** 2;
    }
  }
  const sd = mean === null || n < 2 ? null : Math.sqrt(squares / (n - 1));
  const se = sd === null ? null : (sd / Math.sqrt(n)) * Math.sqrt(correction);
  const half = se === null ? null : tCritical(confidence, n - 1) * se;
  const upper = n === 0 ? null : kthSmallest(values, counts, Math.floor(n / 2) + 1);
  const lower = n === 0 || n % 2 === 1 ? null : kthSmallest(values, counts, n / 2);
  return {
    mean: {
      n,
      mean,
      standardDeviation: sd,
      standardError: se,
      df: se === null ? null : n - 1,
      ci: mean === null || half === null ? null : { lower: mean - half, upper: mean + half },
    },
    median: upper === null ? null : lower === null ? upper : (lower + upper) / 2,
    ordinalMedian: n === 0 ? null : kthSmallest(values, counts, Math.ceil(n / 2)),
  };
};

/** summariseItem(values, scale, options) for the values the tally counts (index = score − min). */
export const summariseTally = (
  counts: ArrayLike<number>,
  scale: Scale,
  options: EstimateOptions = {},
): ItemSummary => {
  const points = scalePoints(scale);
  if (counts.length !== points.length) {
    throw new RangeError(`a ${scale.min}–${scale.max} tally needs ${points.length} counts`);
  }
  const n = total(counts);
  const estimate = estimateFromTally(points, counts, options);
  const topTwo = (counts[counts.length - 1] as number) + (counts[counts.length - 2] as number);
  return {
    n,
    population: options.population ?? null,
    responseRate: responseRate(n, options.population),
    distribution: {
      scale,
      n,
      points: points.map((value, k) => {
        const count = counts[k] as number;
        return { value, count, share: n === 0 ? null : count / n };
      }),
    },
    topTwoBox: proportion(topTwo, n, options),
    mean: estimate.mean,
    median: estimate.median,
    ordinalMedian: estimate.ordinalMedian,
  };
};

/** netPromoterScore(values) (adjusted Wald, Rocks 2016) for the 0–10 values the tally counts. */
export const npsOfTally = (
  counts: ArrayLike<number>,
  options: { confidence?: number } = {},
): NpsResult => {
  if (counts.length !== NPS_SCALE.max - NPS_SCALE.min + 1) {
    throw new RangeError('an NPS tally needs the 11 counts of 0–10');
  }
  const n = total(counts);
  let promoters = 0;
  let detractors = 0;
  for (let point = 0; point <= 10; point++) {
    if (point >= 9) promoters += counts[point] as number;
    if (point <= 6) detractors += counts[point] as number;
  }
  const method = 'adjustedWald' as const;
  const base = { n, promoters, passives: n - promoters - detractors, detractors, method };
  if (n === 0) return { ...base, promoterShare: null, detractorShare: null, score: null, ci: null };
  const size = n + 3;
  const p = (promoters + 0.75) / size;
  const d = (detractors + 0.75) / size;
  const centre = p - d;
  const half =
    zCritical(options.confidence ?? CONFIDENCE) *
    Math.sqrt(Math.max(0, p + d - centre * centre) / size);
  return {
    ...base,
    promoterShare: promoters / n,
    detractorShare: detractors / n,
    score: (promoters - detractors) / n,
    ci: { lower: Math.max(-1, centre - half), upper: Math.min(1, centre + half) },
  };
};
