import {
  holmAdjust,
  multipleComparisonNote,
} from '../../../../../functions/domain/surveys/statistics/multiple-comparisons';
import { isSignificant } from '../../../../../functions/domain/surveys/statistics/common';

describe('holmAdjust', () => {
  it('matches R’s p.adjust(c(0.01, 0.04, 0.03, 0.005), "holm"), in input order', () => {
    // Sorted 0.005, 0.01, 0.03, 0.04 × 4, 3, 2, 1 = 0.02, 0.03, 0.06, 0.04 → running max
    // 0.02, 0.03, 0.06, 0.06.
    const adjusted = holmAdjust([0.01, 0.04, 0.03, 0.005]);
    [0.03, 0.06, 0.06, 0.02].forEach((expected, i) =>
      expect(adjusted[i]).toBeCloseTo(expected, 15),
    );
  });

  it('caps adjusted values at 1 and keeps an empty list empty', () => {
    expect(holmAdjust([0.5, 0.6])).toEqual([1, 1]);
    expect(holmAdjust([])).toEqual([]);
  });

  it('rejects a value that is not a probability', () => {
    expect(() => holmAdjust([0.2, 1.5])).toThrow('position 1');
    expect(() => holmAdjust([Number.NaN])).toThrow(RangeError);
  });
});

describe('multipleComparisonNote', () => {
  it('tells how many of 20 items chance alone would flag, and which survive Holm', () => {
    const pValues = [0.001, 0.02, 0.04, ...new Array<number>(17).fill(0.5)];
    const note = multipleComparisonNote(pValues);
    expect(note).toMatchObject({
      m: 20,
      alpha: 0.05,
      expectedFalsePositives: 1,
      significantUnadjusted: 3,
      significantAfterHolm: 1,
    });
    // 1 − 0.95²⁰ = 0.6415141.
    expect(note.familywiseErrorRate).toBeCloseTo(0.6415140775914581, 12);
    expect(note.holmAdjusted[0]).toBeCloseTo(0.02, 15);
  });

  it('is empty but defined for no comparisons', () => {
    expect(multipleComparisonNote([])).toMatchObject({
      m: 0,
      expectedFalsePositives: 0,
      familywiseErrorRate: 0,
    });
  });
});

describe('isSignificant', () => {
  it('flags p below 0.05 by default and never a missing p', () => {
    expect(isSignificant(0.049)).toBe(true);
    expect(isSignificant(0.05)).toBe(false);
    expect(isSignificant(null)).toBe(false);
    expect(isSignificant(0.08, 0.1)).toBe(true);
  });
});
