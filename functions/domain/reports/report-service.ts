import { hasAnyRole } from '../auth/actor';
import { dataOf } from '../items';
import { loadBenchmarkSection } from '../benchmark/read-service';
import { assertUnitAccess } from '../auth/policy';
import type { Cycle } from '../cycle/cycle';
import { computeDeadlines, deadlineStatus, type Deadline } from '../cycle/deadlines';
import { requireCycle, requireUnit } from '../cycle/require-cycle';
import { ConflictError, ForbiddenError, NotFoundError } from '../errors';
import type { Action } from '../improvement/actions/action';
import type { Indicator } from '../improvement/indicators/indicator';
import type { Project } from '../improvement/projects/project';
import type { Member } from '../org/members';
import { getSettings, listUnits } from '../org/org-service';
import type { Organisation } from '../org/organisation';
import type { PlanItem } from '../planning/plan-item';
import type { Change, Deps, RequestContext, Stored } from '../ports';
import type { Proposal } from '../proposals/proposal';
import { loadResponses } from '../surveys/survey-service';
import type { Survey } from '../surveys/survey';
import { daysBetween, localDate, type IsoDate } from '../time';
import type { Need } from '../training/need';
import type { Training } from '../training/training';
import { buildAnnualReport } from './annual-report';
import { buildHalfYearReport } from './half-year-report';
import type { AnnualReportInput, CycleData, OrgData } from './inputs';
import type {
  AnnualSnapshot,
  HalfYearReportModel,
  RecipientsSummaryModel,
  AnnualReportModel,
  ReportStatus,
} from './model';
import { buildRecipientsSummary } from './recipients-summary';
import {
  readSnapshot,
  removeSnapshot,
  sweepSnapshots,
  writeSnapshot,
  type SnapshotRef,
} from './snapshot';
import {
  decideReport,
  emptyRecord,
  latestVersion,
  openVersion,
  presentReport,
  reportRef,
  submitReport,
  type ReportKind,
  type ReportRecord,
  type ReportVersion,
  type Step,
} from './workflow';

// ─── Loading (read-only, through the stores the areas keep) ─────────────────────────────────

const strip = <T extends object>(item: Stored<T>): T => {
  const data = dataOf(item);
  return data as unknown as T;
};

export const loadOrgData = async (ctx: RequestContext, deps: Deps): Promise<OrgData> => {
  const [organisation, units, members, indicators] = await Promise.all([
    deps.store.get<Organisation>(ctx, { type: 'org', id: 'profile' }),
    listUnits(ctx, deps),
    deps.store.list<Member>(ctx, 'member'),
    deps.store.list<Indicator>(ctx, 'indicator'),
  ]);
  return {
    organisation: organisation
      ? {
          name: organisation.name,
          type: organisation.type,
          municipality: organisation.municipality,
        }
      : null,
    units: units.map(strip),
    members: members.map(strip),
    indicators: indicators.map(strip),
  };
};

/** One cycle's items; survey responses only when asked for (the half-year report needs none). */
export const loadCycleData = async (
  ctx: RequestContext,
  year: number,
  deps: Deps,
  options: { surveys: boolean } = { surveys: true },
): Promise<CycleData> => {
  const list = <T extends object>(type: Parameters<Deps['store']['list']>[1]) =>
    deps.store.list<T>(ctx, type, { cycle: year }).then((items) => items.map(strip));
  const [planItems, trainings, needs, proposals, actions, projects, surveys] = await Promise.all([
    list<PlanItem>('planItem'),
    list<Training>('training'),
    list<Need>('need'),
    list<Proposal>('proposal'),
    list<Action>('action'),
    list<Project>('project'),
    options.surveys ? list<Survey>('survey') : Promise.resolve([]),
  ]);
  const withResponses = await Promise.all(
    surveys
      .filter((s) => s.responses > 0)
      .sort(
        (a, b) =>
          a.period.from.localeCompare(b.period.from) || a.title.localeCompare(b.title, 'lt'),
      )
      .map(async (survey) => ({ survey, responses: await loadResponses(ctx, survey, deps) })),
  );
  return {
    year,
    planItems,
    trainings,
    needs,
    proposals,
    actions,
    projects,
    surveys: withResponses,
  };
};

