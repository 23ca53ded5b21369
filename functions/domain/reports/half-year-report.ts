import type { PlanItem } from '../planning/plan-item';
import type { IsoDate } from '../time';
import type { HalfYearReportInput } from './inputs';
import {
  REPORT_MODEL_VERSION,
  type HalfYearItemRow,
  type HalfYearPlanCounts,
  type HalfYearReportModel,
  type UnitRef,
} from './model';
import { percentOf, round } from './numbers';
import { byUnitName, unitNames } from './plan-section';
import { buildTrainingSection } from './training-section';

/** The half year ends on 30 June: progress at the H1 checkpoint and completions up to then count. */
export const halfYearEnd = (year: number): IsoDate => `${year}-06-30`;

/** The H1 entry's share done: its percent, or 100/0 for done/not done. */
const h1Percent = (item: PlanItem): number | null => {
  const entry = item.progress.find((p) => p.checkpoint === 'H1');
  if (!entry) return null;
  if (entry.percent !== null) return entry.percent;
  return entry.done === null ? null : entry.done ? 100 : 0;
};

const itemRow = (item: PlanItem, names: Map<string, string>, end: IsoDate): HalfYearItemRow => {
  const percent = h1Percent(item);
  const done = percent === 100;
  return {
    itemId: item.id,
    unitId: item.unitId,
    unitName: names.get(item.unitId) ?? item.unitId,
    period: item.period,
    goal: item.goal,
    activity: item.activity,
    dueOn: item.dueOn,
    percent,
    done,
    overdue: item.dueOn !== null && item.dueOn <= end && !done,
  };
};

export const countHalfYear = (rows: readonly HalfYearItemRow[]): HalfYearPlanCounts => {
  const reported = rows.filter((r) => r.percent !== null);
  const done = rows.filter((r) => r.done).length;
  return {
    items: rows.length,
    done,
    inProgress: reported.length - done,
    notReported: rows.length - reported.length,
    overdue: rows.filter((r) => r.overdue).length,
    averagePercent:
      reported.length === 0
        ? null
        : round(reported.reduce((s, r) => s + r.percent!, 0) / reported.length, 1),
    donePercent: percentOf(done, rows.length),
  };
};

/**
 * The half-year report of a unit or of the whole organisation: progress of the items running in
 * the first half (annual and H1 plans; cancelled ones left out) at the H1 checkpoint, and the
 * training done by 30 June.
 */
export const buildHalfYearReport = (input: HalfYearReportInput): HalfYearReportModel => {
  const { org, current, unitId } = input;
  const end = halfYearEnd(current.year);
  const names = unitNames(org.units);
  const items = current.planItems.filter(
    (i) =>
      i.period !== 'H2' && i.status !== 'cancelled' && (unitId === null || i.unitId === unitId),
  );
  const rows = items
    .map((i) => itemRow(i, names, end))
    .sort(
      (a, b) =>
        a.unitName.localeCompare(b.unitName, 'lt') || (a.dueOn ?? '').localeCompare(b.dueOn ?? ''),
    );
  const unitIds = [...new Set(rows.map((r) => r.unitId))].sort(byUnitName(names));
  return {
    kind: 'halfYear',
    modelVersion: REPORT_MODEL_VERSION,
    year: current.year,
    unit: unitId === null ? null : { unitId, unitName: names.get(unitId) ?? unitId },
    periodEnd: end,
    asOf: input.asOf,
    generatedAt: input.generatedAt,
    cover: { organisation: org.organisation, year: current.year, status: input.status },
    plan: {
      totals: countHalfYear(rows),
      byUnit: unitIds.map((id): UnitRef & HalfYearPlanCounts => ({
        unitId: id,
        unitName: names.get(id) ?? id,
        ...countHalfYear(rows.filter((r) => r.unitId === id)),
      })),
      items: rows,
    },
    training: buildTrainingSection(
      current.trainings,
      current.needs,
      org.members,
      unitId === null ? { until: end } : { until: end, unitId },
    ),
  };
};
