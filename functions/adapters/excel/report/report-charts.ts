import type { TopLevelSpec } from 'vega-lite';
import type {
  AnnualReportModel,
  HalfYearReportModel,
  SurveyQuestionRow,
  SurveyReportRow,
} from '../../../domain/reports/model';
import { t, type Locale } from '../../../i18n';
import {
  distributionChart,
  executionByUnitChart,
  renderChart,
  trendChart,
  type UnitExecution,
} from '../../charts';
import type { Logger } from '../../../shared/logger';

/** What a chart is about, so the writer puts it beside its section. */
export type ChartPlace =
  | { section: 'planExecution' }
  | { section: 'indicators'; indicatorId: string }
  | { section: 'surveys'; surveyId: string; questionKey: string };

export interface ChartJob {
  place: ChartPlace;
  spec: TopLevelSpec;
}

export interface PlacedChart {
  place: ChartPlace;
  png: Buffer;
  width: number;
  height: number;
}

/**
 * Charts are the slow part of a report (60–80 ms each, one at a time), so a report draws at most
 * this many by default: about three seconds, well inside API Gateway's 29 s. Distributions left
 * out are still in the questions sheet as numbers.
 */
export const DEFAULT_MAX_CHARTS = 40;

const number = (locale: Locale, value: number, digits = 1): string =>
  new Intl.NumberFormat(locale, { maximumFractionDigits: digits }).format(value);

export const percentText = (locale: Locale, value: number): string =>
  locale === 'lt' ? `${number(locale, value)} %` : `${number(locale, value)}%`;

/**
 * Answer options of a scale: as the survey worded them when the model has them (each distinct),
 * else its points with the ends named ("1 – worst").
 */
export const scaleLabels = (
  locale: Locale,
  scale: { min: number; max: number; labels?: string[] },
): string[] => {
  const worded = scale.labels;
  if (
    worded &&
    worded.length === scale.max - scale.min + 1 &&
    new Set(worded).size === worded.length
  )
    return worded;
  const labels: string[] = [];
  for (let v = scale.min; v <= scale.max; v++) {
    if (v === scale.min) labels.push(t(locale, 'reportWorkbook.chart.scaleLow', { value: v }));
    else if (v === scale.max)
      labels.push(t(locale, 'reportWorkbook.chart.scaleHigh', { value: v }));
    else labels.push(String(v));
  }
  return labels;
};

export const distributionJob = (
  locale: Locale,
  survey: SurveyReportRow,
  question: SurveyQuestionRow,
): ChartJob | null => {
  const cell = question.overall;
  if ('suppressed' in cell) return null;
  const total = cell.distribution.reduce((s, c) => s + c, 0);
  if (total === 0) return null;
  const labels = scaleLabels(locale, question.scale);
  if (labels.length !== cell.distribution.length) return null;
  return {
    place: { section: 'surveys', surveyId: survey.surveyId, questionKey: question.key },
    spec: distributionChart({
      title: question.header.slice(0, 90),
      subtitle: t(locale, 'reportWorkbook.chart.distributionSubtitle', {
        survey: survey.title.slice(0, 60),
        n: cell.n,
        topTwoBox:
          cell.topTwoBoxPercent === null ? '–' : percentText(locale, cell.topTwoBoxPercent),
      }),
      locale,
      points: cell.distribution.map((count, i) => ({
        label: labels[i]!,
        count,
        share: count / total,
      })),
      highlightTop: Math.min(2, cell.distribution.length),
    }),
  };
};

const executionLabels = (locale: Locale) => ({
  done: t(locale, 'reportWorkbook.chart.done'),
  partly: t(locale, 'reportWorkbook.chart.partly'),
  notDone: t(locale, 'reportWorkbook.chart.notDone'),
  overdue: t(locale, 'reportWorkbook.chart.overdue'),
});

/** Uniquely named units for the chart (two units could share a name). */
const uniqueNames = <T extends { unitName: string }>(rows: readonly T[]): string[] => {
  const seen = new Map<string, number>();
  return rows.map((r) => {
    const n = (seen.get(r.unitName) ?? 0) + 1;
    seen.set(r.unitName, n);
    return n === 1 ? r.unitName : `${r.unitName} (${n})`;
  });
};

export const executionJob = (locale: Locale, model: AnnualReportModel): ChartJob | null => {
  const rows = model.planExecution.byUnit.filter((u) => u.items > 0);
  if (rows.length === 0) return null;
  const names = uniqueNames(rows);
  const units: UnitExecution[] = rows.map((u, i) => ({
    unit: names[i]!,
    done: u.done,
    partly: u.partlyDone,
    // Open items not yet overdue count with the ones closed as not done: neither is done.
    notDone: u.notDone + Math.max(0, u.open - u.overdue),
    overdue: u.overdue,
  }));
  return {
    place: { section: 'planExecution' },
    spec: executionByUnitChart({
      title: t(locale, 'reportWorkbook.chart.executionTitle', { year: model.year }),
      subtitle: t(locale, 'reportWorkbook.chart.executionSubtitle'),
      locale,
      units,
      labels: executionLabels(locale),
    }),
  };
};

