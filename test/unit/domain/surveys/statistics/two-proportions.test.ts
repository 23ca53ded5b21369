import {
  compareProportions,
  compareTopTwoBox,
  fisherExactTest,
  minExpectedCount,
  twoProportionZTest,
} from '../../../../../functions/domain/surveys/statistics/two-proportions';
import { LIKERT_5 } from '../../../../../functions/domain/surveys/statistics/scale';

describe('fisherExactTest', () => {
  it('gives 0.4857 for Fisher’s tea-tasting table [[3, 1], [1, 3]]', () => {
    // Hypergeometric with margins 4/4/4/4: P(k) = C(4,k)C(4,4−k)/C(8,4) = 1, 16, 36, 16, 1 /70.
    // Tables no more probable than P(3) = 16/70: k = 0, 1, 3, 4 → 34/70 = 0.4857143.
    expect(fisherExactTest({ a: 3, b: 1, c: 1, d: 3 })).toBeCloseTo(34 / 70, 15);
  });

  it('gives 0.002759 for Wikipedia’s dieting example [[1, 9], [11, 3]]', () => {
    expect(fisherExactTest({ a: 1, b: 9, c: 11, d: 3 })).toBeCloseTo(0.0027594561852200836, 14);
  });

  it('gives 1 for a table with only one possible arrangement', () => {
    expect(fisherExactTest({ a: 0, b: 5, c: 0, d: 5 })).toBe(1);
    expect(fisherExactTest({ a: 0, b: 0, c: 0, d: 0 })).toBe(1);
  });

  it('rejects negative or fractional counts', () => {
    expect(() => fisherExactTest({ a: -1, b: 1, c: 1, d: 1 })).toThrow(RangeError);
    expect(() => fisherExactTest({ a: 0.5, b: 1, c: 1, d: 1 })).toThrow(RangeError);
  });
});

describe('twoProportionZTest', () => {
  it('matches the hand computation (and Pearson’s χ² without Yates)', () => {
    // 40/50 against 30/50: p̄ = 0.7, SE = √(0.7·0.3·(2/50)) = 0.0916515, z = 0.2/SE = 2.1821789;
    // p = 0.0290963 (scipy chi2_contingency(correction=False): χ² = 4.7619 = z², p = 0.029096).
    const result = twoProportionZTest(40, 50, 30, 50);
    expect(result?.z).toBeCloseTo(2.182178902359924, 12);
    expect(result?.p).toBeCloseTo(0.029096331741252188, 14);
  });

  it('gives z = 0 and p = 1 with no variation, null for an empty group', () => {
    expect(twoProportionZTest(0, 10, 0, 12)).toEqual({ z: 0, p: 1 });
    expect(twoProportionZTest(0, 0, 3, 12)).toBeNull();
  });
});

describe('compareProportions', () => {
  it('uses the z-test when every expected count is at least 5', () => {
    const result = compareProportions(40, 50, 30, 50);
    expect(result).toMatchObject({
      test: 'zTest',
      share1: 0.8,
      share2: 0.6,
      minExpected: 15,
      significant: true,
    });
    expect(result?.difference).toBeCloseTo(0.2, 15);
  });

  it('switches to Fisher’s exact test when an expected count is below 5', () => {
    // 2/10 against 7/10: expected successes 4.5 → Fisher, p = 0.06977851869492736 (scipy).
    const result = compareProportions(2, 10, 7, 10);
    expect(result).toMatchObject({
      test: 'fisherExact',
      z: null,
      minExpected: 4.5,
      significant: false,
    });
    expect(result?.p).toBeCloseTo(0.06977851869492736, 14);
    expect(minExpectedCount({ a: 2, b: 8, c: 7, d: 3 })).toBe(4.5);
  });

  it('takes another significance level on request', () => {
    expect(compareProportions(2, 10, 7, 10, { alpha: 0.1 })?.significant).toBe(true);
  });

  it('gives null when a group is empty and rejects successes above n', () => {
    expect(compareProportions(0, 0, 1, 4)).toBeNull();
    expect(() => compareProportions(5, 4, 1, 4)).toThrow(RangeError);
  });
});

describe('compareTopTwoBox', () => {
  it('compares the top-2-box counts of two years', () => {
    const lastYear = [5, 4, 2, 3, 1, 2, 3, 4];
    const thisYear = [5, 5, 4, 4, 4, 5, 3, 4];
    const result = compareTopTwoBox(thisYear, lastYear, LIKERT_5);
    expect(result).toMatchObject({ x1: 7, n1: 8, x2: 3, n2: 8, test: 'fisherExact' });
    // [[7, 1], [3, 5]]: scipy.stats.fisher_exact → 0.11888111888111888.
    expect(result?.p).toBeCloseTo(0.11888111888111888, 14);
  });
});
