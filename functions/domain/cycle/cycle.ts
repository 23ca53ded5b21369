import type { IsoDate } from '../time';

export const PHASES = [
  'planning',
  'implementation',
  'evaluation',
  'improvement',
  'closed',
] as const;
export type Phase = (typeof PHASES)[number];

/**
 * Dates the cycle has reached. The planning and report issues move these through their own
 * approval workflows; until then they are recorded directly.
 */
export interface Milestones {
  planApprovedOn?: IsoDate | undefined;
  founderAgreedOn?: IsoDate | undefined;
  halfYearReportSubmittedOn?: IsoDate | undefined;
  annualReportApprovedOn?: IsoDate | undefined;
  closedOn?: IsoDate | undefined;
}

/** One yearly improvement cycle as stored. */
export interface Cycle {
  year: number;
  /** When the founder approved the organisation's annual budget: the plan deadline runs from it. */
  budgetApprovedOn: IsoDate | null;
  milestones: Milestones;
  notes: string;
}
