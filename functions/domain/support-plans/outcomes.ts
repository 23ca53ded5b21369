import {
  median,
  MIN_GROUP_N,
  suppressSmallGroup,
  wilcoxonSignedRank,
  type Suppressed,
  type WilcoxonResult,
} from '../surveys/statistics';
import {
  GOAL_STATUSES,
  latestReview,
  recipientChange,
  scaleDomains,
  type GoalStatus,
  type OutcomeScale,
  type SupportPlan,
} from './plan';

/** A group's paired change (the same recipients at intake and at review). */
export interface PairedChange {
  /** Pairs (recipients). */
  n: number;
  meanBefore: number;
  meanAfter: number;
  meanChange: number;
  medianChange: number;
  improved: number;
  unchanged: number;
  worsened: number;
  /** Two-sided Wilcoxon signed-rank test of after − before. */
  wilcoxon: WilcoxonResult;
}

const mean = (values: readonly number[]): number =>
  values.reduce((s, v) => s + v, 0) / values.length;

/** Figures of paired values; null without pairs. Nothing is rounded. */
export const pairedChange = (
  before: readonly number[],
  after: readonly number[],
): PairedChange | null => {
  const wilcoxon = wilcoxonSignedRank(before, after);
  if (wilcoxon === null) return null;
  const changes = after.map((a, i) => a - (before[i] as number));
  return {
    n: changes.length,
    meanBefore: mean(before),
    meanAfter: mean(after),
    meanChange: mean(changes),
    medianChange: median(changes) ?? 0,
    improved: changes.filter((c) => c > 0).length,
    unchanged: changes.filter((c) => c === 0).length,
    worsened: changes.filter((c) => c < 0).length,
    wilcoxon,
  };
};

export interface GoalFigures {
  /** Recipients with at least one goal counted. */
  n: number;
  goals: number;
  byStatus: Record<GoalStatus, number>;
  /** achieved / (achieved + partly + not): a dropped goal says nothing about success. Null when none. */
  achievedShare: number | null;
  partlyShare: number | null;
}

/**
 * Goals whose latest review up to the year's end falls in `year`, by that review's status.
 */
export const goalFigures = (plans: readonly SupportPlan[], year: number): GoalFigures => {
  const from = `${year}-01-01`;
  const until = `${year}-12-31`;
  const byStatus = Object.fromEntries(GOAL_STATUSES.map((s) => [s, 0])) as Record<
    GoalStatus,
    number
  >;
  let n = 0;
  let goals = 0;
  for (const plan of plans) {
    let counted = false;
    for (const goal of plan.goals) {
      const review = latestReview(goal, until);
      if (!review || review.reviewedOn < from) continue;
      byStatus[review.status] += 1;
      goals += 1;
      counted = true;
    }
    if (counted) n += 1;
  }
  const judged = byStatus.achieved + byStatus.partly + byStatus.not;
  return {
    n,
    goals,
    byStatus,
    achievedShare: judged > 0 ? byStatus.achieved / judged : null,
    partlyShare: judged > 0 ? byStatus.partly / judged : null,
  };
};

export interface DomainChange {
  domain: string;
  change: PairedChange | Suppressed | null;
}

/** The aggregated outcome view: no code, no plan id, each figure hidden below n = 5. */
export interface OutcomeFigures {
  year: number;
  scale: OutcomeScale;
  unitId: string | null;
  minimumN: number;
  /** Change of each recipient's mean over the domains rated both times. */
  overall: PairedChange | Suppressed | null;
  domains: DomainChange[];
  goals: GoalFigures | Suppressed;
}

const suppressed = (change: PairedChange | null): PairedChange | Suppressed | null =>
  change === null ? null : suppressSmallGroup(change, MIN_GROUP_N);

/**
 * Outcomes of `year` on `scale`: each recipient's intake paired with their latest review measure
 * recorded in the year; goals reviewed in the year.
 */
export const outcomeFigures = (
  plans: readonly SupportPlan[],
  year: number,
  scale: OutcomeScale,
  unitId: string | null,
): OutcomeFigures => {
  const from = `${year}-01-01`;
  const changes = plans
    .map((p) => recipientChange(p, scale, `${year}-12-31`))
    .filter((c) => c !== null && c.reviewOn >= from)
    .map((c) => c!);
  const overall = pairedChange(
    changes.map((c) => c.before),
    changes.map((c) => c.after),
  );
  const domains = scaleDomains(scale).map((domain) => {
    const pairs = changes.map((c) => c.domains[domain]).filter((d) => d !== undefined);
    return {
      domain,
      change: suppressed(
        pairedChange(
          pairs.map((p) => p.before),
          pairs.map((p) => p.after),
        ),
      ),
    };
  });
  return {
    year,
    scale,
    unitId,
    minimumN: MIN_GROUP_N,
    overall: suppressed(overall),
    domains,
    goals: suppressSmallGroup(goalFigures(plans, year), MIN_GROUP_N),
  };
};
