import { StateError } from '../errors';
import type { Deps, EntityRef, RequestContext, Stored } from '../ports';
import type { Cycle } from '../cycle/cycle';
import type { IsoDate } from '../time';

export const PLAN_STATES = ['draft', 'submitted', 'approved', 'returned'] as const;
export type PlanState = (typeof PLAN_STATES)[number];

export const AMENDMENT_STATES = ['open', 'submitted', 'approved', 'returned'] as const;
export type AmendmentState = (typeof AMENDMENT_STATES)[number];

export interface PlanDecision {
  /** The state the step moved the plan (or amendment) to. */
  state: PlanState | AmendmentState;
  by: string;
  on: IsoDate;
  at: string;
  comment: string;
}

export interface Amendment {
  id: string;
  reason: string;
  state: AmendmentState;
  history: PlanDecision[];
}

/**
 * The annual activity plan's approval record for one cycle. Its content is compiled from unit
 * plan items and the training plan whenever it is read; `snapshot` freezes what was approved.
 */
export interface AnnualPlan {
  year: number;
  state: PlanState;
  history: PlanDecision[];
  founderAgreement: { agreedOn: IsoDate; reference: string; recordedBy: string } | null;
  approvedOn: IsoDate | null;
  /** The compiled plan as last approved (the original or its latest approved amendment). */
  snapshot: unknown;
  amendments: Amendment[];
}

export const annualPlanRef = (year: number): EntityRef => ({
  type: 'annualPlan',
  id: 'plan',
  cycle: year,
});

export const emptyPlan = (year: number): AnnualPlan => ({
  year,
  state: 'draft',
  history: [],
  founderAgreement: null,
  approvedOn: null,
  snapshot: null,
  amendments: [],
});

export const getAnnualPlan = async (
  ctx: RequestContext,
  year: number,
  deps: Deps,
): Promise<{ plan: AnnualPlan; version: number; stored: Stored<AnnualPlan> | undefined }> => {
  const stored = await deps.store.get<AnnualPlan>(ctx, annualPlanRef(year));
  if (stored) return { plan: stored, version: stored.version, stored };
  // A plan approved before the organisation used Ciklas is recorded only as the cycle's milestone.
  const cycle = await deps.store.get<Cycle>(ctx, { type: 'cycle', id: String(year) });
  const approvedOn = cycle?.milestones.planApprovedOn;
  const plan = approvedOn
    ? { ...emptyPlan(year), state: 'approved' as const, approvedOn }
    : emptyPlan(year);
  return { plan, version: 0, stored };
};

/** The amendment in progress, if any (open or returned for more changes). */
export const openAmendment = (plan: AnnualPlan): Amendment | undefined =>
  plan.amendments.find((a) => a.state === 'open' || a.state === 'returned');

/**
 * Whether the plan's content (unit plan items, training plan) may change now: while it is drafted
 * or returned, or, once approved, while an amendment is open. A submitted plan or amendment
 * waits for the director's decision unchanged.
 */
export const planEditability = (plan: AnnualPlan): 'editable' | 'underReview' | 'frozen' => {
  if (plan.state === 'draft' || plan.state === 'returned') return 'editable';
  if (plan.state === 'submitted') return 'underReview';
  if (openAmendment(plan)) return 'editable';
  return plan.amendments.some((a) => a.state === 'submitted') ? 'underReview' : 'frozen';
};

/** Throws a StateError (409) unless the year's annual plan content may change now. */
export const assertPlanEditable = async (
  ctx: RequestContext,
  year: number,
  deps: Deps,
): Promise<void> => {
  const { plan } = await getAnnualPlan(ctx, year, deps);
  const editable = planEditability(plan);
  if (editable === 'frozen') throw new StateError('plan.frozen', { year });
  if (editable === 'underReview') throw new StateError('plan.underReview', { year });
};
