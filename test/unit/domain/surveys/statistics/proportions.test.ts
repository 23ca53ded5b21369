import {
  proportion,
  responseRate,
  topBoxCount,
  topTwoBox,
  wilsonInterval,
} from '../../../../../functions/domain/surveys/statistics/proportions';
import {
  LIKERT_5,
  LIKERT_7,
  NPS_SCALE,
} from '../../../../../functions/domain/surveys/statistics/scale';

describe('wilsonInterval', () => {
  // Newcombe (1998), Statistics in Medicine 17: 857–872: the worked examples, Wilson score method.
  it.each([
    [81, 263, 0.2553, 0.3662],
    [15, 148, 0.0624, 0.1605],
    [0, 20, 0, 0.1611],
    [1, 29, 0.0061, 0.1718],
  ])('gives Newcombe’s interval for %d/%d', (x, n, lower, upper) => {
    const ci = wilsonInterval(x, n);
    expect(ci?.lower).toBeCloseTo(lower, 4);
    expect(ci?.upper).toBeCloseTo(upper, 4);
  });

  it('keeps 0/n and n/n inside 0–1', () => {
    expect(wilsonInterval(0, 20)?.lower).toBe(0);
    const all = wilsonInterval(29, 29);
    expect(all?.upper).toBeLessThanOrEqual(1);
    expect(all?.lower).toBeCloseTo(0.8830302015002592, 12);
  });

  it('narrows with the finite-population correction', () => {
    // 24 of 30 answered, N = 40: f = 10/39 = 0.2564102564, z² f = 0.9850, Wilson with that z²:
    // centre (24 + 0.4925)/(30 + 0.9850) = 0.7904632, half 0.0719529 → 0.7185–0.8624
    // (uncorrected: 0.6269–0.9049).
    const corrected = wilsonInterval(24, 30, { population: 40 });
    expect(corrected?.lower).toBeCloseTo(0.7185102600063853, 12);
    expect(corrected?.upper).toBeCloseTo(0.8624161925959746, 12);
    expect(wilsonInterval(24, 30)?.lower).toBeCloseTo(0.6269430358685175, 12);
  });

  it('collapses to the observed share for a census', () => {
    expect(wilsonInterval(24, 30, { population: 30 })).toEqual({ lower: 0.8, upper: 0.8 });
  });

  it('gives null for n = 0 and rejects impossible counts', () => {
    expect(wilsonInterval(0, 0)).toBeNull();
    expect(() => wilsonInterval(5, 4)).toThrow(RangeError);
    expect(() => wilsonInterval(-1, 4)).toThrow(RangeError);
    expect(() => wilsonInterval(1, 4, { population: 3 })).toThrow(RangeError);
    expect(() => wilsonInterval(1, 4, { confidence: 95 })).toThrow(RangeError);
  });
});

describe('topTwoBox', () => {
  it('counts the two most favourable points of each scale', () => {
    expect(topBoxCount([5, 4, 3, 2, 1, 4], LIKERT_5)).toBe(3);
    expect(topBoxCount([7, 6, 5, 1], LIKERT_7)).toBe(2);
    expect(topBoxCount([10, 9, 8, 0], NPS_SCALE)).toBe(2);
    expect(topBoxCount([5, 4, 3], LIKERT_5, 1)).toBe(1);
  });

  it('gives the share with its Wilson interval', () => {
    // 6 of 8 in 4–5: 0.75, Wilson 0.4093–0.9285.
    const t2b = topTwoBox([5, 4, 4, 3, 5, 2, 4, 5], LIKERT_5);
    expect(t2b).toMatchObject({ successes: 6, n: 8, share: 0.75 });
    expect(t2b.ci?.lower).toBeCloseTo(0.4093, 4);
    expect(t2b.ci?.upper).toBeCloseTo(0.9285, 4);
  });

  it('gives a null share for no answers and rejects an off-scale value', () => {
    expect(topTwoBox([], LIKERT_5)).toEqual({ successes: 0, n: 0, share: null, ci: null });
    expect(() => topTwoBox([0], LIKERT_5)).toThrow(RangeError);
    expect(() => topBoxCount([1], LIKERT_5, 5)).toThrow(RangeError);
  });

  it('builds an estimate from plain counts too', () => {
    expect(proportion(81, 263).share).toBeCloseTo(0.308, 3);
  });
});

describe('responseRate', () => {
  it('is n ÷ N as a share', () => {
    expect(responseRate(30, 40)).toBe(0.75);
    expect(responseRate(0, 40)).toBe(0);
  });

  it('is null when N is unknown or zero, and rejects n above N', () => {
    expect(responseRate(30, undefined)).toBeNull();
    expect(responseRate(0, 0)).toBeNull();
    expect(() => responseRate(41, 40)).toThrow('exceeds the population');
  });
});
