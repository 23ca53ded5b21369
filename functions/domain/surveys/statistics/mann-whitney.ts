import { ALPHA, assertCount, assertFinite, isSignificant, sum } from './common';
import { normalSurvival } from './normal';
import { midRanks, tieSum } from './ranks';

export interface RankTestOptions {
  /** Subtract ½ from |statistic − mean| before dividing by its SD. @default true */
  continuity?: boolean;
  /** @default 0.05 */
  alpha?: number;
}

export interface MannWhitneyResult {
  n1: number;
  n2: number;
  /**
   * U of the first sample, U1 = R1 − n1(n1 + 1)/2: the pairs (x, y) with x > y, ties counting
   * ½. This is scipy's `statistic` and R's `W`.
   */
  u1: number;
  /** min(U1, U2) with U2 = n1·n2 − U1, the form printed in Siegel & Castellan's tables. */
  uMin: number;
  /** U1 ÷ (n1·n2) = P(X > Y) + ½P(X = Y), 0–1: above ½ the first sample tends higher. */
  probabilityOfSuperiority: number;
  /** Standardised U1 (continuity-corrected towards 0); 0 when every value is tied. */
  z: number;
  /** Two-sided, normal approximation; 1 when every value is tied. */
  p: number;
  significant: boolean;
}

/** The normal approximation shared by both forms, given U1 and Σ(t³ − t). */
const finish = (
  n1: number,
  n2: number,
  u1: number,
  ties: number,
  options: RankTestOptions,
): MannWhitneyResult => {
  const n = n1 + n2;
  const mu = (n1 * n2) / 2;
  const variance = ((n1 * n2) / 12) * (n + 1 - ties / (n * (n - 1)));
  const shift = options.continuity === false ? 0 : 0.5;
  const distance = Math.max(0, Math.abs(u1 - mu) - shift);
  const z = variance > 0 ? (Math.sign(u1 - mu) * distance) / Math.sqrt(variance) : 0;
  const p = Math.min(1, 2 * normalSurvival(Math.abs(z)));
  return {
    n1,
    n2,
    u1,
    uMin: Math.min(u1, n1 * n2 - u1),
    probabilityOfSuperiority: u1 / (n1 * n2),
    z,
    p,
    significant: isSignificant(p, options.alpha ?? ALPHA),
  };
};

/**
 * Mann–Whitney U (Wilcoxon rank-sum) test of two independent samples, two-sided, by the normal
 * approximation with the tie-corrected variance and a continuity correction:
 *   μ = n1·n2/2,   σ² = n1·n2/12 · [(n + 1) − Σ(t³ − t)/(n(n − 1))],   n = n1 + n2,
 *   z = sign(U1 − μ) · max(0, |U1 − μ| − ½)/σ,   p = 2·(1 − Φ(|z|)).
 * Siegel & Castellan (1988), Nonparametric Statistics for the Behavioral Sciences, 2nd ed.,
 * ch. 6; the same as scipy.stats.mannwhitneyu(method='asymptotic', use_continuity=True) and
 * R's wilcox.test(exact = FALSE, correct = TRUE). Rank-based, so it does not depend on the
 * numbers given to the scale labels. null when either sample is empty.
 */
export const mannWhitneyU = (
  first: readonly number[],
  second: readonly number[],
  options: RankTestOptions = {},
): MannWhitneyResult | null => {
  assertFinite(first, 'first');
  assertFinite(second, 'second');
  const n1 = first.length;
  const n2 = second.length;
  if (n1 === 0 || n2 === 0) return null;
  const { ranks, ties } = midRanks([...first, ...second]);
  const u1 = sum(ranks.slice(0, n1)) - (n1 * (n1 + 1)) / 2;
  return finish(n1, n2, u1, tieSum(ties), options);
};

/**
 * `mannWhitneyU` from how many answers of each sample fall on each point of an ordered scale:
 * `first[k]` and `second[k]` count the values equal to the k-th smallest point (index 0 lowest;
 * a point neither sample uses may be 0 in both). For a 1–5 Likert item that is five counts a
 * side, index = score − 1; any distinct values in ascending order will do, as the test reads
 * nothing but their order. O(points) instead of a sort of n1 + n2 values.
 *
 * Every value on a point is tied, so the point's t = first[k] + second[k] values share the
 * mid-rank (values below) + (t + 1)/2; R1 = Σ first[k]·midrank, and Σ(t³ − t) runs over the
 * points. Identical to `mannWhitneyU` of the values the counts stand for: the ranks are
 * half-integers, so R1 and U1 are exact either way, and the rest is the same arithmetic in the
 * same order. Same result, same options, null when either sample is empty; throws a RangeError
 * when a count is not a whole number ≥ 0 or the two lists differ in length.
 */
export const mannWhitneyFromCounts = (
  first: ArrayLike<number>,
  second: ArrayLike<number>,
  options: RankTestOptions = {},
): MannWhitneyResult | null => {
  if (first.length !== second.length) {
    throw new RangeError(
      `the samples need counts for the same points, got ${first.length} and ${second.length}`,
    );
  }
  let n1 = 0;
  let n2 = 0;
  for (let k = 0; k < first.length; k++) {
    const a = first[k] as number;
    const b = second[k] as number;
    assertCount(a, `first[${k}]`);
    assertCount(b, `second[${k}]`);
    n1 += a;
    n2 += b;
  }
  if (n1 === 0 || n2 === 0) return null;
  let below = 0;
  let rankSum = 0;
  let ties = 0;
  for (let k = 0; k < first.length; k++) {
    const a = first[k] as number;
    const t = a + (second[k] as number);
    if (t === 0) continue;
    rankSum += a * (below + (t + 1) / 2);
    // As tieSum: groups of two or more, smallest value first.
    if (t > 1) ties = ties + t ** 3 - t;
    below += t;
  }
  return finish(n1, n2, rankSum - (n1 * (n1 + 1)) / 2, ties, options);
};
