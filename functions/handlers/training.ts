import type { AreaOperations } from '../adapters/http/http-handler';
import type { TRAINING_ROUTES } from '../contracts/training-routes';
import { ConflictError } from '../domain/errors';
import { listMembers } from '../domain/org/members';
import { listUnits } from '../domain/org/org-service';
import type { Deps, RequestContext, Stored } from '../domain/ports';
import type { Need } from '../domain/training/need';
import {
  createNeed,
  deleteNeed,
  listNeeds,
  summariseCycleNeeds,
  updateNeed,
} from '../domain/training/needs-service';
import { trainingsByNeed } from '../domain/training/summary';
import type { Training } from '../domain/training/training';
import {
  createTraining,
  deleteTraining,
  getTrainingFigures,
  listTraining,
  recordCompletion,
  updateTraining,
} from '../domain/training/training-service';
import type { Locale } from '../i18n';
import {
  figuresView,
  needsSummaryView,
  needView,
  trainingView,
  type Names,
} from './views/training-view';

type Ctx = RequestContext & { deps: Deps; locale: Locale };

const namesOf = async (ctx: Ctx): Promise<Names> => {
  const [members, units] = await Promise.all([
    listMembers(ctx, ctx.deps),
    listUnits(ctx, ctx.deps),
  ]);
  return {
    members: new Map(members.map((m) => [m.userId, m.name])),
    units: new Map(units.map((u) => [u.id, u.name])),
  };
};

const presentNeeds = async (ctx: Ctx, year: number, needs: Stored<Need>[]) => {
  const [names, trainings] = await Promise.all([
    namesOf(ctx),
    ctx.deps.store.list<Training>(ctx, 'training', { cycle: year }),
  ]);
  const links = trainingsByNeed(trainings);
  return needs.map((n) => needView(n, links.get(n.id) ?? [], names, ctx.locale));
};

const presentTraining = async (ctx: Ctx, items: Stored<Training>[]) => {
  const names = await namesOf(ctx);
  return items.map((i) => trainingView(i, names, ctx.locale));
};

/** A stale write is answered with the item as stored now, shown as any read would show it. */
const describingConflict = async <T extends object, R>(
  write: Promise<R>,
  describe: (current: Stored<T>) => Promise<unknown>,
): Promise<R> => {
  try {
    return await write;
  } catch (error) {
    if (error instanceof ConflictError && error.current) {
      throw new ConflictError(await describe(error.current as Stored<T>), { cause: error });
    }
    throw error;
  }
};

const oneNeed = async (ctx: Ctx, year: number, write: Promise<Stored<Need>>) => {
  const describe = async (n: Stored<Need>) => (await presentNeeds(ctx, year, [n]))[0];
  return (await describe(await describingConflict(write, describe)))!;
};

const oneTraining = async (ctx: Ctx, write: Promise<Stored<Training>>) => {
  const describe = async (i: Stored<Training>) => (await presentTraining(ctx, [i]))[0];
  return (await describe(await describingConflict(write, describe)))!;
};

/** Competence needs and the training plan: each route's operation. */
export const trainingOperations: AreaOperations<typeof TRAINING_ROUTES> = {
  listNeeds: async ({ params, query }, ctx) => ({
    items: await presentNeeds(ctx, params.year, await listNeeds(ctx, params.year, query, ctx.deps)),
  }),
  createNeed: ({ params, body }, ctx) =>
    oneNeed(ctx, params.year, createNeed(ctx, params.year, body, ctx.deps)),
  needsSummary: async ({ params }, ctx) => {
    const [summary, names] = await Promise.all([
      summariseCycleNeeds(ctx, params.year, ctx.deps),
      namesOf(ctx),
    ]);
    return needsSummaryView(params.year, summary, names, ctx.locale);
  },
  updateNeed: ({ params, body }, ctx) => {
    const { version, ...input } = body;
    return oneNeed(
      ctx,
      params.year,
      updateNeed(ctx, params.year, params.needId, input, version, ctx.deps),
    );
  },
  deleteNeed: async ({ params, query }, ctx) => {
    await describingConflict(
      deleteNeed(ctx, params.year, params.needId, query.version, ctx.deps),
      async (n: Stored<Need>) => (await presentNeeds(ctx, params.year, [n]))[0],
    );
    return { id: params.needId, deleted: true };
  },
  listTraining: async ({ params, query }, ctx) => ({
    items: await presentTraining(ctx, await listTraining(ctx, params.year, query, ctx.deps)),
  }),
  createTraining: ({ params, body }, ctx) =>
    oneTraining(ctx, createTraining(ctx, params.year, body, ctx.deps)),
  trainingFigures: async ({ params }, ctx) =>
    figuresView(params.year, await getTrainingFigures(ctx, params.year, ctx.deps), ctx.locale),
  updateTraining: ({ params, body }, ctx) => {
    const { version, ...input } = body;
    return oneTraining(
      ctx,
      updateTraining(ctx, params.year, params.trainingId, input, version, ctx.deps),
    );
  },
  deleteTraining: async ({ params, query }, ctx) => {
    await describingConflict(
      deleteTraining(ctx, params.year, params.trainingId, query.version, ctx.deps),
      async (i: Stored<Training>) => (await presentTraining(ctx, [i]))[0],
    );
    return { id: params.trainingId, deleted: true };
  },
  recordCompletion: ({ params, body }, ctx) => {
    const { version, ...input } = body;
    return oneTraining(
      ctx,
      recordCompletion(ctx, params.year, params.trainingId, input, version, ctx.deps),
    );
  },
};
