import {
  studentTCdf,
  studentTQuantile,
  tCritical,
} from '../../../../../functions/domain/surveys/statistics/student-t';

/**
 * t(0.975, df) from scipy.stats.t.ppf, and as printed in the usual 3-decimal tables
 * (e.g. Fisher & Yates; any statistics textbook's appendix).
 */
const T_975: Array<[number, number, number]> = [
  [1, 12.706204736174694, 12.706],
  [2, 4.302652729749462, 4.303],
  [5, 2.5705818356363146, 2.571],
  [10, 2.228138851986274, 2.228],
  [30, 2.0422724563012378, 2.042],
  [120, 1.9799304050824402, 1.98],
];
const T_995: Array<[number, number]> = [
  [1, 63.656741162871526],
  [2, 9.924843200918287],
  [5, 4.032142983555228],
  [10, 3.16927267261695],
  [30, 2.7499956535672254],
  [120, 2.6174211451068654],
];

describe('studentTQuantile', () => {
  it.each(T_975)('reproduces t(0.975, %d) from the tables', (df, exact, printed) => {
    const t = studentTQuantile(0.975, df);
    expect(Math.abs(t - exact)).toBeLessThan(1e-10 * exact);
    expect(t).toBeCloseTo(printed, 3);
    expect(tCritical(0.95, df)).toBe(t);
  });

  it.each(T_995)('reproduces t(0.995, %d) from the tables', (df, exact) => {
    expect(Math.abs(studentTQuantile(0.995, df) - exact)).toBeLessThan(1e-10 * exact);
  });

  it('handles fractional df, the lower tail and extreme probabilities', () => {
    expect(studentTQuantile(0.975, 2.5)).toBeCloseTo(3.5746548420036817, 10);
    expect(studentTQuantile(0.025, 7)).toBeCloseTo(-2.3646242515927844, 10);
    expect(studentTQuantile(1 - 1e-10, 4) / 416.17513172081755).toBeCloseTo(1, 9);
    expect(studentTQuantile(0.5, 3)).toBe(0);
  });

  it('tends to the normal quantile as df grows', () => {
    expect(studentTQuantile(0.975, Infinity)).toBeCloseTo(1.959963984540054, 12);
    expect(studentTQuantile(0.975, 1e5)).toBeCloseTo(1.96, 4);
  });

  it('rejects df ≤ 0 and p outside 0–1', () => {
    expect(() => studentTQuantile(0.975, 0)).toThrow(RangeError);
    expect(() => studentTQuantile(1.5, 3)).toThrow(RangeError);
  });
});

describe('studentTCdf', () => {
  it('matches scipy.stats.t.cdf and .sf', () => {
    expect(studentTCdf(2, 7)).toBeCloseTo(0.957190335718512, 13);
    expect(1 - studentTCdf(10, 3)).toBeCloseTo(0.0010641995292070751, 13);
    expect(studentTCdf(0, 5)).toBe(0.5);
  });

  it('is the inverse of the quantile', () => {
    for (const df of [1, 3, 12.5, 60]) {
      for (const p of [0.01, 0.3, 0.9, 0.999]) {
        expect(studentTCdf(studentTQuantile(p, df), df)).toBeCloseTo(p, 12);
      }
    }
  });
});
