import type { Unit } from '../org/organisation';
import {
  analyseSurvey,
  compareSurveys,
  normaliseHeader,
  responsesOfUnit,
  type DomainFigures,
  type QuestionFigures,
  type ScaleFigures,
  type SurveyAnalysis,
  type SurveyComparison,
} from '../surveys/analysis';
import { ALPHA, isSuppressed, type Suppressed } from '../surveys/statistics';
import type { SurveyDomain, SurveyQuestion } from '../surveys/model';
import type { SurveyData } from './inputs';
import type {
  SuppressedCell,
  SurveyCell,
  SurveyChange,
  SurveyDomainRow,
  SurveyQuestionRow,
  SurveyReportRow,
  SurveysSection,
} from './model';
import { round, sharePercent } from './numbers';

const cellOfSuppressed = (s: Suppressed): SuppressedCell => ({
  suppressed: true,
  reason: s.reason,
  minimumN: s.minimumN,
});

/** The survey analysed; a population below the responses (a typing slip) is left out, not fatal. */
export const analyseData = ({ survey, responses }: SurveyData): SurveyAnalysis => {
  const input = {
    questions: survey.questions,
    responses,
    population: survey.population,
    populationByUnit: survey.populationByUnit,
  };
  try {
    return analyseSurvey(input);
  } catch (error) {
    if (!(error instanceof RangeError)) throw error;
    return analyseSurvey({ questions: survey.questions, responses });
  }
};

/**
 * Last year's survey to compare with: the same audience and instrument (as people read the
 * name: case and spacing aside), preferring the same unit scope, then the latest.
 */
export const matchPrevious = (
  current: SurveyData,
  previous: readonly SurveyData[],
): SurveyData | null => {
  const { survey } = current;
  const candidates = previous.filter(
    (p) =>
      p.survey.audience === survey.audience &&
      normaliseHeader(p.survey.instrument) === normaliseHeader(survey.instrument) &&
      p.survey.responses > 0,
  );
  const rank = (p: SurveyData) => (p.survey.unitId === survey.unitId ? 1 : 0);
  return (
    [...candidates].sort(
      (a, b) => rank(b) - rank(a) || b.survey.period.to.localeCompare(a.survey.period.to),
    )[0] ?? null
  );
};

const domainCell = (f: DomainFigures): SurveyCell => ({
  n: f.n,
  responseRatePercent: sharePercent(f.responseRate),
  topTwoBoxPercent: sharePercent(f.topTwoBox.share),
  mean: f.score.mean === null ? null : round(f.score.mean, 2),
});

const scaleCell = (f: ScaleFigures): SurveyCell & { distribution: number[] } => ({
  n: f.n,
  responseRatePercent: sharePercent(f.responseRate),
  topTwoBoxPercent: sharePercent(f.topTwoBox.share),
  mean: f.mean.mean === null ? null : round(f.mean.mean, 2),
  distribution: f.distribution.points.map((p) => p.count),
});

type Change = {
  topTwoBoxBefore: number;
  meanBefore: number;
  deltaTopTwoBox: number;
  deltaMean: number;
  direction: 'better' | 'worse' | 'same';
  mannWhitney: { p: number; pHolm: number };
  significantAfterHolm: boolean;
};

const changeCell = (change: Change | Suppressed): SurveyChange | SuppressedCell =>
  isSuppressed(change)
    ? cellOfSuppressed(change)
    : {
        previousTopTwoBoxPercent: sharePercent(change.topTwoBoxBefore)!,
        previousMean: round(change.meanBefore, 2),
        deltaTopTwoBox: round(change.deltaTopTwoBox * 100, 1),
        deltaMean: round(change.deltaMean, 2),
        direction: change.direction,
        p: change.mannWhitney.p,
        pHolm: change.mannWhitney.pHolm,
        significant: change.significantAfterHolm,
      };

const domainChange = (
  comparison: SurveyComparison | null,
  domain: SurveyDomain,
): SurveyChange | SuppressedCell | null => {
  const found = comparison?.domains.find((d) => d.domain === domain);
  return found ? changeCell(found.change) : null;
};

/** Both years' unit columns name this unit: the comparison of its respondents, else null. */
const unitComparisons = (
  current: SurveyData,
  currentAnalysis: SurveyAnalysis,
  previous: SurveyData | null,
  previousAnalysis: SurveyAnalysis | null,
): Map<string, SurveyComparison> => {
  const result = new Map<string, SurveyComparison>();
  if (!previous || !previousAnalysis?.unitQuestionKey || !currentAnalysis.unitQuestionKey)
    return result;
  const before = new Set(previousAnalysis.units.map((u) => u.unit));
  for (const { unit } of currentAnalysis.units) {
    if (!before.has(unit)) continue;
    result.set(
      unit,
      compareSurveys(
        {
          questions: previous.survey.questions,
          responses: responsesOfUnit(previous.survey.questions, previous.responses, unit),
        },
        {
          questions: current.survey.questions,
          responses: responsesOfUnit(current.survey.questions, current.responses, unit),
        },
      ),
    );
  }
  return result;
};

