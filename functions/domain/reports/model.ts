/**
 * What a report says, independent of how a workbook shows it. Every model is plain JSON (no
 * Dates, Maps or class instances), so it can be frozen as an approved snapshot and read back
 * unchanged years later. Nothing here is translated: labels are codes and keys that the writer
 * turns into words through the message catalogue (`reports.*`, `improvement.*`, `planning.*`,
 * `proposals.*`, `training.*`, `surveys.*`); names the organisation wrote itself (units,
 * indicators, survey titles, plan item texts) are data and stay as written.
 *
 * Units of numbers: a field or `Figure` says its unit. `percent` is 0–100 (one decimal where
 * rounded), `points` a difference of percents (percentage points), `share` never appears (the
 * analysis' 0–1 shares are turned into percents here), `score100` a survey domain score 0–100,
 * `scalePoints` a question's own scale (1–5, 0–10).
 */
import type { Assessment, Direction } from '../improvement/assessment';
import type { ActionStatus, FindingKind } from '../improvement/actions/action';
import type { IndicatorUnit } from '../improvement/indicators/indicator';
import type { ProjectKind, ProjectStatus } from '../improvement/projects/project';
import type { DeadlineStatus } from '../cycle/deadlines';
import type { OrgType } from '../org/organisation';
import type { PlanItemStatus, PlanPeriod } from '../planning/plan-item';
import type { OutcomeType, ProposalCategory, ProposalKind } from '../proposals/proposal';
import type { SurveyAudience } from '../surveys/survey';
import type { ColumnKind, SurveyDomain } from '../surveys/model';
import type { SuppressionReason } from '../surveys/statistics';
import type { CompetenceArea } from '../training/need';
import type { IsoDate } from '../time';

/** Bumped when a model's shape changes incompatibly; a stored snapshot says which it follows. */
export const REPORT_MODEL_VERSION = 1;

// ─── Figures ────────────────────────────────────────────────────────────────────────────────

export const FIGURE_UNITS = [
  'count',
  'percent',
  'points',
  'hours',
  'days',
  'eur',
  'score100',
  'scalePoints',
] as const;
export type FigureUnit = (typeof FIGURE_UNITS)[number];

/**
 * The headline figures a report computes itself, each defined once here (the catalogue holds
 * `reports.figure.{code}` as its label and `reports.figureDefinition.{code}` as its definition
 * in words, for a definitions sheet). `direction`: which way is better, null when neither is.
 */
export const FIGURE_DEFINITIONS = {
  /** Plan items of the year (annual, H1, H2), cancelled ones left out. */
  planItems: { unit: 'count', direction: null },
  /** Done ÷ plan items, in %. */
  planDonePercent: { unit: 'percent', direction: 'up' },
  /** Items not finished (nor cancelled) whose due date has passed. */
  planOverdue: { unit: 'count', direction: 'down' },
  /** Person-hours done ÷ person-hours planned, in % (training figures). */
  trainingDonePercent: { unit: 'percent', direction: 'up' },
  /** Training hours done ÷ active members (training figures). */
  trainingHoursPerEmployee: { unit: 'hours', direction: 'up' },
  /** Needs that a training item answers ÷ needs stated, in %. */
  needsCoveredPercent: { unit: 'percent', direction: 'up' },
  /** Satisfaction-domain top-2-box of the recipients' survey(s), respondents pooled, in %. */
  recipientSatisfactionPercent: { unit: 'percent', direction: 'up' },
  /** Complaints received in the cycle. */
  complaints: { unit: 'count', direction: null },
  /** Complaints answered by their due date ÷ complaints answered or overdue, in %. */
  complaintsOnTimePercent: { unit: 'percent', direction: 'up' },
  /** Recipients' suggestions and complaints accepted ÷ decided, in %. */
  suggestionsAcceptedPercent: { unit: 'percent', direction: null },
  /** Improvement actions carried out in the year (the previous cycle's) done ÷ not cancelled, in %. */
  actionsDonePercent: { unit: 'percent', direction: 'up' },
  /** Improvement actions not finished whose due date has passed. */
  actionsOverdue: { unit: 'count', direction: 'down' },
  /** Projects, partnerships, innovations and social-responsibility activities of the year. */
  projects: { unit: 'count', direction: null },
} as const satisfies Record<string, { unit: FigureUnit; direction: Direction | null }>;
export type FigureCode = keyof typeof FIGURE_DEFINITIONS;
export const FIGURE_CODES = Object.keys(FIGURE_DEFINITIONS) as FigureCode[];

