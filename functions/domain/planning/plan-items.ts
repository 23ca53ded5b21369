import { assertUnitAccess } from '../auth/policy';
import { requireCycle, requireUnit } from '../cycle/require-cycle';
import { StateError, ValidationError, type FieldIssue } from '../errors';
import type { Change, Deps, RequestContext, Stored } from '../ports';
import { localDate } from '../time';
import { assertPlanEditable } from './annual-plan-state';
import { withProgress, type Checkpoint, type PlanItem, type PlanPeriod } from './plan-item';
import { dataOf, getItem } from '../items';

export type PlanItemInput = Omit<PlanItem, 'id' | 'progress' | 'status'> & {
  status?: PlanItem['status'] | undefined;
};

const ref = (year: number, id: string) => ({ type: 'planItem', id, cycle: year }) as const;

export const listPlanItems = async (
  ctx: RequestContext,
  year: number,
  filter: { unitId?: string; period?: PlanPeriod },
  deps: Deps,
): Promise<Stored<PlanItem>[]> => {
  await requireCycle(ctx, year, deps);
  const items = await deps.store.list<PlanItem>(ctx, 'planItem', { cycle: year });
  return items
    .filter((i) => (filter.unitId ? i.unitId === filter.unitId : true))
    .filter((i) => (filter.period ? i.period === filter.period : true))
    .sort((a, b) => a.unitId.localeCompare(b.unitId) || a.createdAt.localeCompare(b.createdAt));
};

export const getPlanItem = async (
  ctx: RequestContext,
  year: number,
  id: string,
  deps: Deps,
): Promise<Stored<PlanItem>> => {
  return getItem<PlanItem>(ctx, ref(year, id), deps);
};

/** Dates within the cycle's year (start not after due), links to things that exist. */
const checkLinks = async (
  ctx: RequestContext,
  year: number,
  input: PlanItemInput,
  deps: Deps,
): Promise<void> => {
  const issues: FieldIssue[] = [];
  const from = `${year}-01-01`;
  const to = `${year}-12-31`;
  for (const field of ['startOn', 'dueOn'] as const) {
    const date = input[field];
    if (date && (date < from || date > to)) {
      issues.push({ path: [field], key: 'validation.dateOutsideCycle', params: { from, to } });
    }
  }
  if (input.startOn && input.dueOn && input.startOn > input.dueOn) {
    issues.push({ path: ['dueOn'], key: 'planning.dueBeforeStart' });
  }
  const [goal, indicator, proposals] = await Promise.all([
    input.strategyGoalId ? deps.store.get(ctx, { type: 'goal', id: input.strategyGoalId }) : true,
    input.indicatorId ? deps.store.get(ctx, { type: 'indicator', id: input.indicatorId }) : true,
    Promise.all(
      input.origin.map((id) => deps.store.get(ctx, { type: 'proposal', id, cycle: year })),
    ),
  ]);
  if (!goal) issues.push({ path: ['strategyGoalId'], key: 'planning.noSuchGoal' });
  if (!indicator) issues.push({ path: ['indicatorId'], key: 'planning.noSuchIndicator' });
  proposals.forEach((p, i) => {
    if (!p) issues.push({ path: ['origin', i], key: 'planning.noSuchProposal' });
  });
  if (issues.length > 0) throw new ValidationError(issues);
  await requireUnit(ctx, input.unitId, deps);
};

/** Only annual items are part of the annual activity plan and freeze with its approval. */
const assertEditable = async (
  ctx: RequestContext,
  year: number,
  period: PlanPeriod,
  deps: Deps,
) => {
  if (period === 'annual') await assertPlanEditable(ctx, year, deps);
};

