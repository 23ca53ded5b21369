/** Survey statistics: pure functions over scored answers; shares are 0–1, nothing is rounded. */
export { ALPHA, CONFIDENCE, isSignificant, type Interval } from './common';
export { assertOnScale, LIKERT_5, LIKERT_7, NPS_SCALE, scalePoints, type Scale } from './scale';
export {
  distribution,
  mean,
  meanWithCi,
  median,
  ordinalMedian,
  standardDeviation,
  type Distribution,
  type EstimateOptions,
  type MeanEstimate,
  type PointCount,
} from './descriptive';
export { meanCorrection, proportionCorrection } from './finite-population';
export {
  proportion,
  responseRate,
  topBoxCount,
  topTwoBox,
  wilsonInterval,
  type ProportionEstimate,
} from './proportions';
export { netPromoterScore, type NpsIntervalMethod, type NpsOptions, type NpsResult } from './nps';
export { summariseItem, type ItemSummary } from './item-summary';
export {
  mannWhitneyFromCounts,
  mannWhitneyU,
  type MannWhitneyResult,
  type RankTestOptions,
} from './mann-whitney';
export {
  WILCOXON_EXACT_MAX_N,
  wilcoxonSignedRank,
  type WilcoxonOptions,
  type WilcoxonResult,
} from './wilcoxon';
export {
  compareProportions,
  compareTopTwoBox,
  fisherExactTest,
  MIN_EXPECTED_COUNT,
  minExpectedCount,
  twoProportionZTest,
  type ProportionComparison,
  type TwoByTwo,
} from './two-proportions';
export {
  holmAdjust,
  multipleComparisonNote,
  type MultipleComparisonNote,
} from './multiple-comparisons';
export {
  isSuppressed,
  MIN_FREE_TEXT_N,
  MIN_GROUP_N,
  suppressFreeText,
  suppressGroups,
  suppressSmallGroup,
  type GroupSuppressionOptions,
  type Suppressed,
  type SuppressedGroups,
  type SuppressionReason,
} from './suppression';
export {
  normalCdf,
  normalDensity,
  normalQuantile,
  normalSurvival,
  twoSidedP,
  zCritical,
} from './normal';
export { studentTCdf, studentTQuantile, tCritical } from './student-t';
