import { assertCount } from './common';

/**
 * Finite-population corrections, for when n of a known population N were surveyed without
 * replacement (typical for a centre with 40–200 recipients). Cochran (1977), Sampling
 * Techniques, 3rd ed.: ch. 2 for means, ch. 3 for proportions. Each factor multiplies a
 * variance; 1 when N is unknown, 0 for a census (every member answered: no sampling error).
 */

const assertPopulation = (n: number, population: number): void => {
  assertCount(population, 'population');
  if (population < n) {
    throw new RangeError(`population ${population} is smaller than the sample ${n}`);
  }
};

/** 1 − n/N, the factor on s²/n for a mean (s² estimates S², the N − 1 population variance). */
export const meanCorrection = (n: number, population: number | undefined): number => {
  if (population === undefined) return 1;
  assertPopulation(n, population);
  return 1 - n / population;
};

/** (N − n)/(N − 1), the factor on P(1 − P)/n for a proportion. */
export const proportionCorrection = (n: number, population: number | undefined): number => {
  if (population === undefined) return 1;
  assertPopulation(n, population);
  return population === n ? 0 : (population - n) / (population - 1);
};
