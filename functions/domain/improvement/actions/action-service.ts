import { assertUnitAccess } from '../../auth/policy';
import { requireCycle, requireUnit } from '../../cycle/require-cycle';
import { ForbiddenError, ValidationError, type FieldIssue } from '../../errors';
import { memberRef, type Member } from '../../org/members';
import type { Change, Deps, RequestContext, Stored } from '../../ports';
import { localDate, type IsoDate } from '../../time';
import { describingConflict } from '../conflict';
import { compareYears, type Indicator, type YearComparison } from '../indicators/indicator';
import { goalLink, loadLookups, unitName, type GoalLink, type Lookups } from '../lookups';
import { checkLinks } from '../references';
import {
  ACTION_STATUSES,
  actionRef,
  checkAction,
  daysOverdue,
  resolveStatus,
  sameDefinition,
  type Action,
  type ActionInput,
  type ActionStatus,
} from './action';
import { getItem } from '../../items';

/**
 * Whether the action worked: its indicator in the action's cycle year (the baseline, when the need
 * was found) against the year after (the effect), judged by the indicator's direction.
 */
export interface ActionEffect {
  indicator: Stored<Indicator>;
  baselineYear: number;
  effectYear: number;
  comparison: YearComparison;
}

export const measureEffect = (cycle: number, indicator: Stored<Indicator>): ActionEffect => ({
  indicator,
  baselineYear: cycle,
  effectYear: cycle + 1,
  comparison: compareYears(indicator, cycle + 1),
});

/** An action with everything derived from it as of today. */
export interface ActionState {
  action: Stored<Action>;
  today: IsoDate;
  overdue: boolean;
  daysOverdue: number | null;
  unitName: string | null;
  goal: GoalLink | null;
  effect: ActionEffect | null;
}

export const describeAction = (
  action: Stored<Action>,
  lookups: Lookups,
  today: IsoDate,
): ActionState => {
  const days = daysOverdue(action, today);
  const indicator = action.indicatorId ? lookups.indicators.get(action.indicatorId) : undefined;
  return {
    action,
    today,
    overdue: days !== null,
    daysOverdue: days,
    unitName: unitName(lookups, action.unitId),
    goal: goalLink(lookups, action.goalId),
    effect: indicator ? measureEffect(action.cycle, indicator) : null,
  };
};

export interface ActionFilter {
  status?: ActionStatus | undefined;
  unitId?: string | undefined;
  overdue?: boolean | undefined;
}

export interface ActionList {
  items: ActionState[];
  /** Over the actions of the unit asked for (all units without `unitId`), whatever the other filters. */
  counts: Record<ActionStatus, number>;
  overdue: number;
  total: number;
}

const byDueDate = (a: ActionState, b: ActionState): number =>
  a.action.dueOn.localeCompare(b.action.dueOn) ||
  a.action.title.localeCompare(b.action.title, 'lt');

export const summariseActions = (states: ActionState[], filter: ActionFilter): ActionList => {
  const inUnit = states.filter(
    (s) => filter.unitId === undefined || s.action.unitId === filter.unitId,
  );
  const counts = Object.fromEntries(ACTION_STATUSES.map((s) => [s, 0])) as Record<
    ActionStatus,
    number
  >;
  for (const s of inUnit) counts[s.action.status] += 1;
  const items = inUnit
    .filter((s) => filter.status === undefined || s.action.status === filter.status)
    .filter((s) => filter.overdue === undefined || s.overdue === filter.overdue)
    .sort(byDueDate);
  return { items, counts, overdue: inUnit.filter((s) => s.overdue).length, total: inUnit.length };
};

const today = (deps: Deps): IsoDate => localDate(deps.clock.now());

export const listActions = async (
  ctx: RequestContext,
  year: number,
  filter: ActionFilter,
  deps: Deps,
): Promise<ActionList> => {
  await requireCycle(ctx, year, deps);
  const [actions, lookups] = await Promise.all([
    deps.store.list<Action>(ctx, 'action', { cycle: year }),
    loadLookups(ctx, deps),
  ]);
  const now = today(deps);
  return summariseActions(
    actions.map((a) => describeAction(a, lookups, now)),
    filter,
  );
};

const findAction = async (
  ctx: RequestContext,
  year: number,
  actionId: string,
  deps: Deps,
): Promise<Stored<Action>> => {
  await requireCycle(ctx, year, deps);
  return getItem<Action>(ctx, actionRef(year, actionId), deps);
};

export const getAction = async (
  ctx: RequestContext,
  year: number,
  actionId: string,
  deps: Deps,
): Promise<ActionState> => {
  const [action, lookups] = await Promise.all([
    findAction(ctx, year, actionId, deps),
    loadLookups(ctx, deps),
  ]);
  return describeAction(action, lookups, today(deps));
};

