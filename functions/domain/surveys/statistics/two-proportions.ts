import { ALPHA, assertCount, isSignificant } from './common';
import { normalSurvival } from './normal';
import { topBoxCount } from './proportions';
import type { Scale } from './scale';

/** Below this smallest expected count the z-test gives way to Fisher's exact test. */
export const MIN_EXPECTED_COUNT = 5;

export interface TwoByTwo {
  /** Successes and failures of the first group. */
  a: number;
  b: number;
  /** Successes and failures of the second group. */
  c: number;
  d: number;
}

const assertTable = ({ a, b, c, d }: TwoByTwo): void => {
  assertCount(a, 'a');
  assertCount(b, 'b');
  assertCount(c, 'c');
  assertCount(d, 'd');
};

/** The smallest of the four expected counts row·column/total; null for an empty table. */
export const minExpectedCount = ({ a, b, c, d }: TwoByTwo): number | null => {
  assertTable({ a, b, c, d });
  const total = a + b + c + d;
  if (total === 0) return null;
  const rows = [a + b, c + d];
  const columns = [a + c, b + d];
  return Math.min(...rows.flatMap((r) => columns.map((col) => (r * col) / total)));
};

/**
 * Fisher's exact test, two-sided: the probability, under the hypergeometric distribution with
 * the table's margins fixed, of every table no more probable than the observed one (with R's
 * relative tolerance of 1e-7 for ties in probability). Probabilities are built exactly from the
 * ratio P(k + 1)/P(k) = (r1 − k)(c1 − k) / ((k + 1)(r2 − c1 + k + 1)), starting at the mode so
 * nothing overflows. Fisher (1935): the lady tasting tea, [[3, 1], [1, 3]] → 0.4857.
 */
export const fisherExactTest = (table: TwoByTwo): number => {
  assertTable(table);
  const { a, b, c, d } = table;
  const r1 = a + b;
  const r2 = c + d;
  const c1 = a + c;
  const total = r1 + r2;
  const low = Math.max(0, c1 - r2);
  const high = Math.min(r1, c1);
  if (high === low) return 1;
  const mode = Math.max(low, Math.min(high, Math.floor(((r1 + 1) * (c1 + 1)) / (total + 2))));
  const weights = new Array<number>(high - low + 1).fill(0);
  weights[mode - low] = 1;
  for (let k = mode; k < high; k++) {
    const ratio = ((r1 - k) * (c1 - k)) / ((k + 1) * (r2 - c1 + k + 1));
    weights[k + 1 - low] = (weights[k - low] as number) * ratio;
  }
  for (let k = mode; k > low; k--) {
    const ratio = (k * (r2 - c1 + k)) / ((r1 - k + 1) * (c1 - k + 1));
    weights[k - 1 - low] = (weights[k - low] as number) * ratio;
  }
  const observed = (weights[a - low] as number) * (1 + 1e-7);
  const all = weights.reduce((s, w) => s + w, 0);
  const asExtreme = weights.reduce((s, w) => (w <= observed ? s + w : s), 0);
  return Math.min(1, asExtreme / all);
};

/**
 * Two-proportion z-test, pooled, two-sided, without continuity correction (z² is Pearson's
 * χ² of the 2×2 table): p̄ = (x1 + x2)/(n1 + n2),
 *   z = (p̂1 − p̂2) / √(p̄(1 − p̄)(1/n1 + 1/n2)).
 * z = 0 and p = 1 when p̄ is 0 or 1 (no variation); null when a group is empty.
 */
export const twoProportionZTest = (
  x1: number,
  n1: number,
  x2: number,
  n2: number,
): { z: number; p: number } | null => {
  assertTable({ a: x1, b: n1 - x1, c: x2, d: n2 - x2 });
  if (n1 === 0 || n2 === 0) return null;
  const pooled = (x1 + x2) / (n1 + n2);
  const variance = pooled * (1 - pooled) * (1 / n1 + 1 / n2);
  if (variance === 0) return { z: 0, p: 1 };
  const z = (x1 / n1 - x2 / n2) / Math.sqrt(variance);
  return { z, p: Math.min(1, 2 * normalSurvival(Math.abs(z))) };
};

export interface ProportionComparison {
  test: 'zTest' | 'fisherExact';
  x1: number;
  n1: number;
  x2: number;
  n2: number;
  /** Shares 0–1. */
  share1: number;
  share2: number;
  /** share1 − share2, from −1 to 1. */
  difference: number;
  /** The smallest expected cell count, which chose the test. */
  minExpected: number;
  /** null for Fisher's test. */
  z: number | null;
  /** Two-sided. */
  p: number;
  significant: boolean;
}

/**
 * Compares two independent proportions (a top-2-box this year against last year's): the pooled
 * z-test, or Fisher's exact test when an expected count is below 5 (Cochran's rule, as in the
 * survey conventions). null when either group is empty.
 */
export const compareProportions = (
  x1: number,
  n1: number,
  x2: number,
  n2: number,
  options: { alpha?: number } = {},
): ProportionComparison | null => {
  const table = { a: x1, b: n1 - x1, c: x2, d: n2 - x2 };
  assertTable(table);
  if (n1 === 0 || n2 === 0) return null;
  const minExpected = minExpectedCount(table) as number;
  const alpha = options.alpha ?? ALPHA;
  const shares = { share1: x1 / n1, share2: x2 / n2, difference: x1 / n1 - x2 / n2 };
  const base = { x1, n1, x2, n2, ...shares, minExpected };
  if (minExpected < MIN_EXPECTED_COUNT) {
    const p = fisherExactTest(table);
    return { ...base, test: 'fisherExact', z: null, p, significant: isSignificant(p, alpha) };
  }
  const { z, p } = twoProportionZTest(x1, n1, x2, n2) as { z: number; p: number };
  return { ...base, test: 'zTest', z, p, significant: isSignificant(p, alpha) };
};

/** Compares the top-2-box shares of two independent samples answered on the same scale. */
export const compareTopTwoBox = (
  first: readonly number[],
  second: readonly number[],
  scale: Scale,
  options: { alpha?: number } = {},
): ProportionComparison | null =>
  compareProportions(
    topBoxCount(first, scale),
    first.length,
    topBoxCount(second, scale),
    second.length,
    options,
  );
