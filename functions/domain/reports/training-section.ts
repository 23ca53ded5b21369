import type { Member } from '../org/members';
import type { IsoDate } from '../time';
import { computeFigures } from '../training/figures';
import type { Need } from '../training/need';
import type { Training } from '../training/training';
import type { TrainingSection } from './model';

export interface TrainingScope {
  /** Only completions up to this day count (the half year's end); all when absent. */
  until?: IsoDate;
  /** One unit's members and needs; the whole organisation when absent. */
  unitId?: string;
}

/**
 * The training plan's figures (training/figures.ts, the same the training area shows), for the
 * whole organisation or one unit's members, optionally up to a day.
 */
export const buildTrainingSection = (
  trainings: readonly Training[],
  needs: readonly Need[],
  members: readonly Member[],
  scope: TrainingScope = {},
): TrainingSection => {
  const { until, unitId } = scope;
  const people = unitId === undefined ? members : members.filter((m) => m.unitIds.includes(unitId));
  const inScope = new Set(people.map((m) => m.userId));
  const scopedNeeds = unitId === undefined ? needs : needs.filter((n) => n.unitId === unitId);
  const needIds = new Set(scopedNeeds.map((n) => n.id));
  // A unit's share: items its members take part in, or that answer its needs.
  const scoped = trainings.flatMap((t): Training[] => {
    const participants =
      unitId === undefined ? t.participants : t.participants.filter((p) => inScope.has(p));
    if (
      unitId !== undefined &&
      participants.length === 0 &&
      !t.needIds.some((id) => needIds.has(id))
    )
      return [];
    const completions = t.completions.filter(
      (c) => participants.includes(c.userId) && (until === undefined || c.completedOn <= until),
    );
    return [{ ...t, participants, completions }];
  });
  const { totals, byArea } = computeFigures(scoped, scopedNeeds, people);
  return {
    items: totals.items,
    plannedHours: totals.plannedHours,
    doneHours: totals.doneHours,
    donePercent: totals.donePercent,
    activeMembers: totals.activeMembers,
    participants: totals.participants,
    hoursPerActiveMember: totals.hoursPerActiveMember,
    hoursPerParticipant: totals.hoursPerParticipant,
    needs: totals.needs,
    needsCovered: totals.needsCovered,
    needsCoveredPercent: totals.needsCoveredPercent,
    certificates: totals.certificates,
    costPlanned: totals.costPlanned,
    byArea: byArea.map((a) => ({ ...a })),
  };
};