/** A number with what it means: its code (→ label and definition) and its unit. */
export interface Figure {
  code: FigureCode;
  /** null when there is nothing to compute it from (no items, no survey). */
  value: number | null;
  unit: FigureUnit;
}

/** A figure this year against last year's, judged by the figure's direction. */
export interface KeyFigure extends Figure {
  previous: number | null;
  /** value − previous in the figure's unit (percentage points for percents); null without both. */
  change: number | null;
  /** By the figure's direction; `noData` without both years; null when neither way is better. */
  assessment: Assessment | null;
}

/** Where a figure about a few people is hidden (survey conventions §5: fewer than `minimumN`). */
export interface SuppressedCell {
  suppressed: true;
  reason: SuppressionReason;
  minimumN: number;
}

export interface OrganisationInfo {
  name: string;
  type: OrgType;
  municipality: string;
}

export interface UnitRef {
  unitId: string;
  unitName: string;
}

// ─── Workflow (shown on the cover; filled in when the report is read) ───────────────────────

export const REPORT_STATES = ['draft', 'submitted', 'returned', 'approved', 'presented'] as const;
export type ReportState = (typeof REPORT_STATES)[number];

/** Where the report stands: read from its record whenever a model (live or frozen) is read. */
export interface ReportStatus {
  /** 1 for the first version; a correction of an approved report is the next. */
  reportVersion: number;
  state: ReportState;
  submittedOn: IsoDate | null;
  approvedOn: IsoDate | null;
  approvedBy: string | null;
  /** The staff meeting where the approved report was presented (annual report only). */
  presentedOn: IsoDate | null;
  dueOn: IsoDate | null;
  deadlineStatus: DeadlineStatus | null;
  /** Not approved and past its due date (the cycle's deadline rule). */
  overdue: boolean;
  /** `snapshot`: the figures as frozen at submission; `live`: computed from the data now. */
  source: 'live' | 'snapshot';
}

// ─── Annual report ──────────────────────────────────────────────────────────────────────────

export interface AnnualCover {
  organisation: OrganisationInfo | null;
  year: number;
  units: UnitRef[];
  status: ReportStatus;
}

export interface IndicatorRow {
  indicatorId: string;
  code: string;
  name: { lt: string; en: string | null };
  unit: IndicatorUnit;
  direction: Direction;
  target: number | null;
  value: number | null;
  previous: number | null;
  change: { absolute: number; relativePercent: number | null } | null;
  assessment: Assessment;
  targetMet: boolean | null;
  /** Values of up to five years ending with the report's, oldest first, for a trend chart. */
  trend: { year: number; value: number }[];
}

export interface KeyFiguresSection {
  /** Headline figures the report computes, this year against last. */
  figures: KeyFigure[];
  /** The organisation's own indicators, by code. */
  indicators: IndicatorRow[];
}

/** Plan items by outcome. `open` = planned or in progress; `items` leaves cancelled ones out. */
export interface PlanCounts {
  items: number;
  done: number;
  partlyDone: number;
  notDone: number;
  open: number;
  cancelled: number;
  overdue: number;
  /** done ÷ items, %; null without items. */
  donePercent: number | null;
}

export interface PlanItemRow {
  itemId: string;
  unitId: string;
  unitName: string;
  period: PlanPeriod;
  goal: string;
  activity: string;
  responsible: string;
  dueOn: IsoDate | null;
  status: PlanItemStatus;
  /** The latest share done (percent, or 100/0 for done/not done); null when none recorded. */
  latestPercent: number | null;
  /** Days past the due date as of the report's date; null when not overdue. */
  daysOverdue: number | null;
}

