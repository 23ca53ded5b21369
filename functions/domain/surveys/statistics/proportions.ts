import { assertCount, assertLevel, clamp, CONFIDENCE, type Interval } from './common';
import type { EstimateOptions } from './descriptive';
import { proportionCorrection } from './finite-population';
import { zCritical } from './normal';
import { assertOnScale, type Scale } from './scale';

const assertSuccesses = (successes: number, n: number): void => {
  assertCount(successes, 'successes');
  assertCount(n, 'n');
  if (successes > n) throw new RangeError(`successes ${successes} exceed n ${n}`);
};

/**
 * The Wilson score interval for a proportion (Wilson 1927; Newcombe 1998):
 *   (x + z²/2)/(n + z²)  ±  z/(n + z²) · √(x(n − x)/n + z²/4).
 * It inverts the score test |p̂ − π| ≤ z·√(π(1 − π)/n), so it stays inside 0–1 and behaves at
 * small n and p near 0 or 1 (Brown, Cai & DasGupta 2001).
 *
 * Finite-population correction: when N is known, the test's variance π(1 − π)/n is multiplied
 * by f = (N − n)/(N − 1) (Cochran 1977, ch. 3). Inverting |p̂ − π| ≤ z·√(f·π(1 − π)/n) gives the
 * same formula with z² replaced by f·z² (our derivation; O'Neill 2021, arXiv:2109.12464, treats
 * finite-population Wilson intervals at length). A census (n = N) gives [p̂, p̂].
 *
 * null when n = 0. Bounds are shares 0–1.
 */
export const wilsonInterval = (
  successes: number,
  n: number,
  options: EstimateOptions = {},
): Interval | null => {
  assertSuccesses(successes, n);
  const confidence = options.confidence ?? CONFIDENCE;
  assertLevel(confidence, 'confidence');
  const f = proportionCorrection(n, options.population);
  if (n === 0) return null;
  const z2 = f * zCritical(confidence) ** 2;
  const centre = (successes + z2 / 2) / (n + z2);
  const half = (Math.sqrt(z2) / (n + z2)) * Math.sqrt((successes * (n - successes)) / n + z2 / 4);
  return { lower: clamp(centre - half, 0, 1), upper: clamp(centre + half, 0, 1) };
};

export interface ProportionEstimate {
  successes: number;
  n: number;
  /** successes ÷ n (0–1); null when n = 0. */
  share: number | null;
  /** Wilson score interval (0–1); null when n = 0. */
  ci: Interval | null;
}

export const proportion = (
  successes: number,
  n: number,
  options: EstimateOptions = {},
): ProportionEstimate => ({
  successes,
  n,
  share: n === 0 ? null : successes / n,
  ci: wilsonInterval(successes, n, options),
});

/** How many answers fall in the scale's `boxes` most favourable points (two: the top-2-box). */
export const topBoxCount = (values: readonly number[], scale: Scale, boxes = 2): number => {
  assertOnScale(values, scale);
  if (!Number.isInteger(boxes) || boxes < 1 || boxes > scale.max - scale.min) {
    throw new RangeError(`boxes must be 1–${scale.max - scale.min}, got ${boxes}`);
  }
  const threshold = scale.max - boxes + 1;
  return values.filter((v) => v >= threshold).length;
};

/**
 * Top-2-box: the share choosing the two most favourable points (4–5 of 1–5, 6–7 of 1–7,
 * 9–10 of 0–10), with its Wilson interval, finite-population corrected when N is given.
 */
export const topTwoBox = (
  values: readonly number[],
  scale: Scale,
  options: EstimateOptions = {},
): ProportionEstimate => proportion(topBoxCount(values, scale, 2), values.length, options);

/**
 * Response rate = valid completes ÷ eligible (invited or served) population, 0–1.
 * null when the population is unknown or zero; throws when n exceeds it.
 */
export const responseRate = (n: number, population: number | undefined): number | null => {
  assertCount(n, 'n');
  if (population === undefined) return null;
  assertCount(population, 'population');
  if (n > population) throw new RangeError(`n ${n} exceeds the population ${population}`);
  return population === 0 ? null : n / population;
};
