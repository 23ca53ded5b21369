import { hasAnyRole, type Role } from '../auth/actor';
import { requireCycle } from '../cycle/require-cycle';
import { ConflictError, ForbiddenError, StateError, ValidationError } from '../errors';
import { memberRef, unitsOf, type Member } from '../org/members';
import { assertPlanEditable } from '../planning/annual-plan-state';
import type { Change, Deps, RequestContext, Stored } from '../ports';
import { localDate } from '../time';
import { computeFigures, type TrainingFigures } from './figures';
import type { CompetenceArea, Need } from './need';
import { normaliseTopic } from './topic';
import {
  checkCompletion,
  checkTrainingInput,
  trainingRef,
  withCompletion,
  type CompletionInput,
  type Training,
  type TrainingInput,
} from './training';
import { getItem } from '../items';

/** The deputy prepares the training plan (Utena 1.2); the director may correct it. */
export const TRAINING_PLANNERS: readonly Role[] = ['deputy', 'director'];

const assertPlanner = (ctx: RequestContext): void => {
  if (!hasAnyRole(ctx.actor, TRAINING_PLANNERS)) {
    throw new ForbiddenError(TRAINING_PLANNERS, { key: 'training.plannersOnly' });
  }
};

export interface TrainingFilter {
  area?: CompetenceArea | undefined;
  participant?: string | undefined;
}

const byStartThenTopic = (a: Training, b: Training): number =>
  a.from.localeCompare(b.from) || a.topic.localeCompare(b.topic, 'lt');

export const listTraining = async (
  ctx: RequestContext,
  year: number,
  filter: TrainingFilter,
  deps: Deps,
): Promise<Stored<Training>[]> => {
  await requireCycle(ctx, year, deps);
  const items = await deps.store.list<Training>(ctx, 'training', { cycle: year });
  return items
    .filter((t) => !filter.area || t.area === filter.area)
    .filter((t) => !filter.participant || t.participants.includes(filter.participant))
    .sort(byStartThenTopic);
};

export const getTraining = async (
  ctx: RequestContext,
  year: number,
  id: string,
  deps: Deps,
): Promise<Stored<Training>> => {
  return getItem<Training>(ctx, trainingRef(year, id), deps);
};

/** A change read from an older version is refused before it is judged against the newer one. */
const assertCurrent = (current: Stored<Training>, expectedVersion: number): void => {
  if (current.version !== expectedVersion) throw new ConflictError(current);
};

const checkInput = async (
  ctx: RequestContext,
  year: number,
  input: TrainingInput,
  current: Training | undefined,
  deps: Deps,
): Promise<TrainingInput> => {
  const [members, needs] = await Promise.all([
    deps.store.list<Member>(ctx, 'member'),
    deps.store.list<Need>(ctx, 'need', { cycle: year }),
  ]);
  const issues = checkTrainingInput(year, input, {
    members: new Map(members.map((m) => [m.userId, m])),
    needIds: new Set(needs.map((n) => n.id)),
    current,
  });
  if (issues.length > 0) throw new ValidationError(issues);
  return { ...input, topic: normaliseTopic(input.topic) };
};

/**
 * Checks a new item of the training plan, which is part of the annual plan (only while it may
 * change), and gives the change that creates it.
 */
export const prepareCreateTraining = async (
  ctx: RequestContext,
  year: number,
  input: TrainingInput,
  deps: Deps,
): Promise<Change & { data: Training }> => {
  assertPlanner(ctx);
  const checked = await checkInput(ctx, year, input, undefined, deps);
  await assertPlanEditable(ctx, year, deps);
  const id = deps.newId();
  return {
    ref: trainingRef(year, id),
    data: { id, ...checked, completions: [] },
    expectedVersion: 0,
  };
};