const cycleExists = async (ctx: RequestContext, year: number, deps: Deps): Promise<boolean> =>
  (await deps.store.get<Cycle>(ctx, { type: 'cycle', id: String(year) })) !== undefined;

const today = (deps: Deps): IsoDate => localDate(deps.clock.now());

// ─── Records and status ─────────────────────────────────────────────────────────────────────

export interface ReportWorkflowState {
  record: ReportRecord;
  /** The stored record's version (0 before anyone acted): what a transition names. */
  itemVersion: number;
  deadline: Deadline | null;
  /** Not approved (annual) or not submitted (half-year) by the due date. */
  overdue: boolean;
}

const getRecord = async (
  ctx: RequestContext,
  kind: ReportKind,
  year: number,
  unitId: string | null,
  deps: Deps,
): Promise<{ record: ReportRecord; itemVersion: number }> => {
  const stored = await deps.store.get<ReportRecord>(ctx, reportRef(kind, year, unitId));
  return stored
    ? { record: strip(stored), itemVersion: stored.version }
    : { record: emptyRecord(kind, year, unitId), itemVersion: 0 };
};

/**
 * The cycle's deadline for the report (cycle/deadlines.ts: the annual report within four months
 * of the year's end, half-year reports by the end of July), met by the first version's approval
 * (annual) or submission (half-year); the cycle's milestone counts where it was recorded directly.
 */
const deadlineOf = async (
  ctx: RequestContext,
  cycle: Cycle,
  record: ReportRecord,
  deps: Deps,
): Promise<Deadline | null> => {
  const settings = await getSettings(ctx, deps);
  const now = today(deps);
  const id = record.kind === 'annual' ? 'annualReport' : 'halfYearReport';
  const base = computeDeadlines(cycle, settings, now).find((d) => d.id === id);
  if (!base) return null;
  const first = record.versions[0];
  const own = record.kind === 'annual' ? first?.approvedOn : first?.submittedOn;
  const doneOn = own ?? (record.unitId === null ? base.doneOn : null) ?? undefined;
  return {
    ...base,
    doneOn: doneOn ?? null,
    status: deadlineStatus(base.dueOn, doneOn, now),
    daysLeft: doneOn || !base.dueOn ? null : daysBetween(now, base.dueOn),
  };
};

const describe = async (
  ctx: RequestContext,
  cycle: Cycle,
  loaded: { record: ReportRecord; itemVersion: number },
  deps: Deps,
): Promise<ReportWorkflowState> => {
  const deadline = await deadlineOf(ctx, cycle, loaded.record, deps);
  return { ...loaded, deadline, overdue: deadline?.status === 'overdue' };
};

export const getReportWorkflow = async (
  ctx: RequestContext,
  kind: ReportKind,
  year: number,
  unitId: string | null,
  deps: Deps,
): Promise<ReportWorkflowState> => {
  const cycle = await requireCycle(ctx, year, deps);
  if (unitId !== null) await requireUnit(ctx, unitId, deps);
  return describe(ctx, cycle, await getRecord(ctx, kind, year, unitId, deps), deps);
};

const statusOf = (
  state: ReportWorkflowState,
  version: ReportVersion,
  source: ReportStatus['source'],
): ReportStatus => ({
  reportVersion: version.number,
  state: version.state,
  submittedOn: version.submittedOn,
  approvedOn: version.approvedOn,
  approvedBy: version.approvedBy,
  presentedOn: version.presentedOn,
  dueOn: state.deadline?.dueOn ?? null,
  deadlineStatus: state.deadline?.status ?? null,
  overdue: state.overdue,
  source,
});

// ─── Building ───────────────────────────────────────────────────────────────────────────────