export interface PlanExecutionSection {
  totals: PlanCounts;
  byUnit: Array<UnitRef & PlanCounts>;
  overdue: PlanItemRow[];
  /** Items closed as not done or partly done, with what they aimed at. */
  notAchieved: PlanItemRow[];
}

export interface TrainingAreaRow {
  area: CompetenceArea;
  items: number;
  plannedHours: number;
  doneHours: number;
  needs: number;
  needsCovered: number;
}

/** The training figures (functions/domain/training/figures.ts), hours to 0.1, euros to 0.01. */
export interface TrainingSection {
  items: number;
  /** Person-hours: a course's hours once per participant. */
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
  byArea: TrainingAreaRow[];
}

export interface ProjectRow {
  projectId: string;
  kind: ProjectKind;
  title: string;
  status: ProjectStatus;
  from: IsoDate;
  to: IsoDate | null;
  partners: string[];
  result: string;
  unitName: string | null;
}

export interface ProjectsSection {
  counts: Record<ProjectKind, number>;
  completed: number;
  items: ProjectRow[];
}

/** One group's figures for a domain or question (shares as %). */
export interface SurveyCell {
  n: number;
  /** n ÷ the population, %; null when the population is unknown. */
  responseRatePercent: number | null;
  topTwoBoxPercent: number | null;
  /** Domain: mean respondent score 0–100 (`score100`); question: mean on its scale (`scalePoints`). */
  mean: number | null;
}

/** This year against the matching survey of last year (Mann–Whitney, Holm across the family). */
export interface SurveyChange {
  previousTopTwoBoxPercent: number;
  previousMean: number;
  /** Percentage points. */
  deltaTopTwoBox: number;
  /** In the mean's unit. */
  deltaMean: number;
  direction: 'better' | 'worse' | 'same';
  p: number;
  pHolm: number;
  /** Holm-adjusted p < α. */
  significant: boolean;
}

export interface SurveyDomainRow {
  domain: SurveyDomain;
  overall: SurveyCell | SuppressedCell;
  /** null: no matching survey last year, or the domain is not in both. */
  change: SurveyChange | SuppressedCell | null;
  byUnit: Array<{
    /** The unit as the survey's unit column names it. */
    unit: string;
    figures: SurveyCell | SuppressedCell;
    change: SurveyChange | SuppressedCell | null;
  }>;
}

export interface SurveyQuestionRow {
  key: string;
  header: string;
  kind: Extract<ColumnKind, 'likert' | 'scale0to10'>;
  domain: SurveyDomain | null;
  /**
   * The scale's points and, when the import knew them (a labelled Likert scale), its answer
   * options as the survey worded them, lowest point first (absent in snapshots taken before).
   */
  scale: { min: number; max: number; labels?: string[] };
  overall: (SurveyCell & { distribution: number[] }) | SuppressedCell;
  change: SurveyChange | SuppressedCell | null;
}

export interface SurveyReportRow {
  surveyId: string;
  title: string;
  instrument: string;
  audience: SurveyAudience;
  period: { from: IsoDate; to: IsoDate };
  /** A survey of one unit; null for the whole organisation. */
  unit: UnitRef | null;
  responses: number;
  population: number | null;
  responseRatePercent: number | null;
  /** Respondents per unit of the unit column (small units suppressed). */
  units: Array<{ unit: string; n: number | SuppressedCell }>;
  /** The survey compared with: same audience and instrument, previous cycle. */
  previous: { surveyId: string; year: number; title: string; responses: number } | null;
  domains: SurveyDomainRow[];
  /** Scored questions (likert, 0–10), in the survey's order, for distribution charts. */
  questions: SurveyQuestionRow[];
  minimumN: number;
}

export interface SurveysSection {
  surveys: SurveyReportRow[];
  alpha: number;
}

export interface ResponseTimes {
  /** How many answered items the times are over. */
  n: number;
  /** Calendar days from received to answered/decided. */
  meanDays: number | null;
  medianDays: number | null;
  maxDays: number | null;
}

export interface FeedbackKindRow {
  kind: ProposalKind;
  received: number;
  undecided: number;
  accepted: number;
  rejected: number;
  merged: number;
  /** Accepted ones whose outcome (plan item or action) is done. */
  implemented: number;
  decisionTimes: ResponseTimes;
}

