import { StateError, ValidationError } from '../errors';
import type { EntityRef } from '../ports';
import type { IsoDate } from '../time';
import type { ReportState } from './model';
import type { SnapshotRef } from './snapshot';

export const REPORT_KINDS = ['annual', 'halfYear'] as const;
export type ReportKind = (typeof REPORT_KINDS)[number];

/** Who acted, when, and what the step moved the version to. */
export interface ReportStep {
  state: ReportState;
  by: string;
  on: IsoDate;
  at: string;
  comment: string;
  /** The staff meeting's date, for the step that records the presentation. */
  meetingOn: IsoDate | null;
}

/**
 * One version of a report. The first is the report; each later one is a correction of the
 * approved report before it, with its own submission and approval.
 */
export interface ReportVersion {
  number: number;
  state: ReportState;
  /** Why a correction was opened; empty for the first version. */
  reason: string;
  history: ReportStep[];
  /** The figures frozen at submission; what approval approves. Null while drafted or returned. */
  snapshot: SnapshotRef | null;
  submittedOn: IsoDate | null;
  approvedOn: IsoDate | null;
  approvedBy: string | null;
  presentedOn: IsoDate | null;
}

/** A report's workflow record in its cycle: the annual report, or a half-year report of a unit or the whole. */
export interface ReportRecord {
  kind: ReportKind;
  year: number;
  /** Half-year reports of one unit; null for the whole organisation (and the annual report). */
  unitId: string | null;
  versions: ReportVersion[];
}

export const reportRef = (kind: ReportKind, year: number, unitId: string | null): EntityRef => ({
  type: 'report',
  id: kind === 'annual' ? 'annual' : unitId === null ? 'half-year' : `half-year.${unitId}`,
  cycle: year,
});

const draftVersion = (number: number, reason: string, history: ReportStep[]): ReportVersion => ({
  number,
  state: 'draft',
  reason,
  history,
  snapshot: null,
  submittedOn: null,
  approvedOn: null,
  approvedBy: null,
  presentedOn: null,
});

/** A report nobody has acted on yet: version 1, drafted (its figures are live). */
export const emptyRecord = (
  kind: ReportKind,
  year: number,
  unitId: string | null,
): ReportRecord => ({
  kind,
  year,
  unitId,
  versions: [draftVersion(1, '', [])],
});

export const latestVersion = (record: ReportRecord): ReportVersion =>
  record.versions[record.versions.length - 1]!;

/** Approved (and perhaps presented): what a correction starts from. */
export const isApproved = (v: Pick<ReportVersion, 'state'>): boolean =>
  v.state === 'approved' || v.state === 'presented';

/** The latest approved version, the one that stands while a correction is under way. */
export const approvedVersion = (record: ReportRecord): ReportVersion | undefined =>
  [...record.versions].reverse().find(isApproved);

export interface Step {
  by: string;
  on: IsoDate;
  at: string;
  comment: string;
}

const withLatest = (
  record: ReportRecord,
  change: (v: ReportVersion) => ReportVersion,
): ReportRecord => ({
  ...record,
  versions: [...record.versions.slice(0, -1), change(latestVersion(record))],
});

const stepOf = (state: ReportState, step: Step, meetingOn: IsoDate | null = null): ReportStep => ({
  state,
  ...step,
  meetingOn,
});

/** Preparer: drafted or returned → submitted, with the figures frozen as they are now. */
export const submitReport = (
  record: ReportRecord,
  snapshot: SnapshotRef,
  step: Step,
): ReportRecord =>
  withLatest(record, (v) => {
    if (v.state !== 'draft' && v.state !== 'returned')
      throw new StateError('reports.notSubmittable', { state: v.state });
    return {
      ...v,
      state: 'submitted',
      snapshot,
      submittedOn: step.on,
      history: [...v.history, stepOf('submitted', step)],
    };
  });

/**
 * Director: approves the submitted figures as they were frozen, or returns the report with a
 * comment (its snapshot is let go; the next submission freezes the figures anew).
 */
export const decideReport = (
  record: ReportRecord,
  verdict: 'approve' | 'return',
  step: Step,
): ReportRecord =>
  withLatest(record, (v) => {
    if (v.state !== 'submitted') throw new StateError('reports.notSubmitted', { state: v.state });
    if (verdict === 'return') {
      if (step.comment.trim() === '')
        throw new ValidationError([{ path: ['comment'], key: 'reports.commentRequired' }]);
      return {
        ...v,
        state: 'returned',
        snapshot: null,
        history: [...v.history, stepOf('returned', step)],
      };
    }
    return {
      ...v,
      state: 'approved',
      approvedOn: step.on,
      approvedBy: step.by,
      history: [...v.history, stepOf('approved', step)],
    };
  });

/** The approved annual report was presented to staff at a meeting on `meetingOn`. */
export const presentReport = (record: ReportRecord, meetingOn: IsoDate, step: Step): ReportRecord =>
  withLatest(record, (v) => {
    if (record.kind !== 'annual') throw new StateError('reports.presentAnnualOnly');
    if (v.state !== 'approved') throw new StateError('reports.notApproved', { state: v.state });
    if (meetingOn > step.on)
      throw new ValidationError([
        { path: ['meetingOn'], key: 'validation.dateInFuture', params: { today: step.on } },
      ]);
    if (v.approvedOn !== null && meetingOn < v.approvedOn)
      throw new ValidationError([
        {
          path: ['meetingOn'],
          key: 'reports.meetingBeforeApproval',
          params: { approvedOn: v.approvedOn },
        },
      ]);
    return {
      ...v,
      state: 'presented',
      presentedOn: meetingOn,
      history: [...v.history, stepOf('presented', step, meetingOn)],
    };
  });

/** A correction of the approved report: a new version, drafted, that needs its own approval. */
export const openVersion = (record: ReportRecord, reason: string, step: Step): ReportRecord => {
  const latest = latestVersion(record);
  if (!isApproved(latest))
    throw new StateError('reports.versionInProgress', { state: latest.state });
  return {
    ...record,
    versions: [
      ...record.versions,
      draftVersion(latest.number + 1, reason, [stepOf('draft', { ...step, comment: reason })]),
    ],
  };
};
