import { assertCount } from './common';

/**
 * Small-cell suppression, so that figures about a handful of people cannot identify them
 * (threshold rule and secondary suppression: OECD Glossary of Statistical Terms, "cell
 * suppression"; the survey conventions' defaults).
 */

/** Fewest respondents for any figure of a group to be shown. */
export const MIN_GROUP_N = 5;
/** Fewest non-blank free-text answers for any of them to be shown (a stricter rule: words identify). */
export const MIN_FREE_TEXT_N = 10;

export type SuppressionReason =
  /** The group itself has fewer respondents than the minimum. */
  | 'belowMinimumN'
  /** Hidden only so that another hidden group cannot be recovered from the total by subtraction. */
  | 'complementary'
  /** Fewer free-text answers than their minimum. */
  | 'freeTextBelowMinimum';

/** What a report shows instead of a hidden group's figures; it carries no count of its own. */
export interface Suppressed {
  suppressed: true;
  reason: SuppressionReason;
  minimumN: number;
}

export const isSuppressed = (value: unknown): value is Suppressed =>
  typeof value === 'object' &&
  value !== null &&
  (value as { suppressed?: unknown }).suppressed === true;

const marker = (reason: SuppressionReason, minimumN: number): Suppressed => ({
  suppressed: true,
  reason,
  minimumN,
});

const assertMinimum = (minimumN: number): void => {
  assertCount(minimumN, 'minimumN');
  if (minimumN < 1) throw new RangeError('minimumN must be at least 1');
};

/** The group's figures when it has at least `minimumN` respondents, else the marker. */
export const suppressSmallGroup = <T extends { n: number }>(
  figures: T,
  minimumN: number = MIN_GROUP_N,
): T | Suppressed => {
  assertMinimum(minimumN);
  assertCount(figures.n, 'n');
  return figures.n < minimumN ? marker('belowMinimumN', minimumN) : figures;
};

/** The non-blank answers (trimmed) when there are at least `minimumN` of them, else the marker. */
export const suppressFreeText = (
  answers: readonly string[],
  minimumN: number = MIN_FREE_TEXT_N,
): string[] | Suppressed => {
  assertMinimum(minimumN);
  const given = answers.map((a) => a.trim()).filter((a) => a !== '');
  return given.length < minimumN ? marker('freeTextBelowMinimum', minimumN) : given;
};

export interface GroupSuppressionOptions {
  /** @default 5 */
  minimumN?: number;
  /** The groups are shown beside a total they add up to (so one hidden group = total − the rest). @default true */
  totalShown?: boolean;
}

export interface SuppressedGroups<T> {
  /** In input order: each group's figures or its marker. */
  groups: Array<T | Suppressed>;
  /**
   * The total must be hidden too: it is itself below the minimum, or it equals the one
   * hidden group because no other group exists to hide alongside it.
   */
  totalSuppressed: boolean;
}

/**
 * Primary and secondary suppression of groups that add up to a shown total (units of one
 * organisation, years of one unit). Every group below `minimumN` is hidden; when exactly one
 * is, the smallest shown group (the first in input order on equal n) is hidden as well,
 * so the hidden one cannot be recovered by subtracting the others from the total.
 */
export const suppressGroups = <T extends { n: number }>(
  groups: readonly T[],
  options: GroupSuppressionOptions = {},
): SuppressedGroups<T> => {
  const minimumN = options.minimumN ?? MIN_GROUP_N;
  assertMinimum(minimumN);
  groups.forEach((g, i) => assertCount(g.n, `groups[${i}].n`));
  const small = groups.map((g) => g.n < minimumN);
  const result: Array<T | Suppressed> = groups.map((g, i) =>
    small[i] ? marker('belowMinimumN', minimumN) : g,
  );
  const total = groups.reduce((s, g) => s + g.n, 0);
  let totalSuppressed = groups.length > 0 && total < minimumN;
  if ((options.totalShown ?? true) && small.filter(Boolean).length === 1) {
    const partner = groups.reduce<number | null>((best, g, i) => {
      if (small[i]) return best;
      return best === null || g.n < (groups[best] as T).n ? i : best;
    }, null);
    if (partner === null) totalSuppressed = true;
    else result[partner] = marker('complementary', minimumN);
  }
  return { groups: result, totalSuppressed };
};
