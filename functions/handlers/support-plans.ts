import type { AreaOperations } from '../adapters/http/http-handler';
import type { SUPPORT_PLAN_ROUTES } from '../contracts/support-plans-routes';
import { ConflictError } from '../domain/errors';
import type { Stored } from '../domain/ports';
import type { SupportPlan } from '../domain/support-plans/plan';
import {
  computeOutcomes,
  createPlan,
  eraseRecipient,
  exportRecipient,
  getPlan,
  getPublishedOutcomes,
  getSettings,
  listPlans,
  publishOutcomes,
  putSettings,
  recordMeasure,
  reviewGoal,
  updatePlan,
  type PublishedOutcomes,
} from '../domain/support-plans/support-plan-service';
import { localDate } from '../domain/time';
import type { Locale } from '../i18n';
import {
  outcomeFiguresView,
  settingsView,
  supportPlanSummary,
  supportPlanView,
} from './views/support-plan-view';

/** Runs a write; a conflict's `current` is shown like any read (the service logged it). */
const viewing = async (locale: Locale, write: Promise<Stored<SupportPlan>>) => {
  try {
    return supportPlanView(await write, locale);
  } catch (error) {
    if (error instanceof ConflictError && error.current) {
      throw new ConflictError(supportPlanView(error.current as Stored<SupportPlan>, locale), {
        cause: error,
      });
    }
    throw error;
  }
};

const publishedView = (year: number, stored: Stored<PublishedOutcomes> | null, locale: Locale) => ({
  year,
  published: stored && { ...stored, figures: outcomeFiguresView(stored.figures, locale) },
});

/** Support plans (IPP) and their outcomes: each route's operation. */
export const supportPlansOperations: AreaOperations<typeof SUPPORT_PLAN_ROUTES> = {
  getSupportPlanSettings: async (_input, ctx) => {
    const { scale, version } = await getSettings(ctx, ctx.deps);
    return settingsView(scale, version, ctx.locale);
  },

  putSupportPlanSettings: async ({ body }, ctx) => {
    const saved = await putSettings(ctx, { scale: body.scale }, body.version, ctx.deps);
    return settingsView(saved.scale, saved.version, ctx.locale);
  },

  getSupportOutcomes: async ({ query }, ctx) =>
    outcomeFiguresView(await computeOutcomes(ctx, query, ctx.deps), ctx.locale),

  getPublishedSupportOutcomes: async ({ params }, ctx) =>
    publishedView(params.year, await getPublishedOutcomes(ctx, params.year, ctx.deps), ctx.locale),

  publishSupportOutcomes: async ({ params, body }, ctx) =>
    publishedView(
      params.year,
      await publishOutcomes(ctx, params.year, body.version, ctx.deps),
      ctx.locale,
    ),

  exportSupportPlanRecipient: async ({ params }, ctx) => {
    const data = await exportRecipient(ctx, params.recipientCode, ctx.deps);
    return { ...data, plans: data.plans.map((p) => supportPlanView(p, ctx.locale)) };
  },

  eraseSupportPlanRecipient: async ({ params, body }, ctx) =>
    eraseRecipient(ctx, params.recipientCode, body, ctx.deps),

  listSupportPlans: async ({ query }, ctx) => {
    const today = localDate(ctx.deps.clock.now());
    const plans = await listPlans(ctx, query, ctx.deps);
    return { items: plans.map((p) => supportPlanSummary(p, today)) };
  },

  createSupportPlan: async ({ body }, ctx) => {
    const { version: _version, ...fields } = body;
    return viewing(ctx.locale, createPlan(ctx, fields, ctx.deps));
  },

  getSupportPlan: async ({ params }, ctx) =>
    supportPlanView(await getPlan(ctx, params.planId, ctx.deps), ctx.locale),

  updateSupportPlan: async ({ params, body }, ctx) => {
    const { version, ...fields } = body;
    return viewing(ctx.locale, updatePlan(ctx, params.planId, fields, version, ctx.deps));
  },

  reviewSupportPlanGoal: async ({ params, body }, ctx) => {
    const { version, ...review } = body;
    return viewing(
      ctx.locale,
      reviewGoal(ctx, params.planId, params.goalId, review, version, ctx.deps),
    );
  },

  recordSupportPlanMeasure: async ({ params, body }, ctx) => {
    const { version, ...measure } = body;
    return viewing(ctx.locale, recordMeasure(ctx, params.planId, measure, version, ctx.deps));
  },
};