export interface FeedbackOutcomeRow {
  proposalId: string;
  kind: ProposalKind;
  category: ProposalCategory;
  unitName: string | null;
  outcomeType: OutcomeType;
  outcomeId: string;
  /** The plan item's activity or the action's title; null when it no longer exists. */
  outcomeTitle: string | null;
  implemented: boolean;
}

/** Complaints and suggestions (the people's own words are never copied into a report). */
export interface FeedbackSection {
  byKind: FeedbackKindRow[];
  byCategory: Array<{ category: ProposalCategory; count: number }>;
  complaints: {
    received: number;
    answered: number;
    answeredOnTime: number;
    answeredLate: number;
    /** Not answered and past due as of the report's date. */
    overdue: number;
    /** Not answered, not yet due. */
    pending: number;
    onTimePercent: number | null;
    responseTimes: ResponseTimes;
  };
  /** What accepted proposals, suggestions and complaints led to. */
  outcomes: FeedbackOutcomeRow[];
}

export interface ActionEffectCell {
  indicatorId: string;
  code: string;
  name: { lt: string; en: string | null };
  unit: IndicatorUnit;
  direction: Direction;
  baselineYear: number;
  baseline: number | null;
  effectYear: number;
  effect: number | null;
  assessment: Assessment;
}

export interface ActionRow {
  actionId: string;
  cycle: number;
  title: string;
  findingKind: FindingKind;
  unitName: string | null;
  dueOn: IsoDate;
  status: ActionStatus;
  doneOn: IsoDate | null;
  daysOverdue: number | null;
  /** The indicator it was meant to move: baseline in its cycle's year, effect the year after. */
  effect: ActionEffectCell | null;
}

export interface ActionCounts {
  total: number;
  open: number;
  inProgress: number;
  done: number;
  cancelled: number;
  overdue: number;
}

export interface ImprovementActionsSection {
  /** Actions the previous year's evaluation found, carried out in this year. */
  carriedOut: { counts: ActionCounts; items: ActionRow[] };
  /** Actions this year's evaluation opened, for next year. */
  opened: { counts: ActionCounts; items: ActionRow[] };
}

/**
 * Where the organisation stands among others (domain/benchmark; null when the organisation does not
 * share its figures). Values are aggregates over at least five organisations; no other
 * organisation is named. One row per shared figure and peer group that has enough data.
 */
export interface BenchmarkSection {
  rows: Array<{
    /** A shared figure's code (benchmark/figures.ts; the report's own figure of that code). */
    indicatorCode: string;
    /** All contributors, those of the organisation's type, or of its municipality. */
    peerGroup: 'all' | 'orgType' | 'municipality';
    /** The organisation's published value; null when it published none. */
    value: number | null;
    organisations: number;
    median: number;
    lowerQuartile: number;
    upperQuartile: number;
    /** Mid-rank percentile rank of `value` in the group, 0–100; null without a value. */
    percentileRank: number | null;
    position: 'top' | 'middle' | 'bottom' | null;
  }>;
}

export const FINDING_RULES = [
  'indicatorImproved',
  'indicatorWorsened',
  'indicatorTargetMissed',
  'surveyImproved',
  'surveyWorsened',
  'satisfactionHigh',
  'satisfactionLow',
  'planExecutionHigh',
  'planExecutionLow',
  'planOverdue',
  'trainingDoneHigh',
  'trainingDoneLow',
  'needsCoveredLow',
  'complaintsOnTime',
  'complaintsLate',
  'actionsEffective',
  'actionsOverdue',
] as const;
export type FindingRule = (typeof FINDING_RULES)[number];

/** A strength or weakness, with the figure that triggered its rule (docs/reports.md). */
export interface ReportFinding {
  rule: FindingRule;
  /** What it is about: an indicator's code and name, a survey's title and domain, or nothing. */
  subject: {
    indicatorCode?: string;
    indicatorName?: { lt: string; en: string | null };
    surveyTitle?: string;
    domain?: SurveyDomain;
  };
  value: number;
  unit: FigureUnit | IndicatorUnit;
  /** The threshold or the value compared with (last year's, the target). */
  reference: number | null;
}

