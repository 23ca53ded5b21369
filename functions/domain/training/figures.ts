import type { Member } from '../org/members';
import { COMPETENCE_AREAS, type CompetenceArea, type Need } from './need';
import { trainingsByNeed } from './summary';
import { tenths, type Training } from './training';

/** Every figure the response defines, in the order a manager reads them. */
export const FIGURES = [
  'items',
  'courseHours',
  'plannedHours',
  'doneHours',
  'donePercent',
  'activeMembers',
  'participants',
  'hoursPerActiveMember',
  'hoursPerParticipant',
  'needs',
  'needsCovered',
  'needsCoveredPercent',
  'certificates',
  'costPlanned',
  'costUnknownItems',
  'employeePlannedHours',
  'employeeDoneHours',
  'employeeDonePercent',
] as const;
export type Figure = (typeof FIGURES)[number];

export interface FigureTotals {
  items: number;
  courseHours: number;
  plannedHours: number;
  doneHours: number;
  donePercent: number | null;
  activeMembers: number;
  participants: number;
  hoursPerActiveMember: number | null;
  hoursPerParticipant: number | null;
  needs: number;
  needsCovered: number;
  needsCoveredPercent: number | null;
  certificates: number;
  costPlanned: number;
  costUnknownItems: number;
}

export interface EmployeeFigures {
  userId: string;
  name: string;
  active: boolean;
  items: number;
  plannedHours: number;
  doneHours: number;
  donePercent: number | null;
  certificates: number;
}

export interface AreaFigures {
  area: CompetenceArea;
  items: number;
  plannedHours: number;
  doneHours: number;
  needs: number;
  needsCovered: number;
}

export interface TrainingFigures {
  totals: FigureTotals;
  perEmployee: EmployeeFigures[];
  byArea: AreaFigures[];
}

/** A share in per cent to 0.1; none when there is nothing to share. */
export const percent = (part: number, whole: number): number | null =>
  whole === 0 ? null : Math.round((part / whole) * 1000) / 10;

const perHead = (hoursInTenths: number, heads: number): number | null =>
  heads === 0 ? null : Math.round(hoursInTenths / heads) / 10;

const sum = (values: readonly number[]): number => values.reduce((s, v) => s + v, 0);

type FigureTraining = Pick<
  Training,
  'id' | 'area' | 'plannedHours' | 'participants' | 'costEur' | 'needIds' | 'completions'
>;
type FigureNeed = Pick<Need, 'id' | 'area'>;
type FigureMember = Pick<Member, 'userId' | 'name' | 'active'>;

/** Person-hours in tenths: planned hours count once per participant. */
const plannedTenths = (t: FigureTraining): number => tenths(t.plannedHours) * t.participants.length;
const doneTenths = (t: FigureTraining): number => sum(t.completions.map((c) => tenths(c.hours)));

const employeeFigures = (
  trainings: readonly FigureTraining[],
  members: readonly FigureMember[],
): EmployeeFigures[] => {
  const byId = new Map(members.map((m) => [m.userId, m]));
  const people = new Set([
    ...members.filter((m) => m.active).map((m) => m.userId),
    ...trainings.flatMap((t) => t.participants),
  ]);
  return [...people]
    .map((userId) => {
      const mine = trainings.filter((t) => t.participants.includes(userId));
      const completions = mine.flatMap((t) => t.completions.filter((c) => c.userId === userId));
      const planned = sum(mine.map((t) => tenths(t.plannedHours)));
      const done = sum(completions.map((c) => tenths(c.hours)));
      const member = byId.get(userId);
      return {
        userId,
        name: member?.name ?? userId,
        active: member?.active ?? false,
        items: mine.length,
        plannedHours: planned / 10,
        doneHours: done / 10,
        donePercent: percent(done, planned),
        certificates: completions.filter((c) => c.certificate).length,
      };
    })
    .sort((a, b) => a.name.localeCompare(b.name, 'lt'));
};

/**
 * The training plan's figures for a cycle: what was planned, what was done (from completions),
 * per head and per area, and how many needs the plan answers. Hours to 0.1, euros to 0.01.
 */
export const computeFigures = (
  trainings: readonly FigureTraining[],
  needs: readonly FigureNeed[],
  members: readonly FigureMember[],
): TrainingFigures => {
  const links = trainingsByNeed(trainings);
  const covered = (n: FigureNeed) => links.has(n.id);
  const planned = sum(trainings.map(plannedTenths));
  const done = sum(trainings.map(doneTenths));
  const activeMembers = members.filter((m) => m.active).length;
  const participants = new Set(trainings.flatMap((t) => t.participants)).size;
  const completions = trainings.flatMap((t) => t.completions);
  const needsCovered = needs.filter(covered).length;
  const totals: FigureTotals = {
    items: trainings.length,
    courseHours: sum(trainings.map((t) => tenths(t.plannedHours))) / 10,
    plannedHours: planned / 10,
    doneHours: done / 10,
    donePercent: percent(done, planned),
    activeMembers,
    participants,
    hoursPerActiveMember: perHead(done, activeMembers),
    hoursPerParticipant: perHead(done, participants),
    needs: needs.length,
    needsCovered,
    needsCoveredPercent: percent(needsCovered, needs.length),
    certificates: completions.filter((c) => c.certificate).length,
    costPlanned:
      sum(trainings.map((t) => (t.costEur === null ? 0 : Math.round(t.costEur * 100)))) / 100,
    costUnknownItems: trainings.filter((t) => t.costEur === null).length,
  };
  const byArea = COMPETENCE_AREAS.flatMap((area): AreaFigures[] => {
    const items = trainings.filter((t) => t.area === area);
    const areaNeeds = needs.filter((n) => n.area === area);
    if (items.length === 0 && areaNeeds.length === 0) return [];
    return [
      {
        area,
        items: items.length,
        plannedHours: sum(items.map(plannedTenths)) / 10,
        doneHours: sum(items.map(doneTenths)) / 10,
        needs: areaNeeds.length,
        needsCovered: areaNeeds.filter(covered).length,
      },
    ];
  });
  return { totals, perEmployee: employeeFigures(trainings, members), byArea };
};
