import { createHash } from 'node:crypto';
import type { MessageKey } from '../../i18n';
import { hasAnyRole, type Role } from '../auth/actor';
import { ForbiddenError, ValidationError } from '../errors';
import type { Change, Stored } from '../ports';
import type { SheetDef } from '../spreadsheets/sheet';
import type { WorkbookEntity } from '../spreadsheets/workbook-entity';
import type { IsoDate } from '../time';
import {
  GOAL_STATUSES,
  latestReview,
  LIFE_DOMAINS,
  type Goal,
  type GoalFields,
  type GoalStatus,
  type LifeDomain,
  type SupportPlan,
} from './plan';
import { listPlans, preparePlanChange } from './support-plan-service';

/**
 * Support-plan goals as sheet rows (the sheet rows API's `support-goals`): one row per goal of
 * the plans the user may see, under the plan's pseudonymous recipient code. Every listing logs
 * a read of each plan shown (purpose `sheet`); every write goes through the plan update's rules
 * (access, free-text checks for personal codes, e-mails and phones, dates, reviewed goals).
 */

/** Who reads and writes support plans (the support-plan routes' roles; not the administrator). */
const PLAN_ROLES: readonly Role[] = ['staff', 'unitHead', 'deputy', 'director'];

/** A goal as a row: its plan's code, unit and worker for reference, its latest review's status. */
export interface GoalRow {
  id: string;
  planId: string;
  /** The plan's version when listed: a goal's change writes the plan at it. */
  planVersion: number;
  recipientCode: string;
  unitId: string;
  responsibleWorker: string;
  domain: LifeDomain;
  text: string;
  result: string;
  baseline: number;
  target: number;
  dueOn: IsoDate;
  nextReviewOn: IsoDate | null;
  status: GoalStatus | null;
}

/** What a row writes (the contract `SupportGoalRowRequest`). */
export interface GoalRowInput {
  recipientCode: string;
  domain: LifeDomain;
  text: string;
  result: string;
  baseline: number;
  target: number;
  dueOn: IsoDate;
  nextReviewOn: IsoDate;
}

export const SUPPORT_GOALS_SHEET: SheetDef = {
  id: 'supportGoals',
  title: 'supportPlans.sheet.goals',
  columns: [
    { key: 'id', header: 'sheet.col.id', kind: 'id', width: 22 },
    { key: 'version', header: 'sheet.col.version', kind: 'version', width: 12 },
    {
      key: 'recipientCode',
      header: 'supportPlans.col.recipientCode',
      kind: 'text',
      required: true,
      maxLength: 20,
      width: 16,
    },
    { key: 'planId', header: 'supportPlans.col.planId', kind: 'text', readOnly: true, width: 22 },
    { key: 'unitId', header: 'supportPlans.col.unit', kind: 'unit', readOnly: true, width: 24 },
    {
      key: 'domain',
      header: 'supportPlans.col.domain',
      kind: 'enum',
      values: LIFE_DOMAINS,
      labelKey: (c) => `supportPlans.domain.${c}` as MessageKey,
      required: true,
      width: 28,
    },
    {
      key: 'text',
      header: 'supportPlans.col.goal',
      kind: 'text',
      required: true,
      maxLength: 1000,
      width: 40,
    },
    {
      key: 'result',
      header: 'supportPlans.col.result',
      kind: 'text',
      required: true,
      maxLength: 500,
      width: 30,
    },
    { key: 'baseline', header: 'supportPlans.col.baseline', kind: 'number', required: true },
    { key: 'target', header: 'supportPlans.col.target', kind: 'number', required: true },
    { key: 'dueOn', header: 'supportPlans.col.dueOn', kind: 'date', required: true, width: 14 },
    {
      key: 'nextReviewOn',
      header: 'supportPlans.col.nextReviewOn',
      kind: 'date',
      required: true,
      width: 14,
    },
    {
      key: 'responsibleWorker',
      header: 'supportPlans.col.responsible',
      kind: 'text',
      readOnly: true,
      width: 22,
    },
    {
      key: 'status',
      header: 'supportPlans.col.status',
      kind: 'enum',
      values: GOAL_STATUSES,
      labelKey: (c) => `supportPlans.goalStatus.${c}` as MessageKey,
      readOnly: true,
      width: 20,
    },
  ],
};

/**
 * A goal's row version: goals live inside their plan, so a row is versioned by a fingerprint of
 * its goal (reviews included), a positive 31-bit number that changes whenever the goal does. Two
 * goals of one plan are then edited side by side without one's change making the other stale.
 */
export const goalVersion = (goal: Goal): number =>
  createHash('sha256').update(JSON.stringify(goal)).digest().readUInt32BE(0) % 0x7fffffff || 1;

/** The planned review still to come: the first planned date after the latest review. */
export const nextReviewOf = (goal: Goal): IsoDate | null => {
  const last = latestReview(goal)?.reviewedOn;
  return goal.reviewOn.find((d) => last === undefined || d > last) ?? goal.reviewOn.at(-1) ?? null;
};

/** The planned reviews with the one shown as next (`shown`) moved to `date`; the others kept. */
const withNextReview = (planned: IsoDate[], shown: IsoDate | null, date: IsoDate): IsoDate[] =>
  [...new Set([...planned.filter((d) => d !== shown), date])].sort();

