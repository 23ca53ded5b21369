import { dataOf } from '../items';
import type { Role } from '../auth/actor';
import { hasAnyRole } from '../auth/actor';
import { assertUnitAccess, ORG_WIDE_ROLES } from '../auth/policy';
import { requireUnit } from '../cycle/require-cycle';
import {
  ConflictError,
  ForbiddenError,
  NotFoundError,
  ValidationError,
  type FieldIssue,
} from '../errors';
import { memberRef, unitsOf, type Member } from '../org/members';
import type { AuditDetail, Change, Deps, EntityRef, RequestContext, Stored } from '../ports';
import { localDate, type IsoDate } from '../time';
import { outcomeFigures, type OutcomeFigures } from './outcomes';
import {
  addMeasure,
  addReview,
  applyPlanFields,
  checkMeasure,
  checkPlanFields,
  checkReview,
  DEFAULT_OUTCOME_SCALE,
  planFieldsOf,
  type MeasureFields,
  type OutcomeScale,
  type ReviewFields,
  type SupportPlan,
  type SupportPlanFields,
  type SupportPlanSettings,
} from './plan';

/** Staff and unit heads act for the plans of their own units; management for all. */
export const PLAN_UNIT_ROLES: readonly Role[] = ['staff', 'unitHead'];

export const planRef = (id: string) => ({ type: 'supportPlan', id }) as const;
const SETTINGS_REF = { type: 'supportPlanSettings', id: 'settings' } as const;
const outcomesRef = (year: number) => ({ type: 'supportOutcomes', id: String(year) }) as const;

const today = (deps: Deps): IsoDate => localDate(deps.clock.now());

const fail = (issues: FieldIssue[]): void => {
  if (issues.length > 0) throw new ValidationError(issues);
};

/** `assertUnitAccess`, refusing with this area's words. */
const assertAccess = async (ctx: RequestContext, unitId: string, deps: Deps): Promise<void> => {
  try {
    await assertUnitAccess(ctx, unitId, PLAN_UNIT_ROLES, deps);
  } catch (error) {
    if (error instanceof ForbiddenError) {
      throw new ForbiddenError(error.allowedRoles, {
        key: 'supportPlans.forbidden.unit',
        cause: error,
      });
    }
    throw error;
  }
};

/** Every time a plan's content is shown to someone, an audit entry says who, when and why. */
const recordRead = (
  ctx: RequestContext,
  plans: readonly { id: string }[],
  purpose: string,
  deps: Deps,
): Promise<void> =>
  deps.store.recordRead(
    ctx,
    plans.map((p) => planRef(p.id)),
    { purpose } satisfies AuditDetail,
  );

const load = async (ctx: RequestContext, id: string, deps: Deps): Promise<Stored<SupportPlan>> => {
  const plan = await deps.store.get<SupportPlan>(ctx, planRef(id));
  if (!plan) throw new NotFoundError('supportPlan', id);
  await assertAccess(ctx, plan.unitId, deps);
  return plan;
};

/** Saves the plan; a conflict answers with the plan as it is now, and that is a read too. */
const save = async (
  ctx: RequestContext,
  plan: SupportPlan,
  expectedVersion: number,
  deps: Deps,
): Promise<Stored<SupportPlan>> => {
  try {
    return await deps.store.save(ctx, planRef(plan.id), plan, expectedVersion);
  } catch (error) {
    if (error instanceof ConflictError && error.current) {
      await recordRead(ctx, [plan], 'conflict', deps);
    }
    throw error;
  }
};

const allPlans = (ctx: RequestContext, deps: Deps): Promise<Stored<SupportPlan>[]> =>
  deps.store.list<SupportPlan>(ctx, 'supportPlan');

export interface PlanFilter {
  unitId?: string | undefined;
  recipientCode?: string | undefined;
}

/**
 * Plans the actor may see (management: all; staff and unit heads: their units'), by recipient
 * code. Each listed plan's read is logged, with its purpose (`list`; `sheet` for the sheet rows).
 */
