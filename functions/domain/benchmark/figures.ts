import type { Direction } from '../improvement/assessment';
import type { FigureUnit } from '../reports/model';

/**
 * The figures organisations share (docs/benchmarking.md). Each is a headline figure of the annual
 * report (same code, same definition: reports/model.ts FIGURE_DEFINITIONS), except
 * `supportGoalsAchievedPercent`, which has no source until the support-plans area provides one.
 * `survey`: a survey figure, shown only where every counted organisation had at least
 * MIN_RESPONDENTS respondents.
 */
export const BENCHMARK_FIGURES = {
  /** Satisfaction-domain top-2-box of the recipients' survey(s), respondents pooled, %. */
  recipientSatisfactionPercent: {
    unit: 'percent',
    direction: 'up',
    survey: true,
    source: 'report',
  },
  /** Training hours done ÷ active members. */
  trainingHoursPerEmployee: { unit: 'hours', direction: 'up', survey: false, source: 'report' },
  /** Plan items done ÷ plan items (cancelled left out), %. */
  planDonePercent: { unit: 'percent', direction: 'up', survey: false, source: 'report' },
  /** Complaints answered by their due date ÷ answered or overdue, %. */
  complaintsOnTimePercent: { unit: 'percent', direction: 'up', survey: false, source: 'report' },
  /** Support-plan goals achieved ÷ goals reviewed, %: no source yet (support plans, issue 7). */
  supportGoalsAchievedPercent: { unit: 'percent', direction: 'up', survey: false, source: null },
} as const satisfies Record<
  string,
  { unit: FigureUnit; direction: Direction; survey: boolean; source: 'report' | null }
>;

export type BenchmarkFigureCode = keyof typeof BENCHMARK_FIGURES;
export const BENCHMARK_FIGURE_CODES = Object.keys(BENCHMARK_FIGURES) as BenchmarkFigureCode[];

export const isBenchmarkFigureCode = (value: string): value is BenchmarkFigureCode =>
  value in BENCHMARK_FIGURES;

/** Fewer contributing organisations than this and a peer group shows nothing (issue 7). */
export const MIN_ORGANISATIONS = 5;
/** A survey figure counts an organisation only with at least this many respondents (issue 7). */
export const MIN_RESPONDENTS = 10;

export const PEER_GROUPS = ['all', 'orgType', 'municipality'] as const;
export type PeerGroup = (typeof PEER_GROUPS)[number];
