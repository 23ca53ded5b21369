import { ALPHA, assertFinite, isSignificant } from './common';
import { normalSurvival } from './normal';
import type { RankTestOptions } from './mann-whitney';
import { midRanks, tieSum } from './ranks';

/** Largest number of non-zero differences for which the exact null distribution is used. */
export const WILCOXON_EXACT_MAX_N = 25;

export interface WilcoxonOptions extends RankTestOptions {
  /** 'auto': exact when n ≤ 25 and no ties among |d|, else normal. @default 'auto' */
  method?: 'auto' | 'normal';
}

export interface WilcoxonResult {
  /** Pairs given. */
  pairs: number;
  /** Pairs with no change, dropped (Wilcoxon's method). */
  zeros: number;
  /** Non-zero differences ranked: pairs − zeros. */
  n: number;
  /** Rank sum of the increases (after − before > 0); R's `V` for wilcox.test(after, before, paired = TRUE). */
  wPlus: number;
  /** Rank sum of the decreases. */
  wMinus: number;
  /** min(W+, W−), the statistic of the printed tables and of scipy's two-sided `statistic`. */
  t: number;
  method: 'exact' | 'normal';
  /** Standardised W+ (continuity-corrected towards 0); null for the exact method. */
  z: number | null;
  /** Two-sided. */
  p: number;
  significant: boolean;
}

/** Number of subsets of {1, …, n} with each rank sum 0 … n(n + 1)/2: the null distribution of W+ times 2ⁿ. */
const signedRankCounts = (n: number): number[] => {
  const max = (n * (n + 1)) / 2;
  const counts = new Array<number>(max + 1).fill(0);
  counts[0] = 1;
  for (let rank = 1; rank <= n; rank++) {
    for (let s = (rank * (rank + 1)) / 2; s >= rank; s--) {
      counts[s] = (counts[s] as number) + (counts[s - rank] as number);
    }
  }
  return counts;
};

/**
 * Wilcoxon signed-rank test for paired data (the same people before and after: support-plan
 * goals, quality-of-life follow-ups), two-sided, on d = after − before.
 * - Zero differences are dropped (Wilcoxon 1945; R's and scipy's default), not ranked (Pratt).
 * - Tied |d| get mid-ranks.
 * - Exact: when n ≤ 25 and no |d| is tied, p = min(1, 2·P(W+ ≤ min(W+, W−))) from the exact
 *   null distribution (every sign pattern equally likely; counts by dynamic programming).
 * - Otherwise normal: μ = n(n + 1)/4, σ² = n(n + 1)(2n + 1)/24 − Σ(t³ − t)/48,
 *   z = sign(W+ − μ) · max(0, |W+ − μ| − ½)/σ (Siegel & Castellan 1988, ch. 5; Lehmann 1975).
 * Matches R's wilcox.test(paired = TRUE) and scipy.stats.wilcoxon(zero_method='wilcox').
 * null when no pairs are given; all-zero differences give n = 0 and p = 1.
 */
export const wilcoxonSignedRank = (
  before: readonly number[],
  after: readonly number[],
  options: WilcoxonOptions = {},
): WilcoxonResult | null => {
  assertFinite(before, 'before');
  assertFinite(after, 'after');
  if (before.length !== after.length) {
    throw new RangeError(`paired samples differ in length: ${before.length} and ${after.length}`);
  }
  if (before.length === 0) return null;
  const differences = after.map((a, i) => a - (before[i] as number)).filter((d) => d !== 0);
  const n = differences.length;
  const { ranks, ties } = midRanks(differences.map(Math.abs));
  const wPlus = ranks.reduce((s, r, i) => ((differences[i] as number) > 0 ? s + r : s), 0);
  const wMinus = (n * (n + 1)) / 2 - wPlus;
  const t = Math.min(wPlus, wMinus);
  const alpha = options.alpha ?? ALPHA;
  const base = { pairs: before.length, zeros: before.length - n, n, wPlus, wMinus, t };

  if ((options.method ?? 'auto') === 'auto' && n <= WILCOXON_EXACT_MAX_N && ties.length === 0) {
    const counts = signedRankCounts(n);
    const atMost = counts.slice(0, t + 1).reduce((s, c) => s + c, 0);
    const p = Math.min(1, (2 * atMost) / 2 ** n);
    return { ...base, method: 'exact', z: null, p, significant: isSignificant(p, alpha) };
  }
  const mu = (n * (n + 1)) / 4;
  const variance = (n * (n + 1) * (2 * n + 1)) / 24 - tieSum(ties) / 48;
  const shift = options.continuity === false ? 0 : 0.5;
  const distance = Math.max(0, Math.abs(wPlus - mu) - shift);
  const z = variance > 0 ? (Math.sign(wPlus - mu) * distance) / Math.sqrt(variance) : 0;
  const p = Math.min(1, 2 * normalSurvival(Math.abs(z)));
  return { ...base, method: 'normal', z, p, significant: isSignificant(p, alpha) };
};