export const listPlans = async (
  ctx: RequestContext,
  filter: PlanFilter,
  deps: Deps,
  purpose = 'list',
): Promise<Stored<SupportPlan>[]> => {
  const orgWide = hasAnyRole(ctx.actor, ORG_WIDE_ROLES);
  if (filter.unitId !== undefined) await assertAccess(ctx, filter.unitId, deps);
  const units = orgWide ? null : new Set(await unitsOf(ctx, deps));
  const plans = (await allPlans(ctx, deps))
    .filter((p) => units === null || units.has(p.unitId))
    .filter((p) => filter.unitId === undefined || p.unitId === filter.unitId)
    .filter((p) => filter.recipientCode === undefined || p.recipientCode === filter.recipientCode)
    .sort((a, b) => a.recipientCode.localeCompare(b.recipientCode));
  await recordRead(ctx, plans, purpose, deps);
  return plans;
};

export const getPlan = async (
  ctx: RequestContext,
  id: string,
  deps: Deps,
): Promise<Stored<SupportPlan>> => {
  const plan = await load(ctx, id, deps);
  await recordRead(ctx, [plan], 'view', deps);
  return plan;
};

/** The unit exists, the responsible worker is an active member of it, the code is free. */
const checkReferences = async (
  ctx: RequestContext,
  input: SupportPlanFields,
  planId: string | null,
  deps: Deps,
): Promise<void> => {
  await requireUnit(ctx, input.unitId, deps);
  const [worker, plans] = await Promise.all([
    deps.store.get<Member>(ctx, memberRef(input.responsibleWorker)),
    allPlans(ctx, deps),
  ]);
  const issues: FieldIssue[] = [];
  if (!worker?.active || !worker.unitIds.includes(input.unitId)) {
    issues.push({
      path: ['responsibleWorker'],
      key: 'supportPlans.workerNotInUnit',
      params: { userId: input.responsibleWorker },
    });
  }
  if (plans.some((p) => p.recipientCode === input.recipientCode && p.id !== planId)) {
    issues.push({ path: ['recipientCode'], key: 'supportPlans.codeTaken' });
  }
  fail(issues);
};

export const createPlan = async (
  ctx: RequestContext,
  input: SupportPlanFields,
  deps: Deps,
): Promise<Stored<SupportPlan>> => {
  await assertAccess(ctx, input.unitId, deps);
  fail(checkPlanFields(input, undefined));
  await checkReferences(ctx, input, null, deps);
  return save(ctx, applyPlanFields(deps.newId(), input, undefined, deps.newId), 0, deps);
};

/** The plan with `edit` applied to its content, checked by the rules of a plan update. */
const editedPlan = async (
  ctx: RequestContext,
  id: string,
  edit: (current: SupportPlanFields) => SupportPlanFields,
  deps: Deps,
  newId: () => string,
): Promise<SupportPlan> => {
  const current = await load(ctx, id, deps);
  const input = edit(planFieldsOf(current));
  if (input.unitId !== current.unitId) await assertAccess(ctx, input.unitId, deps);
  fail(checkPlanFields(input, current));
  await checkReferences(ctx, input, id, deps);
  return applyPlanFields(id, input, current, newId);
};

/**
 * A change to the plan's content (`edit` gives the new content from the current one), checked as
 * `updatePlan` checks it, as a change to write rather than written: the sheet rows API writes a
 * goal's row so, in one transaction with other rows. `newId` names the goals the edit adds.
 */
export const preparePlanChange = async (
  ctx: RequestContext,
  id: string,
  edit: (current: SupportPlanFields) => SupportPlanFields,
  expectedVersion: number,
  deps: Deps,
  newId: () => string = deps.newId,
): Promise<Change> => ({
  ref: planRef(id),
  data: await editedPlan(ctx, id, edit, deps, newId),
  expectedVersion,
});

/** Replaces the plan's content; moving it to another unit needs access to both. */
export const updatePlan = async (
  ctx: RequestContext,
  id: string,
  input: SupportPlanFields,
  expectedVersion: number,
  deps: Deps,
): Promise<Stored<SupportPlan>> =>
  save(ctx, await editedPlan(ctx, id, () => input, deps, deps.newId), expectedVersion, deps);

