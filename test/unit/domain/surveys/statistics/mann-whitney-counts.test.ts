import {
  mannWhitneyFromCounts,
  mannWhitneyU,
  type RankTestOptions,
} from '../../../../../functions/domain/surveys/statistics/mann-whitney';

/** A reproducible pseudo-random source (Park–Miller), so a failure can be replayed. */
const random = (seed: number): (() => number) => {
  let state = seed;
  return () => {
    state = (state * 48271) % 2147483647;
    return state / 2147483647;
  };
};

/** The values `points[k]` repeated `counts[k]` times, shuffled so the order cannot matter. */
const expand = (points: readonly number[], counts: readonly number[], next: () => number) => {
  const values = points.flatMap((point, k) =>
    Array.from({ length: counts[k] as number }, () => point),
  );
  for (let i = values.length - 1; i > 0; i--) {
    const j = Math.floor(next() * (i + 1));
    [values[i], values[j]] = [values[j] as number, values[i] as number];
  }
  return values;
};

const range = (length: number, from = 1): number[] => Array.from({ length }, (_, k) => from + k);

/**
 * Counts of n answers over the points: 'uniform', 'skewed' (most on the top point, as
 * satisfaction items are), 'lumpy' (a few points only, the rest empty).
 */
const drawCounts = (
  n: number,
  points: number,
  shape: 'uniform' | 'skewed' | 'lumpy',
  next: () => number,
): number[] => {
  const weights = range(points, 0).map((k) =>
    shape === 'uniform' ? 1 : shape === 'skewed' ? 2 ** k : next() < 0.4 ? next() : 0,
  );
  if (!weights.some((w) => w > 0)) weights[0] = 1; // a lumpy draw may leave no point
  const total = weights.reduce((s, w) => s + w, 0);
  const counts = new Array<number>(points).fill(0);
  for (let i = 0; i < n; i++) {
    let u = next() * total;
    let k = 0;
    while (k < points - 1 && u >= (weights[k] as number)) u -= weights[k++] as number;
    counts[k] = (counts[k] as number) + 1;
  }
  return counts;
};

/** Both forms on the same data: every field identical, not merely close. */
const expectSame = (
  countsA: number[],
  countsB: number[],
  options: RankTestOptions = {},
  points: readonly number[] = range(countsA.length),
  seed = 1,
): void => {
  const next = random(seed);
  const sorted = mannWhitneyU(
    expand(points, countsA, next),
    expand(points, countsB, next),
    options,
  );
  expect(mannWhitneyFromCounts(countsA, countsB, options)).toStrictEqual(sorted);
};

