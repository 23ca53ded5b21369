import type { Unit } from '../org/organisation';
import { latestPercent, type PlanItem } from '../planning/plan-item';
import { daysBetween, type IsoDate } from '../time';
import type { PlanCounts, PlanExecutionSection, PlanItemRow, UnitRef } from './model';
import { percentOf } from './numbers';

/** Finished items are never overdue (the planning area's rule; a partly done one still is). */
const FINISHED: ReadonlySet<PlanItem['status']> = new Set(['done', 'notDone', 'cancelled']);

export const daysOverdue = (
  item: Pick<PlanItem, 'dueOn' | 'status'>,
  asOf: IsoDate,
): number | null =>
  item.dueOn !== null && item.dueOn < asOf && !FINISHED.has(item.status)
    ? daysBetween(item.dueOn, asOf)
    : null;

export const countPlan = (items: readonly PlanItem[], asOf: IsoDate): PlanCounts => {
  const count = (...statuses: PlanItem['status'][]) =>
    items.filter((i) => statuses.includes(i.status)).length;
  const cancelled = count('cancelled');
  const done = count('done');
  const total = items.length - cancelled;
  return {
    items: total,
    done,
    partlyDone: count('partlyDone'),
    notDone: count('notDone'),
    open: count('planned', 'inProgress'),
    cancelled,
    overdue: items.filter((i) => daysOverdue(i, asOf) !== null).length,
    donePercent: percentOf(done, total),
  };
};

export const unitNames = (units: readonly Unit[]): Map<string, string> =>
  new Map(units.map((u) => [u.id, u.name]));

export const byUnitName =
  (names: Map<string, string>) =>
  (a: string, b: string): number =>
    (names.get(a) ?? a).localeCompare(names.get(b) ?? b, 'lt');

const row = (item: PlanItem, names: Map<string, string>, asOf: IsoDate): PlanItemRow => ({
  itemId: item.id,
  unitId: item.unitId,
  unitName: names.get(item.unitId) ?? item.unitId,
  period: item.period,
  goal: item.goal,
  activity: item.activity,
  responsible: item.responsible,
  dueOn: item.dueOn,
  status: item.status,
  latestPercent: latestPercent(item),
  daysOverdue: daysOverdue(item, asOf),
});

/** Plan execution over the year's items (annual and half-year plans alike), overall and by unit. */
export const buildPlanSection = (
  items: readonly PlanItem[],
  units: readonly Unit[],
  asOf: IsoDate,
): PlanExecutionSection => {
  const names = unitNames(units);
  const unitIds = [...new Set(items.map((i) => i.unitId))].sort(byUnitName(names));
  const rows = items.map((i) => row(i, names, asOf));
  const order = (a: PlanItemRow, b: PlanItemRow) =>
    a.unitName.localeCompare(b.unitName, 'lt') || (a.dueOn ?? '').localeCompare(b.dueOn ?? '');
  return {
    totals: countPlan(items, asOf),
    byUnit: unitIds.map((unitId): UnitRef & PlanCounts => ({
      unitId,
      unitName: names.get(unitId) ?? unitId,
      ...countPlan(
        items.filter((i) => i.unitId === unitId),
        asOf,
      ),
    })),
    overdue: rows.filter((r) => r.daysOverdue !== null).sort(order),
    notAchieved: rows
      .filter((r) => r.status === 'notDone' || r.status === 'partlyDone')
      .sort(order),
  };
};