/** Checks a new item (access, links, plan state) and gives the change that creates it. */
export const prepareCreate = async (
  ctx: RequestContext,
  year: number,
  input: PlanItemInput,
  deps: Deps,
): Promise<Change & { data: PlanItem }> => {
  await assertUnitAccess(ctx, input.unitId, ['unitHead'], deps);
  await checkLinks(ctx, year, input, deps);
  await assertEditable(ctx, year, input.period, deps);
  const id = deps.newId();
  const item: PlanItem = { ...input, id, status: input.status ?? 'planned', progress: [] };
  return { ref: ref(year, id), data: item, expectedVersion: 0 };
};

/** Checks a change to `current` (access to both units, links, plan state) and gives the change. */
export const prepareUpdate = async (
  ctx: RequestContext,
  year: number,
  current: Stored<PlanItem>,
  input: PlanItemInput,
  expectedVersion: number,
  deps: Deps,
): Promise<Change & { data: PlanItem }> => {
  await assertUnitAccess(ctx, current.unitId, ['unitHead'], deps);
  if (input.unitId !== current.unitId)
    await assertUnitAccess(ctx, input.unitId, ['unitHead'], deps);
  await checkLinks(ctx, year, input, deps);
  await assertEditable(ctx, year, current.period, deps);
  if (input.period !== current.period) await assertEditable(ctx, year, input.period, deps);
  const data = dataOf(current);
  const item: PlanItem = { ...data, ...input, status: input.status ?? current.status };
  return { ref: ref(year, current.id), data: item, expectedVersion };
};

export const createPlanItem = async (
  ctx: RequestContext,
  year: number,
  input: PlanItemInput,
  deps: Deps,
): Promise<Stored<PlanItem>> => {
  await requireCycle(ctx, year, deps);
  const change = await prepareCreate(ctx, year, input, deps);
  return deps.store.save(ctx, change.ref, change.data, 0);
};

export const updatePlanItem = async (
  ctx: RequestContext,
  year: number,
  id: string,
  input: PlanItemInput,
  expectedVersion: number,
  deps: Deps,
): Promise<Stored<PlanItem>> => {
  const current = await getPlanItem(ctx, year, id, deps);
  const change = await prepareUpdate(ctx, year, current, input, expectedVersion, deps);
  return deps.store.save(ctx, change.ref, change.data, expectedVersion);
};

export const deletePlanItem = async (
  ctx: RequestContext,
  year: number,
  id: string,
  expectedVersion: number,
  deps: Deps,
): Promise<void> => {
  const current = await getPlanItem(ctx, year, id, deps);
  await assertUnitAccess(ctx, current.unitId, ['unitHead'], deps);
  await assertEditable(ctx, year, current.period, deps);
  if (current.progress.length > 0) throw new StateError('planning.hasProgress');
  await deps.store.remove(ctx, ref(year, id), expectedVersion);
};

export interface ProgressInput {
  checkpoint: Checkpoint;
  percent: number | null;
  done: boolean | null;
  comment: string;
}

/**
 * Progress is reporting, not planning: staff of the unit record it even when the plan is frozen.
 * A half-year checkpoint is for items running in the first half; a year-end one closes the item.
 */
export const recordProgress = async (
  ctx: RequestContext,
  year: number,
  id: string,
  input: ProgressInput,
  expectedVersion: number,
  deps: Deps,
): Promise<Stored<PlanItem>> => {
  const current = await getPlanItem(ctx, year, id, deps);
  await assertUnitAccess(ctx, current.unitId, ['staff', 'unitHead'], deps);
  if ((input.percent === null) === (input.done === null)) {
    throw new ValidationError([{ path: ['percent'], key: 'planning.percentOrDone' }]);
  }
  if (current.status === 'cancelled') throw new StateError('planning.cancelled');
  if (input.checkpoint === 'H1' && current.period === 'H2') {
    throw new ValidationError([{ path: ['checkpoint'], key: 'planning.h1ForH2' }]);
  }
  const entry = { ...input, recordedOn: localDate(deps.clock.now()), recordedBy: ctx.actor.userId };
  return deps.store.save(ctx, ref(year, id), withProgress(current, entry), expectedVersion);
};