export const halfYearExecutionJob = (
  locale: Locale,
  model: HalfYearReportModel,
): ChartJob | null => {
  const byUnit = new Map<string, UnitExecution>();
  const names = new Map<string, string>();
  for (const item of model.plan.items) {
    names.set(item.unitId, item.unitName);
    const row = byUnit.get(item.unitId) ?? {
      unit: item.unitName,
      done: 0,
      partly: 0,
      notDone: 0,
      overdue: 0,
    };
    if (item.done) row.done += 1;
    else if (item.overdue) row.overdue += 1;
    else if (item.percent !== null) row.partly += 1;
    else row.notDone += 1;
    byUnit.set(item.unitId, row);
  }
  if (byUnit.size === 0) return null;
  const rows = [...byUnit.values()];
  const unique = uniqueNames(rows.map((r) => ({ unitName: r.unit })));
  return {
    place: { section: 'planExecution' },
    spec: executionByUnitChart({
      title: t(locale, 'reportWorkbook.chart.halfYearTitle', { year: model.year }),
      subtitle: t(locale, 'reportWorkbook.chart.executionSubtitle'),
      locale,
      units: rows.map((r, i) => ({ ...r, unit: unique[i]! })),
      labels: {
        done: t(locale, 'reportWorkbook.chart.done'),
        partly: t(locale, 'reportWorkbook.chart.inProgress'),
        notDone: t(locale, 'reportWorkbook.chart.notReported'),
        overdue: t(locale, 'reportWorkbook.chart.overdue'),
      },
    }),
  };
};

export const trendJobs = (locale: Locale, model: AnnualReportModel): ChartJob[] =>
  model.keyFigures.indicators
    .filter((i) => i.trend.length >= 2)
    .map((i) => ({
      place: { section: 'indicators' as const, indicatorId: i.indicatorId },
      spec: trendChart({
        title: (locale === 'en' ? (i.name.en ?? i.name.lt) : i.name.lt).slice(0, 90),
        subtitle: t(locale, 'reportWorkbook.chart.trendSubtitle'),
        locale,
        unit: t(locale, `improvement.unit.${i.unit}`),
        series: [{ name: i.code, points: i.trend }],
        direction: i.direction,
        ...(i.target === null
          ? {}
          : { target: i.target, targetLabel: t(locale, 'reportWorkbook.chart.target') }),
      }),
    }));

/**
 * The annual report's charts in the order they earn their place: plan execution, indicator
 * trends, then question distributions (recipients' and families' surveys first), cut at `max`.
 */
export const annualChartJobs = (
  locale: Locale,
  model: AnnualReportModel,
  max: number,
): { jobs: ChartJob[]; distributionsLeftOut: number } => {
  const audienceRank = (a: string) => (a === 'recipients' ? 0 : a === 'families' ? 1 : 2);
  const surveys = [...model.surveys.surveys].sort(
    (a, b) => audienceRank(a.audience) - audienceRank(b.audience),
  );
  const distributions = surveys.flatMap((s) =>
    s.questions.flatMap((q) => {
      const job = distributionJob(locale, s, q);
      return job ? [job] : [];
    }),
  );
  const execution = executionJob(locale, model);
  const all = [...(execution ? [execution] : []), ...trendJobs(locale, model), ...distributions];
  const jobs = all.slice(0, Math.max(0, max));
  const kept = jobs.filter((j) => j.place.section === 'surveys').length;
  return { jobs, distributionsLeftOut: distributions.length - kept };
};

/**
 * Device pixels per CSS pixel of a report's charts: 1.5 still prints and zooms sharply at the
 * picture's size (looked at side by side with 2), and rasterises in about three quarters of the
 * time, with PNGs a quarter smaller.
 */
export const REPORT_CHART_SCALE = 1.5;

/** Renders one chart after another (vega and resvg are CPU-bound; parallel gains nothing). */
export const renderJobs = async (
  jobs: readonly ChartJob[],
  options: { logger?: Logger; onChart?: (done: number, total: number) => void } = {},
): Promise<PlacedChart[]> => {
  const out: PlacedChart[] = [];
  for (const job of jobs) {
    const chart = await renderChart(job.spec, {
      scale: REPORT_CHART_SCALE,
      ...(options.logger ? { logger: options.logger } : {}),
    });
    out.push({ place: job.place, png: chart.png, width: chart.width, height: chart.height });
    options.onChart?.(out.length, jobs.length);
  }
  return out;
};