const goalFields = (
  id: string | null,
  input: GoalRowInput,
  planned: IsoDate[] = [],
  shown: IsoDate | null = null,
): GoalFields => ({
  id,
  domain: input.domain,
  text: input.text,
  result: input.result,
  baseline: input.baseline,
  target: input.target,
  dueOn: input.dueOn,
  reviewOn: withNextReview(planned, shown, input.nextReviewOn),
});

const rowsOf = (plan: Stored<SupportPlan>): Stored<GoalRow>[] =>
  plan.goals.map((goal) => ({
    id: goal.id,
    version: goalVersion(goal),
    planId: plan.id,
    planVersion: plan.version,
    recipientCode: plan.recipientCode,
    unitId: plan.unitId,
    responsibleWorker: plan.responsibleWorker,
    domain: goal.domain,
    text: goal.text,
    result: goal.result,
    baseline: goal.baseline,
    target: goal.target,
    dueOn: goal.dueOn,
    nextReviewOn: nextReviewOf(goal),
    status: latestReview(goal)?.status ?? null,
    createdAt: plan.createdAt,
    createdBy: plan.createdBy,
    updatedAt: plan.updatedAt,
    updatedBy: plan.updatedBy,
  }));

const GOAL_FIELD_COLUMNS: Record<string, string> = { reviewOn: 'nextReviewOn' };

/**
 * The plan's rules name a goal's field by its place in the plan (`goals.2.text`); on a goal's
 * row that is the row's column (`text`), so the sheet shows the problem on its cell.
 */
const onGoalCells = async (goalIndex: () => number, write: Promise<Change>): Promise<Change> => {
  try {
    return await write;
  } catch (error) {
    if (!(error instanceof ValidationError)) throw error;
    const index = goalIndex();
    const issues = error.issues.map((issue) => {
      const [head, at, field] = issue.path;
      if (head !== 'goals' || at !== index || typeof field !== 'string') return issue;
      const column = GOAL_FIELD_COLUMNS[field] ?? field;
      return {
        ...issue,
        path: [column],
        ...(issue.params?.field === undefined
          ? {}
          : { params: { ...issue.params, field: column } }),
      };
    });
    throw new ValidationError(issues, { cause: error });
  }
};

/** Goals a create made, by its change: the row's id is the goal's, the change writes the plan. */
const createdGoals = new WeakMap<Change, string>();

export const supportGoalsSheet: WorkbookEntity<GoalRow, GoalRowInput> & {
  rowIdOf(change: Change): string | undefined;
} = {
  sheet: SUPPORT_GOALS_SHEET,
  list: async (ctx, _year, deps) => {
    if (!hasAnyRole(ctx.actor, PLAN_ROLES)) throw new ForbiddenError(PLAN_ROLES);
    const plans = await listPlans(ctx, {}, deps, 'sheet');
    return plans.flatMap(rowsOf);
  },
  toValues: (row) => ({ ...row }),
  prepareCreate: async (ctx, _year, input, deps) => {
    const plans = await listPlans(ctx, { recipientCode: input.recipientCode }, deps, 'sheet');
    const plan = plans[0];
    if (!plan)
      throw new ValidationError([
        { path: ['recipientCode'], key: 'supportPlans.sheet.unknownCode' },
      ]);
    const goalId = deps.newId();
    let index = -1;
    const change = await onGoalCells(
      () => index,
      preparePlanChange(
        ctx,
        plan.id,
        (fields) => {
          index = fields.goals.length;
          return { ...fields, goals: [...fields.goals, goalFields(null, input)] };
        },
        plan.version,
        deps,
        () => goalId,
      ),
    );
    createdGoals.set(change, goalId);
    return change;
  },
  prepareUpdate: (ctx, _year, current, input, _version, deps) => {
    if (input.recipientCode !== current.recipientCode)
      throw new ValidationError([
        { path: ['recipientCode'], key: 'supportPlans.sheet.goalStaysInPlan' },
      ]);
    let index = -1;
    return onGoalCells(
      () => index,
      preparePlanChange(
        ctx,
        current.planId,
        (fields) => {
          index = fields.goals.findIndex((g) => g.id === current.id);
          return {
            ...fields,
            goals: fields.goals.map((g) =>
              g.id === current.id ? goalFields(g.id, input, g.reviewOn, current.nextReviewOn) : g,
            ),
          };
        },
        current.planVersion,
        deps,
      ),
    );
  },
  rowIdOf: (change) => createdGoals.get(change),
};

/**
 * Rows that write one plan go in separate passes (the sheet rows engine writes each pass's
 * changes together): the key of a row's plan, by its goal's id or, for a new goal, its code.
 */
export const goalRowPlanKey = (
  row: { id?: string | undefined; values: Record<string, unknown> },
  rows: ReadonlyMap<string, Partial<GoalRow>>,
): string | undefined => {
  if (row.id !== undefined) return rows.get(row.id)?.planId;
  const code = row.values.recipientCode;
  if (typeof code !== 'string') return undefined;
  const normalised = code.trim().toUpperCase();
  return [...rows.values()].find((r) => r.recipientCode === normalised)?.planId;
};
