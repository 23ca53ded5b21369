import type { AreaOperations } from '../adapters/http/http-handler';
import type { PLANNING_ROUTES } from '../contracts/planning-routes';
import {
  decideAnnualPlan,
  decidePlanAmendment,
  getAnnualPlanState,
  openPlanAmendment,
  recordFounder,
  submitAnnualPlan,
  submitPlanAmendment,
} from '../domain/planning/annual-plan-service';
import {
  createPlanItem,
  deletePlanItem,
  getPlanItem,
  listPlanItems,
  recordProgress,
  updatePlanItem,
} from '../domain/planning/plan-items';
import { listUnits } from '../domain/org/org-service';
import type { PlanItem } from '../domain/planning/plan-item';
import type { Deps, RequestContext, Stored } from '../domain/ports';
import { localDate } from '../domain/time';
import type { Locale } from '../i18n';
import {
  applyPlanningWorkbookOperation,
  getPlanningWorkbookOperation,
  previewPlanningWorkbookOperation,
} from './planning-workbook';
import { annualPlanView, planItemView } from './views/planning-view';

const present = async (
  ctx: RequestContext & { locale: Locale; deps: Deps },
  items: Stored<PlanItem>[],
) => {
  const units = await listUnits(ctx, ctx.deps);
  const names = new Map(units.map((u) => [u.id, u.name]));
  const today = localDate(ctx.deps.clock.now());
  return items.map((i) => planItemView(i, names, today, ctx.locale));
};

/** Unit plan items, progress, the annual activity plan and its approval: each route's operation. */
export const planningOperations: AreaOperations<typeof PLANNING_ROUTES> = {
  listPlanItems: async ({ params, query }, ctx) => {
    const filter = {
      ...(query.unitId ? { unitId: query.unitId } : {}),
      ...(query.period ? { period: query.period } : {}),
    };
    const items = await present(ctx, await listPlanItems(ctx, params.year, filter, ctx.deps));
    const counts: Record<string, number> = {};
    for (const i of items) counts[i.status] = (counts[i.status] ?? 0) + 1;
    counts.overdue = items.filter((i) => i.overdue).length;
    return { items, counts };
  },
  createPlanItem: async ({ params, body }, ctx) => {
    const [view] = await present(ctx, [await createPlanItem(ctx, params.year, body, ctx.deps)]);
    return view!;
  },
  getPlanItem: async ({ params }, ctx) => {
    const [view] = await present(ctx, [
      await getPlanItem(ctx, params.year, params.itemId, ctx.deps),
    ]);
    return view!;
  },
  updatePlanItem: async ({ params, body }, ctx) => {
    const { version, ...input } = body;
    const saved = await updatePlanItem(ctx, params.year, params.itemId, input, version, ctx.deps);
    const [view] = await present(ctx, [saved]);
    return view!;
  },
  deletePlanItem: async ({ params, query }, ctx) => {
    await deletePlanItem(ctx, params.year, params.itemId, query.version, ctx.deps);
    return { id: params.itemId, deleted: true };
  },
  recordProgress: async ({ params, body }, ctx) => {
    const { version, ...input } = body;
    const saved = await recordProgress(ctx, params.year, params.itemId, input, version, ctx.deps);
    const [view] = await present(ctx, [saved]);
    return view!;
  },
  getAnnualPlan: async ({ params }, ctx) =>
    annualPlanView(await getAnnualPlanState(ctx, params.year, ctx.deps), ctx.locale),
  submitAnnualPlan: async ({ params, body }, ctx) =>
    annualPlanView(
      await submitAnnualPlan(ctx, params.year, body.version, body.comment, ctx.deps),
      ctx.locale,
    ),
  decideAnnualPlan: async ({ params, body }, ctx) =>
    annualPlanView(
      await decideAnnualPlan(ctx, params.year, body.decision, body.version, body.comment, ctx.deps),
      ctx.locale,
    ),
  recordFounderAgreement: async ({ params, body }, ctx) =>
    annualPlanView(
      await recordFounder(
        ctx,
        params.year,
        { agreedOn: body.agreedOn, reference: body.reference },
        body.version,
        ctx.deps,
      ),
      ctx.locale,
    ),
  openAmendment: async ({ params, body }, ctx) =>
    annualPlanView(
      await openPlanAmendment(ctx, params.year, body.reason, body.version, ctx.deps),
      ctx.locale,
    ),
  submitAmendment: async ({ params, body }, ctx) =>
    annualPlanView(
      await submitPlanAmendment(
        ctx,
        params.year,
        params.amendmentId,
        body.version,
        body.comment,
        ctx.deps,
      ),
      ctx.locale,
    ),
  decideAmendment: async ({ params, body }, ctx) =>
    annualPlanView(
      await decidePlanAmendment(
        ctx,
        params.year,
        params.amendmentId,
        body.decision,
        body.version,
        body.comment,
        ctx.deps,
      ),
      ctx.locale,
    ),
  getPlanningWorkbook: getPlanningWorkbookOperation,
  previewPlanningWorkbook: previewPlanningWorkbookOperation,
  applyPlanningWorkbook: applyPlanningWorkbookOperation,
};