const domainRows = (
  analysis: SurveyAnalysis,
  previousAnalysis: SurveyAnalysis | null,
  comparison: SurveyComparison | null,
  byUnit: Map<string, SurveyComparison>,
): SurveyDomainRow[] =>
  analysis.domains.map((d) => {
    const before = previousAnalysis?.domains.find((p) => p.domain === d.domain);
    return {
      domain: d.domain,
      overall: isSuppressed(d.overall) ? cellOfSuppressed(d.overall) : domainCell(d.overall),
      change: domainChange(comparison, d.domain),
      byUnit: d.byUnit.map(({ unit, figures }) => {
        const previousFigures = before?.byUnit.find((u) => u.unit === unit)?.figures;
        // A unit hidden in either year stays hidden: its change would give its figures away.
        const change: SurveyChange | SuppressedCell | null = isSuppressed(figures)
          ? cellOfSuppressed(figures)
          : previousFigures && isSuppressed(previousFigures)
            ? cellOfSuppressed(previousFigures)
            : domainChange(byUnit.get(unit) ?? null, d.domain);
        return {
          unit,
          figures: isSuppressed(figures) ? cellOfSuppressed(figures) : domainCell(figures),
          change,
        };
      }),
    };
  });

/** The question's points, with its option labels when there is one for each point. */
const scaleOf = (scale: SurveyQuestion['scale']): SurveyQuestionRow['scale'] => {
  const { min, max } = scale ?? { min: 1, max: 5 };
  const labels = scale?.labels;
  return labels && labels.length === max - min + 1
    ? { min, max, labels: [...labels] }
    : { min, max };
};

const isScale = (f: QuestionFigures): f is ScaleFigures =>
  f.kind === 'likert' || f.kind === 'scale0to10';

const questionRows = (
  data: SurveyData,
  analysis: SurveyAnalysis,
  comparison: SurveyComparison | null,
): SurveyQuestionRow[] =>
  analysis.questions.flatMap((q): SurveyQuestionRow[] => {
    if (q.kind !== 'likert' && q.kind !== 'scale0to10') return [];
    const question = data.survey.questions.find((s) => s.key === q.key);
    const compared = comparison?.questions.find((c) => c.keyAfter === q.key);
    const overall = isSuppressed(q.overall)
      ? cellOfSuppressed(q.overall)
      : isScale(q.overall)
        ? scaleCell(q.overall)
        : null;
    if (overall === null) return [];
    return [
      {
        key: q.key,
        header: q.header,
        kind: q.kind,
        domain: q.domain,
        scale: scaleOf(question?.scale),
        overall,
        change: compared ? changeCell(compared.change) : null,
      },
    ];
  });

/** One survey's report rows, compared with last year's matching survey when there is one. */
export const buildSurveyRow = (
  data: SurveyData,
  previousYear: number,
  previousSurveys: readonly SurveyData[],
  units: readonly Unit[],
): { row: SurveyReportRow; analysis: SurveyAnalysis } => {
  const analysis = analyseData(data);
  const previous = matchPrevious(data, previousSurveys);
  const previousAnalysis = previous ? analyseData(previous) : null;
  const comparison = previous
    ? compareSurveys(
        { questions: previous.survey.questions, responses: previous.responses },
        { questions: data.survey.questions, responses: data.responses },
      )
    : null;
  const byUnit = unitComparisons(data, analysis, previous, previousAnalysis);
  const { survey } = data;
  const unit = survey.unitId === null ? null : units.find((u) => u.id === survey.unitId);
  return {
    analysis,
    row: {
      surveyId: survey.id,
      title: survey.title,
      instrument: survey.instrument,
      audience: survey.audience,
      period: { from: survey.period.from, to: survey.period.to },
      unit:
        survey.unitId === null
          ? null
          : { unitId: survey.unitId, unitName: unit?.name ?? survey.unitId },
      responses: analysis.responses,
      population: analysis.population,
      responseRatePercent: sharePercent(analysis.responseRate),
      units: analysis.units.map(({ unit: label, figures }) => ({
        unit: label,
        n: isSuppressed(figures) ? cellOfSuppressed(figures) : figures.n,
      })),
      previous: previous
        ? {
            surveyId: previous.survey.id,
            year: previousYear,
            title: previous.survey.title,
            responses: previous.survey.responses,
          }
        : null,
      domains: domainRows(analysis, previousAnalysis, comparison, byUnit),
      questions: questionRows(data, analysis, comparison),
      minimumN: analysis.minGroupN,
    },
  };
};

export const buildSurveysSection = (
  current: readonly SurveyData[],
  previousYear: number,
  previous: readonly SurveyData[],
  units: readonly Unit[],
): SurveysSection => ({
  surveys: current
    .filter((s) => s.responses.count > 0)
    .map((s) => buildSurveyRow(s, previousYear, previous, units).row),
  alpha: ALPHA,
});

/**
 * Respondent-weighted satisfaction top-2-box over the shown (not suppressed) satisfaction
 * domains of the surveys of `audience`, %; null when none can be shown.
 */
export const pooledSatisfaction = (
  rows: readonly SurveyReportRow[],
  audiences: readonly string[] = ['recipients'],
): number | null => {
  let n = 0;
  let weighted = 0;
  for (const row of rows) {
    if (!audiences.includes(row.audience)) continue;
    const domain = row.domains.find((d) => d.domain === 'satisfaction');
    if (!domain || 'suppressed' in domain.overall || domain.overall.topTwoBoxPercent === null)
      continue;
    n += domain.overall.n;
    weighted += domain.overall.n * domain.overall.topTwoBoxPercent;
  }
  return n === 0 ? null : round(weighted / n, 1);
};
