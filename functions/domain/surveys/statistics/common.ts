/**
 * Conventions shared by every statistic in this folder:
 * - shares and probabilities are fractions 0–1 (a report multiplies by 100);
 * - nothing is rounded here: presentation rounds;
 * - an estimate that needs data it does not have is `null`, never NaN;
 * - a malformed argument (a count below zero, a value off the scale) is a programming error
 *   and throws a RangeError: user input is validated before it reaches the statistics.
 */

/** A two-sided confidence interval, in the unit of the estimate it surrounds. */
export interface Interval {
  lower: number;
  upper: number;
}

/** The significance level of every `significant` flag unless a caller asks for another. */
export const ALPHA = 0.05;

/** The confidence level of every interval unless a caller asks for another. */
export const CONFIDENCE = 0.95;

/** True when `p` is below `alpha`; a missing p-value is never significant. */
export const isSignificant = (p: number | null, alpha: number = ALPHA): boolean =>
  p !== null && p < alpha;

export const assertCount = (value: number, name: string): void => {
  if (!Number.isInteger(value) || value < 0) {
    throw new RangeError(`${name} must be a whole number ≥ 0, got ${value}`);
  }
};

export const assertFinite = (values: readonly number[], name: string): void => {
  const bad = values.findIndex((v) => !Number.isFinite(v));
  if (bad >= 0) throw new RangeError(`${name}[${bad}] is not a finite number: ${values[bad]}`);
};

export const assertLevel = (level: number, name: string): void => {
  if (!(level > 0 && level < 1)) throw new RangeError(`${name} must be in (0, 1), got ${level}`);
};

export const sum = (values: readonly number[]): number => values.reduce((s, v) => s + v, 0);

export const clamp = (value: number, lower: number, upper: number): number =>
  Math.min(upper, Math.max(lower, value));
