import type { FieldIssue } from '../errors';
import type { Stored } from '../ports';
import type { IsoDate } from '../time';
import { checkFreeText, checkRecipientCode } from './pseudonymity';

/** Life domains a recipient's needs are assessed in (and a goal belongs to). */
export const LIFE_DOMAINS = [
  'health',
  'dailyLiving',
  'familyRelationships',
  'educationEmployment',
  'housing',
  'finances',
  'socialParticipation',
  'safety',
  'emotionalWellbeing',
] as const;
export type LifeDomain = (typeof LIFE_DOMAINS)[number];

/** How a goal stood at a review; `dropped` says why. */
export const GOAL_STATUSES = ['achieved', 'partly', 'not', 'dropped'] as const;
export type GoalStatus = (typeof GOAL_STATUSES)[number];

export const MEASURE_OCCASIONS = ['intake', 'review'] as const;
export type MeasureOccasion = (typeof MEASURE_OCCASIONS)[number];

/**
 * The outcome scales an organisation may pick. Quality of life: Schalock and Verdugo's eight
 * domains (the model EQUASS refers to), 1–5 each. Empowerment: five aspects, 1–5. Self-rating:
 * the recipient rates each life domain 1–10 (as in the Outcomes Star family of tools).
 */
export const OUTCOME_SCALES = {
  qualityOfLife: {
    min: 1,
    max: 5,
    domains: [
      'emotionalWellbeing',
      'interpersonalRelations',
      'materialWellbeing',
      'personalDevelopment',
      'physicalWellbeing',
      'selfDetermination',
      'socialInclusion',
      'rights',
    ],
  },
  empowerment: {
    min: 1,
    max: 5,
    domains: [
      'selfConfidence',
      'decisionMaking',
      'knowledgeOfRights',
      'participation',
      'controlOverLife',
    ],
  },
  selfRating: { min: 1, max: 10, domains: LIFE_DOMAINS },
} as const satisfies Record<string, { min: number; max: number; domains: readonly string[] }>;
export type OutcomeScale = keyof typeof OUTCOME_SCALES;
export const OUTCOME_SCALE_NAMES = Object.keys(OUTCOME_SCALES) as [OutcomeScale, ...OutcomeScale[]];
export const DEFAULT_OUTCOME_SCALE: OutcomeScale = 'qualityOfLife';

/** Every domain of every scale (each scale's domains are a subset). */
export const SCALE_DOMAINS = [
  ...new Set(Object.values(OUTCOME_SCALES).flatMap((s) => [...s.domains])),
] as [string, ...string[]];

export const scaleDomains = (scale: OutcomeScale): readonly string[] =>
  OUTCOME_SCALES[scale].domains;

export interface Need {
  domain: LifeDomain;
  description: string;
}

/** A goal as the person writing the plan gives it; `id` null adds a new goal. */
export interface GoalFields {
  id: string | null;
  domain: LifeDomain;
  text: string;
  /** The measurable result: what is counted and in what unit (“school days attended a week”). */
  result: string;
  baseline: number;
  target: number;
  /** The date the target should be reached. */
  dueOn: IsoDate;
  /** Planned review dates, ascending. */
  reviewOn: IsoDate[];
}

export interface ReviewFields {
  reviewedOn: IsoDate;
  valueReached: number;
  status: GoalStatus;
  /** Required when dropped. */
  reason: string | null;
  note: string | null;
}

export interface Review extends ReviewFields {
  id: string;
  reviewedBy: string;
}

export interface Goal extends Omit<GoalFields, 'id'> {
  id: string;
  reviews: Review[];
}

export interface MeasureFields {
  occasion: MeasureOccasion;
  recordedOn: IsoDate;
  scale: OutcomeScale;
  /** Domain → score on the scale; domains left out were not rated. */
  scores: Record<string, number>;
}

export interface Measure extends MeasureFields {
  id: string;
  recordedBy: string;
}

/** What the plan's authors edit as a whole; reviews and measures are added one by one. */
export interface SupportPlanFields {
  recipientCode: string;
  unitId: string;
  /** The member (user id) responsible for the plan. */
  responsibleWorker: string;
  startedOn: IsoDate;
  needs: Need[];
  goals: GoalFields[];
  notes: string | null;
}

/** An individual support plan (IPP): no name or identifier, only the pseudonymous code. */
export interface SupportPlan extends Omit<SupportPlanFields, 'goals'> {
  id: string;
  goals: Goal[];
  measures: Measure[];
}

export interface SupportPlanSettings {
  scale: OutcomeScale;
}

