import { assertUnitAccess } from '../../auth/policy';
import { requireCycle, requireUnit } from '../../cycle/require-cycle';
import { NotFoundError, ValidationError } from '../../errors';
import type { Deps, RequestContext, Stored } from '../../ports';
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

const saveProject = async (
  ctx: RequestContext,
  project: Project,
  expectedVersion: number,
  deps: Deps,
): Promise<ProjectState> => {
  const issues = [
    ...checkProject(project.cycle, project),
    ...(await checkLinks(ctx, { goalId: project.goalId }, deps)),
  ];
  if (issues.length > 0) throw new ValidationError(issues);
  if (project.unitId !== null) await requireUnit(ctx, project.unitId, deps);
  const lookups = await loadLookups(ctx, deps);
  const saved = await describingConflict(
    deps.store.save(ctx, projectRef(project.cycle, project.id), project, expectedVersion),
    (current) => describeProject(current, lookups),
  );
  return describeProject(saved, lookups);
};

/** Management for any unit; a unit head for their own unit only. */
export const createProject = async (
  ctx: RequestContext,
  year: number,
  input: ProjectInput,
  deps: Deps,
): Promise<ProjectState> => {
  await requireCycle(ctx, year, deps);
  await assertUnitAccess(ctx, input.unitId, ['unitHead'], deps);
  return saveProject(ctx, { id: deps.newId(), cycle: year, ...input }, 0, deps);
};

/** A unit head changes their unit's entries and keeps them in their units. */
export const updateProject = async (
  ctx: RequestContext,
  year: number,
  projectId: string,
  input: ProjectInput,
  expectedVersion: number,
  deps: Deps,
): Promise<ProjectState> => {
  await requireCycle(ctx, year, deps);
  const existing = await deps.store.get<Project>(ctx, projectRef(year, projectId));
  if (!existing) throw new NotFoundError('project', projectId);
  await assertUnitAccess(ctx, existing.unitId, ['unitHead'], deps);
  if (input.unitId !== existing.unitId)
    await assertUnitAccess(ctx, input.unitId, ['unitHead'], deps);
  return saveProject(ctx, { id: projectId, cycle: year, ...input }, expectedVersion, deps);
};
