import { hasAnyRole, type Role } from '../auth/actor';
import { assertUnitAccess, ORG_WIDE_ROLES } from '../auth/policy';
import { requireCycle, requireUnit } from '../cycle/require-cycle';
import { ForbiddenError, StateError, ValidationError } from '../errors';
import { memberRef, unitsOf, type Member } from '../org/members';
import type { Change, Deps, RequestContext, Stored } from '../ports';
import { needRef, type CompetenceArea, type Need } from './need';
import { summariseNeeds, type NeedsSummary } from './summary';
import { normaliseTopic } from './topic';
import type { Training } from './training';
import { getItem } from '../items';

/** A need as written; `employee` defaults to the writer, `unitId` to the employee's only unit. */
export type NeedInput = Omit<Need, 'id' | 'employee' | 'employeeName' | 'unitId'> & {
  employee?: string | undefined;
  unitId?: string | undefined;
};

export interface NeedFilter {
  unitId?: string | undefined;
  employee?: string | undefined;
  area?: CompetenceArea | undefined;
}

const OTHERS_WRITERS: readonly Role[] = [...ORG_WIDE_ROLES, 'unitHead'];

/**
 * The unit roles that let the actor write `employee`'s needs: staff write their own, a unit head
 * anyone's in their unit, management anyone's anywhere.
 */
const unitRolesFor = (ctx: RequestContext, employee: string): readonly Role[] => {
  if (employee === ctx.actor.userId) return ['staff', 'unitHead'];
  if (!hasAnyRole(ctx.actor, OTHERS_WRITERS)) {
    throw new ForbiddenError(OTHERS_WRITERS, { key: 'training.ownNeedsOnly' });
  }
  return ['unitHead'];
};

const assertMayWrite = (
  ctx: RequestContext,
  employee: string,
  unitId: string,
  deps: Deps,
): Promise<void> => assertUnitAccess(ctx, unitId, unitRolesFor(ctx, employee), deps);

/**
 * Staff see their own needs, unit heads also their units', management all: needs say where a
 * person falls short, which their colleagues in other units need not read.
 */
const visibleTo = async (
  ctx: RequestContext,
  needs: Stored<Need>[],
  deps: Deps,
): Promise<Stored<Need>[]> => {
  if (hasAnyRole(ctx.actor, ORG_WIDE_ROLES)) return needs;
  const units = hasAnyRole(ctx.actor, ['unitHead']) ? await unitsOf(ctx, deps) : [];
  return needs.filter((n) => n.employee === ctx.actor.userId || units.includes(n.unitId));
};

const byEmployeeThenTime = (a: Stored<Need>, b: Stored<Need>): number =>
  a.employeeName.localeCompare(b.employeeName, 'lt') || a.createdAt.localeCompare(b.createdAt);

export const listNeeds = async (
  ctx: RequestContext,
  year: number,
  filter: NeedFilter,
  deps: Deps,
): Promise<Stored<Need>[]> => {
  await requireCycle(ctx, year, deps);
  const needs = await visibleTo(
    ctx,
    await deps.store.list<Need>(ctx, 'need', { cycle: year }),
    deps,
  );
  return needs
    .filter((n) => !filter.unitId || n.unitId === filter.unitId)
    .filter((n) => !filter.employee || n.employee === filter.employee)
    .filter((n) => !filter.area || n.area === filter.area)
    .sort(byEmployeeThenTime);
};

export const getNeed = async (
  ctx: RequestContext,
  year: number,
  id: string,
  deps: Deps,
): Promise<Stored<Need>> => {
  return getItem<Need>(ctx, needRef(year, id), deps);
};

/** The needs the actor may see, grouped by area and topic, with the training items answering them. */
export const summariseCycleNeeds = async (
  ctx: RequestContext,
  year: number,
  deps: Deps,
): Promise<NeedsSummary> => {
  await requireCycle(ctx, year, deps);
  const [needs, trainings] = await Promise.all([
    deps.store.list<Need>(ctx, 'need', { cycle: year }),
    deps.store.list<Training>(ctx, 'training', { cycle: year }),
  ]);
  const visible = (await visibleTo(ctx, needs, deps)).sort((a, b) =>
    a.createdAt.localeCompare(b.createdAt),
  );
  return summariseNeeds(visible, trainings);
};

