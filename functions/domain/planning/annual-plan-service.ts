import type { Cycle } from '../cycle/cycle';
import { describeCycle } from '../cycle/cycle-service';
import type { Deadline } from '../cycle/deadlines';
import { requireCycle } from '../cycle/require-cycle';
import { getSettings } from '../org/org-service';
import type { Unit } from '../org/organisation';
import type { Change, Deps, RequestContext, Stored } from '../ports';
import { localDate } from '../time';
import {
  annualPlanRef,
  getAnnualPlan,
  planEditability,
  type AnnualPlan,
} from './annual-plan-state';
import {
  decideAmendment,
  decidePlan,
  recordFounderAgreement,
  startAmendment,
  submitAmendment,
  submitPlan,
  type Step,
} from './annual-plan-workflow';
import { compilePlan, diffPlans, type CompiledPlan, type PlanChanges } from './compile';
import type { PlanItem } from './plan-item';

export interface AnnualPlanState {
  plan: AnnualPlan;
  version: number;
  editability: ReturnType<typeof planEditability>;
  content: CompiledPlan;
  /** Against the approved snapshot; empty before approval. */
  changesSinceApproval: PlanChanges;
  deadline: Deadline | undefined;
  needsFounderAgreement: boolean;
}

const load = async (ctx: RequestContext, year: number, deps: Deps) => {
  const cycle = await requireCycle(ctx, year, deps);
  const [{ plan, version }, settings, units, items, training] = await Promise.all([
    getAnnualPlan(ctx, year, deps),
    getSettings(ctx, deps),
    deps.store.list<Unit>(ctx, 'unit'),
    deps.store.list<PlanItem>(ctx, 'planItem', { cycle: year }),
    deps.store.list<Record<string, unknown>>(ctx, 'training', { cycle: year }),
  ]);
  return { cycle, plan, version, settings, content: compilePlan(units, items, training) };
};

const describe = (loaded: Awaited<ReturnType<typeof load>>, deps: Deps): AnnualPlanState => {
  const today = localDate(deps.clock.now());
  const cycle = describeCycle(loaded.cycle, loaded.settings, today);
  return {
    plan: loaded.plan,
    version: loaded.version,
    editability: planEditability(loaded.plan),
    content: loaded.content,
    changesSinceApproval: loaded.plan.snapshot
      ? diffPlans(loaded.plan.snapshot as CompiledPlan, loaded.content)
      : { added: [], changed: [], removed: [] },
    deadline: cycle.deadlines.find((d) => d.id === 'annualPlanApproval'),
    needsFounderAgreement: loaded.settings.founderAgreement,
  };
};

/** The annual activity plan as compiled now, with its approval state and deadline. */
export const getAnnualPlanState = async (
  ctx: RequestContext,
  year: number,
  deps: Deps,
): Promise<AnnualPlanState> => describe(await load(ctx, year, deps), deps);

const stepOf = (ctx: RequestContext, deps: Deps, comment = ''): Step => {
  const now = deps.clock.now();
  return { by: ctx.actor.userId, on: localDate(now), at: now.toISOString(), comment };
};

/**
 * Saves the plan at the version the caller read; milestones that the cycle's deadlines and phase
 * read (plan approved, founder agreed) are set on the cycle in the same transaction.
 */
const persist = async (
  ctx: RequestContext,
  year: number,
  next: AnnualPlan,
  expectedVersion: number,
  cycle: Stored<Cycle>,
  milestones: Partial<Cycle['milestones']>,
  deps: Deps,
): Promise<AnnualPlanState> => {
  const changes: Change[] = [{ ref: annualPlanRef(year), data: next, expectedVersion }];
  if (Object.keys(milestones).length > 0) {
    const {
      version,
      createdAt: _c,
      createdBy: _cb,
      updatedAt: _u,
      updatedBy: _ub,
      ...data
    } = cycle;
    changes.push({
      ref: { type: 'cycle', id: String(year) },
      data: { ...data, milestones: { ...data.milestones, ...milestones } },
      expectedVersion: version,
    });
  }
  await deps.store.apply(ctx, changes);
  return getAnnualPlanState(ctx, year, deps);
};

export const submitAnnualPlan = async (
  ctx: RequestContext,
  year: number,
  expectedVersion: number,
  comment: string,
  deps: Deps,
): Promise<AnnualPlanState> => {
  const loaded = await load(ctx, year, deps);
  const next = submitPlan(loaded.plan, loaded.content, stepOf(ctx, deps, comment));
  return persist(ctx, year, next, expectedVersion, loaded.cycle, {}, deps);
};

export const decideAnnualPlan = async (
  ctx: RequestContext,
  year: number,
  verdict: 'approve' | 'return',
  expectedVersion: number,
  comment: string,
  deps: Deps,
): Promise<AnnualPlanState> => {
  const loaded = await load(ctx, year, deps);
  const step = stepOf(ctx, deps, comment);
  const next = decidePlan(
    loaded.plan,
    verdict,
    loaded.content,
    loaded.settings.founderAgreement,
    step,
  );
  const milestones = verdict === 'approve' ? { planApprovedOn: step.on } : {};
  return persist(ctx, year, next, expectedVersion, loaded.cycle, milestones, deps);
};

export const recordFounder = async (
  ctx: RequestContext,
  year: number,
  agreement: { agreedOn: string; reference: string },
  expectedVersion: number,
  deps: Deps,
): Promise<AnnualPlanState> => {
  const loaded = await load(ctx, year, deps);
  const next = recordFounderAgreement(loaded.plan, agreement, stepOf(ctx, deps));
  return persist(
    ctx,
    year,
    next,
    expectedVersion,
    loaded.cycle,
    { founderAgreedOn: agreement.agreedOn },
    deps,
  );
};

export const openPlanAmendment = async (
  ctx: RequestContext,
  year: number,
  reason: string,
  expectedVersion: number,
  deps: Deps,
): Promise<AnnualPlanState> => {
  const loaded = await load(ctx, year, deps);
  const next = startAmendment(loaded.plan, deps.newId(), reason, stepOf(ctx, deps, reason));
  return persist(ctx, year, next, expectedVersion, loaded.cycle, {}, deps);
};

export const submitPlanAmendment = async (
  ctx: RequestContext,
  year: number,
  amendmentId: string,
  expectedVersion: number,
  comment: string,
  deps: Deps,
): Promise<AnnualPlanState> => {
  const loaded = await load(ctx, year, deps);
  const next = submitAmendment(loaded.plan, amendmentId, stepOf(ctx, deps, comment));
  return persist(ctx, year, next, expectedVersion, loaded.cycle, {}, deps);
};

export const decidePlanAmendment = async (
  ctx: RequestContext,
  year: number,
  amendmentId: string,
  verdict: 'approve' | 'return',
  expectedVersion: number,
  comment: string,
  deps: Deps,
): Promise<AnnualPlanState> => {
  const loaded = await load(ctx, year, deps);
  const next = decideAmendment(
    loaded.plan,
    amendmentId,
    verdict,
    loaded.content,
    stepOf(ctx, deps, comment),
  );
  return persist(ctx, year, next, expectedVersion, loaded.cycle, {}, deps);
};
