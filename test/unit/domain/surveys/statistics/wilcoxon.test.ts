import { wilcoxonSignedRank } from '../../../../../functions/domain/surveys/statistics/wilcoxon';

describe('wilcoxonSignedRank', () => {
  // Hollander & Wolfe (1973), p. 29f, the R documentation example of ?wilcox.test: Hamilton
  // depression scale factor of 9 patients at the first (x) and second (y) visit.
  // wilcox.test(x, y, paired = TRUE, alternative = "greater") → V = 40, p = 0.01953 (exact);
  // wilcox.test(y - x, alternative = "less", exact = FALSE, correct = FALSE) → p = 0.01908.
  const x = [1.83, 0.5, 1.62, 2.48, 1.68, 1.88, 1.55, 3.06, 1.3];
  const y = [0.878, 0.647, 0.598, 2.05, 1.06, 1.29, 1.06, 3.14, 1.29];

  it('reproduces Hollander & Wolfe’s exact result: two-sided p = 2 × 0.01953', () => {
    // before = y, after = x makes d = x − y, so W+ is R's V = 40; W− = 45 − 40 = 5.
    // Sign patterns with W− ≤ 5: 10 of 2⁹ = 512 → one-sided 0.01953125, two-sided 0.0390625.
    const result = wilcoxonSignedRank(y, x);
    expect(result).toMatchObject({
      n: 9,
      zeros: 0,
      wPlus: 40,
      wMinus: 5,
      t: 5,
      method: 'exact',
      z: null,
    });
    expect(result?.p).toBeCloseTo(0.0390625, 15);
    expect(result?.p).toBeCloseTo(2 * 0.01953, 4);
    expect(result?.significant).toBe(true);
  });

  it('reproduces Hollander & Wolfe’s large-sample result without continuity correction', () => {
    // z = (40 − 22.5)/√71.25 = 2.0732211; one-sided 0.01908 → two-sided 0.0381517.
    const result = wilcoxonSignedRank(y, x, { method: 'normal', continuity: false });
    expect(result?.method).toBe('normal');
    expect(result?.z).toBeCloseTo(17.5 / Math.sqrt(71.25), 12);
    expect(result?.p).toBeCloseTo(2 * 0.01908, 4);
  });

  it('drops a zero, averages a tie and uses the corrected normal approximation', () => {
    // d = after − before = 15, −7, 5, 20, 0, −9, 17, −12, 5, −10. The 0 is dropped (n = 9);
    // |d| sorted 5, 5, 7, 9, 10, 12, 15, 17, 20 → ranks 1.5, 1.5, 3, 4, 5, 6, 7, 8, 9.
    // W+ = 7 + 1.5 + 9 + 8 + 1.5 = 27, W− = 3 + 4 + 6 + 5 = 18. The tie rules out the exact test.
    // μ = 9·10/4 = 22.5; σ² = 9·10·19/24 − (2³ − 2)/48 = 71.25 − 0.125 = 71.125, σ = 8.4335638;
    // z = (|27 − 22.5| − 0.5)/σ = 0.4742953; p = 2(1 − Φ(z)) = 0.6352893
    // (scipy.stats.wilcoxon(after, before, method='approx', correction=True) → 0.6352893188352069).
    const before = [110, 122, 125, 120, 140, 124, 123, 137, 135, 145];
    const after = [125, 115, 130, 140, 140, 115, 140, 125, 140, 135];
    const result = wilcoxonSignedRank(before, after);
    expect(result).toMatchObject({
      pairs: 10,
      zeros: 1,
      n: 9,
      wPlus: 27,
      wMinus: 18,
      t: 18,
      method: 'normal',
    });
    expect(result?.z).toBeCloseTo(4 / Math.sqrt(71.125), 12);
    expect(result?.p).toBeCloseTo(0.6352893188352069, 13);
    expect(result?.significant).toBe(false);
  });

  it('computes a small exact p-value that can be checked by counting', () => {
    // d = 1, −2, 3, 4, 5: W− = 2; rank sums ≤ 2 are {}, {1}, {2}: 3 of 32 → p = 2·3/32 = 0.1875.
    const result = wilcoxonSignedRank([0, 0, 0, 0, 0], [1, -2, 3, 4, 5]);
    expect(result).toMatchObject({ wPlus: 13, wMinus: 2, method: 'exact', p: 0.1875 });
  });

  it('uses the normal approximation above 25 pairs', () => {
    // d = 1…30 with 3, 8, 15 and 22 negative: W− = 48, W+ = 417, μ = 232.5, σ² = 2363.75;
    // z = 184/48.618412 = 3.7845744 → p = 0.00015397 (scipy: 0.0001539718168056724).
    const after = Array.from({ length: 30 }, (_, i) =>
      [3, 8, 15, 22].includes(i + 1) ? -(i + 1) : i + 1,
    );
    const result = wilcoxonSignedRank(new Array<number>(30).fill(0), after);
    expect(result).toMatchObject({ n: 30, wMinus: 48, method: 'normal' });
    expect(result?.p).toBeCloseTo(0.0001539718168056724, 15);
  });

  it('gives p = 1 when nothing changed and null when there are no pairs', () => {
    expect(wilcoxonSignedRank([3, 4, 5], [3, 4, 5])).toMatchObject({
      n: 0,
      zeros: 3,
      p: 1,
      significant: false,
    });
    expect(wilcoxonSignedRank([], [])).toBeNull();
  });

  it('rejects samples of different lengths', () => {
    expect(() => wilcoxonSignedRank([1, 2], [1])).toThrow('differ in length');
  });
});