const freeTextOfFields = (input: SupportPlanFields) => [
  ...input.needs.map((n, i) => [['needs', i, 'description'], n.description] as const),
  ...input.goals.flatMap((g, i) => [
    [['goals', i, 'text'], g.text] as const,
    [['goals', i, 'result'], g.result] as const,
  ]),
  [['notes'], input.notes] as const,
];

/** Rules a schema cannot state: pseudonymity, dates in order, goal ids that exist. */
export const checkPlanFields = (
  input: SupportPlanFields,
  current: SupportPlan | undefined,
): FieldIssue[] => {
  const issues: FieldIssue[] = [
    ...checkRecipientCode(input.recipientCode),
    ...checkFreeText(freeTextOfFields(input)),
  ];
  const known = new Map((current?.goals ?? []).map((g) => [g.id, g]));
  const kept = new Set<string>();
  input.goals.forEach((g, i) => {
    if (g.id !== null) {
      if (!known.has(g.id) || kept.has(g.id)) {
        issues.push({
          path: ['goals', i, 'id'],
          key: 'supportPlans.unknownGoal',
          params: { id: g.id },
        });
      }
      kept.add(g.id);
    }
    if (g.dueOn < input.startedOn) {
      issues.push({
        path: ['goals', i, 'dueOn'],
        key: 'supportPlans.beforeStart',
        params: { startedOn: input.startedOn },
      });
    }
    g.reviewOn.forEach((d, j) => {
      if (d < input.startedOn) {
        issues.push({
          path: ['goals', i, 'reviewOn', j],
          key: 'supportPlans.beforeStart',
          params: { startedOn: input.startedOn },
        });
      }
    });
    if (g.target === g.baseline) {
      issues.push({ path: ['goals', i, 'target'], key: 'supportPlans.targetIsBaseline' });
    }
  });
  for (const goal of current?.goals ?? []) {
    if (!kept.has(goal.id) && goal.reviews.length > 0) {
      issues.push({ path: ['goals'], key: 'supportPlans.goalHasReviews', params: { id: goal.id } });
    }
  }
  return issues;
};

/** The plan with its editable content replaced; reviews of kept goals and all measures stay. */
export const applyPlanFields = (
  id: string,
  input: SupportPlanFields,
  current: SupportPlan | undefined,
  newId: () => string,
): SupportPlan => {
  const reviewsOf = new Map((current?.goals ?? []).map((g) => [g.id, g.reviews]));
  return {
    id,
    recipientCode: input.recipientCode,
    unitId: input.unitId,
    responsibleWorker: input.responsibleWorker,
    startedOn: input.startedOn,
    needs: input.needs,
    goals: input.goals.map(({ id: goalId, ...goal }) => ({
      ...goal,
      reviewOn: [...goal.reviewOn].sort(),
      id: goalId ?? newId(),
      reviews: (goalId !== null && reviewsOf.get(goalId)) || [],
    })),
    notes: input.notes,
    measures: current?.measures ?? [],
  };
};

/** A stored plan's editable content, as `updatePlan` takes it (goals with their ids). */
export const planFieldsOf = (plan: SupportPlan): SupportPlanFields => ({
  recipientCode: plan.recipientCode,
  unitId: plan.unitId,
  responsibleWorker: plan.responsibleWorker,
  startedOn: plan.startedOn,
  needs: plan.needs,
  goals: plan.goals.map(({ reviews: _reviews, ...goal }) => goal),
  notes: plan.notes,
});

export const checkReview = (
  plan: SupportPlan,
  input: ReviewFields,
  today: IsoDate,
): FieldIssue[] => {
  const issues = checkFreeText([
    [['reason'], input.reason],
    [['note'], input.note],
  ]);
  if (input.status === 'dropped' && !input.reason?.trim()) {
    issues.push({ path: ['reason'], key: 'supportPlans.reasonRequired' });
  }
  if (input.reviewedOn > today) {
    issues.push({ path: ['reviewedOn'], key: 'validation.dateInFuture', params: { today } });
  } else if (input.reviewedOn < plan.startedOn) {
    issues.push({
      path: ['reviewedOn'],
      key: 'supportPlans.beforeStart',
      params: { startedOn: plan.startedOn },
    });
  }
  return issues;
};

/** The plan with the review added to the goal, reviews in date order. */
export const addReview = (plan: SupportPlan, goalId: string, review: Review): SupportPlan => ({
  ...plan,
  goals: plan.goals.map((g) =>
    g.id === goalId
      ? {
          ...g,
          reviews: [...g.reviews, { ...review, reason: review.reason?.trim() || null }].sort(
            (a, b) => a.reviewedOn.localeCompare(b.reviewedOn) || a.id.localeCompare(b.id),
          ),
        }
      : g,
  ),
});

