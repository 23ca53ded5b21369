import {
  estimateFromTally,
  npsOfTally,
  summariseTally,
} from '../../../../../functions/domain/surveys/analysis/tally';
import {
  meanWithCi,
  median,
  netPromoterScore,
  ordinalMedian,
  summariseItem,
  type Scale,
} from '../../../../../functions/domain/surveys/statistics';

/** A reproducible pseudo-random source (Park–Miller), so a failure can be replayed. */
const random = (seed: number): (() => number) => {
  let state = seed;
  return () => {
    state = (state * 48271) % 2147483647;
    return state / 2147483647;
  };
};

const tallyOf = (values: number[], scale: Scale): number[] => {
  const counts = new Array<number>(scale.max - scale.min + 1).fill(0);
  values.forEach((v) => (counts[v - scale.min] = (counts[v - scale.min] as number) + 1));
  return counts;
};

/** Every number in `actual` within 1e-9 of `expected`, and the same shape otherwise. */
const expectSameFigures = (actual: unknown, expected: unknown): void => {
  if (typeof expected === 'number' && typeof actual === 'number') {
    expect(actual).toBeCloseTo(expected, 9);
  } else if (expected !== null && typeof expected === 'object') {
    expect(actual).not.toBeNull();
    expect(Object.keys(actual as object).sort()).toEqual(Object.keys(expected).sort());
    for (const [key, value] of Object.entries(expected)) {
      expectSameFigures((actual as Record<string, unknown>)[key], value);
    }
  } else {
    expect(actual).toBe(expected);
  }
};

describe('summariseTally', () => {
  const cases: Array<{ scale: Scale; n: number; population: number | null }> = [
    { scale: { min: 1, max: 5 }, n: 0, population: null },
    { scale: { min: 1, max: 5 }, n: 1, population: null },
    { scale: { min: 1, max: 5 }, n: 2, population: null },
    { scale: { min: 1, max: 5 }, n: 37, population: 60 },
    { scale: { min: 1, max: 5 }, n: 40, population: 40 },
    { scale: { min: 1, max: 7 }, n: 250, population: null },
    { scale: { min: 0, max: 10 }, n: 101, population: 500 },
  ];

  it.each(cases)(
    'gives summariseItem’s figures for $n answers on $scale.min–$scale.max, N = $population',
    ({ scale, n, population }) => {
      // Prepare
      const next = random(n + scale.max);
      const values = Array.from(
        { length: n },
        () => scale.min + Math.floor(next() * (scale.max - scale.min + 1)),
      );
      const options = population === null ? {} : { population };

      // Act
      const fromTally = summariseTally(tallyOf(values, scale), scale, options);

      // Assess
      expectSameFigures(fromTally, summariseItem(values, scale, options));
    },
  );

  it('takes the median between two scale points as summariseItem does', () => {
    // 1 2 | 4 5: the usual median is (2 + 4)/2 = 3, the ordinal (lower) median 2.
    const summary = summariseTally([1, 1, 0, 1, 1], { min: 1, max: 5 });
    expect(summary.median).toBe(3);
    expect(summary.ordinalMedian).toBe(2);
  });

  it('rejects a tally that does not fit the scale', () => {
    expect(() => summariseTally([1, 2, 3], { min: 1, max: 5 })).toThrow(RangeError);
  });

  it('rejects a population below n, as the statistics do', () => {
    expect(() => summariseTally([3, 0, 0, 0, 0], { min: 1, max: 5 }, { population: 2 })).toThrow(
      RangeError,
    );
  });
});

describe('npsOfTally', () => {
  it.each([0, 1, 10, 57, 400])('gives netPromoterScore’s figures for %i answers', (n) => {
    const next = random(n + 11);
    const values = Array.from({ length: n }, () => Math.floor(next() * 11));
    expectSameFigures(npsOfTally(tallyOf(values, { min: 0, max: 10 })), netPromoterScore(values));
  });

  it('keeps the adjusted-Wald interval open when every answer is a promoter', () => {
    const nps = npsOfTally([0, 0, 0, 0, 0, 0, 0, 0, 0, 2, 3]);
    expect(nps.score).toBe(1);
    expect(nps.ci?.upper).toBe(1);
    expect(nps.ci?.lower).toBeLessThan(1);
  });
});

describe('estimateFromTally', () => {
  it('gives meanWithCi, median and ordinalMedian of the repeated values', () => {
    // Prepare: non-integer values (domain scores), some repeated.
    const values = [12.5, 45, 50, 62.5, 75, 100];
    const counts = [2, 1, 3, 1, 4, 2];
    const list = values.flatMap((v, i) => new Array<number>(counts[i] as number).fill(v));

    // Act
    const estimate = estimateFromTally(values, counts, { population: 30 });

    // Assess
    expectSameFigures(estimate.mean, meanWithCi(list, { population: 30 }));
    expect(estimate.median).toBe(median(list));
    expect(estimate.ordinalMedian).toBe(ordinalMedian(list));
  });

  it('gives nulls, not NaN, for no values', () => {
    expect(estimateFromTally([], [])).toEqual({
      mean: { n: 0, mean: null, standardDeviation: null, standardError: null, df: null, ci: null },
      median: null,
      ordinalMedian: null,
    });
  });
});
