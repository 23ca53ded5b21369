import { mannWhitneyU } from '../../../../../functions/domain/surveys/statistics/mann-whitney';

describe('mannWhitneyU', () => {
  it('reproduces R’s published airquality example with many ties (W = 127.5, p = 0.0001208)', () => {
    // R documentation, ?wilcox.test: wilcox.test(Ozone ~ Month, data = airquality,
    // subset = Month %in% c(5, 8)) → W = 127.5, p-value = 0.0001208; the non-missing ozone
    // readings of May and August 1973. scipy gives 0.00012080783076877434.
    const may = [
      41, 36, 12, 18, 28, 23, 19, 8, 7, 16, 11, 14, 18, 14, 34, 6, 30, 11, 1, 11, 4, 32, 23, 45,
      115, 37,
    ];
    const august = [
      39, 9, 16, 78, 35, 66, 122, 89, 110, 44, 28, 65, 22, 59, 23, 31, 44, 21, 9, 45, 168, 73, 76,
      118, 84, 85,
    ];
    const result = mannWhitneyU(may, august);
    expect(result?.u1).toBe(127.5);
    expect(result?.uMin).toBe(127.5);
    expect(result?.p).toBeCloseTo(0.0001208, 7);
    expect(result?.p).toBeCloseTo(0.00012080783076877434, 14);
    expect(result?.significant).toBe(true);
    expect(result?.z).toBeLessThan(0);
  });

  it('reproduces a second published example with ties (W = 51.5, p = 0.5966)', () => {
    // endmemo.com/r/wilcoxon.php: wilcox.test(x, y) with continuity correction.
    const x = [1, 5, 9, 24, 56, 21, 3, 7, 21, 4];
    const y = [12, 15, 5, 9, 9, 14, 56, 22, 3, 7, 32, 5];
    const result = mannWhitneyU(x, y);
    expect(result?.u1).toBe(51.5);
    expect(result?.p).toBeCloseTo(0.5966, 4);
    expect(result?.p).toBeCloseTo(0.5965969026279817, 13);
    expect(result?.significant).toBe(false);
  });

  it('matches the hand computation on a small Likert set with ties', () => {
    // a = 1 2 2 3, b = 2 3 3 4 5. Pooled ranks: 1→1; the three 2s share 2–4 → 3; the three 3s
    // share 5–7 → 6; 4→8; 5→9. R1 = 1 + 3 + 3 + 6 = 13, U1 = 13 − 4·5/2 = 3, U2 = 20 − 3 = 17.
    // μ = 10; Σ(t³ − t) = 24 + 24 = 48; σ² = (20/12)·(10 − 48/72) = 140/9, σ = 3.9440532.
    // z = −(|3 − 10| − 0.5)/σ = −1.6480508; p = 2(1 − Φ(1.6480508)) = 0.0993422
    // (scipy.stats.mannwhitneyu(a, b, method='asymptotic') → 0.09934224785346528).
    const result = mannWhitneyU([1, 2, 2, 3], [2, 3, 3, 4, 5]);
    expect(result).toMatchObject({ n1: 4, n2: 5, u1: 3, uMin: 3, probabilityOfSuperiority: 0.15 });
    expect(result?.z).toBeCloseTo(-6.5 / Math.sqrt(140 / 9), 12);
    expect(result?.p).toBeCloseTo(0.09934224785346528, 13);
    expect(result?.significant).toBe(false);
  });

  it('states U1 for the first sample, so swapping samples swaps U1 but not p', () => {
    const forward = mannWhitneyU([19, 22, 16, 29, 24], [20, 11, 17, 12]);
    const backward = mannWhitneyU([20, 11, 17, 12], [19, 22, 16, 29, 24]);
    // scipy docs example (Wikipedia's males/females): U1 = 17, asymptotic p = 0.11134688653314041.
    expect(forward?.u1).toBe(17);
    expect(backward?.u1).toBe(3);
    expect(forward?.uMin).toBe(3);
    expect(forward?.p).toBeCloseTo(0.11134688653314041, 13);
    expect(backward?.p).toBeCloseTo(forward?.p ?? Number.NaN, 14);
  });

  it('drops the continuity correction on request', () => {
    const result = mannWhitneyU([19, 22, 16, 29, 24], [20, 11, 17, 12], { continuity: false });
    expect(result?.p).toBeCloseTo(0.0864107329737, 12);
  });

  it('gives z = 0 and p = 1 when every answer is the same', () => {
    expect(mannWhitneyU([3, 3, 3], [3, 3])).toMatchObject({
      u1: 3,
      z: 0,
      p: 1,
      significant: false,
    });
  });

  it('gives null when a sample is empty and rejects non-finite values', () => {
    expect(mannWhitneyU([], [1, 2])).toBeNull();
    expect(mannWhitneyU([1], [])).toBeNull();
    expect(() => mannWhitneyU([1, Number.POSITIVE_INFINITY], [2])).toThrow(RangeError);
  });
});
