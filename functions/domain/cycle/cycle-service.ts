import { ConflictError, NotFoundError, ValidationError, type FieldIssue } from '../errors';
import { getSettings } from '../org/org-service';
import type { OrgSettings } from '../org/organisation';
import type { Deps, RequestContext, Stored } from '../ports';
import { localDate, type IsoDate } from '../time';
import type { Cycle, Milestones, Phase } from './cycle';
import { computeDeadlines, type Deadline, type DeadlineId } from './deadlines';
import { derivePhase } from './phase';

export type WarningCode = 'deadlineOverdue' | 'deadlineDueSoon' | 'budgetDateMissing';

export interface CycleWarning {
  code: WarningCode;
  deadline?: DeadlineId;
  days?: number;
}

/** A cycle with everything derived from it as of today. */
export interface CycleState {
  cycle: Stored<Cycle>;
  today: IsoDate;
  phase: Phase;
  deadlines: Deadline[];
  warnings: CycleWarning[];
}

export const describeCycle = (
  cycle: Stored<Cycle>,
  settings: OrgSettings,
  today: IsoDate,
): CycleState => {
  const deadlines = computeDeadlines(cycle, settings, today);
  const phase = derivePhase(cycle, today);
  const warnings: CycleWarning[] = [];
  if (!cycle.budgetApprovedOn && phase !== 'closed' && today >= `${cycle.year}-01-01`) {
    warnings.push({ code: 'budgetDateMissing' });
  }
  if (phase !== 'closed') {
    for (const d of deadlines) {
      if (d.status === 'overdue' && d.daysLeft !== null) {
        warnings.push({ code: 'deadlineOverdue', deadline: d.id, days: -d.daysLeft });
      } else if (d.status === 'dueSoon' && d.daysLeft !== null) {
        warnings.push({ code: 'deadlineDueSoon', deadline: d.id, days: d.daysLeft });
      }
    }
  }
  return { cycle, today, phase, deadlines, warnings };
};

const cycleRef = (year: number) => ({ type: 'cycle', id: String(year) }) as const;

export const listCycles = async (ctx: RequestContext, deps: Deps): Promise<CycleState[]> => {
  const [cycles, settings] = await Promise.all([
    deps.store.list<Cycle>(ctx, 'cycle'),
    getSettings(ctx, deps),
  ]);
  const today = localDate(deps.clock.now());
  return cycles.sort((a, b) => b.year - a.year).map((c) => describeCycle(c, settings, today));
};

export const getCycle = async (
  ctx: RequestContext,
  year: number,
  deps: Deps,
): Promise<CycleState> => {
  const [cycle, settings] = await Promise.all([
    deps.store.get<Cycle>(ctx, cycleRef(year)),
    getSettings(ctx, deps),
  ]);
  if (!cycle) throw new NotFoundError('cycle', String(year));
  return describeCycle(cycle, settings, localDate(deps.clock.now()));
};

export interface CycleInput {
  budgetApprovedOn: IsoDate | null;
  milestones: Milestones;
  notes: string;
}

/** Rules across fields that a schema cannot state: dates belong to the cycle and are not in the future. */
export const checkCycleInput = (year: number, input: CycleInput, today: IsoDate): FieldIssue[] => {
  const issues: FieldIssue[] = [];
  const budgetFrom = `${year - 1}-07-01`;
  const budgetTo = `${year}-12-31`;
  const { budgetApprovedOn: budget } = input;
  if (budget && (budget < budgetFrom || budget > budgetTo)) {
    issues.push({
      path: ['budgetApprovedOn'],
      key: 'validation.dateOutsideCycle',
      params: { from: budgetFrom, to: budgetTo },
    });
  }
  const milestoneFrom = `${year - 1}-07-01`;
  const milestoneTo = `${year + 2}-12-31`;
  for (const [name, date] of Object.entries(input.milestones) as [
    keyof Milestones,
    IsoDate | undefined,
  ][]) {
    if (date === undefined) continue;
    const path = ['milestones', name];
    if (date > today) {
      issues.push({ path, key: 'validation.dateInFuture', params: { today } });
    } else if (date < milestoneFrom || date > milestoneTo) {
      issues.push({
        path,
        key: 'validation.dateOutsideCycle',
        params: { from: milestoneFrom, to: milestoneTo },
      });
    } else if (
      budget &&
      (name === 'planApprovedOn' || name === 'founderAgreedOn') &&
      date < budget
    ) {
      issues.push({ path, key: 'validation.dateBeforeBudget', params: { budget } });
    }
  }
  return issues;
};

/** Creates the cycle (`expectedVersion` 0) or changes it at the version the caller read. */
export const saveCycle = async (
  ctx: RequestContext,
  year: number,
  input: CycleInput,
  expectedVersion: number,
  deps: Deps,
): Promise<CycleState> => {
  const today = localDate(deps.clock.now());
  const issues = checkCycleInput(year, input, today);
  if (issues.length > 0) throw new ValidationError(issues);
  const cycle: Cycle = { year, ...input };
  const settings = await getSettings(ctx, deps);
  try {
    return describeCycle(
      await deps.store.save(ctx, cycleRef(year), cycle, expectedVersion),
      settings,
      today,
    );
  } catch (error) {
    // The caller resolves the conflict from the cycle as it is now, described like any read.
    if (error instanceof ConflictError && error.current) {
      throw new ConflictError(describeCycle(error.current as Stored<Cycle>, settings, today), {
        cause: error,
      });
    }
    throw error;
  }
};
