import type { Action } from '../improvement/actions/action';
import type { Indicator } from '../improvement/indicators/indicator';
import type { Project } from '../improvement/projects/project';
import type { Member } from '../org/members';
import type { Unit } from '../org/organisation';
import type { PlanItem } from '../planning/plan-item';
import type { Proposal } from '../proposals/proposal';
import type { ResponseColumns } from '../surveys/model';
import type { Survey } from '../surveys/survey';
import type { IsoDate } from '../time';
import type { Need } from '../training/need';
import type { Training } from '../training/training';
import type { BenchmarkSection, OrganisationInfo, ReportStatus } from './model';

/** A survey with its committed responses: the builders analyse and compare them themselves. */
export interface SurveyData {
  survey: Survey;
  responses: ResponseColumns;
}

/** One cycle's data as the stores hold it: what a loader gathers and a builder reads. */
export interface CycleData {
  year: number;
  planItems: PlanItem[];
  trainings: Training[];
  needs: Need[];
  proposals: Proposal[];
  /** The improvement actions kept in this cycle (found by its evaluation). */
  actions: Action[];
  projects: Project[];
  surveys: SurveyData[];
}

/** The organisation-wide data every report reads. */
export interface OrgData {
  organisation: OrganisationInfo | null;
  units: Unit[];
  members: Member[];
  indicators: Indicator[];
}

export interface AnnualReportInput {
  org: OrgData;
  /** The report's year. */
  current: CycleData;
  /** The year before, for last year's figures, survey comparisons and the actions carried out. */
  previous: CycleData | null;
  /** Next year's plan items, when that cycle exists (the recipients' "what comes next"). */
  nextPlanItems: PlanItem[];
  /** The actions of the cycle before `previous` (last year's "carried out" figures); null if none. */
  earlierActions: Action[] | null;
  status: ReportStatus;
  asOf: IsoDate;
  generatedAt: string;
  /** Where the organisation stands among others (domain/benchmark); absent or null: not shown. */
  benchmark?: BenchmarkSection | null;
}

export interface HalfYearReportInput {
  org: OrgData;
  current: Pick<CycleData, 'year' | 'planItems' | 'trainings' | 'needs'>;
  /** null: the whole organisation. */
  unitId: string | null;
  status: ReportStatus;
  asOf: IsoDate;
  generatedAt: string;
}