export const reviewGoal = async (
  ctx: RequestContext,
  id: string,
  goalId: string,
  input: ReviewFields,
  expectedVersion: number,
  deps: Deps,
): Promise<Stored<SupportPlan>> => {
  const plan = await load(ctx, id, deps);
  if (!plan.goals.some((g) => g.id === goalId)) throw new NotFoundError('goal', goalId);
  fail(checkReview(plan, input, today(deps)));
  const review = { ...input, id: deps.newId(), reviewedBy: ctx.actor.userId };
  return save(ctx, addReview(plan, goalId, review), expectedVersion, deps);
};

export const getSettings = async (
  ctx: RequestContext,
  deps: Deps,
): Promise<SupportPlanSettings & { version: number }> => {
  const stored = await deps.store.get<SupportPlanSettings>(ctx, SETTINGS_REF);
  return stored ?? { scale: DEFAULT_OUTCOME_SCALE, version: 0 };
};

export const putSettings = async (
  ctx: RequestContext,
  settings: SupportPlanSettings,
  expectedVersion: number,
  deps: Deps,
): Promise<Stored<SupportPlanSettings>> =>
  deps.store.save(ctx, SETTINGS_REF, settings, expectedVersion);

/** Records an outcome measure; without a scale, on the organisation's. */
export const recordMeasure = async (
  ctx: RequestContext,
  id: string,
  input: Omit<MeasureFields, 'scale'> & { scale?: OutcomeScale | undefined },
  expectedVersion: number,
  deps: Deps,
): Promise<Stored<SupportPlan>> => {
  const plan = await load(ctx, id, deps);
  const scale = input.scale ?? (await getSettings(ctx, deps)).scale;
  const fields: MeasureFields = { ...input, scale };
  fail(checkMeasure(plan, fields, today(deps)));
  const measure = { ...fields, id: deps.newId(), recordedBy: ctx.actor.userId };
  return save(ctx, addMeasure(plan, measure), expectedVersion, deps);
};

export interface OutcomeQuery {
  /** Default: this year. */
  year?: number | undefined;
  scale?: OutcomeScale | undefined;
  unitId?: string | undefined;
}

/**
 * The aggregated outcome view (management): no plan content is shown, so it is not a read of
 * any plan; every figure is hidden below five recipients.
 */
export const computeOutcomes = async (
  ctx: RequestContext,
  query: OutcomeQuery,
  deps: Deps,
): Promise<OutcomeFigures> => {
  const scale = query.scale ?? (await getSettings(ctx, deps)).scale;
  if (query.unitId !== undefined) await requireUnit(ctx, query.unitId, deps);
  const plans = (await allPlans(ctx, deps)).filter(
    (p) => query.unitId === undefined || p.unitId === query.unitId,
  );
  const year = query.year ?? Number(today(deps).slice(0, 4));
  return outcomeFigures(plans, year, scale, query.unitId ?? null);
};

/** Published figures: kept as they were when published, also after a recipient's erasure. */
export interface PublishedOutcomes {
  figures: OutcomeFigures;
  publishedOn: IsoDate;
  publishedBy: string;
}

export const publishOutcomes = async (
  ctx: RequestContext,
  year: number,
  expectedVersion: number,
  deps: Deps,
): Promise<Stored<PublishedOutcomes>> => {
  const figures = await computeOutcomes(ctx, { year }, deps);
  const published: PublishedOutcomes = {
    figures,
    publishedOn: today(deps),
    publishedBy: ctx.actor.userId,
  };
  return deps.store.save(ctx, outcomesRef(year), published, expectedVersion);
};

export const getPublishedOutcomes = async (
  ctx: RequestContext,
  year: number,
  deps: Deps,
): Promise<Stored<PublishedOutcomes> | null> =>
  (await deps.store.get<PublishedOutcomes>(ctx, outcomesRef(year))) ?? null;

/** A recipient's data on request (GDPR Art. 15 and 20): every plan under the code, whole. */
export interface RecipientExport {
  recipientCode: string;
  exportedAt: string;
  exportedBy: string;
  plans: Stored<SupportPlan>[];
}

