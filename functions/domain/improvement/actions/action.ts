import type { FieldIssue } from '../../errors';
import { daysBetween, type IsoDate } from '../../time';

export const FINDING_KINDS = [
  'survey',
  'indicator',
  'complaint',
  'audit',
  'review',
  'other',
] as const;
export type FindingKind = (typeof FINDING_KINDS)[number];

export const ACTION_STATUSES = ['open', 'inProgress', 'done', 'cancelled'] as const;
export type ActionStatus = (typeof ACTION_STATUSES)[number];

/** What the year's evaluation found that calls for the action. */
export interface Finding {
  kind: FindingKind;
  /** Where it was found: a survey question id, an indicator id, a proposal id (free text). */
  reference: string;
  text: string;
}

/** An improvement action (tobulinimo priemonė), kept in the cycle whose evaluation found its need. */
export interface Action {
  id: string;
  cycle: number;
  finding: Finding;
  title: string;
  description: string;
  ownerUserId: string;
  ownerName: string;
  unitId: string | null;
  dueOn: IsoDate;
  status: ActionStatus;
  doneOn: IsoDate | null;
  /** Empty unless cancelled. */
  cancelReason: string;
  /** What has been done so far, in the owner's words. */
  progress: string;
  goalId: string | null;
  /** The indicator the action is expected to move in its direction. */
  indicatorId: string | null;
}

/** What a caller sends: the action without its id and cycle; the owner's name defaults to the member's. */
export interface ActionInput extends Omit<Action, 'id' | 'cycle' | 'ownerName' | 'doneOn'> {
  ownerName: string | null;
  /** Defaults to today when the action becomes done. */
  doneOn: IsoDate | null;
}

export const actionRef = (cycle: number, id: string) => ({ type: 'action', id, cycle }) as const;

const OPEN: readonly ActionStatus[] = ['open', 'inProgress'];

/** Not finished (nor given up) and its due date has passed, as of the Lithuanian `today`. */
export const isOverdue = (action: Pick<Action, 'status' | 'dueOn'>, today: IsoDate): boolean =>
  OPEN.includes(action.status) && action.dueOn < today;

export const daysOverdue = (
  action: Pick<Action, 'status' | 'dueOn'>,
  today: IsoDate,
): number | null => (isOverdue(action, today) ? daysBetween(action.dueOn, today) : null);

/** The latest due date an action may have: the cycle and five more years. */
const DUE_HORIZON_YEARS = 5;

/**
 * Rules across fields: the due date falls from the cycle's year on; a cancelled action says why;
 * a done action has a completion date that is not in the future, and only a done one has it.
 */
export const checkAction = (cycle: number, input: ActionInput, today: IsoDate): FieldIssue[] => {
  const issues: FieldIssue[] = [];
  const from = `${cycle}-01-01`;
  const to = `${cycle + DUE_HORIZON_YEARS}-12-31`;
  if (input.dueOn < from || input.dueOn > to) {
    issues.push({ path: ['dueOn'], key: 'validation.dateOutsideCycle', params: { from, to } });
  }
  if (input.status === 'cancelled' && input.cancelReason.trim() === '') {
    issues.push({ path: ['cancelReason'], key: 'improvement.validation.reasonRequired' });
  }
  if (input.doneOn !== null) {
    if (input.status !== 'done') {
      issues.push({ path: ['doneOn'], key: 'improvement.validation.doneOnNeedsDone' });
    } else if (input.doneOn > today) {
      issues.push({ path: ['doneOn'], key: 'validation.dateInFuture', params: { today } });
    }
  }
  return issues;
};

/** The stored status fields: done records its date (kept once recorded), only cancelled keeps a reason. */
export const resolveStatus = (
  input: Pick<ActionInput, 'status' | 'doneOn' | 'cancelReason'>,
  existing: Pick<Action, 'status' | 'doneOn'> | null,
  today: IsoDate,
): Pick<Action, 'status' | 'doneOn' | 'cancelReason'> => ({
  status: input.status,
  doneOn:
    input.status === 'done'
      ? (input.doneOn ?? (existing?.status === 'done' ? existing.doneOn : null) ?? today)
      : null,
  cancelReason: input.status === 'cancelled' ? input.cancelReason.trim() : '',
});

/** Whether two versions of an action differ only in what its owner may change: status and progress. */
export const sameDefinition = (a: Action, b: Action): boolean =>
  a.finding.kind === b.finding.kind &&
  a.finding.reference === b.finding.reference &&
  a.finding.text === b.finding.text &&
  a.title === b.title &&
  a.description === b.description &&
  a.ownerUserId === b.ownerUserId &&
  a.ownerName === b.ownerName &&
  a.unitId === b.unitId &&
  a.dueOn === b.dueOn &&
  a.goalId === b.goalId &&
  a.indicatorId === b.indicatorId;