const annualInput = async (
  ctx: RequestContext,
  year: number,
  status: ReportStatus,
  deps: Deps,
): Promise<AnnualReportInput> => {
  const [org, current, hasPrevious, hasEarlier, hasNext, benchmark] = await Promise.all([
    loadOrgData(ctx, deps),
    loadCycleData(ctx, year, deps),
    cycleExists(ctx, year - 1, deps),
    cycleExists(ctx, year - 2, deps),
    cycleExists(ctx, year + 1, deps),
    loadBenchmarkSection(ctx, year, deps),
  ]);
  const [previous, earlierActions, nextPlanItems] = await Promise.all([
    hasPrevious ? loadCycleData(ctx, year - 1, deps) : Promise.resolve(null),
    hasEarlier
      ? deps.store.list<Action>(ctx, 'action', { cycle: year - 2 }).then((a) => a.map(strip))
      : Promise.resolve(null),
    hasNext
      ? deps.store.list<PlanItem>(ctx, 'planItem', { cycle: year + 1 }).then((i) => i.map(strip))
      : Promise.resolve([]),
  ]);
  const now = deps.clock.now();
  return {
    org,
    current,
    previous,
    nextPlanItems,
    earlierActions,
    status,
    asOf: localDate(now),
    generatedAt: now.toISOString(),
    benchmark,
  };
};

const buildAnnualSnapshot = async (
  ctx: RequestContext,
  year: number,
  status: ReportStatus,
  deps: Deps,
): Promise<AnnualSnapshot> => {
  const input = await annualInput(ctx, year, status, deps);
  const annual = buildAnnualReport(input);
  return { annual, summary: buildRecipientsSummary(input, annual) };
};

const buildHalfYear = async (
  ctx: RequestContext,
  year: number,
  unitId: string | null,
  status: ReportStatus,
  deps: Deps,
): Promise<HalfYearReportModel> => {
  const [org, current] = await Promise.all([
    loadOrgData(ctx, deps),
    loadCycleData(ctx, year, deps, { surveys: false }),
  ]);
  const now = deps.clock.now();
  return buildHalfYearReport({
    org,
    current,
    unitId,
    status,
    asOf: localDate(now),
    generatedAt: now.toISOString(),
  });
};

/** Which figures to read: the live ones, or a version's (its frozen snapshot when it has one). */
export type VersionChoice = 'live' | number | undefined;

const pickVersion = (
  state: ReportWorkflowState,
  choice: VersionChoice,
): { version: ReportVersion; snapshot: SnapshotRef | null } => {
  const latest = latestVersion(state.record);
  if (choice === 'live') return { version: latest, snapshot: null };
  const version =
    choice === undefined ? latest : state.record.versions.find((v) => v.number === choice);
  if (!version) throw new NotFoundError('reportVersion', String(choice));
  return { version, snapshot: version.snapshot };
};

export interface ReportRead<T> {
  workflow: ReportWorkflowState;
  model: T;
}

/**
 * The annual report's figures and its recipients' summary: by default the latest version's (its
 * snapshot once submitted, else live), `version` N's frozen figures, or `live` ones now.
 */
export const getAnnualReport = async (
  ctx: RequestContext,
  year: number,
  choice: VersionChoice,
  deps: Deps,
): Promise<ReportRead<AnnualSnapshot>> => {
  const workflow = await getReportWorkflow(ctx, 'annual', year, null, deps);
  const { version, snapshot } = pickVersion(workflow, choice);
  const status = statusOf(workflow, version, snapshot ? 'snapshot' : 'live');
  if (!snapshot) return { workflow, model: await buildAnnualSnapshot(ctx, year, status, deps) };
  const frozen = (await readSnapshot(ctx, year, snapshot, deps)) as AnnualSnapshot;
  // The figures are frozen; where the report stands is not.
  return {
    workflow,
    model: { ...frozen, annual: { ...frozen.annual, cover: { ...frozen.annual.cover, status } } },
  };
};

export const getRecipientsSummary = async (
  ctx: RequestContext,
  year: number,
  choice: VersionChoice,
  deps: Deps,
): Promise<ReportRead<RecipientsSummaryModel>> => {
  const { workflow, model } = await getAnnualReport(ctx, year, choice, deps);
  return { workflow, model: model.summary };
};

