import { ALPHA } from './common';

/**
 * Holm's step-down adjusted p-values (Holm 1979, Scand. J. Statist. 6: 65–70), in input order:
 * sorted ascending, p̃(i) = max over j ≤ i of min(1, (m − j + 1)·p(j)). Rejecting where p̃ < α
 * keeps the family-wise error rate at α for any dependence between the tests. Same as R's
 * p.adjust(method = "holm").
 */
export const holmAdjust = (pValues: readonly number[]): number[] => {
  const bad = pValues.findIndex((p) => !(p >= 0 && p <= 1));
  if (bad >= 0) throw new RangeError(`p-value ${pValues[bad]} at position ${bad} is not in 0–1`);
  const m = pValues.length;
  const order = pValues.map((p, index) => ({ p, index })).sort((x, y) => x.p - y.p);
  const adjusted = new Array<number>(m).fill(1);
  let running = 0;
  order.forEach(({ p, index }, rank) => {
    running = Math.max(running, Math.min(1, (m - rank) * p));
    adjusted[index] = running;
  });
  return adjusted;
};

export interface MultipleComparisonNote {
  /** Number of comparisons (questions compared). */
  m: number;
  alpha: number;
  /** m·α: comparisons expected to look significant by chance alone if nothing changed. */
  expectedFalsePositives: number;
  /** 1 − (1 − α)^m: chance of at least one false positive if the tests were independent. */
  familywiseErrorRate: number;
  /** Comparisons with p < α before adjustment. */
  significantUnadjusted: number;
  /** Holm-adjusted p-values, in input order. */
  holmAdjusted: number[];
  /** Comparisons with a Holm-adjusted p < α. */
  significantAfterHolm: number;
}

/**
 * What a report says under a table of m year-on-year tests (~20 items inflate false positives):
 * how many "significant" results chance alone would give, and which survive Holm's adjustment.
 */
export const multipleComparisonNote = (
  pValues: readonly number[],
  alpha: number = ALPHA,
): MultipleComparisonNote => {
  const holmAdjusted = holmAdjust(pValues);
  const m = pValues.length;
  return {
    m,
    alpha,
    expectedFalsePositives: m * alpha,
    familywiseErrorRate: 1 - (1 - alpha) ** m,
    significantUnadjusted: pValues.filter((p) => p < alpha).length,
    holmAdjusted,
    significantAfterHolm: holmAdjusted.filter((p) => p < alpha).length,
  };
};
