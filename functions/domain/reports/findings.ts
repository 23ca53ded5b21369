import {
  FINDING_RULES,
  type AnnualReportModel,
  type FigureUnit,
  type FindingRule,
  type ReportFinding,
} from './model';

/**
 * Thresholds of the strength and weakness rules (docs/reports.md explains each). They are a
 * first reading of the figures for the people writing the report, not a verdict: each finding
 * carries the figure that triggered it.
 */
export const FINDING_THRESHOLDS = {
  /** Satisfaction top-2-box at or above this is a strength, below `satisfactionLow` a weakness. */
  satisfactionHigh: 80,
  satisfactionLow: 60,
  planExecutionHigh: 90,
  planExecutionLow: 70,
  trainingDoneHigh: 90,
  trainingDoneLow: 70,
  needsCoveredLow: 50,
} as const;

/** At most this many strengths and as many weaknesses, in rule order. */
export const MAX_FINDINGS = 8;

const STRENGTHS: ReadonlySet<FindingRule> = new Set([
  'indicatorImproved',
  'surveyImproved',
  'satisfactionHigh',
  'planExecutionHigh',
  'trainingDoneHigh',
  'complaintsOnTime',
  'actionsEffective',
]);

type Model = Omit<AnnualReportModel, 'strengths' | 'weaknesses'>;

const finding = (
  rule: FindingRule,
  value: number,
  unit: ReportFinding['unit'],
  reference: number | null,
  subject: ReportFinding['subject'] = {},
): ReportFinding => ({ rule, subject, value, unit, reference });

const percent: FigureUnit = 'percent';

/** Every rule over the model's figures, in the order of FINDING_RULES within each kind. */
export const deriveFindings = (
  model: Model,
): { strengths: ReportFinding[]; weaknesses: ReportFinding[] } => {
  const t = FINDING_THRESHOLDS;
  const all: ReportFinding[] = [];

  for (const i of model.keyFigures.indicators) {
    const subject = { indicatorCode: i.code, indicatorName: i.name };
    if (i.value === null) continue;
    if (i.assessment === 'better')
      all.push(finding('indicatorImproved', i.value, i.unit, i.previous, subject));
    if (i.assessment === 'worse')
      all.push(finding('indicatorWorsened', i.value, i.unit, i.previous, subject));
    else if (i.targetMet === false)
      all.push(finding('indicatorTargetMissed', i.value, i.unit, i.target, subject));
  }

  for (const s of model.surveys.surveys) {
    for (const d of s.domains) {
      const subject = { surveyTitle: s.title, domain: d.domain };
      const change = d.change;
      if (change && !('suppressed' in change) && change.significant) {
        const now = 'suppressed' in d.overall ? null : d.overall.topTwoBoxPercent;
        if (now !== null && change.direction !== 'same')
          all.push(
            finding(
              change.direction === 'better' ? 'surveyImproved' : 'surveyWorsened',
              now,
              percent,
              change.previousTopTwoBoxPercent,
              subject,
            ),
          );
      }
      if (d.domain !== 'satisfaction' || s.audience !== 'recipients') continue;
      if ('suppressed' in d.overall || d.overall.topTwoBoxPercent === null) continue;
      const box = d.overall.topTwoBoxPercent;
      if (box >= t.satisfactionHigh)
        all.push(finding('satisfactionHigh', box, percent, t.satisfactionHigh, subject));
      else if (box < t.satisfactionLow)
        all.push(finding('satisfactionLow', box, percent, t.satisfactionLow, subject));
    }
  }

  const plan = model.planExecution.totals;
  if (plan.donePercent !== null) {
    if (plan.donePercent >= t.planExecutionHigh)
      all.push(finding('planExecutionHigh', plan.donePercent, percent, t.planExecutionHigh));
    else if (plan.donePercent < t.planExecutionLow)
      all.push(finding('planExecutionLow', plan.donePercent, percent, t.planExecutionLow));
  }
  if (plan.overdue > 0) all.push(finding('planOverdue', plan.overdue, 'count', 0));

  const training = model.training;
  if (training.donePercent !== null) {
    if (training.donePercent >= t.trainingDoneHigh)
      all.push(finding('trainingDoneHigh', training.donePercent, percent, t.trainingDoneHigh));
    else if (training.donePercent < t.trainingDoneLow)
      all.push(finding('trainingDoneLow', training.donePercent, percent, t.trainingDoneLow));
  }
  if (training.needsCoveredPercent !== null && training.needsCoveredPercent < t.needsCoveredLow)
    all.push(finding('needsCoveredLow', training.needsCoveredPercent, percent, t.needsCoveredLow));

  const complaints = model.feedback.complaints;
  const late = complaints.answeredLate + complaints.overdue;
  if (complaints.answered > 0 && late === 0)
    all.push(finding('complaintsOnTime', complaints.onTimePercent ?? 100, percent, 100));
  if (late > 0) all.push(finding('complaintsLate', late, 'count', 0));

  const carried = model.improvementActions.carriedOut.items;
  const effective = carried.filter((a) => a.effect?.assessment === 'better').length;
  if (effective > 0) all.push(finding('actionsEffective', effective, 'count', carried.length));
  const overdue = model.improvementActions.carriedOut.counts.overdue;
  if (overdue > 0) all.push(finding('actionsOverdue', overdue, 'count', 0));

  all.sort((a, b) => FINDING_RULES.indexOf(a.rule) - FINDING_RULES.indexOf(b.rule));
  return {
    strengths: all.filter((f) => STRENGTHS.has(f.rule)).slice(0, MAX_FINDINGS),
    weaknesses: all.filter((f) => !STRENGTHS.has(f.rule)).slice(0, MAX_FINDINGS),
  };
};