export const getHalfYearReport = async (
  ctx: RequestContext,
  year: number,
  unitId: string | null,
  choice: VersionChoice,
  deps: Deps,
): Promise<ReportRead<HalfYearReportModel>> => {
  const workflow = await getReportWorkflow(ctx, 'halfYear', year, unitId, deps);
  const { version, snapshot } = pickVersion(workflow, choice);
  const status = statusOf(workflow, version, snapshot ? 'snapshot' : 'live');
  if (!snapshot) return { workflow, model: await buildHalfYear(ctx, year, unitId, status, deps) };
  const frozen = (await readSnapshot(ctx, year, snapshot, deps)) as HalfYearReportModel;
  return { workflow, model: { ...frozen, cover: { ...frozen.cover, status } } };
};

// ─── Workflow ───────────────────────────────────────────────────────────────────────────────

const stepOf = (ctx: RequestContext, deps: Deps, comment = ''): Step => {
  const now = deps.clock.now();
  return { by: ctx.actor.userId, on: localDate(now), at: now.toISOString(), comment };
};

/**
 * Saves the record at the version the caller read and, in the same transaction, the cycle's
 * milestone the deadline and phase read (first approval of the annual report, first submission
 * of the organisation's half-year report). A snapshot written for it is removed if that fails.
 */
const persist = async (
  ctx: RequestContext,
  cycle: Stored<Cycle>,
  next: ReportRecord,
  expectedVersion: number,
  milestone: Partial<Cycle['milestones']>,
  written: SnapshotRef | null,
  deps: Deps,
): Promise<ReportWorkflowState> => {
  const changes: Change[] = [
    { ref: reportRef(next.kind, next.year, next.unitId), data: next, expectedVersion },
  ];
  const fresh = Object.fromEntries(
    Object.entries(milestone).filter(
      ([name]) => cycle.milestones[name as keyof Cycle['milestones']] === undefined,
    ),
  );
  if (Object.keys(fresh).length > 0) {
    const data = strip(cycle);
    changes.push({
      ref: { type: 'cycle', id: String(cycle.year) },
      data: { ...data, milestones: { ...data.milestones, ...fresh } },
      expectedVersion: cycle.version,
    });
  }
  try {
    const [saved] = await deps.store.apply(ctx, changes);
    const stored = saved as Stored<ReportRecord>;
    return describe(ctx, cycle, { record: strip(stored), itemVersion: stored.version }, deps);
  } catch (error) {
    if (written) await removeSnapshot(ctx, next.year, written, deps);
    if (error instanceof ConflictError && error.current) {
      const current = error.current as Stored<ReportRecord>;
      if ('versions' in current) {
        const state = await describe(
          ctx,
          cycle,
          { record: strip(current), itemVersion: current.version },
          deps,
        );
        throw new ConflictError(state, { cause: error });
      }
    }
    throw error;
  }
};

interface Target {
  kind: ReportKind;
  year: number;
  unitId: string | null;
}

const load = async (ctx: RequestContext, target: Target, deps: Deps) => {
  const cycle = await requireCycle(ctx, target.year, deps);
  if (target.unitId !== null) await requireUnit(ctx, target.unitId, deps);
  const loaded = await getRecord(ctx, target.kind, target.year, target.unitId, deps);
  return { cycle, ...loaded, state: await describe(ctx, cycle, loaded, deps) };
};

/**
 * Who may prepare a half-year report: a unit head for their unit, the deputy for any unit and for
 * the whole organisation (the annual report's preparers are the route's roles).
 */
const assertPreparer = async (ctx: RequestContext, target: Target, deps: Deps): Promise<void> => {
  if (target.kind === 'annual') return;
  if (target.unitId === null) {
    if (!hasAnyRole(ctx.actor, ['deputy', 'director', 'admin']))
      throw new ForbiddenError(['deputy']);
    return;
  }
  await assertUnitAccess(ctx, target.unitId, ['unitHead'], deps);
};