/** The action to store from the input: the owner's name defaults to the member's, status fields resolved. */
const composeAction = (
  year: number,
  id: string,
  input: ActionInput,
  existing: Stored<Action> | null,
  owner: Member | undefined,
  now: IsoDate,
): Action => {
  const { ownerName, doneOn: _doneOn, cancelReason: _reason, ...rest } = input;
  const sameOwner = existing !== null && existing.ownerUserId === input.ownerUserId;
  return {
    ...rest,
    id,
    cycle: year,
    ownerName: ownerName ?? (sameOwner ? existing.ownerName : (owner?.name ?? '')),
    ...resolveStatus(input, existing, now),
  };
};

/** Every rule that needs the organisation's data: a registered owner, existing unit, goal and indicator. */
const validateAction = async (
  ctx: RequestContext,
  year: number,
  input: ActionInput,
  owner: Member | undefined,
  deps: Deps,
): Promise<void> => {
  const issues: FieldIssue[] = [
    ...checkAction(year, input, today(deps)),
    ...(await checkLinks(ctx, input, deps)),
  ];
  if (!owner?.active)
    issues.push({ path: ['ownerUserId'], key: 'improvement.validation.unknownMember' });
  if (issues.length > 0) throw new ValidationError(issues);
  if (input.unitId !== null) await requireUnit(ctx, input.unitId, deps);
};

const ownerOf = (ctx: RequestContext, input: ActionInput, deps: Deps) =>
  deps.store.get<Member>(ctx, memberRef(input.ownerUserId));

/** A change that stores an action: the API saves it alone, the workbook with the file's others. */
export type ActionChange = Change & { data: Action };

/**
 * Checks a new action (access, owner, rules, links) and gives the change that creates it.
 * Management for any unit; a unit head for their own unit only.
 */
export const prepareActionCreate = async (
  ctx: RequestContext,
  year: number,
  input: ActionInput,
  deps: Deps,
): Promise<ActionChange> => {
  await assertUnitAccess(ctx, input.unitId, ['unitHead'], deps);
  const owner = await ownerOf(ctx, input, deps);
  await validateAction(ctx, year, input, owner, deps);
  const action = composeAction(year, deps.newId(), input, null, owner, today(deps));
  return { ref: actionRef(year, action.id), data: action, expectedVersion: 0 };
};

/**
 * Checks a change to `current` and gives the change that stores it. Management changes any
 * action; a unit head an action of their unit (and keeps it there); the action's owner, whatever
 * their role, its status and progress only.
 */
export const prepareActionUpdate = async (
  ctx: RequestContext,
  year: number,
  current: Stored<Action>,
  input: ActionInput,
  expectedVersion: number,
  deps: Deps,
): Promise<ActionChange> => {
  let ownerOnly = false;
  try {
    await assertUnitAccess(ctx, current.unitId, ['unitHead'], deps);
    if (input.unitId !== current.unitId)
      await assertUnitAccess(ctx, input.unitId, ['unitHead'], deps);
  } catch (error) {
    if (!(error instanceof ForbiddenError) || ctx.actor.userId !== current.ownerUserId) throw error;
    ownerOnly = true;
  }
  const owner = await ownerOf(ctx, input, deps);
  const action = composeAction(year, current.id, input, current, owner, today(deps));
  if (ownerOnly && !sameDefinition(current, action)) {
    throw new ForbiddenError(['deputy', 'director', 'unitHead'], {
      key: 'improvement.forbidden.ownerProgressOnly',
    });
  }
  await validateAction(ctx, year, input, owner, deps);
  return { ref: actionRef(year, current.id), data: action, expectedVersion };
};

const saveAction = async (
  ctx: RequestContext,
  change: ActionChange,
  deps: Deps,
): Promise<ActionState> => {
  const lookups = await loadLookups(ctx, deps);
  const now = today(deps);
  const saved = await describingConflict(
    deps.store.save(ctx, change.ref, change.data, change.expectedVersion),
    (current) => describeAction(current, lookups, now),
  );
  return describeAction(saved, lookups, now);
};

export const createAction = async (
  ctx: RequestContext,
  year: number,
  input: ActionInput,
  deps: Deps,
): Promise<ActionState> => {
  await requireCycle(ctx, year, deps);
  return saveAction(ctx, await prepareActionCreate(ctx, year, input, deps), deps);
};

export const updateAction = async (
  ctx: RequestContext,
  year: number,
  actionId: string,
  input: ActionInput,
  expectedVersion: number,
  deps: Deps,
): Promise<ActionState> => {
  const current = await findAction(ctx, year, actionId, deps);
  const change = await prepareActionUpdate(ctx, year, current, input, expectedVersion, deps);
  return saveAction(ctx, change, deps);
};
