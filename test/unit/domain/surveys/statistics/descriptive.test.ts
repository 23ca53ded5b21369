import {
  distribution,
  mean,
  meanWithCi,
  median,
  ordinalMedian,
  standardDeviation,
} from '../../../../../functions/domain/surveys/statistics/descriptive';
import { summariseItem } from '../../../../../functions/domain/surveys/statistics/item-summary';
import {
  LIKERT_5,
  LIKERT_7,
  NPS_SCALE,
} from '../../../../../functions/domain/surveys/statistics/scale';

/**
 * The hand set: eight answers on 1–5. Sum 32 → mean 4; squared deviations
 * 1+0+0+1+1+4+0+1 = 8 → s² = 8/7, s = 1.0690449676; SE = s/√8 = 0.3779644730;
 * t(0.975, 7) = 2.3646242516 → half-width 0.8937439591 → CI 3.1062560409–4.8937439591
 * (scipy.stats.t.interval(0.95, 7, 4, sem) gives the same).
 */
const HAND = [5, 4, 4, 3, 5, 2, 4, 5];

describe('distribution', () => {
  it('counts every point of a 1–5 scale, unanswered points included, with shares 0–1', () => {
    const d = distribution(HAND, LIKERT_5);
    expect(d.n).toBe(8);
    expect(d.points).toEqual([
      { value: 1, count: 0, share: 0 },
      { value: 2, count: 1, share: 0.125 },
      { value: 3, count: 1, share: 0.125 },
      { value: 4, count: 3, share: 0.375 },
      { value: 5, count: 3, share: 0.375 },
    ]);
  });

  it('covers the 1–7 and 0–10 scales', () => {
    expect(distribution([7, 1, 7], LIKERT_7).points.map((p) => p.count)).toEqual([
      1, 0, 0, 0, 0, 0, 2,
    ]);
    const nps = distribution([0, 10, 10], NPS_SCALE);
    expect(nps.points).toHaveLength(11);
    expect(nps.points[0]).toEqual({ value: 0, count: 1, share: 1 / 3 });
    expect(nps.points[10]?.count).toBe(2);
  });

  it('gives null shares, not NaN, when nobody answered', () => {
    const d = distribution([], LIKERT_5);
    expect(d.n).toBe(0);
    expect(d.points.every((p) => p.count === 0 && p.share === null)).toBe(true);
  });

  it('rejects a value off the scale and names its position', () => {
    expect(() => distribution([4, 6], LIKERT_5)).toThrow('value 6 at position 1');
    expect(() => distribution([3.5], LIKERT_5)).toThrow(RangeError);
    expect(() => distribution([1], { min: 5, max: 1 })).toThrow(RangeError);
  });
});

describe('meanWithCi', () => {
  it('gives the hand-computed mean and t interval', () => {
    const m = meanWithCi(HAND);
    expect(m.n).toBe(8);
    expect(m.mean).toBe(4);
    expect(m.df).toBe(7);
    expect(m.standardDeviation).toBeCloseTo(1.0690449676496976, 14);
    expect(m.standardError).toBeCloseTo(0.3779644730092272, 14);
    expect(m.ci?.lower).toBeCloseTo(3.1062560408818953, 12);
    expect(m.ci?.upper).toBeCloseTo(4.893743959118105, 12);
  });

  it('narrows the interval by √(1 − n/N) when the population is known', () => {
    // 8 of 20 surveyed: SE = 0.3779644730 · √0.6 = 0.2927700219 → half-width 0.6922910939.
    const m = meanWithCi(HAND, { population: 20 });
    expect(m.ci?.lower).toBeCloseTo(3.3077089061124196, 12);
    expect(m.ci?.upper).toBeCloseTo(4.69229109388758, 12);
  });

  it('gives a zero-width interval for a census and for identical answers', () => {
    expect(meanWithCi(HAND, { population: 8 }).ci).toEqual({ lower: 4, upper: 4 });
    expect(meanWithCi([3, 3, 3])).toMatchObject({
      mean: 3,
      standardDeviation: 0,
      ci: { lower: 3, upper: 3 },
    });
  });

  it('gives no interval below two answers and nothing at all for none', () => {
    expect(meanWithCi([4])).toEqual({
      n: 1,
      mean: 4,
      standardDeviation: null,
      standardError: null,
      df: null,
      ci: null,
    });
    expect(meanWithCi([])).toMatchObject({ n: 0, mean: null, ci: null });
    expect(mean([])).toBeNull();
    expect(standardDeviation([2])).toBeNull();
  });

  it('rejects a population smaller than the sample, and non-finite values', () => {
    expect(() => meanWithCi(HAND, { population: 7 })).toThrow(RangeError);
    expect(() => meanWithCi([1], { population: 0 })).toThrow(RangeError);
    expect(() => meanWithCi([1, Number.NaN])).toThrow(RangeError);
  });
});

describe('median and ordinalMedian', () => {
  it('averages the two middle values for the usual median', () => {
    expect(median([1, 5, 3])).toBe(3);
    expect(median([4, 1, 3, 2])).toBe(2.5);
    expect(median(HAND)).toBe(4);
  });

  it('takes the lower middle answer for ordinal data, never a point between labels', () => {
    // 2, 3 | 4, 5: cumulative share reaches 50 % at 3.
    expect(ordinalMedian([5, 2, 4, 3])).toBe(3);
    expect(ordinalMedian([1, 5, 3])).toBe(3);
    expect(ordinalMedian([4, 4, 5, 5])).toBe(4);
  });

  it('gives null for no answers', () => {
    expect(median([])).toBeNull();
    expect(ordinalMedian([])).toBeNull();
  });
});

describe('summariseItem', () => {
  it('puts distribution, n, N, response rate, top-2-box, mean and medians together', () => {
    const s = summariseItem(HAND, LIKERT_5, { population: 20 });
    expect(s).toMatchObject({
      n: 8,
      population: 20,
      responseRate: 0.4,
      median: 4,
      ordinalMedian: 4,
      topTwoBox: { successes: 6, n: 8, share: 0.75 },
      mean: { mean: 4 },
    });
    expect(s.distribution.points.map((p) => p.count)).toEqual([0, 1, 1, 3, 3]);
  });

  it('has nulls, not NaN, for an item nobody answered', () => {
    const s = summariseItem([], LIKERT_5);
    expect(s).toMatchObject({
      n: 0,
      population: null,
      responseRate: null,
      median: null,
      ordinalMedian: null,
      topTwoBox: { successes: 0, n: 0, share: null, ci: null },
      mean: { mean: null, ci: null },
    });
    expect(JSON.stringify(s)).not.toContain('NaN');
  });
});
