import type { Unit } from '../org/organisation';
import type { Deps, RequestContext, Stored } from '../ports';
import type { Goal } from './goals/goal';
import type { Indicator } from './indicators/indicator';

/** What describing actions and projects needs besides the items: the things they link to. */
export interface Lookups {
  goals: Map<string, Stored<Goal>>;
  indicators: Map<string, Stored<Indicator>>;
  units: Map<string, Stored<Unit>>;
}

const byId = <T extends { id: string }>(items: T[]): Map<string, T> =>
  new Map(items.map((i) => [i.id, i]));

export const loadLookups = async (ctx: RequestContext, deps: Deps): Promise<Lookups> => {
  const [goals, indicators, units] = await Promise.all([
    deps.store.list<Goal>(ctx, 'goal'),
    deps.store.list<Indicator>(ctx, 'indicator'),
    deps.store.list<Unit>(ctx, 'unit'),
  ]);
  return { goals: byId(goals), indicators: byId(indicators), units: byId(units) };
};

/** A goal as a linked item shows it. */
export type GoalLink = Pick<Goal, 'id' | 'code' | 'title' | 'titleEn'>;

export const goalLink = (lookups: Lookups, goalId: string | null): GoalLink | null => {
  const goal = goalId ? lookups.goals.get(goalId) : undefined;
  return goal ? { id: goal.id, code: goal.code, title: goal.title, titleEn: goal.titleEn } : null;
};

export const unitName = (lookups: Lookups, unitId: string | null): string | null =>
  (unitId ? lookups.units.get(unitId)?.name : undefined) ?? null;
