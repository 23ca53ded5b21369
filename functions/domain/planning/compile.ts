import type { Unit } from '../org/organisation';
import type { Stored } from '../ports';
import type { PlanItem } from './plan-item';

export interface CompiledItem {
  id: string;
  version: number;
  goal: string;
  activity: string;
  responsible: string;
  startOn: string | null;
  dueOn: string | null;
  indicator: string;
  targetValue: string;
  strategyGoalId: string | null;
  origin: string[];
}

export interface CompiledTraining {
  id: string;
  version: number;
  topic: string;
  provider: string;
  plannedHours: number;
  participants: number;
}

/** The annual activity plan's content: every unit's annual items and the training plan. */
export interface CompiledPlan {
  units: { unitId: string; unitName: string; items: CompiledItem[] }[];
  training: CompiledTraining[];
  totals: { items: number; units: number; trainingItems: number; trainingHours: number };
}

const str = (v: unknown): string => (typeof v === 'string' ? v : '');
const num = (v: unknown): number => (typeof v === 'number' && Number.isFinite(v) ? v : 0);

/** Compiles the plan from what units and the deputy maintain, so it never drifts from them. */
export const compilePlan = (
  units: Stored<Unit>[],
  items: Stored<PlanItem>[],
  training: Stored<Record<string, unknown>>[],
): CompiledPlan => {
  const annual = items.filter((i) => i.period === 'annual' && i.status !== 'cancelled');
  const unitName = new Map(units.map((u) => [u.id, u.name]));
  const unitIds = [...new Set(annual.map((i) => i.unitId))].sort((a, b) =>
    (unitName.get(a) ?? a).localeCompare(unitName.get(b) ?? b, 'lt'),
  );
  const compiledTraining = training
    .map((t) => ({
      id: str(t.id),
      version: t.version,
      topic: str(t.topic),
      provider: str(t.provider),
      plannedHours: num(t.plannedHours),
      participants: Array.isArray(t.participants) ? t.participants.length : 0,
    }))
    .sort((a, b) => a.topic.localeCompare(b.topic, 'lt'));
  return {
    units: unitIds.map((unitId) => ({
      unitId,
      unitName: unitName.get(unitId) ?? unitId,
      items: annual
        .filter((i) => i.unitId === unitId)
        .map((i) => ({
          id: i.id,
          version: i.version,
          goal: i.goal,
          activity: i.activity,
          responsible: i.responsible,
          startOn: i.startOn,
          dueOn: i.dueOn,
          indicator: i.indicator,
          targetValue: i.targetValue,
          strategyGoalId: i.strategyGoalId,
          origin: i.origin,
        })),
    })),
    training: compiledTraining,
    totals: {
      items: annual.length,
      units: unitIds.length,
      trainingItems: compiledTraining.length,
      trainingHours: Math.round(compiledTraining.reduce((s, t) => s + t.plannedHours, 0) * 10) / 10,
    },
  };
};

export interface PlanChanges {
  added: string[];
  changed: string[];
  removed: string[];
}

/** JSON with object keys sorted: a stored map comes back from DynamoDB in any key order. */
const canonical = (value: unknown): string =>
  JSON.stringify(value, (_key, v: unknown) =>
    v && typeof v === 'object' && !Array.isArray(v)
      ? Object.fromEntries(
          Object.entries(v as Record<string, unknown>).sort(([a], [b]) => a.localeCompare(b)),
        )
      : v,
  );

/**
 * What differs between the approved snapshot and the plan now, by content: progress and
 * completions change an item's version but not the plan.
 */
export const diffPlans = (approved: CompiledPlan | null, now: CompiledPlan): PlanChanges => {
  const contents = (p: CompiledPlan | null) =>
    new Map<string, string>(
      [...(p?.units.flatMap((u) => u.items) ?? []), ...(p?.training ?? [])].map(
        ({ version: _v, ...rest }) => [rest.id, canonical(rest)],
      ),
    );
  const before = contents(approved);
  const after = contents(now);
  return {
    added: [...after.keys()].filter((id) => !before.has(id)),
    changed: [...after]
      .filter(([id, c]) => before.has(id) && before.get(id) !== c)
      .map(([id]) => id),
    removed: [...before.keys()].filter((id) => !after.has(id)),
  };
};
