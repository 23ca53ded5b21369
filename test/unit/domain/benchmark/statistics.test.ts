import {
  distribution,
  percentileRank,
  quantile,
} from '../../../../functions/domain/benchmark/statistics';

describe('quantile (Hyndman & Fan type 7, as R and Excel QUARTILE.INC)', () => {
  it('interpolates between order statistics: R quantile(1:4) = 1.75, 2.5, 3.25', () => {
    // h = (n − 1)·p = 3·0.25 = 0.75 → x₀ + 0.75·(x₁ − x₀) = 1 + 0.75 = 1.75
    expect(quantile([1, 2, 3, 4], 0.25)).toBeCloseTo(1.75, 12);
    expect(quantile([1, 2, 3, 4], 0.5)).toBeCloseTo(2.5, 12);
    // h = 2.25 → 3 + 0.25·(4 − 3) = 3.25
    expect(quantile([1, 2, 3, 4], 0.75)).toBeCloseTo(3.25, 12);
  });

  it('hits order statistics exactly when (n − 1)·p is whole', () => {
    expect([0.25, 0.5, 0.75].map((p) => quantile([10, 20, 40, 80, 160], p))).toEqual([20, 40, 80]);
  });

  it('matches R on an even-sized sample with ties: quantile(c(3,1,4,1,5,9,2,6))', () => {
    const sorted = [1, 1, 2, 3, 4, 5, 6, 9];
    expect(quantile(sorted, 0.25)).toBeCloseTo(1.75, 12); // h = 1.75: 1 + 0.75·(2 − 1)
    expect(quantile(sorted, 0.5)).toBeCloseTo(3.5, 12); // h = 3.5: 3 + 0.5·(4 − 3)
    expect(quantile(sorted, 0.75)).toBeCloseTo(5.25, 12); // h = 5.25: 5 + 0.25·(6 − 5)
  });

  it('gives the minimum at p = 0, the maximum at p = 1, the value itself for one value', () => {
    expect(quantile([2, 7, 9], 0)).toBe(2);
    expect(quantile([2, 7, 9], 1)).toBe(9);
    expect(quantile([42], 0.25)).toBe(42);
  });

  it('refuses no values and p outside [0, 1]', () => {
    expect(() => quantile([], 0.5)).toThrow(RangeError);
    expect(() => quantile([1], 1.5)).toThrow(RangeError);
  });
});

describe('percentile rank (mid-rank: 100·(below + ½·equal) ÷ n)', () => {
  const five = [10, 20, 30, 40, 50];

  it('ranks the top of five at 90, the bottom at 10, the middle at 50', () => {
    expect(percentileRank(five, 50)).toBe(90); // (4 + 0.5) ÷ 5
    expect(percentileRank(five, 10)).toBe(10); // (0 + 0.5) ÷ 5
    expect(percentileRank(five, 30)).toBe(50); // (2 + 0.5) ÷ 5
  });

  it('gives ties their shared middle rank', () => {
    expect(percentileRank([1, 2, 2, 2, 3], 2)).toBe(50); // (1 + 1.5) ÷ 5
  });

  it('refuses an empty group', () => {
    expect(() => percentileRank([], 1)).toThrow(RangeError);
  });
});

describe('distribution', () => {
  it('sorts first and gives n and the three quartiles', () => {
    expect(distribution([4, 1, 3, 2])).toEqual({
      n: 4,
      lowerQuartile: 1.75,
      median: 2.5,
      upperQuartile: 3.25,
    });
  });
});
