import { ValidationError, StateError } from '../errors';
import type { IsoDate } from '../time';
import { openAmendment, type AnnualPlan, type PlanDecision } from './annual-plan-state';
import type { CompiledPlan } from './compile';

/** Who acts, when: every step of the workflow is recorded with it. */
export interface Step {
  by: string;
  on: IsoDate;
  at: string;
  comment: string;
}

const decision = (state: PlanDecision['state'], step: Step): PlanDecision => ({ state, ...step });

const requireComment = (step: Step): void => {
  if (step.comment.trim() === '')
    throw new ValidationError([{ path: ['comment'], key: 'plan.commentRequired' }]);
};

/** Deputy: draft or returned → submitted. A plan with no annual item is not a plan. */
export const submitPlan = (plan: AnnualPlan, content: CompiledPlan, step: Step): AnnualPlan => {
  if (plan.state !== 'draft' && plan.state !== 'returned')
    throw new StateError('plan.notSubmittable', { state: plan.state });
  if (content.totals.items === 0) throw new StateError('plan.empty');
  return { ...plan, state: 'submitted', history: [...plan.history, decision('submitted', step)] };
};

/** Where the founder must agree the plan, that is recorded before the director approves. */
export const recordFounderAgreement = (
  plan: AnnualPlan,
  agreement: { agreedOn: IsoDate; reference: string },
  step: Step,
): AnnualPlan => {
  if (plan.state === 'approved') throw new StateError('plan.alreadyApproved');
  return { ...plan, founderAgreement: { ...agreement, recordedBy: step.by } };
};

/** Director: submitted → approved (the content frozen as approved) or returned with comments. */
export const decidePlan = (
  plan: AnnualPlan,
  verdict: 'approve' | 'return',
  content: CompiledPlan,
  needsFounder: boolean,
  step: Step,
): AnnualPlan => {
  if (plan.state !== 'submitted') throw new StateError('plan.notSubmitted', { state: plan.state });
  if (verdict === 'return') {
    requireComment(step);
    return { ...plan, state: 'returned', history: [...plan.history, decision('returned', step)] };
  }
  if (needsFounder && !plan.founderAgreement) throw new StateError('plan.founderAgreementMissing');
  return {
    ...plan,
    state: 'approved',
    approvedOn: step.on,
    snapshot: content,
    history: [...plan.history, decision('approved', step)],
  };
};

/** Deputy: an approved plan changes only through an amendment with its own approval. */
export const startAmendment = (
  plan: AnnualPlan,
  id: string,
  reason: string,
  step: Step,
): AnnualPlan => {
  if (plan.state !== 'approved') throw new StateError('plan.notApproved');
  if (openAmendment(plan) || plan.amendments.some((a) => a.state === 'submitted')) {
    throw new StateError('plan.amendmentInProgress');
  }
  return {
    ...plan,
    amendments: [
      ...plan.amendments,
      { id, reason, state: 'open', history: [decision('open', step)] },
    ],
  };
};

const withAmendment = (
  plan: AnnualPlan,
  id: string,
  change: (a: AnnualPlan['amendments'][number]) => AnnualPlan['amendments'][number],
) => {
  if (!plan.amendments.some((a) => a.id === id))
    throw new StateError('plan.noSuchAmendment', { id });
  return { ...plan, amendments: plan.amendments.map((a) => (a.id === id ? change(a) : a)) };
};

export const submitAmendment = (plan: AnnualPlan, id: string, step: Step): AnnualPlan =>
  withAmendment(plan, id, (a) => {
    if (a.state !== 'open' && a.state !== 'returned') throw new StateError('plan.amendmentNotOpen');
    return { ...a, state: 'submitted', history: [...a.history, decision('submitted', step)] };
  });

/** Director: an approved amendment becomes the plan as approved (a new snapshot). */
export const decideAmendment = (
  plan: AnnualPlan,
  id: string,
  verdict: 'approve' | 'return',
  content: CompiledPlan,
  step: Step,
): AnnualPlan => {
  if (verdict === 'return') requireComment(step);
  const next = withAmendment(plan, id, (a) => {
    if (a.state !== 'submitted') throw new StateError('plan.amendmentNotSubmitted');
    const state = verdict === 'approve' ? 'approved' : 'returned';
    return { ...a, state, history: [...a.history, decision(state, step)] };
  });
  return verdict === 'approve' ? { ...next, snapshot: content } : next;
};