export interface AnnualReportModel {
  kind: 'annual';
  modelVersion: typeof REPORT_MODEL_VERSION;
  year: number;
  /** The date figures such as "overdue" are reckoned at. */
  asOf: IsoDate;
  generatedAt: string;
  cover: AnnualCover;
  keyFigures: KeyFiguresSection;
  planExecution: PlanExecutionSection;
  training: TrainingSection;
  projects: ProjectsSection;
  surveys: SurveysSection;
  feedback: FeedbackSection;
  improvementActions: ImprovementActionsSection;
  benchmark: BenchmarkSection | null;
  strengths: ReportFinding[];
  weaknesses: ReportFinding[];
}

// ─── Half-year report ───────────────────────────────────────────────────────────────────────

/** Progress at the half-year checkpoint of items running in the first half (annual and H1). */
export interface HalfYearPlanCounts {
  items: number;
  /** Done at the H1 checkpoint. */
  done: number;
  /** Progress recorded, not done. */
  inProgress: number;
  /** No H1 progress recorded. */
  notReported: number;
  /** Due by 30 June and not done by then. */
  overdue: number;
  /** Mean recorded share done over the reported items, %; null when none is reported. */
  averagePercent: number | null;
  donePercent: number | null;
}

export interface HalfYearItemRow {
  itemId: string;
  unitId: string;
  unitName: string;
  period: PlanPeriod;
  goal: string;
  activity: string;
  dueOn: IsoDate | null;
  /** The H1 checkpoint's share done (percent, or 100/0); null when not reported. */
  percent: number | null;
  done: boolean;
  overdue: boolean;
}

export interface HalfYearReportModel {
  kind: 'halfYear';
  modelVersion: typeof REPORT_MODEL_VERSION;
  year: number;
  /** null: the whole organisation. */
  unit: UnitRef | null;
  /** The half year's last day: completions and progress up to it count. */
  periodEnd: IsoDate;
  asOf: IsoDate;
  generatedAt: string;
  cover: { organisation: OrganisationInfo | null; year: number; status: ReportStatus };
  plan: {
    totals: HalfYearPlanCounts;
    byUnit: Array<UnitRef & HalfYearPlanCounts>;
    items: HalfYearItemRow[];
  };
  /** Training figures over the half year (a unit's: its members' participation). */
  training: TrainingSection;
}

// ─── Recipients' summary (atmintinė) ────────────────────────────────────────────────────────

export interface RecipientsSatisfactionRow {
  surveyId: string;
  title: string;
  audience: SurveyAudience;
  /** Satisfaction-domain top-2-box this year, %, or suppressed (fewer than the minimum). */
  satisfaction: { n: number; topTwoBoxPercent: number | null } | SuppressedCell;
  /** Last year's matching survey's, when it could be shown. */
  previousTopTwoBoxPercent: number | null;
  direction: 'better' | 'worse' | 'same' | null;
}

/**
 * The few things service recipients care about, in plain words: no personal data (no codes, no
 * names, no texts they wrote), survey figures of small groups suppressed.
 */
export interface RecipientsSummaryModel {
  kind: 'recipientsSummary';
  modelVersion: typeof REPORT_MODEL_VERSION;
  year: number;
  generatedAt: string;
  organisation: { name: string } | null;
  /** How satisfied people were: the recipients' and families' surveys. */
  satisfaction: RecipientsSatisfactionRow[];
  /** What recipients' suggestions and complaints led to. */
  suggestions: {
    received: number;
    decided: number;
    accepted: number;
    implemented: number;
    /** What was done or planned because of them (staff-written titles). */
    changes: Array<{ title: string; implemented: boolean }>;
  };
  /** What comes next: next year's plan and the improvement actions this year opened. */
  next: {
    planItems: Array<{ title: string; unitName: string }>;
    actions: Array<{ title: string; dueOn: IsoDate }>;
  };
}

/** What an approved (or submitted) annual report freezes: its model and its recipients' summary. */
export interface AnnualSnapshot {
  annual: AnnualReportModel;
  summary: RecipientsSummaryModel;
}