/**
 * Removes the year's snapshot parts no report version names, once older than an hour (snapshot.ts):
 * the records are read first, then the parts. Never fails the submission; says how many went.
 */
const sweepYearSnapshots = async (
  ctx: RequestContext,
  year: number,
  deps: Deps,
): Promise<number> => {
  try {
    const records = await deps.store.list<ReportRecord>(ctx, 'report', { cycle: year });
    const named = new Set(
      records.flatMap((r) => r.versions.flatMap((v) => (v.snapshot ? [v.snapshot.id] : []))),
    );
    return await sweepSnapshots(ctx, year, named, deps);
  } catch {
    return 0;
  }
};

export const submitReportFor = async (
  ctx: RequestContext,
  target: Target,
  expectedVersion: number,
  comment: string,
  deps: Deps,
): Promise<ReportWorkflowState> => {
  await assertPreparer(ctx, target, deps);
  const loaded = await load(ctx, target, deps);
  const step = stepOf(ctx, deps, comment);
  // Checked before the figures are built and written: a refused step writes nothing.
  submitReport(loaded.record, placeholderRef, step);
  if (loaded.itemVersion !== expectedVersion) throw new ConflictError(loaded.state);
  const status = statusOf(loaded.state, latestVersion(loaded.record), 'snapshot');
  const [figures] = await Promise.all([
    target.kind === 'annual'
      ? buildAnnualSnapshot(ctx, target.year, status, deps)
      : buildHalfYear(ctx, target.year, target.unitId, status, deps),
    sweepYearSnapshots(ctx, target.year, deps),
  ]);
  const snapshot = await writeSnapshot(ctx, target.year, figures, deps);
  const next = submitReport(loaded.record, snapshot, step);
  const milestone =
    target.kind === 'halfYear' && target.unitId === null
      ? { halfYearReportSubmittedOn: step.on }
      : {};
  return persist(ctx, loaded.cycle, next, expectedVersion, milestone, snapshot, deps);
};

const placeholderRef: SnapshotRef = {
  id: '-',
  parts: 0,
  bytes: 0,
  jsonBytes: 0,
  sha256: '',
  takenAt: '',
};

export const decideReportFor = async (
  ctx: RequestContext,
  target: Target,
  verdict: 'approve' | 'return',
  expectedVersion: number,
  comment: string,
  deps: Deps,
): Promise<ReportWorkflowState> => {
  const loaded = await load(ctx, target, deps);
  const step = stepOf(ctx, deps, comment);
  const released = latestVersion(loaded.record).snapshot;
  const next = decideReport(loaded.record, verdict, step);
  const milestone =
    target.kind === 'annual' && verdict === 'approve' ? { annualReportApprovedOn: step.on } : {};
  const state = await persist(ctx, loaded.cycle, next, expectedVersion, milestone, null, deps);
  // A returned submission's frozen figures are named by nothing now.
  if (verdict === 'return' && released) await removeSnapshot(ctx, target.year, released, deps);
  return state;
};

export const presentAnnualReport = async (
  ctx: RequestContext,
  year: number,
  meetingOn: IsoDate,
  expectedVersion: number,
  comment: string,
  deps: Deps,
): Promise<ReportWorkflowState> => {
  const loaded = await load(ctx, { kind: 'annual', year, unitId: null }, deps);
  const next = presentReport(loaded.record, meetingOn, stepOf(ctx, deps, comment));
  return persist(ctx, loaded.cycle, next, expectedVersion, {}, null, deps);
};

export const openReportVersion = async (
  ctx: RequestContext,
  target: Target,
  reason: string,
  expectedVersion: number,
  deps: Deps,
): Promise<ReportWorkflowState> => {
  await assertPreparer(ctx, target, deps);
  const loaded = await load(ctx, target, deps);
  const next = openVersion(loaded.record, reason, stepOf(ctx, deps));
  return persist(ctx, loaded.cycle, next, expectedVersion, {}, null, deps);
};

export type { AnnualReportModel };
