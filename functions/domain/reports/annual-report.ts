import { assessChange } from '../improvement/assessment';
import { compareYears, type Indicator } from '../improvement/indicators/indicator';
import { PROJECT_KINDS, type Project } from '../improvement/projects/project';
import type { Action } from '../improvement/actions/action';
import type { Member } from '../org/members';
import type { Unit } from '../org/organisation';
import type { IsoDate } from '../time';
import { buildActionsSection, countActions } from './actions-section';
import { buildFeedbackSection } from './feedback-section';
import { deriveFindings } from './findings';
import type { AnnualReportInput, CycleData } from './inputs';
import {
  FIGURE_CODES,
  FIGURE_DEFINITIONS,
  REPORT_MODEL_VERSION,
  type AnnualReportModel,
  type FigureCode,
  type IndicatorRow,
  type KeyFigure,
  type ProjectsSection,
  type SurveyReportRow,
} from './model';
import { percentOf, round } from './numbers';
import { buildPlanSection, countPlan, unitNames } from './plan-section';
import { buildSurveyRow, buildSurveysSection, pooledSatisfaction } from './survey-section';
import { buildTrainingSection } from './training-section';

/** Years of values an indicator's trend shows, ending with the report's year. */
export const TREND_YEARS = 5;

export const unitNameOf =
  (units: readonly Unit[]) =>
  (unitId: string | null): string | null =>
    unitId === null ? null : (units.find((u) => u.id === unitId)?.name ?? unitId);

export const indicatorRows = (indicators: readonly Indicator[], year: number): IndicatorRow[] =>
  [...indicators]
    .sort((a, b) => a.code.localeCompare(b.code, 'lt', { numeric: true }))
    .map((indicator) => {
      const c = compareYears(indicator, year);
      const trend = Array.from({ length: TREND_YEARS }, (_, i) => year - TREND_YEARS + 1 + i)
        .map((y) => ({ year: y, value: indicator.values[String(y)]?.value }))
        .filter((v): v is { year: number; value: number } => v.value !== undefined);
      return {
        indicatorId: indicator.id,
        code: indicator.code,
        name: indicator.name,
        unit: indicator.unit,
        direction: indicator.direction,
        target: indicator.target,
        value: c.current?.value ?? null,
        previous: c.previous?.value ?? null,
        change: c.change,
        assessment: c.assessment,
        targetMet: c.targetMet,
        trend,
      };
    });

const recipientKinds = new Set(['suggestion', 'complaint']);

/**
 * The headline figures of one cycle (FIGURE_DEFINITIONS), as of `asOf`. `carriedOut` are the
 * actions the cycle before found, which this cycle carried out.
 */
export const headlineFigures = (
  cycle: CycleData,
  carriedOut: readonly Action[] | null,
  members: readonly Member[],
  surveyRows: readonly SurveyReportRow[],
  asOf: IsoDate,
): Record<FigureCode, number | null> => {
  const plan = countPlan(cycle.planItems, asOf);
  const training = buildTrainingSection(cycle.trainings, cycle.needs, members);
  const complaints = buildFeedbackSection(
    cycle.proposals.filter((p) => p.kind === 'complaint'),
    () => null,
    { planItems: [], actions: [] },
    asOf,
  ).complaints;
  const recipients = cycle.proposals.filter((p) => recipientKinds.has(p.kind));
  const decided = recipients.filter((p) => p.status !== 'new');
  const actions = carriedOut === null ? null : countActions(carriedOut, asOf);
  return {
    planItems: plan.items,
    planDonePercent: plan.donePercent,
    planOverdue: plan.overdue,
    trainingDonePercent: training.donePercent,
    trainingHoursPerEmployee: training.hoursPerActiveMember,
    needsCoveredPercent: training.needsCoveredPercent,
    recipientSatisfactionPercent: pooledSatisfaction(surveyRows),
    complaints: complaints.received,
    complaintsOnTimePercent: complaints.onTimePercent,
    suggestionsAcceptedPercent: percentOf(
      decided.filter((p) => p.status === 'accepted').length,
      decided.length,
    ),
    actionsDonePercent:
      actions === null ? null : percentOf(actions.done, actions.total - actions.cancelled),
    actionsOverdue: actions === null ? null : actions.overdue,
    projects: cycle.projects.length,
  };
};

