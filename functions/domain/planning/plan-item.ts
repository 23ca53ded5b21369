import type { IsoDate } from '../time';

export const PLAN_PERIODS = ['annual', 'H1', 'H2'] as const;
export type PlanPeriod = (typeof PLAN_PERIODS)[number];

export const PLAN_ITEM_STATUSES = [
  'planned',
  'inProgress',
  'done',
  'partlyDone',
  'notDone',
  'cancelled',
] as const;
export type PlanItemStatus = (typeof PLAN_ITEM_STATUSES)[number];

export const CHECKPOINTS = ['H1', 'yearEnd'] as const;
export type Checkpoint = (typeof CHECKPOINTS)[number];

/** Progress at a checkpoint: a share done, or done/not done, always with a comment. */
export interface ProgressEntry {
  checkpoint: Checkpoint;
  percent: number | null;
  done: boolean | null;
  comment: string;
  recordedOn: IsoDate;
  recordedBy: string;
}

/** One line of a unit's plan (annual, or a half-year plan where the organisation plans by half year). */
export interface PlanItem {
  id: string;
  unitId: string;
  period: PlanPeriod;
  /** What the unit wants to achieve. */
  goal: string;
  /** What it will do for it. */
  activity: string;
  responsible: string;
  startOn: IsoDate | null;
  dueOn: IsoDate | null;
  /** How achievement is measured, and the value aimed at (text: "ne mažiau kaip 90 % gavėjų"). */
  indicator: string;
  targetValue: string;
  /** An organisation indicator this item should move, when there is one. */
  indicatorId: string | null;
  strategyGoalId: string | null;
  /** The proposals this item came from. */
  origin: string[];
  status: PlanItemStatus;
  statusComment: string;
  progress: ProgressEntry[];
}

/** The status a progress entry implies: a whole share or "done" is done; at year end, some is partly. */
export const statusFromProgress = (
  entry: Pick<ProgressEntry, 'checkpoint' | 'percent' | 'done'>,
): PlanItemStatus => {
  const complete = entry.done === true || entry.percent === 100;
  if (complete) return 'done';
  if (entry.checkpoint === 'H1') return 'inProgress';
  if (entry.done === false || entry.percent === 0) return 'notDone';
  return 'partlyDone';
};

/** Records progress at a checkpoint, replacing an earlier entry for the same checkpoint. */
export const withProgress = (item: PlanItem, entry: ProgressEntry): PlanItem => ({
  ...item,
  progress: [...item.progress.filter((p) => p.checkpoint !== entry.checkpoint), entry].sort(
    (a, b) => (a.checkpoint === b.checkpoint ? 0 : a.checkpoint === 'H1' ? -1 : 1),
  ),
  status: item.status === 'cancelled' ? 'cancelled' : statusFromProgress(entry),
});

/** The latest share done, for summaries: a percent, or 100/0 for done/not done. */
export const latestPercent = (item: PlanItem): number | null => {
  const last = item.progress[item.progress.length - 1];
  if (!last) return null;
  if (last.percent !== null) return last.percent;
  return last.done === null ? null : last.done ? 100 : 0;
};
