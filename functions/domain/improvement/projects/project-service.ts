import { assertUnitAccess } from '../../auth/policy';
import { requireCycle, requireUnit } from '../../cycle/require-cycle';
import { NotFoundError, ValidationError } from '../../errors';
import type { Change, Deps, RequestContext, Stored } from '../../ports';
import { describingConflict } from '../conflict';
import { goalLink, loadLookups, unitName, type GoalLink, type Lookups } from '../lookups';
import { checkLinks } from '../references';
import {
  PROJECT_KINDS,
  checkProject,
  projectRef,
  type Project,
  type ProjectInput,
  type ProjectKind,
  type ProjectStatus,
} from './project';

export interface ProjectState {
  project: Stored<Project>;
  unitName: string | null;
  goal: GoalLink | null;
}

export const describeProject = (project: Stored<Project>, lookups: Lookups): ProjectState => ({
  project,
  unitName: unitName(lookups, project.unitId),
  goal: goalLink(lookups, project.goalId),
});

export interface ProjectFilter {
  kind?: ProjectKind | undefined;
  status?: ProjectStatus | undefined;
}

export interface ProjectList {
  items: ProjectState[];
  /** Over the cycle's whole register, whatever the filters. */
  counts: Record<ProjectKind, number>;
}

export const listProjects = async (
  ctx: RequestContext,
  year: number,
  filter: ProjectFilter,
  deps: Deps,
): Promise<ProjectList> => {
  await requireCycle(ctx, year, deps);
  const [projects, lookups] = await Promise.all([
    deps.store.list<Project>(ctx, 'project', { cycle: year }),
    loadLookups(ctx, deps),
  ]);
  const counts = Object.fromEntries(PROJECT_KINDS.map((k) => [k, 0])) as Record<
    ProjectKind,
    number
  >;
  for (const p of projects) counts[p.kind] += 1;
  const items = projects
    .filter((p) => filter.kind === undefined || p.kind === filter.kind)
    .filter((p) => filter.status === undefined || p.status === filter.status)
    .sort((a, b) => a.from.localeCompare(b.from) || a.title.localeCompare(b.title, 'lt'))
    .map((p) => describeProject(p, lookups));
  return { items, counts };
};

/** A change that stores a project: the API saves it alone, the workbook with the file's others. */
export type ProjectChange = Change & { data: Project };

/** The rules of an entry (dates, the year, links, an active unit) and the change that stores it. */
const checked = async (
  ctx: RequestContext,
  project: Project,
  expectedVersion: number,
  deps: Deps,
): Promise<ProjectChange> => {
  const issues = [
    ...checkProject(project.cycle, project),
    ...(await checkLinks(ctx, { goalId: project.goalId }, deps)),
  ];
  if (issues.length > 0) throw new ValidationError(issues);
  if (project.unitId !== null) await requireUnit(ctx, project.unitId, deps);
  return { ref: projectRef(project.cycle, project.id), data: project, expectedVersion };
};

/** Checks a new entry and gives the change that creates it: management for any unit, a unit head for their own. */
export const prepareProjectCreate = async (
  ctx: RequestContext,
  year: number,
  input: ProjectInput,
  deps: Deps,
): Promise<ProjectChange> => {
  await assertUnitAccess(ctx, input.unitId, ['unitHead'], deps);
  return checked(ctx, { id: deps.newId(), cycle: year, ...input }, 0, deps);
};

/** Checks a change to `current` and gives it: a unit head changes their unit's entries and keeps them there. */
export const prepareProjectUpdate = async (
  ctx: RequestContext,
  year: number,
  current: Stored<Project>,
  input: ProjectInput,
  expectedVersion: number,
  deps: Deps,
): Promise<ProjectChange> => {
  await assertUnitAccess(ctx, current.unitId, ['unitHead'], deps);
  if (input.unitId !== current.unitId)
    await assertUnitAccess(ctx, input.unitId, ['unitHead'], deps);
  return checked(ctx, { id: current.id, cycle: year, ...input }, expectedVersion, deps);
};

const saveProject = async (
  ctx: RequestContext,
  change: ProjectChange,
  deps: Deps,
): Promise<ProjectState> => {
  const lookups = await loadLookups(ctx, deps);
  const saved = await describingConflict(
    deps.store.save(ctx, change.ref, change.data, change.expectedVersion),
    (current) => describeProject(current, lookups),
  );
  return describeProject(saved, lookups);
};

export const createProject = async (
  ctx: RequestContext,
  year: number,
  input: ProjectInput,
  deps: Deps,
): Promise<ProjectState> => {
  await requireCycle(ctx, year, deps);
  return saveProject(ctx, await prepareProjectCreate(ctx, year, input, deps), deps);
};

export const updateProject = async (
  ctx: RequestContext,
  year: number,
  projectId: string,
  input: ProjectInput,
  expectedVersion: number,
  deps: Deps,
): Promise<ProjectState> => {
  await requireCycle(ctx, year, deps);
  const current = await deps.store.get<Project>(ctx, projectRef(year, projectId));
  if (!current) throw new NotFoundError('project', projectId);
  const change = await prepareProjectUpdate(ctx, year, current, input, expectedVersion, deps);
  return saveProject(ctx, change, deps);
};