describe('mannWhitneyFromCounts', () => {
  it('reproduces R’s airquality example with many ties (W = 127.5, p = 0.0001208)', () => {
    // The published example of mann-whitney.test.ts, as counts over its distinct readings.
    const may = [
      41, 36, 12, 18, 28, 23, 19, 8, 7, 16, 11, 14, 18, 14, 34, 6, 30, 11, 1, 11, 4, 32, 23, 45,
      115, 37,
    ];
    const august = [
      39, 9, 16, 78, 35, 66, 122, 89, 110, 44, 28, 65, 22, 59, 23, 31, 44, 21, 9, 45, 168, 73, 76,
      118, 84, 85,
    ];
    const points = [...new Set([...may, ...august])].sort((a, b) => a - b);
    const countsOf = (values: number[]) =>
      points.map((point) => values.filter((v) => v === point).length);

    const result = mannWhitneyFromCounts(countsOf(may), countsOf(august));

    expect(result?.u1).toBe(127.5);
    expect(result?.p).toBeCloseTo(0.0001208, 7);
    expect(result?.p).toBeCloseTo(0.00012080783076877434, 14);
    expect(result?.significant).toBe(true);
    expect(result).toStrictEqual(mannWhitneyU(may, august));
  });

  it('matches the hand computation on a small Likert set with ties', () => {
    // a = 1 2 2 3, b = 2 3 3 4 5 (mann-whitney.test.ts): U1 = 3, σ² = 140/9, p = 0.0993422.
    const result = mannWhitneyFromCounts([1, 2, 1, 0, 0], [0, 1, 2, 1, 1]);
    expect(result).toMatchObject({ n1: 4, n2: 5, u1: 3, uMin: 3, probabilityOfSuperiority: 0.15 });
    expect(result?.z).toBeCloseTo(-6.5 / Math.sqrt(140 / 9), 12);
    expect(result?.p).toBeCloseTo(0.09934224785346528, 13);
  });

  describe('gives exactly mannWhitneyU’s result', () => {
    const shapes = ['uniform', 'skewed', 'lumpy'] as const;
    const cases = [1, 2, 3, 5, 8, 13, 30, 57, 100, 333, 1000].flatMap((n1, i) =>
      [2, 5, 7, 11].flatMap((points, j) =>
        shapes.map((shape, s) => ({
          n1,
          n2: [1, 4, 9, 60, 250, 1200][(i + j + s) % 6] as number,
          points,
          shape,
        })),
      ),
    );

    it.each(cases)(
      'for $n1 vs $n2 answers on $points points, $shape',
      ({ n1, n2, points, shape }) => {
        const next = random(n1 * 7919 + n2 * 31 + points);
        const a = drawCounts(n1, points, shape, next);
        const b = drawCounts(n2, points, shape === 'skewed' ? 'uniform' : shape, next);
        expectSame(a, b, {}, range(points), n1 + n2);
        expectSame(b, a, { continuity: false, alpha: 0.01 }, range(points), n1 + n2);
      },
    );

    it('on 100,000 answers a side, where Σ(t³ − t) is near 2⁵³', () => {
      const next = random(2024);
      expectSame(drawCounts(100_000, 5, 'skewed', next), drawCounts(100_000, 5, 'skewed', next));
      expectSame(
        [0, 0, 0, 0, 100_000],
        [0, 0, 0, 1, 99_999], // one big tie group: t = 199,999
      );
    });

    it('when one side is all on one point', () => {
      expectSame([0, 0, 12, 0, 0], [3, 1, 4, 1, 5]);
      expectSame([3, 1, 4, 1, 5], [0, 0, 0, 0, 9]);
      expectSame([7, 0, 0, 0, 0], [0, 0, 0, 0, 7]); // no overlap at all
      expectSame([0, 0, 1, 0, 0], [0, 0, 1, 0, 0]); // n = 2, one tie
    });

    it('when every answer is the same: z = 0, p = 1', () => {
      expectSame([0, 5, 0], [0, 3, 0]);
      expect(mannWhitneyFromCounts([0, 5, 0], [0, 3, 0])).toMatchObject({
        u1: 7.5,
        z: 0,
        p: 1,
        significant: false,
      });
    });

    it('for single answers and points nobody chose', () => {
      expectSame([1], [1]);
      expectSame([1, 0], [0, 1]);
      expectSame([0, 0, 1, 0, 0, 0, 0, 0, 0, 0, 0], [0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1]);
      expectSame([0, 2, 0, 0, 3, 0], [1, 0, 0, 0, 0, 4]);
    });

    it('for ordered values that are not whole numbers (only their order counts)', () => {
      const points = [0, 12.5, 25, 33.333333333333336, 77.5, 100];
      const next = random(99);
      const a = drawCounts(400, points.length, 'lumpy', next);
      const b = drawCounts(300, points.length, 'uniform', next);
      expectSame(a, b, {}, points);
      expectSame([2, 0, 1, 0, 0, 4], [0, 3, 0, 1, 2, 0], { continuity: false }, points);
    });

    it('for typed arrays of counts', () => {
      const result = mannWhitneyFromCounts(
        Float64Array.from([1, 2, 1]),
        Int32Array.from([0, 3, 2]),
      );
      expect(result).toStrictEqual(mannWhitneyFromCounts([1, 2, 1], [0, 3, 2]));
    });
  });

  it('gives null when a sample is empty', () => {
    expect(mannWhitneyFromCounts([0, 0, 0], [1, 2, 3])).toBeNull();
    expect(mannWhitneyFromCounts([1, 2, 3], [0, 0, 0])).toBeNull();
    expect(mannWhitneyFromCounts([], [])).toBeNull();
  });

  it('rejects counts that are not whole numbers ≥ 0, or lists of different lengths', () => {
    expect(() => mannWhitneyFromCounts([1, -1], [1, 1])).toThrow(RangeError);
    expect(() => mannWhitneyFromCounts([1, 1], [1, 0.5])).toThrow(RangeError);
    expect(() => mannWhitneyFromCounts([1, Number.NaN], [1, 1])).toThrow(RangeError);
    expect(() => mannWhitneyFromCounts([1, Number.POSITIVE_INFINITY], [1, 1])).toThrow(RangeError);
    expect(() => mannWhitneyFromCounts([1, 2, 3], [1, 2])).toThrow(/same points/);
  });
});