const plansOf = async (ctx: RequestContext, code: string, deps: Deps) =>
  (await allPlans(ctx, deps)).filter((p) => p.recipientCode === code);

export const exportRecipient = async (
  ctx: RequestContext,
  recipientCode: string,
  deps: Deps,
): Promise<RecipientExport> => {
  const plans = await plansOf(ctx, recipientCode, deps);
  if (plans.length === 0) throw new NotFoundError('supportPlan', recipientCode);
  await recordRead(ctx, plans, 'export', deps);
  return {
    recipientCode,
    exportedAt: deps.clock.now().toISOString(),
    exportedBy: ctx.actor.userId,
    plans,
  };
};

/** The record an erasure leaves: who (its audit entry), when, which pseudonymous code, which plans. */
export interface ErasureRecord {
  id: string;
  recipientCode: string;
  planIds: string[];
  requestedOn: IsoDate;
  erasedOn: IsoDate;
  erasedBy: string;
}

export interface ErasureResult extends ErasureRecord {
  /** Audit entries whose copies of the plans this request replaced with the marker. */
  redactedEntries: number;
}

export interface ErasureInput {
  /** The day the recipient (or their representative) asked. */
  requestedOn: IsoDate;
}

/** What an erased plan's audit entries hold instead of their before/after copies. */
export const erasureMarker = (erasureId: string, erasedOn: IsoDate) => ({
  erased: true,
  erasureId,
  erasedOn,
});

/**
 * Erasure on request (GDPR Art. 17): removes every plan under the code (with its goals, reviews
 * and measures, which live inside it) and an erasure record in one transaction, then replaces the
 * copies of the plans in their audit entries with a marker. Published aggregates stay: they hold
 * no personal data. Asking again for a code already erased repeats the redaction (should it have
 * been interrupted) and answers with the earlier record.
 */
export const eraseRecipient = async (
  ctx: RequestContext,
  recipientCode: string,
  input: ErasureInput,
  deps: Deps,
): Promise<ErasureResult> => {
  const day = today(deps);
  if (input.requestedOn > day) {
    throw new ValidationError([
      { path: ['requestedOn'], key: 'validation.dateInFuture', params: { today: day } },
    ]);
  }
  const [plans, earlier] = await Promise.all([
    plansOf(ctx, recipientCode, deps),
    deps.store.list<ErasureRecord>(ctx, 'supportPlanErasure'),
  ]);
  const previous = earlier.filter((e) => e.recipientCode === recipientCode);
  if (plans.length === 0 && previous.length === 0) {
    throw new NotFoundError('supportPlan', recipientCode);
  }
  const redact = async (r: ErasureRecord, refs: EntityRef[]) => {
    const marker = erasureMarker(r.id, r.erasedOn);
    const counts = await Promise.all(refs.map((ref) => deps.store.redactAudit(ctx, ref, marker)));
    return counts.reduce((s, c) => s + c, 0);
  };
  if (plans.length > 0) {
    const id = deps.newId();
    const record: ErasureRecord = {
      id,
      recipientCode,
      planIds: plans.map((p) => p.id),
      requestedOn: input.requestedOn,
      erasedOn: day,
      erasedBy: ctx.actor.userId,
    };
    const changes: Change[] = [
      ...plans.map((p) => ({
        ref: planRef(p.id),
        remove: true as const,
        expectedVersion: p.version,
      })),
      { ref: { type: 'supportPlanErasure', id }, data: record, expectedVersion: 0 },
    ];
    await deps.store.apply(ctx, changes);
    const redactedEntries = await redact(
      record,
      plans.map((p) => planRef(p.id)),
    );
    return { ...record, redactedEntries };
  }
  const last = previous.at(-1)!;
  const planIds = [...new Set(previous.flatMap((e) => e.planIds))];
  const redactedEntries = await redact(
    last,
    planIds.map((id) => planRef(id)),
  );
  const record = dataOf(last);
  return { ...record, redactedEntries };
};
