import { ValidationError } from '../../errors';
import type { Deps, RequestContext, Stored } from '../../ports';
import { checkGoal, coversYear, goalRef, type Goal, type GoalInput } from './goal';
import { getItem } from '../../items';

const byCode = (a: Goal, b: Goal): number =>
  a.code.localeCompare(b.code, 'lt', { numeric: true }) || a.periodFrom - b.periodFrom;

/** The organisation's goals by code; with `year`, only those whose period covers it. */
export const listGoals = async (
  ctx: RequestContext,
  filter: { year?: number | undefined },
  deps: Deps,
): Promise<Stored<Goal>[]> => {
  const goals = await deps.store.list<Goal>(ctx, 'goal');
  const { year } = filter;
  return goals.filter((g) => year === undefined || coversYear(g, year)).sort(byCode);
};

export const getGoal = async (
  ctx: RequestContext,
  goalId: string,
  deps: Deps,
): Promise<Stored<Goal>> => {
  return getItem<Goal>(ctx, goalRef(goalId), deps);
};

const saveGoal = async (
  ctx: RequestContext,
  id: string,
  input: GoalInput,
  expectedVersion: number,
  deps: Deps,
): Promise<Stored<Goal>> => {
  const others = await deps.store.list<Goal>(ctx, 'goal');
  const issues = checkGoal(id, input, others);
  if (issues.length > 0) throw new ValidationError(issues);
  return deps.store.save<Goal>(ctx, goalRef(id), { id, ...input }, expectedVersion);
};

export const createGoal = (
  ctx: RequestContext,
  input: GoalInput,
  deps: Deps,
): Promise<Stored<Goal>> => saveGoal(ctx, deps.newId(), input, 0, deps);

/** Changes a goal at the version the caller read (a missing goal is 404, not created). */
export const updateGoal = async (
  ctx: RequestContext,
  goalId: string,
  input: GoalInput,
  expectedVersion: number,
  deps: Deps,
): Promise<Stored<Goal>> => {
  await getGoal(ctx, goalId, deps);
  return saveGoal(ctx, goalId, input, expectedVersion, deps);
};