const intakeOf = (plan: SupportPlan, scale: OutcomeScale): Measure | undefined =>
  plan.measures.find((m) => m.occasion === 'intake' && m.scale === scale);

export const checkMeasure = (
  plan: SupportPlan,
  input: MeasureFields,
  today: IsoDate,
): FieldIssue[] => {
  const issues: FieldIssue[] = [];
  const { min, max } = OUTCOME_SCALES[input.scale];
  const domains = scaleDomains(input.scale);
  const entries = Object.entries(input.scores);
  if (entries.length === 0) issues.push({ path: ['scores'], key: 'supportPlans.noScores' });
  for (const [domain, score] of entries) {
    if (!domains.includes(domain)) {
      issues.push({
        path: ['scores', domain],
        key: 'supportPlans.domainNotOnScale',
        params: { domains: domains.join(', ') },
      });
    } else if (!Number.isInteger(score) || score < min || score > max) {
      issues.push({
        path: ['scores', domain],
        key: 'supportPlans.scoreRange',
        params: { min, max },
      });
    }
  }
  if (input.recordedOn > today) {
    issues.push({ path: ['recordedOn'], key: 'validation.dateInFuture', params: { today } });
  } else if (input.recordedOn < plan.startedOn) {
    issues.push({
      path: ['recordedOn'],
      key: 'supportPlans.beforeStart',
      params: { startedOn: plan.startedOn },
    });
  }
  const intake = intakeOf(plan, input.scale);
  if (input.occasion === 'intake' && intake) {
    issues.push({
      path: ['occasion'],
      key: 'supportPlans.intakeExists',
      params: { recordedOn: intake.recordedOn },
    });
  }
  if (input.occasion === 'review') {
    if (!intake) issues.push({ path: ['occasion'], key: 'supportPlans.intakeMissing' });
    else if (input.recordedOn < intake.recordedOn) {
      issues.push({
        path: ['recordedOn'],
        key: 'supportPlans.beforeIntake',
        params: { recordedOn: intake.recordedOn },
      });
    }
  }
  return issues;
};

export const addMeasure = (plan: SupportPlan, measure: Measure): SupportPlan => ({
  ...plan,
  measures: [...plan.measures, measure].sort(
    (a, b) => a.recordedOn.localeCompare(b.recordedOn) || a.id.localeCompare(b.id),
  ),
});

/** A recipient's change on one scale: the intake and one review measure, per domain and overall. */
export interface RecipientChange {
  scale: OutcomeScale;
  intakeOn: IsoDate;
  reviewOn: IsoDate;
  /** Domains rated both times: before, after. */
  domains: Record<string, { before: number; after: number; change: number }>;
  /** Means over the domains rated both times. */
  before: number;
  after: number;
  change: number;
}

const mean = (values: readonly number[]): number =>
  values.reduce((s, v) => s + v, 0) / values.length;

/**
 * The paired change from intake to the latest review on `scale` (recorded up to `until`, when
 * given); null without both or without a domain rated both times.
 */
export const recipientChange = (
  plan: SupportPlan,
  scale: OutcomeScale,
  until?: IsoDate,
): RecipientChange | null => {
  const intake = intakeOf(plan, scale);
  if (!intake) return null;
  const review = plan.measures
    .filter((m) => m.occasion === 'review' && m.scale === scale)
    .filter((m) => until === undefined || m.recordedOn <= until)
    .at(-1);
  if (!review) return null;
  const domains: RecipientChange['domains'] = {};
  for (const domain of scaleDomains(scale)) {
    const before = intake.scores[domain];
    const after = review.scores[domain];
    if (before !== undefined && after !== undefined) {
      domains[domain] = { before, after, change: after - before };
    }
  }
  const pairs = Object.values(domains);
  if (pairs.length === 0) return null;
  const before = mean(pairs.map((p) => p.before));
  const after = mean(pairs.map((p) => p.after));
  return {
    scale,
    intakeOn: intake.recordedOn,
    reviewOn: review.recordedOn,
    domains,
    before,
    after,
    change: after - before,
  };
};

/** A goal's latest review (up to `until`, when given). */
export const latestReview = (goal: Goal, until?: IsoDate): Review | undefined =>
  goal.reviews.filter((r) => until === undefined || r.reviewedOn <= until).at(-1);

export type StoredPlan = Stored<SupportPlan>;
