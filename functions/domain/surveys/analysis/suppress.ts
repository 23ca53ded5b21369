import {
  isSuppressed,
  suppressGroups,
  suppressSmallGroup,
  type Suppressed,
  type SuppressionReason,
} from '../statistics';

/** One unit's figures, or the marker that hides them. */
export interface UnitFigures<T> {
  /** The unit's label as the unit column gives it. */
  unit: string;
  figures: T | Suppressed;
}

export const suppressedMarker = (reason: SuppressionReason, minimumN: number): Suppressed => ({
  suppressed: true,
  reason,
  minimumN,
});

/**
 * Suppression of one table: the overall figures beside the units' figures.
 *
 * `groups` are the units in order, then, when some respondents left the unit blank, their
 * group last: it is never shown, but it is part of the total, so it takes part in secondary
 * suppression (otherwise overall − the shown units would reveal it when it is small).
 * A group with no answers at all is hidden but left out of the secondary rule: a zero hides
 * nothing, and counting it as "a second hidden group" would let the one small group be
 * recovered by subtraction.
 */
export const suppressTable = <T extends { n: number }>(
  overall: T,
  groups: readonly T[],
  minimumN: number,
  primaryReason: SuppressionReason = 'belowMinimumN',
): { overall: T | Suppressed; groups: Array<T | Suppressed> } => {
  const relabel = (figures: T | Suppressed): T | Suppressed =>
    isSuppressed(figures) && figures.reason === 'belowMinimumN'
      ? suppressedMarker(primaryReason, minimumN)
      : figures;
  const answered = groups.flatMap((figures, index) => (figures.n > 0 ? [{ figures, index }] : []));
  const { groups: shown, totalSuppressed } = suppressGroups(
    answered.map((g) => g.figures),
    { minimumN },
  );
  const result: Array<T | Suppressed> = groups.map(() => suppressedMarker(primaryReason, minimumN));
  answered.forEach(({ index }, j) => (result[index] = relabel(shown[j] as T | Suppressed)));
  const whole =
    totalSuppressed || overall.n < minimumN
      ? suppressedMarker(primaryReason, minimumN)
      : relabel(suppressSmallGroup(overall, minimumN));
  return { overall: whole, groups: result };
};
