/** Which way an indicator should move: `up` = higher is better. */
export const DIRECTIONS = ['up', 'down'] as const;
export type Direction = (typeof DIRECTIONS)[number];

export const ASSESSMENTS = ['better', 'worse', 'same', 'noData'] as const;
export type Assessment = (typeof ASSESSMENTS)[number];

/** Values are entered by hand with a few decimals; anything below this is float noise. */
const EPSILON = 1e-9;

const round = (value: number, digits: number): number => {
  const factor = 10 ** digits;
  return Math.round(value * factor) / factor;
};

/** Whether `current` is better than `previous` for an indicator that should move `direction`. */
export const assessChange = (
  direction: Direction,
  previous: number | null | undefined,
  current: number | null | undefined,
): Assessment => {
  if (previous === null || previous === undefined || current === null || current === undefined)
    return 'noData';
  const diff = current - previous;
  if (Math.abs(diff) < EPSILON) return 'same';
  return diff > 0 === (direction === 'up') ? 'better' : 'worse';
};

export interface Change {
  absolute: number;
  /** Relative to the previous value, in %, one decimal; null where a ratio says nothing. */
  relativePercent: number | null;
}

/**
 * The change from `previous` to `current`. The relative change is left out from a zero or negative
 * base (no ratio, or one whose sign misleads) and for percentages, whose change is read in
 * percentage points (80 % → 88 % is +8 points, not "+10 %").
 */
export const changeBetween = (
  previous: number | null | undefined,
  current: number | null | undefined,
  options: { isPercentage?: boolean } = {},
): Change | null => {
  if (previous === null || previous === undefined || current === null || current === undefined)
    return null;
  const absolute = round(current - previous, 6);
  const relativePercent =
    options.isPercentage || previous <= 0
      ? null
      : round(((current - previous) / previous) * 100, 1);
  return { absolute, relativePercent };
};

/** Whether a value reaches the target in the indicator's direction; null without a target or a value. */
export const targetMet = (
  direction: Direction,
  target: number | null,
  value: number | null | undefined,
): boolean | null => {
  if (target === null || value === null || value === undefined) return null;
  return direction === 'up' ? value >= target - EPSILON : value <= target + EPSILON;
};