/** Completes the input from the employee's membership and checks who may write it. */
const resolveNeed = async (
  ctx: RequestContext,
  input: NeedInput,
  defaults: { employee: string; unitId?: string | undefined },
  deps: Deps,
): Promise<Omit<Need, 'id'>> => {
  const employee = input.employee ?? defaults.employee;
  const unitRoles = unitRolesFor(ctx, employee);
  const member = await deps.store.get<Member>(ctx, memberRef(employee));
  if (!member) throw new ValidationError([{ path: ['employee'], key: 'training.unknownMember' }]);
  // A need moved to another employee does not keep the previous employee's unit.
  const sameEmployee = employee === defaults.employee;
  const unitId =
    input.unitId ??
    (sameEmployee ? defaults.unitId : undefined) ??
    (member.unitIds.length === 1 ? member.unitIds[0] : undefined);
  if (unitId === undefined) {
    throw new ValidationError([{ path: ['unitId'], key: 'training.unitRequired' }]);
  }
  await requireUnit(ctx, unitId, deps);
  if (!member.unitIds.includes(unitId)) {
    throw new ValidationError([{ path: ['unitId'], key: 'training.employeeNotInUnit' }]);
  }
  await assertUnitAccess(ctx, unitId, unitRoles, deps);
  return {
    employee,
    employeeName: member.name,
    unitId,
    area: input.area,
    topic: normaliseTopic(input.topic),
    reason: input.reason,
    source: input.source,
  };
};

/** Checks a new need (who may write it, the employee's unit) and gives the change that creates it. */
export const prepareCreateNeed = async (
  ctx: RequestContext,
  year: number,
  input: NeedInput,
  deps: Deps,
): Promise<Change & { data: Need }> => {
  const need = await resolveNeed(ctx, input, { employee: ctx.actor.userId }, deps);
  const id = deps.newId();
  return { ref: needRef(year, id), data: { id, ...need }, expectedVersion: 0 };
};

/** Checks a change to `current`; left out, the employee and unit stay as they were. */
export const prepareUpdateNeed = async (
  ctx: RequestContext,
  year: number,
  current: Stored<Need>,
  input: NeedInput,
  expectedVersion: number,
  deps: Deps,
): Promise<Change & { data: Need }> => {
  await assertMayWrite(ctx, current.employee, current.unitId, deps);
  const need = await resolveNeed(ctx, input, current, deps);
  return { ref: needRef(year, current.id), data: { id: current.id, ...need }, expectedVersion };
};

export const createNeed = async (
  ctx: RequestContext,
  year: number,
  input: NeedInput,
  deps: Deps,
): Promise<Stored<Need>> => {
  await requireCycle(ctx, year, deps);
  const change = await prepareCreateNeed(ctx, year, input, deps);
  return deps.store.save<Need>(ctx, change.ref, change.data, 0);
};

/** Changes a need at the version read; left out, the employee and unit stay as they were. */
export const updateNeed = async (
  ctx: RequestContext,
  year: number,
  id: string,
  input: NeedInput,
  expectedVersion: number,
  deps: Deps,
): Promise<Stored<Need>> => {
  const current = await getNeed(ctx, year, id, deps);
  const change = await prepareUpdateNeed(ctx, year, current, input, expectedVersion, deps);
  return deps.store.save<Need>(ctx, change.ref, change.data, expectedVersion);
};

/** A need the training plan answers stays: unlink it from the training items first. */
export const deleteNeed = async (
  ctx: RequestContext,
  year: number,
  id: string,
  expectedVersion: number,
  deps: Deps,
): Promise<void> => {
  const current = await getNeed(ctx, year, id, deps);
  await assertMayWrite(ctx, current.employee, current.unitId, deps);
  const trainings = await deps.store.list<Training>(ctx, 'training', { cycle: year });
  const linked = trainings.filter((t) => t.needIds.includes(id));
  if (linked.length > 0) {
    throw new StateError('training.needLinked', {
      trainings: linked.map((t) => t.topic).join('; '),
    });
  }
  await deps.store.remove(ctx, needRef(year, id), expectedVersion);
};