/** Checks a change to `current` and gives it; completions stay as recorded. */
export const prepareUpdateTraining = async (
  ctx: RequestContext,
  year: number,
  current: Stored<Training>,
  input: TrainingInput,
  expectedVersion: number,
  deps: Deps,
): Promise<Change & { data: Training }> => {
  assertPlanner(ctx);
  assertCurrent(current, expectedVersion);
  const checked = await checkInput(ctx, year, input, current, deps);
  await assertPlanEditable(ctx, year, deps);
  const item: Training = { id: current.id, ...checked, completions: current.completions };
  return { ref: trainingRef(year, current.id), data: item, expectedVersion };
};

/** Adds an item to the training plan. */
export const createTraining = async (
  ctx: RequestContext,
  year: number,
  input: TrainingInput,
  deps: Deps,
): Promise<Stored<Training>> => {
  await requireCycle(ctx, year, deps);
  const change = await prepareCreateTraining(ctx, year, input, deps);
  return deps.store.save<Training>(ctx, change.ref, change.data, 0);
};

/** Changes a plan item at the version read. */
export const updateTraining = async (
  ctx: RequestContext,
  year: number,
  id: string,
  input: TrainingInput,
  expectedVersion: number,
  deps: Deps,
): Promise<Stored<Training>> => {
  const current = await getTraining(ctx, year, id, deps);
  const change = await prepareUpdateTraining(ctx, year, current, input, expectedVersion, deps);
  return deps.store.save(ctx, change.ref, change.data, expectedVersion);
};

/** Removes an item nobody has completed yet. */
export const deleteTraining = async (
  ctx: RequestContext,
  year: number,
  id: string,
  expectedVersion: number,
  deps: Deps,
): Promise<void> => {
  const current = await getTraining(ctx, year, id, deps);
  assertPlanner(ctx);
  assertCurrent(current, expectedVersion);
  if (current.completions.length > 0) throw new StateError('training.hasCompletions');
  await assertPlanEditable(ctx, year, deps);
  await deps.store.remove(ctx, trainingRef(year, id), expectedVersion);
};

/** Management records anyone's completion; a unit head that of a participant from their unit. */
const assertMayRecord = async (ctx: RequestContext, userId: string, deps: Deps): Promise<void> => {
  if (hasAnyRole(ctx.actor, TRAINING_PLANNERS)) return;
  if (hasAnyRole(ctx.actor, ['unitHead'])) {
    const [mine, participant] = await Promise.all([
      unitsOf(ctx, deps),
      deps.store.get<Member>(ctx, memberRef(userId)),
    ]);
    if (participant?.unitIds.some((u) => mine.includes(u))) return;
  }
  throw new ForbiddenError([...TRAINING_PLANNERS, 'unitHead'], {
    key: 'training.notYourParticipant',
  });
};

/**
 * Records (or corrects) one participant's completion. Completions report the plan's execution,
 * they do not change the plan, so they are taken even after the annual plan is approved.
 */
export const recordCompletion = async (
  ctx: RequestContext,
  year: number,
  id: string,
  input: CompletionInput,
  expectedVersion: number,
  deps: Deps,
): Promise<Stored<Training>> => {
  const current = await getTraining(ctx, year, id, deps);
  await assertMayRecord(ctx, input.userId, deps);
  assertCurrent(current, expectedVersion);
  const today = localDate(deps.clock.now());
  const issues = checkCompletion(current, input, today);
  if (issues.length > 0) throw new ValidationError(issues);
  const completion = { ...input, recordedBy: ctx.actor.userId, recordedOn: today };
  return deps.store.save(
    ctx,
    trainingRef(year, id),
    withCompletion(current, completion),
    expectedVersion,
  );
};

export const getTrainingFigures = async (
  ctx: RequestContext,
  year: number,
  deps: Deps,
): Promise<TrainingFigures> => {
  await requireCycle(ctx, year, deps);
  const [trainings, needs, members] = await Promise.all([
    deps.store.list<Training>(ctx, 'training', { cycle: year }),
    deps.store.list<Need>(ctx, 'need', { cycle: year }),
    deps.store.list<Member>(ctx, 'member'),
  ]);
  return computeFigures(trainings, needs, members);
};
