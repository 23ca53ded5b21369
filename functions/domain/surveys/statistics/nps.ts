import { assertLevel, clamp, CONFIDENCE, type Interval } from './common';
import { zCritical } from './normal';
import { assertOnScale, NPS_SCALE } from './scale';

export type NpsIntervalMethod = 'adjustedWald' | 'wald';

export interface NpsOptions {
  /** @default 0.95 */
  confidence?: number;
  /** @default 'adjustedWald' */
  method?: NpsIntervalMethod;
}

export interface NpsResult {
  n: number;
  /** Answers 9–10. */
  promoters: number;
  /** Answers 7–8. */
  passives: number;
  /** Answers 0–6. */
  detractors: number;
  /** Shares 0–1; null when n = 0. */
  promoterShare: number | null;
  detractorShare: number | null;
  /** promoterShare − detractorShare, from −1 to 1 (×100 for the usual −100…100 points); null when n = 0. */
  score: number | null;
  /** From −1 to 1; null when n = 0. */
  ci: Interval | null;
  method: NpsIntervalMethod;
}

/**
 * Net Promoter Score of 0–10 answers: % promoters (9–10) − % detractors (0–6).
 *
 * Its interval treats promoters, passives and detractors as one multinomial draw, so
 *   Var(p̂P − p̂D) = [pP + pD − (pP − pD)²] / n
 * (the variance of a difference of two multinomial proportions). 'wald' uses it as is;
 * 'adjustedWald' (the default) first adds ¾ to promoters, ¾ to detractors and 3 to n, and
 * centres the interval on the adjusted score: Rocks (2016), "Interval estimation for the net
 * promoter score", The American Statistician 70(4), found it the best of six methods, and
 * Lewis & Sauro (MeasuringU, 2021) confirmed it on real data. The plain Wald interval collapses
 * to a point when every answer is a promoter; the adjusted one does not.
 */
export const netPromoterScore = (
  values: readonly number[],
  options: NpsOptions = {},
): NpsResult => {
  assertOnScale(values, NPS_SCALE);
  const confidence = options.confidence ?? CONFIDENCE;
  assertLevel(confidence, 'confidence');
  const method = options.method ?? 'adjustedWald';
  const n = values.length;
  const promoters = values.filter((v) => v >= 9).length;
  const detractors = values.filter((v) => v <= 6).length;
  const counts = { n, promoters, passives: n - promoters - detractors, detractors, method };
  if (n === 0) {
    return { ...counts, promoterShare: null, detractorShare: null, score: null, ci: null };
  }
  const add = method === 'adjustedWald' ? 0.75 : 0;
  const size = n + 4 * add;
  const p = (promoters + add) / size;
  const d = (detractors + add) / size;
  const centre = p - d;
  const half = zCritical(confidence) * Math.sqrt(Math.max(0, p + d - centre * centre) / size);
  return {
    ...counts,
    promoterShare: promoters / n,
    detractorShare: detractors / n,
    score: (promoters - detractors) / n,
    ci: { lower: clamp(centre - half, -1, 1), upper: clamp(centre + half, -1, 1) },
  };
};
