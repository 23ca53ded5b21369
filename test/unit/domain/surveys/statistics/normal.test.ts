import {
  normalCdf,
  normalQuantile,
  normalSurvival,
  twoSidedP,
  zCritical,
} from '../../../../../functions/domain/surveys/statistics/normal';
import {
  erfc,
  incompleteBeta,
  lnGamma,
} from '../../../../../functions/domain/surveys/statistics/special-functions';

/** Relative closeness: |actual − expected| ≤ tolerance·|expected|. */
const expectRelative = (actual: number, expected: number, tolerance: number): void => {
  expect(Math.abs(actual - expected)).toBeLessThanOrEqual(tolerance * Math.abs(expected));
};

describe('normalQuantile (Wichura AS 241)', () => {
  it('gives the familiar critical values to 1e-12', () => {
    expect(normalQuantile(0.975)).toBeCloseTo(1.959963985, 9);
    // scipy.stats.norm.ppf
    expectRelative(normalQuantile(0.975), 1.959963984540054, 1e-12);
    expectRelative(normalQuantile(0.95), 1.6448536269514722, 1e-12);
    expectRelative(normalQuantile(0.995), 2.5758293035489004, 1e-12);
    expectRelative(normalQuantile(0.3), -0.5244005127080409, 1e-12);
    expect(normalQuantile(0.5)).toBe(0);
  });

  it('stays accurate in the tails, in every branch of the algorithm', () => {
    expectRelative(normalQuantile(0.02425), -1.972961051311885, 1e-12);
    expectRelative(normalQuantile(1e-10), -6.361340902404056, 1e-12);
    expectRelative(normalQuantile(0.999999), 4.753424308817087, 1e-9);
    expectRelative(normalQuantile(1e-300), -37.0470962993612, 1e-12);
  });

  it('is symmetric and inverts the CDF', () => {
    for (const p of [0.001, 0.05, 0.2, 0.45]) {
      expect(normalQuantile(1 - p)).toBeCloseTo(-normalQuantile(p), 12);
      expect(normalCdf(normalQuantile(p))).toBeCloseTo(p, 14);
    }
  });

  it('gives infinities at 0 and 1 and rejects a p outside 0–1', () => {
    expect(normalQuantile(0)).toBe(-Infinity);
    expect(normalQuantile(1)).toBe(Infinity);
    expect(() => normalQuantile(1.2)).toThrow(RangeError);
    expect(() => normalQuantile(Number.NaN)).toThrow(RangeError);
  });

  it('gives 1.959963984540054 as the 95 % critical value', () => {
    expectRelative(zCritical(0.95), 1.959963984540054, 1e-12);
  });
});

describe('normalCdf and normalSurvival (via erfc)', () => {
  it('match scipy.stats.norm to 1e-14 absolute', () => {
    const cases: Array<[number, number]> = [
      [0, 0.5],
      [1, 0.8413447460685429],
      [-1, 0.15865525393145707],
      [0.5, 0.6914624612740131],
      [2.5, 0.9937903346742238],
      [-3, 0.0013498980316300933],
      [1.959963984540054, 0.975],
    ];
    for (const [x, expected] of cases)
      expect(Math.abs(normalCdf(x) - expected)).toBeLessThan(1e-14);
  });

  it('keeps the relative precision of far tails', () => {
    expectRelative(normalSurvival(5), 2.866515718791933e-7, 1e-12);
    expectRelative(normalSurvival(10), 7.61985302416047e-24, 1e-12);
    expectRelative(normalCdf(-8), 6.22096057427174e-16, 1e-12);
    expect(normalCdf(-40)).toBe(0);
    expect(normalCdf(40)).toBe(1);
  });

  it('gives two-sided p-values that never exceed 1', () => {
    expect(twoSidedP(1.959963984540054)).toBeCloseTo(0.05, 14);
    expect(twoSidedP(-1.959963984540054)).toBeCloseTo(0.05, 14);
    expect(twoSidedP(0)).toBe(1);
  });
});

describe('special functions', () => {
  it('erfc matches scipy.special.erfc across both of its methods', () => {
    expectRelative(erfc(0.3), 0.6713732405408726, 1e-14);
    expectRelative(erfc(3), 2.2090496998585445e-5, 1e-13);
    expectRelative(erfc(-1.2), 1.9103139782296354, 1e-14);
    expectRelative(erfc(10), 2.0884875837625446e-45, 1e-13);
    expect(erfc(0)).toBe(1);
  });

  it('lnGamma matches scipy.special.gammaln', () => {
    expectRelative(lnGamma(0.5), 0.5723649429247001, 1e-14); // ln √π
    expectRelative(lnGamma(0.1), 2.252712651734206, 1e-14);
    expect(lnGamma(1)).toBeCloseTo(0, 14);
    expectRelative(lnGamma(10.5), 13.940625219403763, 1e-14);
    expectRelative(lnGamma(100), 359.1342053695754, 1e-14);
    expect(() => lnGamma(0)).toThrow(RangeError);
  });

  it('incompleteBeta matches scipy.special.betainc', () => {
    expectRelative(incompleteBeta(0.3, 2.5, 0.5).lower, 0.018927124071945658, 1e-13);
    expectRelative(incompleteBeta(0.45, 50, 60).lower, 0.4642352914306031, 1e-12);
    expect(incompleteBeta(0, 2, 3)).toEqual({ lower: 0, upper: 1 });
    expect(incompleteBeta(1, 2, 3)).toEqual({ lower: 1, upper: 0 });
  });
});