export const keyFigures = (
  now: Record<FigureCode, number | null>,
  before: Record<FigureCode, number | null> | null,
): KeyFigure[] =>
  FIGURE_CODES.map((code) => {
    const { unit, direction } = FIGURE_DEFINITIONS[code];
    const value = now[code];
    const previous = before?.[code] ?? null;
    return {
      code,
      value,
      unit,
      previous,
      change: value === null || previous === null ? null : round(value - previous, 1),
      assessment: direction === null ? null : assessChange(direction, previous, value),
    };
  });

export const buildProjectsSection = (
  projects: readonly Project[],
  unitName: (unitId: string | null) => string | null,
): ProjectsSection => ({
  counts: Object.fromEntries(
    PROJECT_KINDS.map((k) => [k, projects.filter((p) => p.kind === k).length]),
  ) as ProjectsSection['counts'],
  completed: projects.filter((p) => p.status === 'completed').length,
  items: [...projects]
    .sort((a, b) => a.from.localeCompare(b.from) || a.title.localeCompare(b.title, 'lt'))
    .map((p) => ({
      projectId: p.id,
      kind: p.kind,
      title: p.title,
      status: p.status,
      from: p.from,
      to: p.to,
      partners: p.partners,
      result: p.result,
      unitName: unitName(p.unitId),
    })),
});

/**
 * The annual report of `input.current.year`: pure, from the data a loader gathered. Figures
 * that depend on the day ("overdue") are reckoned at `input.asOf`.
 */
export const buildAnnualReport = (input: AnnualReportInput): AnnualReportModel => {
  const { org, current, previous, asOf } = input;
  const year = current.year;
  const unitName = unitNameOf(org.units);
  const surveys = buildSurveysSection(
    current.surveys,
    year - 1,
    previous?.surveys ?? [],
    org.units,
  );
  const previousRows = (previous?.surveys ?? [])
    .filter((s) => s.responses.count > 0)
    .map((s) => buildSurveyRow(s, year - 2, [], org.units).row);
  const carriedOut = previous?.actions ?? [];
  const nowFigures = headlineFigures(
    current,
    previous ? carriedOut : null,
    org.members,
    surveys.surveys,
    asOf,
  );
  const beforeFigures = previous
    ? headlineFigures(previous, input.earlierActions, org.members, previousRows, asOf)
    : null;
  const names = unitNames(org.units);
  const model: Omit<AnnualReportModel, 'strengths' | 'weaknesses'> = {
    kind: 'annual',
    modelVersion: REPORT_MODEL_VERSION,
    year,
    asOf,
    generatedAt: input.generatedAt,
    cover: {
      organisation: org.organisation,
      year,
      units: org.units
        .filter((u) => u.active)
        .map((u) => ({ unitId: u.id, unitName: names.get(u.id) ?? u.id }))
        .sort((a, b) => a.unitName.localeCompare(b.unitName, 'lt')),
      status: input.status,
    },
    keyFigures: {
      figures: keyFigures(nowFigures, beforeFigures),
      indicators: indicatorRows(org.indicators, year),
    },
    planExecution: buildPlanSection(current.planItems, org.units, asOf),
    training: buildTrainingSection(current.trainings, current.needs, org.members),
    projects: buildProjectsSection(current.projects, unitName),
    surveys,
    feedback: buildFeedbackSection(
      current.proposals,
      unitName,
      { planItems: [...current.planItems, ...input.nextPlanItems], actions: current.actions },
      asOf,
    ),
    improvementActions: buildActionsSection(
      carriedOut,
      current.actions,
      org.indicators,
      unitName,
      asOf,
    ),
    benchmark: input.benchmark ?? null,
  };
  return { ...model, ...deriveFindings(model) };
};
