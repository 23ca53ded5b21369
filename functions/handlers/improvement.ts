import type { AreaOperations } from '../adapters/http/http-handler';
import type { IMPROVEMENT_ROUTES } from '../contracts/improvement-routes';
import { ConflictError } from '../domain/errors';
import {
  createAction,
  getAction,
  listActions,
  updateAction,
  type ActionState,
} from '../domain/improvement/actions/action-service';
import type { Goal } from '../domain/improvement/goals/goal';
import { createGoal, listGoals, updateGoal } from '../domain/improvement/goals/goal-service';
import {
  createIndicator,
  listIndicators,
  putIndicatorValue,
  updateIndicator,
  type IndicatorYear,
} from '../domain/improvement/indicators/indicator-service';
import {
  createProject,
  listProjects,
  updateProject,
  type ProjectState,
} from '../domain/improvement/projects/project-service';
import type { Stored } from '../domain/ports';
import { actionView } from './views/improvement-action-view';
import { goalView } from './views/improvement-goal-view';
import { indicatorView } from './views/improvement-indicator-view';
import { projectView } from './views/improvement-project-view';

/** A stale write's `current` shown as the route shows the item. */
const conflictAs =
  <S>(view: (current: S) => unknown) =>
  (error: unknown): never => {
    if (error instanceof ConflictError && error.current) {
      throw new ConflictError(view(error.current as S), { cause: error });
    }
    throw error;
  };

/** Strategy goals, indicators, improvement actions, projects register: each route's operation. */
export const improvementOperations: AreaOperations<typeof IMPROVEMENT_ROUTES> = {
  listGoals: async ({ query }, ctx) => ({
    items: (await listGoals(ctx, query, ctx.deps)).map((g) => goalView(g, ctx.locale)),
  }),

  createGoal: async ({ body }, ctx) => goalView(await createGoal(ctx, body, ctx.deps), ctx.locale),

  updateGoal: async ({ params, body }, ctx) => {
    const { version, ...input } = body;
    const goal = await updateGoal(ctx, params.goalId, input, version, ctx.deps).catch(
      conflictAs((g: Stored<Goal>) => goalView(g, ctx.locale)),
    );
    return goalView(goal, ctx.locale);
  },

  listIndicators: async ({ query }, ctx) => {
    const { year, items } = await listIndicators(ctx, query, ctx.deps);
    return { year, items: items.map((i) => indicatorView(i, ctx.locale)) };
  },

  createIndicator: async ({ body }, ctx) =>
    indicatorView(await createIndicator(ctx, body, ctx.deps), ctx.locale),

  updateIndicator: async ({ params, body }, ctx) => {
    const { version, ...definition } = body;
    const indicator = await updateIndicator(
      ctx,
      params.indicatorId,
      definition,
      version,
      ctx.deps,
    ).catch(conflictAs((i: IndicatorYear) => indicatorView(i, ctx.locale)));
    return indicatorView(indicator, ctx.locale);
  },

  putIndicatorValue: async ({ params, body }, ctx) => {
    const { version, ...input } = body;
    const indicator = await putIndicatorValue(
      ctx,
      params.indicatorId,
      params.year,
      input,
      version,
      ctx.deps,
    ).catch(conflictAs((i: IndicatorYear) => indicatorView(i, ctx.locale)));
    return indicatorView(indicator, ctx.locale);
  },

  listActions: async ({ params, query }, ctx) => {
    const list = await listActions(ctx, params.year, query, ctx.deps);
    return { ...list, items: list.items.map((a) => actionView(a, ctx.locale)) };
  },

  getAction: async ({ params }, ctx) =>
    actionView(await getAction(ctx, params.year, params.actionId, ctx.deps), ctx.locale),

  createAction: async ({ params, body }, ctx) =>
    actionView(await createAction(ctx, params.year, body, ctx.deps), ctx.locale),

  updateAction: async ({ params, body }, ctx) => {
    const { version, ...input } = body;
    const action = await updateAction(
      ctx,
      params.year,
      params.actionId,
      input,
      version,
      ctx.deps,
    ).catch(conflictAs((a: ActionState) => actionView(a, ctx.locale)));
    return actionView(action, ctx.locale);
  },

  listProjects: async ({ params, query }, ctx) => {
    const list = await listProjects(ctx, params.year, query, ctx.deps);
    return { ...list, items: list.items.map((p) => projectView(p, ctx.locale)) };
  },

  createProject: async ({ params, body }, ctx) =>
    projectView(await createProject(ctx, params.year, body, ctx.deps), ctx.locale),

  updateProject: async ({ params, body }, ctx) => {
    const { version, ...input } = body;
    const project = await updateProject(
      ctx,
      params.year,
      params.projectId,
      input,
      version,
      ctx.deps,
    ).catch(conflictAs((p: ProjectState) => projectView(p, ctx.locale)));
    return projectView(project, ctx.locale);
  },
};
