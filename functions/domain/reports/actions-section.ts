import { ACTION_STATUSES, daysOverdue, type Action } from '../improvement/actions/action';
import { compareYears, type Indicator } from '../improvement/indicators/indicator';
import type { IsoDate } from '../time';
import type { ActionCounts, ActionRow, ImprovementActionsSection } from './model';

export const countActions = (actions: readonly Action[], asOf: IsoDate): ActionCounts => {
  const by = Object.fromEntries(
    ACTION_STATUSES.map((s) => [s, actions.filter((a) => a.status === s).length]),
  ) as Record<Action['status'], number>;
  return {
    total: actions.length,
    ...by,
    overdue: actions.filter((a) => daysOverdue(a, asOf) !== null).length,
  };
};

/**
 * An action with the indicator it was meant to move: its value in the action's cycle year (the
 * baseline, when the need was found) against the year after (improvement/actions: measureEffect).
 */
const actionRow = (
  action: Action,
  indicators: ReadonlyMap<string, Indicator>,
  unitName: (unitId: string | null) => string | null,
  asOf: IsoDate,
): ActionRow => {
  const indicator = action.indicatorId ? indicators.get(action.indicatorId) : undefined;
  const comparison = indicator ? compareYears(indicator, action.cycle + 1) : null;
  return {
    actionId: action.id,
    cycle: action.cycle,
    title: action.title,
    findingKind: action.finding.kind,
    unitName: unitName(action.unitId),
    dueOn: action.dueOn,
    status: action.status,
    doneOn: action.doneOn,
    daysOverdue: daysOverdue(action, asOf),
    effect:
      indicator && comparison
        ? {
            indicatorId: indicator.id,
            code: indicator.code,
            name: indicator.name,
            unit: indicator.unit,
            direction: indicator.direction,
            baselineYear: action.cycle,
            baseline: comparison.previous?.value ?? null,
            effectYear: action.cycle + 1,
            effect: comparison.current?.value ?? null,
            assessment: comparison.assessment,
          }
        : null,
  };
};

const byDue = (a: ActionRow, b: ActionRow) =>
  a.dueOn.localeCompare(b.dueOn) || a.title.localeCompare(b.title, 'lt');

/** Last year's actions, carried out this year, and the ones this year's evaluation opened. */
export const buildActionsSection = (
  carriedOut: readonly Action[],
  opened: readonly Action[],
  indicators: readonly Indicator[],
  unitName: (unitId: string | null) => string | null,
  asOf: IsoDate,
): ImprovementActionsSection => {
  const byId = new Map(indicators.map((i) => [i.id, i]));
  const rows = (actions: readonly Action[]) =>
    actions.map((a) => actionRow(a, byId, unitName, asOf)).sort(byDue);
  return {
    carriedOut: { counts: countActions(carriedOut, asOf), items: rows(carriedOut) },
    opened: { counts: countActions(opened, asOf), items: rows(opened) },
  };
};
