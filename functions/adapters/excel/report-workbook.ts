import ExcelJS from 'exceljs';
import { isBenchmarkFigureCode } from '../../domain/benchmark/figures';
import type { Assessment } from '../../domain/improvement/assessment';
import {
  FIGURE_DEFINITIONS,
  type ActionRow,
  type AnnualReportModel,
  type FigureUnit,
  type HalfYearPlanCounts,
  type HalfYearReportModel,
  type PlanCounts,
  type PlanItemRow,
  type RecipientsSummaryModel,
  type ReportFinding,
  type ReportStatus,
  type SuppressedCell,
  type SurveyCell,
  type SurveyChange,
  type TrainingSection,
} from '../../domain/reports/model';
import type { ReportStep } from '../../domain/reports/workflow';
import { t, type Locale, type MessageKey } from '../../i18n';
import type { Logger } from '../../shared/logger';
import { fixInternalLinks } from './report/internal-links';
import {
  annualChartJobs,
  DEFAULT_MAX_CHARTS,
  halfYearExecutionJob,
  renderJobs,
  type PlacedChart,
} from './report/report-charts';
import {
  COLOURS,
  FONT,
  ReportSheet,
  setText,
  type CellInput,
  type Column,
  type ColumnKind,
  type SheetFrame,
} from './report/sheet-kit';

export { DEFAULT_MAX_CHARTS } from './report/report-charts';

export interface ReportWorkbookOptions {
  locale: Locale;
  /** The report's steps (submitted, approved …) with their comments, shown on the cover. */
  history?: ReadonlyArray<ReportStep & { version: number }>;
  /** At most this many charts. @default DEFAULT_MAX_CHARTS */
  maxCharts?: number;
  logger?: Logger;
  /** Called as the slow part (charts) advances. */
  onProgress?: (step: { charts: number; of: number }) => void;
}

export interface WrittenWorkbook {
  bytes: Buffer;
  /** The file name to offer, without the extension's dot problems: `Metinė ataskaita 2025.xlsx`. */
  filename: string;
  title: string;
  sheets: string[];
  charts: number;
}

// ─── Shared pieces ──────────────────────────────────────────────────────────────────────────

type Tr = (key: MessageKey, params?: Record<string, string | number>) => string;

const translator =
  (locale: Locale): Tr =>
  (key, params) =>
    t(locale, key, params);

const newWorkbook = (title: string, organisation: string, generatedAt: string, tr: Tr) => {
  const wb = new ExcelJS.Workbook();
  wb.creator = 'Ciklas';
  wb.lastModifiedBy = 'Ciklas';
  wb.title = title;
  wb.subject = tr('reportWorkbook.subject');
  wb.company = organisation;
  wb.keywords = 'Ciklas, EQUASS';
  const at = new Date(generatedAt);
  wb.created = Number.isNaN(at.getTime()) ? new Date() : at;
  wb.modified = wb.created;
  wb.calcProperties.fullCalcOnLoad = false;
  return wb;
};

/** The workbook's bytes, links to its own sheets made internal (see fixInternalLinks). */
const toBytes = async (wb: ExcelJS.Workbook): Promise<Buffer> =>
  fixInternalLinks(Buffer.from(await wb.xlsx.writeBuffer()));

const frameOf = (
  locale: Locale,
  organisation: string,
  reportTitle: string,
  contentsSheet: string | null,
): SheetFrame => ({
  locale,
  organisation,
  reportTitle,
  pageLabel: (page, pages) => t(locale, 'reportWorkbook.footer.page', { page, pages }),
  ...(contentsSheet
    ? { contents: { sheet: contentsSheet, label: t(locale, 'reportWorkbook.backToContents') } }
    : {}),
});

const isSuppressed = (value: object): value is SuppressedCell => 'suppressed' in value;

const suppressedNote = (tr: Tr, cell: SuppressedCell): CellInput => ({
  note: tr('reports.suppressed', { minimumN: cell.minimumN }),
});

const yesNo = (tr: Tr, value: boolean | null): CellInput =>
  value === null ? null : tr(value ? 'reportWorkbook.yes' : 'reportWorkbook.no');

/** A question's scale: its points, the ends named as the survey worded them when known. */
const scaleText = (tr: Tr, scale: { min: number; max: number; labels?: string[] }): string => {
  const [low, high] = [scale.labels?.[0], scale.labels?.at(-1)];
  return low !== undefined && high !== undefined
    ? tr('reportWorkbook.scale.labelled', { min: scale.min, max: scale.max, low, high })
    : tr('reportWorkbook.scale.range', { min: scale.min, max: scale.max });
};

const ASSESSMENT_COLOUR: Record<Assessment, string> = {
  better: COLOURS.better,
  worse: COLOURS.worse,
  same: COLOURS.same,
  noData: COLOURS.muted,
};

/** ▲/▼ for which way the number moved, green or red for whether that is better. */
const assessmentCell = (
  tr: Tr,
  assessment: Assessment | null,
  change: number | null,
): CellInput => {
  if (assessment === null) {
    if (change === null || change === 0) return null;
    return tr(change > 0 ? 'reportWorkbook.arrow.up' : 'reportWorkbook.arrow.down');
  }
  const arrow =
    change === null
      ? ''
      : `${tr(change > 0 ? 'reportWorkbook.arrow.up' : change < 0 ? 'reportWorkbook.arrow.down' : 'reportWorkbook.arrow.same')} `;
  return {
    text: `${arrow}${tr(`improvement.assessment.${assessment}`)}`,
    color: ASSESSMENT_COLOUR[assessment],
    bold: assessment === 'better' || assessment === 'worse',
    ...(assessment === 'better'
      ? { fill: COLOURS.betterFill }
      : assessment === 'worse'
        ? { fill: COLOURS.worseFill }
        : {}),
  };
};

const surveyDirectionCell = (tr: Tr, change: SurveyChange): CellInput => {
  const arrow =
    change.direction === 'better'
      ? 'reportWorkbook.arrow.up'
      : change.direction === 'worse'
        ? 'reportWorkbook.arrow.down'
        : 'reportWorkbook.arrow.same';
  const colour =
    change.direction === 'better'
      ? COLOURS.better
      : change.direction === 'worse'
        ? COLOURS.worse
        : COLOURS.same;
  return {
    text: `${tr(arrow)} ${tr(`reports.direction.${change.direction}`)}`,
    color: colour,
    bold: change.significant,
    ...(change.significant
      ? { fill: change.direction === 'worse' ? COLOURS.worseFill : COLOURS.betterFill }
      : {}),
  };
};

/**
 * Figures of different units in one column: the value is written as text in the user's
 * number format ("85,2 %"), since one column cannot carry one number format per row; the typed
 * number columns are in the tables where a unit is one per column.
 */
const figureText = (
  locale: Locale,
  value: number | null,
  unit: string,
  signed = false,
): CellInput => {
  if (value === null) return null;
  const fmt = new Intl.NumberFormat(locale, {
    maximumFractionDigits: unit === 'count' ? 0 : unit === 'eur' ? 2 : 1,
    ...(signed ? { signDisplay: 'exceptZero' as const } : {}),
  });
  const text = fmt.format(value);
  if (unit === 'percent') return locale === 'lt' ? `${text} %` : `${text}%`;
  if (unit === 'points') return locale === 'lt' ? `${text} proc. p.` : `${text} pp`;
  return text;
};

const statusPairs = (tr: Tr, status: ReportStatus): Array<[string, CellInput, ColumnKind?]> => [
  [
    tr('reportWorkbook.cover.state'),
    {
      text: tr(`reports.state.${status.state}`),
      bold: true,
      color:
        status.state === 'approved' || status.state === 'presented'
          ? COLOURS.better
          : COLOURS.title,
    },
  ],
  [tr('reportWorkbook.cover.version'), String(status.reportVersion)],
  [tr('reportWorkbook.cover.source'), tr(`reports.source.${status.source}`)],
  [tr('reportWorkbook.cover.dueOn'), status.dueOn],
  [
    tr('reportWorkbook.cover.deadline'),
    status.overdue && status.dueOn
      ? { text: tr('reports.overdue', { dueOn: status.dueOn }), color: COLOURS.worse, bold: true }
      : status.deadlineStatus
        ? tr(`status.${status.deadlineStatus}`)
        : null,
  ],
  [tr('reportWorkbook.cover.submittedOn'), status.submittedOn],
  [tr('reportWorkbook.cover.approvedOn'), status.approvedOn],
  [tr('reportWorkbook.cover.approvedBy'), status.approvedBy],
  [tr('reportWorkbook.cover.presentedOn'), status.presentedOn],
];

const historyTable = (
  sheet: ReportSheet,
  tr: Tr,
  history: ReportWorkbookOptions['history'],
): void => {
  if (!history || history.length === 0) return;
  sheet.table({
    title: tr('reportWorkbook.history.heading'),
    columns: [
      { header: tr('reportWorkbook.history.version'), kind: 'count' },
      { header: tr('reportWorkbook.history.state'), kind: 'text' },
      { header: tr('reportWorkbook.history.on'), kind: 'text' },
      { header: tr('reportWorkbook.history.by'), kind: 'text' },
      { header: tr('reportWorkbook.history.meetingOn'), kind: 'text' },
      { header: tr('reportWorkbook.history.comment'), kind: 'longText' },
    ],
    rows: history.map((s) => [
      s.version,
      tr(`reports.state.${s.state}`),
      s.on,
      s.by,
      s.meetingOn,
      s.comment,
    ]),
  });
};

const contentsTable = (
  sheet: ReportSheet,
  tr: Tr,
  sections: Array<{ sheet: string; title: string }>,
) =>
  sheet.table({
    title: tr('reportWorkbook.contents.heading'),
    columns: [{ header: tr('reportWorkbook.contents.section'), kind: 'text', maxWidth: 50 }],
    rows: sections.map((s, i) => [{ link: s.sheet, text: `${i + 1}. ${s.title}` }]),
  });

const trainingSheet = (sheet: ReportSheet, tr: Tr, training: TrainingSection): void => {
  const donePct = (planned: number, done: number) =>
    planned > 0 ? Math.round((done / planned) * 1000) / 10 : null;
  sheet.pairs(tr('reportWorkbook.block.trainingFigures'), [
    [tr('training.figure.items.label'), training.items, 'count'],
    [tr('training.figure.plannedHours.label'), training.plannedHours, 'hours'],
    [tr('training.figure.doneHours.label'), training.doneHours, 'hours'],
    [tr('training.figure.donePercent.label'), training.donePercent, 'percent'],
    [tr('training.figure.activeMembers.label'), training.activeMembers, 'count'],
    [tr('training.figure.participants.label'), training.participants, 'count'],
    [tr('training.figure.hoursPerActiveMember.label'), training.hoursPerActiveMember, 'hours'],
    [tr('training.figure.hoursPerParticipant.label'), training.hoursPerParticipant, 'hours'],
    [tr('training.figure.needs.label'), training.needs, 'count'],
    [tr('training.figure.needsCovered.label'), training.needsCovered, 'count'],
    [tr('training.figure.needsCoveredPercent.label'), training.needsCoveredPercent, 'percent'],
    [tr('training.figure.certificates.label'), training.certificates, 'count'],
    [tr('training.figure.costPlanned.label'), training.costPlanned, 'eur'],
  ]);
  sheet.table({
    title: tr('reportWorkbook.block.byArea'),
    columns: [
      { header: tr('reportWorkbook.col.area'), kind: 'text' },
      { header: tr('reportWorkbook.col.items'), kind: 'count' },
      { header: tr('reportWorkbook.col.plannedHours'), kind: 'hours' },
      { header: tr('reportWorkbook.col.doneHours'), kind: 'hours' },
      { header: tr('reportWorkbook.col.donePercent'), kind: 'percent' },
      { header: tr('reportWorkbook.col.needs'), kind: 'count' },
      { header: tr('reportWorkbook.col.needsCovered'), kind: 'count' },
    ],
    rows: training.byArea.map((a) => [
      tr(`training.area.${a.area}`),
      a.items,
      a.plannedHours,
      a.doneHours,
      donePct(a.plannedHours, a.doneHours),
      a.needs,
      a.needsCovered,
    ]),
    dataBars: [4],
    empty: tr('reportWorkbook.empty'),
  });
};

const planCountColumns = (tr: Tr): Column[] => [
  { header: tr('reportWorkbook.col.orgUnit'), kind: 'text' },
  { header: tr('reportWorkbook.col.items'), kind: 'count' },
  { header: tr('reportWorkbook.col.done'), kind: 'count' },
  { header: tr('reportWorkbook.col.partlyDone'), kind: 'count' },
  { header: tr('reportWorkbook.col.notDone'), kind: 'count' },
  { header: tr('reportWorkbook.col.open'), kind: 'count' },
  { header: tr('reportWorkbook.col.overdue'), kind: 'count' },
  { header: tr('reportWorkbook.col.cancelled'), kind: 'count' },
  { header: tr('reportWorkbook.col.donePercent'), kind: 'percent' },
];

const planCountRow = (name: string, c: PlanCounts): CellInput[] => [
  name,
  c.items,
  c.done,
  c.partlyDone,
  c.notDone,
  c.open,
  c.overdue,
  c.cancelled,
  c.donePercent,
];

const planItemTable = (sheet: ReportSheet, tr: Tr, title: string, items: PlanItemRow[]) =>
  sheet.table({
    title,
    columns: [
      { header: tr('reportWorkbook.col.orgUnit'), kind: 'text', maxWidth: 24 },
      { header: tr('reportWorkbook.col.period'), kind: 'text' },
      { header: tr('reportWorkbook.col.goal'), kind: 'longText', maxWidth: 40 },
      { header: tr('reportWorkbook.col.activity'), kind: 'longText', maxWidth: 50 },
      { header: tr('reportWorkbook.col.responsible'), kind: 'text', maxWidth: 24 },
      { header: tr('reportWorkbook.col.dueOn'), kind: 'text' },
      { header: tr('reportWorkbook.col.status'), kind: 'text' },
      { header: tr('reportWorkbook.col.percent'), kind: 'percent' },
      { header: tr('reportWorkbook.col.daysOverdue'), kind: 'count' },
    ],
    rows: items.map((i) => [
      i.unitName,
      tr(`planning.period.${i.period}`),
      i.goal,
      i.activity,
      i.responsible,
      i.dueOn,
      tr(`planning.status.${i.status}`),
      i.latestPercent,
      i.daysOverdue,
    ]),
    dataBars: [7],
    empty: tr('reportWorkbook.empty'),
  });

const chartsAt = (
  sheet: ReportSheet,
  charts: readonly PlacedChart[],
  match: (c: PlacedChart) => boolean,
): number => {
  let n = 0;
  for (const chart of charts.filter(match)) {
    sheet.image(chart.png, chart.width, chart.height);
    n += 1;
  }
  return n;
};

const findingText = (tr: Tr, locale: Locale, f: ReportFinding): string => {
  const s = f.subject;
  const name = s.indicatorName
    ? locale === 'en'
      ? (s.indicatorName.en ?? s.indicatorName.lt)
      : s.indicatorName.lt
    : s.surveyTitle !== undefined && s.domain !== undefined
      ? tr('reportWorkbook.surveyTitleIn', {
          survey: s.surveyTitle,
          domain: tr(`surveys.domain.${s.domain}`),
        })
      : (s.surveyTitle ?? s.indicatorCode ?? '');
  const fmt = new Intl.NumberFormat(locale, { maximumFractionDigits: 1 });
  return tr(`reports.finding.${f.rule}`, {
    name,
    value: fmt.format(f.value),
    reference: f.reference === null ? '–' : fmt.format(f.reference),
  });
};

const findingsSheet = (sheet: ReportSheet, tr: Tr, locale: Locale, findings: ReportFinding[]) =>
  sheet.table({
    columns: [
      { header: '#', kind: 'count', maxWidth: 5 },
      { header: tr('reportWorkbook.col.finding'), kind: 'longText', maxWidth: 90 },
    ],
    rows: findings.map((f, i) => [i + 1, findingText(tr, locale, f)]),
    empty: tr('reportWorkbook.findings.none'),
  });

const actionTable = (
  sheet: ReportSheet,
  tr: Tr,
  locale: Locale,
  title: string,
  items: ActionRow[],
) => {
  const name = (n: { lt: string; en: string | null }) => (locale === 'en' ? (n.en ?? n.lt) : n.lt);
  return sheet.table({
    title,
    columns: [
      { header: tr('reportWorkbook.col.title'), kind: 'longText', maxWidth: 45 },
      { header: tr('reportWorkbook.col.findingKind'), kind: 'text' },
      { header: tr('reportWorkbook.col.orgUnit'), kind: 'text', maxWidth: 24 },
      { header: tr('reportWorkbook.col.dueOn'), kind: 'text' },
      { header: tr('reportWorkbook.col.status'), kind: 'text' },
      { header: tr('reportWorkbook.col.doneOn'), kind: 'text' },
      { header: tr('reportWorkbook.col.daysOverdue'), kind: 'count' },
      { header: tr('reportWorkbook.col.indicator'), kind: 'text', maxWidth: 36 },
      { header: tr('reportWorkbook.col.baseline'), kind: 'text' },
      { header: tr('reportWorkbook.col.effect'), kind: 'text' },
      { header: tr('reportWorkbook.col.assessment'), kind: 'text' },
    ],
    rows: items.map((a) => {
      const e = a.effect;
      const change = e && e.baseline !== null && e.effect !== null ? e.effect - e.baseline : null;
      return [
        a.title,
        tr(`improvement.findingKind.${a.findingKind}`),
        a.unitName,
        a.dueOn,
        a.status === 'open' || a.status === 'inProgress'
          ? a.daysOverdue !== null
            ? { text: tr(`improvement.actionStatus.${a.status}`), color: COLOURS.worse, bold: true }
            : tr(`improvement.actionStatus.${a.status}`)
          : tr(`improvement.actionStatus.${a.status}`),
        a.doneOn,
        a.daysOverdue,
        e ? `${e.code} ${name(e.name)}` : null,
        e ? figureText(locale, e.baseline, e.unit) : null,
        e ? figureText(locale, e.effect, e.unit) : null,
        e ? assessmentCell(tr, e.assessment, change) : null,
      ];
    }),
    empty: tr('reportWorkbook.empty'),
  });
};

// ─── Annual report ──────────────────────────────────────────────────────────────────────────

/**
 * The annual report as a workbook: a contents sheet (cover, history, links), one sheet per
 * section, charts as pictures beside their section. Suppressed survey groups are written as the
 * words for "suppressed", never as numbers; every text the organisation wrote stays text.
 */
export const writeAnnualReportWorkbook = async (
  model: AnnualReportModel,
  options: ReportWorkbookOptions,
): Promise<WrittenWorkbook> => {
  const { locale } = options;
  const tr = translator(locale);
  const org = model.cover.organisation;
  const orgName = org?.name ?? '';
  const title = tr('reportWorkbook.title.annual', { year: model.year });

  const { jobs, distributionsLeftOut } = annualChartJobs(
    locale,
    model,
    options.maxCharts ?? DEFAULT_MAX_CHARTS,
  );
  const charts = await renderJobs(jobs, {
    ...(options.logger ? { logger: options.logger } : {}),
    onChart: (done, total) => options.onProgress?.({ charts: done, of: total }),
  });

  const wb = newWorkbook(title, orgName, model.generatedAt, tr);
  const S = {
    contents: tr('reportWorkbook.sheet.contents'),
    keyFigures: tr('reportWorkbook.sheet.keyFigures'),
    indicators: tr('reportWorkbook.sheet.indicators'),
    planExecution: tr('reportWorkbook.sheet.planExecution'),
    planItems: tr('reportWorkbook.sheet.planItems'),
    training: tr('reportWorkbook.sheet.training'),
    projects: tr('reportWorkbook.sheet.projects'),
    surveys: tr('reportWorkbook.sheet.surveys'),
    surveyQuestions: tr('reportWorkbook.sheet.surveyQuestions'),
    surveyCharts: tr('reportWorkbook.sheet.surveyCharts'),
    feedback: tr('reportWorkbook.sheet.feedback'),
    improvementActions: tr('reportWorkbook.sheet.improvementActions'),
    benchmark: tr('reportWorkbook.sheet.benchmark'),
    strengths: tr('reportWorkbook.sheet.strengths'),
    weaknesses: tr('reportWorkbook.sheet.weaknesses'),
    definitions: tr('reportWorkbook.sheet.definitions'),
  };
  const headings: Record<keyof typeof S, string> = {
    contents: tr('reports.section.cover'),
    keyFigures: tr('reports.section.keyFigures'),
    indicators: tr('reportWorkbook.heading.indicators'),
    planExecution: tr('reports.section.planExecution'),
    planItems: tr('reportWorkbook.heading.planItems'),
    training: tr('reports.section.training'),
    projects: tr('reports.section.projects'),
    surveys: tr('reports.section.surveys'),
    surveyQuestions: tr('reportWorkbook.heading.surveyQuestions'),
    surveyCharts: tr('reportWorkbook.heading.surveyCharts'),
    feedback: tr('reports.section.feedback'),
    improvementActions: tr('reports.section.improvementActions'),
    benchmark: tr('reports.section.benchmark'),
    strengths: tr('reports.section.strengths'),
    weaknesses: tr('reports.section.weaknesses'),
    definitions: tr('reportWorkbook.heading.definitions'),
  };
  const frame = frameOf(locale, orgName, title, S.contents);
  const subtitle = [orgName, title].filter(Boolean).join(' · ');
  const sheetOf = (key: keyof typeof S, tab?: string) =>
    new ReportSheet(
      wb,
      S[key],
      key === 'contents' ? frameOf(locale, orgName, title, null) : frame,
      {
        ...(tab ? { tabColor: tab } : {}),
      },
    ).heading(headings[key], key === 'contents' ? undefined : subtitle);

  // Contents and cover.
  const contents = sheetOf('contents', 'FF1A7F64');
  const cover = contents.ws.getCell(1, 1);
  setText(cover, title);
  cover.font = { name: FONT, bold: true, size: 18 };
  contents.ws.getRow(1).height = 28;
  contents.pairs(undefined, [
    [tr('reportWorkbook.cover.organisation'), orgName],
    [tr('reportWorkbook.cover.municipality'), org?.municipality ?? null],
    [tr('reportWorkbook.cover.year'), String(model.year)],
    [tr('reportWorkbook.cover.units'), model.cover.units.map((u) => u.unitName).join(', ') || null],
    ...statusPairs(tr, model.cover.status),
    [tr('reportWorkbook.cover.asOf'), model.asOf],
    [tr('reportWorkbook.cover.generatedAt'), model.generatedAt.slice(0, 16).replace('T', ' ')],
  ]);
  const sectionKeys = (Object.keys(S) as Array<keyof typeof S>).filter((k) => k !== 'contents');
  contentsTable(
    contents,
    tr,
    sectionKeys.map((k) => ({ sheet: S[k], title: headings[k] })),
  );
  historyTable(contents, tr, options.history);
  contents.finish({ orientation: 'portrait', minWidths: [28, 40] });

  // Key figures.
  const key = sheetOf('keyFigures');
  const prevYear = model.year - 1;
  key.table({
    columns: [
      { header: tr('reportWorkbook.col.figure'), kind: 'text', maxWidth: 44 },
      { header: tr('reportWorkbook.col.year', { year: model.year }), kind: 'text' },
      { header: tr('reportWorkbook.col.year', { year: prevYear }), kind: 'text' },
      { header: tr('reportWorkbook.col.change'), kind: 'text' },
      { header: tr('reportWorkbook.col.assessment'), kind: 'text' },
    ],
    rows: model.keyFigures.figures.map((f) => [
      tr(`reports.figure.${f.code}`),
      figureText(locale, f.value, f.unit),
      figureText(locale, f.previous, f.unit),
      figureText(locale, f.change, f.unit === 'percent' ? 'points' : f.unit, true),
      assessmentCell(tr, f.assessment, f.change),
    ]),
    freeze: true,
  });
  key.finish();

  // Indicators, with their trends.
  const ind = sheetOf('indicators');
  const name = (n: { lt: string; en: string | null }) => (locale === 'en' ? (n.en ?? n.lt) : n.lt);
  ind.table({
    columns: [
      { header: tr('reportWorkbook.col.code'), kind: 'text' },
      { header: tr('reportWorkbook.col.indicator'), kind: 'longText', maxWidth: 44 },
      { header: tr('reportWorkbook.col.unit'), kind: 'text' },
      { header: tr('reportWorkbook.col.direction'), kind: 'text', maxWidth: 24 },
      { header: tr('reportWorkbook.col.target'), kind: 'text' },
      { header: tr('reportWorkbook.col.year', { year: model.year }), kind: 'text' },
      { header: tr('reportWorkbook.col.year', { year: prevYear }), kind: 'text' },
      { header: tr('reportWorkbook.col.change'), kind: 'text' },
      { header: tr('reportWorkbook.col.changePercent'), kind: 'percent' },
      { header: tr('reportWorkbook.col.assessment'), kind: 'text' },
      { header: tr('reportWorkbook.col.targetMet'), kind: 'text' },
    ],
    rows: model.keyFigures.indicators.map((i) => [
      i.code,
      name(i.name),
      tr(`improvement.unit.${i.unit}`),
      tr(`improvement.direction.${i.direction}`),
      figureText(locale, i.target, i.unit),
      figureText(locale, i.value, i.unit),
      figureText(locale, i.previous, i.unit),
      i.change
        ? figureText(locale, i.change.absolute, i.unit === 'percent' ? 'points' : i.unit, true)
        : null,
      i.change?.relativePercent ?? null,
      assessmentCell(tr, i.assessment, i.change?.absolute ?? null),
      i.targetMet === null
        ? null
        : {
            text: tr(i.targetMet ? 'reportWorkbook.yes' : 'reportWorkbook.no'),
            color: i.targetMet ? COLOURS.better : COLOURS.worse,
          },
    ]),
    freeze: true,
    empty: tr('reportWorkbook.empty'),
  });
  chartsAt(ind, charts, (c) => c.place.section === 'indicators');
  ind.finish({ orientation: 'landscape' });

  // Plan execution.
  const plan = sheetOf('planExecution');
  const pe = model.planExecution;
  plan.table({
    title: tr('reportWorkbook.block.byUnit'),
    columns: planCountColumns(tr),
    rows: [
      ...pe.byUnit.map((u) => planCountRow(u.unitName, u)),
      planCountRow(tr('reports.scope.overall'), pe.totals),
    ],
    boldRows: new Set([pe.byUnit.length]),
    freeze: true,
    dataBars: [8],
  });
  chartsAt(plan, charts, (c) => c.place.section === 'planExecution');
  plan.finish({ orientation: 'landscape' });

  const planItems = sheetOf('planItems');
  planItemTable(planItems, tr, tr('reportWorkbook.block.overdueItems'), pe.overdue);
  planItemTable(planItems, tr, tr('reportWorkbook.block.notAchieved'), pe.notAchieved);
  planItems.finish({ orientation: 'landscape' });

  // Training.
  const training = sheetOf('training');
  trainingSheet(training, tr, model.training);
  training.finish();

  // Projects.
  const projects = sheetOf('projects');
  projects.table({
    title: tr('reportWorkbook.block.projectCounts'),
    columns: [
      { header: tr('reportWorkbook.col.kind'), kind: 'text' },
      { header: tr('reportWorkbook.col.count'), kind: 'count' },
    ],
    rows: [
      ...Object.entries(model.projects.counts).map(([kind, count]) => [
        tr(`improvement.projectKind.${kind as keyof typeof model.projects.counts}`),
        count,
      ]),
      [tr('reportWorkbook.completed'), model.projects.completed],
    ],
  });
  projects.table({
    title: tr('reportWorkbook.block.projectItems'),
    columns: [
      { header: tr('reportWorkbook.col.kind'), kind: 'text' },
      { header: tr('reportWorkbook.col.title'), kind: 'longText', maxWidth: 40 },
      { header: tr('reportWorkbook.col.status'), kind: 'text' },
      { header: tr('reportWorkbook.col.from'), kind: 'text' },
      { header: tr('reportWorkbook.col.to'), kind: 'text' },
      { header: tr('reportWorkbook.col.partners'), kind: 'longText', maxWidth: 30 },
      { header: tr('reportWorkbook.col.orgUnit'), kind: 'text', maxWidth: 24 },
      { header: tr('reportWorkbook.col.result'), kind: 'longText', maxWidth: 50 },
    ],
    rows: model.projects.items.map((p) => [
      tr(`improvement.projectKind.${p.kind}`),
      p.title,
      tr(`improvement.projectStatus.${p.status}`),
      p.from,
      p.to,
      p.partners.join(', '),
      p.unitName,
      p.result,
    ]),
    empty: tr('reportWorkbook.empty'),
  });
  projects.finish({ orientation: 'landscape' });

  // Surveys: the list, then domains overall and by unit.
  const surveys = sheetOf('surveys');
  const list = model.surveys.surveys;
  surveys.table({
    title: tr('reportWorkbook.block.surveyList'),
    columns: [
      { header: tr('reportWorkbook.col.survey'), kind: 'longText', maxWidth: 40 },
      { header: tr('reportWorkbook.col.audience'), kind: 'text', maxWidth: 28 },
      { header: tr('reportWorkbook.col.instrument'), kind: 'text', maxWidth: 28 },
      { header: tr('reportWorkbook.col.period'), kind: 'text' },
      { header: tr('reportWorkbook.col.orgUnit'), kind: 'text', maxWidth: 24 },
      { header: tr('reportWorkbook.col.responses'), kind: 'count' },
      { header: tr('reportWorkbook.col.population'), kind: 'count' },
      { header: tr('reportWorkbook.col.responseRate'), kind: 'percent' },
      { header: tr('reportWorkbook.col.comparedWith'), kind: 'longText', maxWidth: 36 },
    ],
    rows: list.map((s) => [
      s.title,
      tr(`surveys.audience.${s.audience}`),
      s.instrument,
      tr('reportWorkbook.survey.period', { from: s.period.from, to: s.period.to }),
      s.unit?.unitName ?? tr('reports.scope.overall'),
      s.responses,
      s.population,
      s.responseRatePercent,
      s.previous
        ? tr('reportWorkbook.survey.previous', { title: s.previous.title, year: s.previous.year })
        : null,
    ]),
    freeze: true,
    dataBars: [7],
    empty: tr('reportWorkbook.noSurveys'),
  });
  const cellRow = (
    figures: SurveyCell | SuppressedCell,
    change: SurveyChange | SuppressedCell | null,
  ) => {
    if (isSuppressed(figures))
      return [suppressedNote(tr, figures), null, null, null, null, null, null, null, null];
    const base: CellInput[] = [
      figures.n,
      figures.responseRatePercent,
      figures.topTwoBoxPercent,
      figures.mean,
    ];
    if (change === null) return [...base, null, null, null, null, null];
    if (isSuppressed(change)) return [...base, suppressedNote(tr, change), null, null, null, null];
    return [
      ...base,
      change.previousTopTwoBoxPercent,
      change.deltaTopTwoBox,
      change.pHolm,
      yesNo(tr, change.significant),
      surveyDirectionCell(tr, change),
    ];
  };
  surveys.table({
    title: tr('reportWorkbook.block.domains'),
    columns: [
      { header: tr('reportWorkbook.col.survey'), kind: 'longText', maxWidth: 36 },
      { header: tr('reportWorkbook.col.domain'), kind: 'text' },
      { header: tr('reportWorkbook.col.group'), kind: 'text', maxWidth: 24 },
      { header: tr('reportWorkbook.col.n'), kind: 'count' },
      { header: tr('reportWorkbook.col.responseRate'), kind: 'percent' },
      { header: tr('reportWorkbook.col.topTwoBox'), kind: 'percent' },
      { header: tr('reportWorkbook.col.meanScore'), kind: 'score' },
      { header: tr('reportWorkbook.col.previousTopTwoBox'), kind: 'percent' },
      { header: tr('reportWorkbook.col.deltaTopTwoBox'), kind: 'points' },
      { header: tr('reportWorkbook.col.pHolm'), kind: 'p' },
      { header: tr('reportWorkbook.col.significant'), kind: 'text' },
      { header: tr('reportWorkbook.col.assessment'), kind: 'text' },
    ],
    rows: list.flatMap((s) =>
      s.domains.flatMap((d) => [
        [
          s.title,
          tr(`surveys.domain.${d.domain}`),
          tr('reports.scope.overall'),
          ...cellRow(d.overall, d.change),
        ],
        ...d.byUnit.map((u) => [
          s.title,
          tr(`surveys.domain.${d.domain}`),
          u.unit,
          ...cellRow(u.figures, u.change),
        ]),
      ]),
    ),
    dataBars: [5],
    empty: tr('reportWorkbook.noSurveys'),
  });
  surveys.finish({ orientation: 'landscape' });

  // Survey questions: every scored question's figures and distribution.
  const questions = sheetOf('surveyQuestions');
  const maxPoints = Math.max(
    0,
    ...list.flatMap((s) => s.questions.map((q) => q.scale.max - q.scale.min + 1)),
  );
  const minPoint = Math.min(1, ...list.flatMap((s) => s.questions.map((q) => q.scale.min)));
  const points = Array.from({ length: Math.min(maxPoints, 11) }, (_, i) => minPoint + i);
  const fixed: Column[] = [
    { header: tr('reportWorkbook.col.survey'), kind: 'longText', maxWidth: 30 },
    { header: tr('reportWorkbook.col.question'), kind: 'longText', maxWidth: 50 },
    { header: tr('reportWorkbook.col.domain'), kind: 'text' },
    { header: tr('reportWorkbook.col.scale'), kind: 'longText', maxWidth: 30 },
    { header: tr('reportWorkbook.col.n'), kind: 'count' },
    { header: tr('reportWorkbook.col.topTwoBox'), kind: 'percent' },
    { header: tr('reportWorkbook.col.meanScale'), kind: 'scale' },
    { header: tr('reportWorkbook.col.deltaTopTwoBox'), kind: 'points' },
    { header: tr('reportWorkbook.col.significant'), kind: 'text' },
  ];
  questions.table({
    columns: [
      ...fixed,
      ...points.map((p) => ({
        header: tr('reportWorkbook.col.answerShare', { value: p }),
        kind: 'percent' as const,
        maxWidth: 11,
      })),
    ],
    rows: list.flatMap((s) =>
      s.questions.map((q) => {
        const head: CellInput[] = [
          s.title,
          q.header,
          q.domain ? tr(`surveys.domain.${q.domain}`) : null,
          scaleText(tr, q.scale),
        ];
        const o = q.overall;
        if (isSuppressed(o)) return [...head, suppressedNote(tr, o)];
        const total = o.distribution.reduce((a, b) => a + b, 0);
        const shares = points.map((p) => {
          const i = p - q.scale.min;
          const count = i >= 0 && i < o.distribution.length ? o.distribution[i]! : null;
          return count === null || total === 0 ? null : Math.round((count / total) * 1000) / 10;
        });
        const change = q.change;
        return [
          ...head,
          o.n,
          o.topTwoBoxPercent,
          o.mean,
          change && !isSuppressed(change)
            ? change.deltaTopTwoBox
            : change
              ? suppressedNote(tr, change)
              : null,
          change && !isSuppressed(change) ? yesNo(tr, change.significant) : null,
          ...shares,
        ];
      }),
    ),
    freeze: true,
    dataBars: [5],
    ...(points.length > 0
      ? { colourScales: [[fixed.length, fixed.length + points.length - 1]] }
      : {}),
    empty: tr('reportWorkbook.noSurveys'),
  });
  questions.finish({ orientation: 'landscape' });

  // Survey charts: a picture per shown question, grouped by survey.
  const surveyCharts = sheetOf('surveyCharts');
  const minimumN = list[0]?.minimumN;
  if (minimumN !== undefined)
    surveyCharts.line(tr('reportWorkbook.chart.suppressedNote', { minimumN }), {
      italic: true,
      color: { argb: COLOURS.muted },
    });
  if (distributionsLeftOut > 0)
    surveyCharts.line(
      tr('reportWorkbook.chart.omitted', { count: distributionsLeftOut, sheet: S.surveyQuestions }),
      { italic: true, color: { argb: COLOURS.muted } },
    );
  surveyCharts.gap();
  for (const s of list) {
    const mine = charts.filter(
      (c) => c.place.section === 'surveys' && c.place.surveyId === s.surveyId,
    );
    if (mine.length === 0) continue;
    surveyCharts.line(s.title, { bold: true, size: 12 });
    chartsAt(surveyCharts, mine, () => true);
  }
  if (list.length === 0) surveyCharts.line(tr('reportWorkbook.noSurveys'), { italic: true });
  surveyCharts.finish({ orientation: 'portrait', minWidths: [12] });

  // Complaints and suggestions.
  const feedback = sheetOf('feedback');
  const fb = model.feedback;
  feedback.table({
    title: tr('reportWorkbook.block.byKind'),
    columns: [
      { header: tr('reportWorkbook.col.kind'), kind: 'text' },
      { header: tr('reportWorkbook.col.received'), kind: 'count' },
      { header: tr('reportWorkbook.col.undecided'), kind: 'count' },
      { header: tr('reportWorkbook.col.accepted'), kind: 'count' },
      { header: tr('reportWorkbook.col.rejected'), kind: 'count' },
      { header: tr('reportWorkbook.col.merged'), kind: 'count' },
      { header: tr('reportWorkbook.col.implemented'), kind: 'count' },
      { header: tr('reportWorkbook.col.meanDays'), kind: 'days' },
      { header: tr('reportWorkbook.col.medianDays'), kind: 'days' },
    ],
    rows: fb.byKind.map((k) => [
      tr(`proposals.kind.${k.kind}`),
      k.received,
      k.undecided,
      k.accepted,
      k.rejected,
      k.merged,
      k.implemented,
      k.decisionTimes.meanDays,
      k.decisionTimes.medianDays,
    ]),
    freeze: true,
  });
  const c = fb.complaints;
  feedback.pairs(tr('reportWorkbook.block.complaints'), [
    [tr('reportWorkbook.col.received'), c.received, 'count'],
    [tr('reportWorkbook.complaints.answered'), c.answered, 'count'],
    [tr('reportWorkbook.complaints.answeredOnTime'), c.answeredOnTime, 'count'],
    [tr('reportWorkbook.complaints.answeredLate'), c.answeredLate, 'count'],
    [tr('reportWorkbook.complaints.overdue'), c.overdue, 'count'],
    [tr('reportWorkbook.complaints.pending'), c.pending, 'count'],
    [tr('reports.figure.complaintsOnTimePercent'), c.onTimePercent, 'percent'],
    [tr('reportWorkbook.col.meanDays'), c.responseTimes.meanDays, 'days'],
    [tr('reportWorkbook.col.medianDays'), c.responseTimes.medianDays, 'days'],
    [tr('reportWorkbook.col.maxDays'), c.responseTimes.maxDays, 'days'],
  ]);
  feedback.table({
    title: tr('reportWorkbook.block.byCategory'),
    columns: [
      { header: tr('reportWorkbook.col.category'), kind: 'text' },
      { header: tr('reportWorkbook.col.count'), kind: 'count' },
    ],
    rows: fb.byCategory.map((r) => [tr(`proposals.category.${r.category}`), r.count]),
    dataBars: [1],
    empty: tr('reportWorkbook.empty'),
  });
  feedback.table({
    title: tr('reportWorkbook.block.outcomes'),
    columns: [
      { header: tr('reportWorkbook.col.kind'), kind: 'text' },
      { header: tr('reportWorkbook.col.category'), kind: 'text' },
      { header: tr('reportWorkbook.col.orgUnit'), kind: 'text', maxWidth: 24 },
      { header: tr('reportWorkbook.col.outcome'), kind: 'text' },
      { header: tr('reportWorkbook.col.outcomeTitle'), kind: 'longText', maxWidth: 50 },
      { header: tr('reportWorkbook.col.implemented'), kind: 'text' },
    ],
    rows: fb.outcomes.map((o) => [
      tr(`proposals.kind.${o.kind}`),
      tr(`proposals.category.${o.category}`),
      o.unitName,
      tr(`reportWorkbook.outcome.${o.outcomeType}`),
      o.outcomeTitle,
      o.implemented
        ? { text: tr('reportWorkbook.yes'), color: COLOURS.better }
        : tr('reportWorkbook.no'),
    ]),
    empty: tr('reportWorkbook.empty'),
  });
  feedback.finish({ orientation: 'landscape' });

  // Improvement actions.
  const actions = sheetOf('improvementActions');
  const counts = (x: typeof model.improvementActions.opened.counts): CellInput[] => [
    x.total,
    x.open,
    x.inProgress,
    x.done,
    x.cancelled,
    x.overdue,
  ];
  actions.table({
    columns: [
      { header: '', kind: 'longText', maxWidth: 45 },
      { header: tr('reportWorkbook.col.total'), kind: 'count' },
      { header: tr('improvement.actionStatus.open'), kind: 'count' },
      { header: tr('improvement.actionStatus.inProgress'), kind: 'count' },
      { header: tr('improvement.actionStatus.done'), kind: 'count' },
      { header: tr('improvement.actionStatus.cancelled'), kind: 'count' },
      { header: tr('reportWorkbook.col.overdue'), kind: 'count' },
    ],
    rows: [
      [
        tr('reportWorkbook.block.carriedOut'),
        ...counts(model.improvementActions.carriedOut.counts),
      ],
      [tr('reportWorkbook.block.opened'), ...counts(model.improvementActions.opened.counts)],
    ],
    freeze: true,
  });
  actionTable(
    actions,
    tr,
    locale,
    tr('reportWorkbook.block.carriedOut'),
    model.improvementActions.carriedOut.items,
  );
  actionTable(
    actions,
    tr,
    locale,
    tr('reportWorkbook.block.opened'),
    model.improvementActions.opened.items,
  );
  actions.finish({ orientation: 'landscape' });

  // Benchmark.
  const bench = sheetOf('benchmark');
  if (model.benchmark === null || model.benchmark.rows.length === 0) {
    bench.line(tr('reportWorkbook.benchmark.none'), { italic: true });
  } else {
    bench.table({
      columns: [
        { header: tr('reportWorkbook.col.figure'), kind: 'text', maxWidth: 44 },
        { header: tr('reportWorkbook.col.peerGroup'), kind: 'longText', maxWidth: 44 },
        { header: tr('reportWorkbook.col.value'), kind: 'decimal' },
        { header: tr('reportWorkbook.col.organisations'), kind: 'count' },
        { header: tr('reportWorkbook.col.lowerQuartile'), kind: 'decimal' },
        { header: tr('reportWorkbook.col.median'), kind: 'decimal' },
        { header: tr('reportWorkbook.col.upperQuartile'), kind: 'decimal' },
        { header: tr('reportWorkbook.col.position'), kind: 'text' },
      ],
      rows: model.benchmark.rows.map((r) => [
        isBenchmarkFigureCode(r.indicatorCode)
          ? tr(`benchmark.figure.${r.indicatorCode}`)
          : r.indicatorCode,
        tr(`benchmark.peerGroup.${r.peerGroup}`, {
          orgType: org ? tr(`benchmark.orgType.${org.type}`) : '',
          municipality: org?.municipality ?? '',
        }),
        r.value,
        r.organisations,
        r.lowerQuartile,
        r.median,
        r.upperQuartile,
        r.position === null
          ? null
          : {
              text: tr(`reportWorkbook.position.${r.position}`),
              color:
                r.position === 'top'
                  ? COLOURS.better
                  : r.position === 'bottom'
                    ? COLOURS.worse
                    : COLOURS.same,
            },
      ]),
      freeze: true,
    });
  }
  bench.finish();

  const strengths = sheetOf('strengths');
  findingsSheet(strengths, tr, locale, model.strengths);
  strengths.finish();
  const weaknesses = sheetOf('weaknesses');
  findingsSheet(weaknesses, tr, locale, model.weaknesses);
  weaknesses.finish();

  // Definitions of the headline figures.
  const defs = sheetOf('definitions');
  defs.table({
    columns: [
      { header: tr('reportWorkbook.col.figure'), kind: 'text', maxWidth: 40 },
      { header: tr('reportWorkbook.col.unit'), kind: 'text' },
      { header: tr('reportWorkbook.col.direction'), kind: 'text', maxWidth: 30 },
      { header: tr('reportWorkbook.col.definition'), kind: 'longText', maxWidth: 70 },
    ],
    rows: (Object.keys(FIGURE_DEFINITIONS) as Array<keyof typeof FIGURE_DEFINITIONS>).map(
      (code) => {
        const d: { unit: FigureUnit; direction: 'up' | 'down' | null } = FIGURE_DEFINITIONS[code];
        return [
          tr(`reports.figure.${code}`),
          tr(`reports.unit.${d.unit}`),
          d.direction ? tr(`improvement.direction.${d.direction}`) : null,
          tr(`reports.figureDefinition.${code}`),
        ];
      },
    ),
    freeze: true,
  });
  defs.finish();

  const bytes = await toBytes(wb);
  return {
    bytes,
    filename: `${tr('reportWorkbook.file.annual', { year: model.year })}.xlsx`,
    title,
    sheets: wb.worksheets.map((w) => w.name),
    charts: charts.length,
  };
};

// ─── Half-year report ───────────────────────────────────────────────────────────────────────

const halfYearCountColumns = (tr: Tr): Column[] => [
  { header: tr('reportWorkbook.col.orgUnit'), kind: 'text' },
  { header: tr('reportWorkbook.col.items'), kind: 'count' },
  { header: tr('reportWorkbook.col.done'), kind: 'count' },
  { header: tr('reportWorkbook.col.inProgress'), kind: 'count' },
  { header: tr('reportWorkbook.col.notReported'), kind: 'count' },
  { header: tr('reportWorkbook.col.overdue'), kind: 'count' },
  { header: tr('reportWorkbook.col.averagePercent'), kind: 'percent' },
  { header: tr('reportWorkbook.col.donePercent'), kind: 'percent' },
];

const halfYearCountRow = (name: string, c: HalfYearPlanCounts): CellInput[] => [
  name,
  c.items,
  c.done,
  c.inProgress,
  c.notReported,
  c.overdue,
  c.averagePercent,
  c.donePercent,
];

/** The half-year report of a unit or of the whole organisation. */
export const writeHalfYearReportWorkbook = async (
  model: HalfYearReportModel,
  options: ReportWorkbookOptions,
): Promise<WrittenWorkbook> => {
  const { locale } = options;
  const tr = translator(locale);
  const orgName = model.cover.organisation?.name ?? '';
  const title = model.unit
    ? tr('reportWorkbook.title.halfYearUnit', { year: model.year, unit: model.unit.unitName })
    : tr('reportWorkbook.title.halfYear', { year: model.year });
  const job =
    (options.maxCharts ?? DEFAULT_MAX_CHARTS) > 0 ? halfYearExecutionJob(locale, model) : null;
  const charts = await renderJobs(job ? [job] : [], {
    ...(options.logger ? { logger: options.logger } : {}),
    onChart: (done, total) => options.onProgress?.({ charts: done, of: total }),
  });
  const wb = newWorkbook(title, orgName, model.generatedAt, tr);
  const S = {
    contents: tr('reportWorkbook.sheet.contents'),
    plan: tr('reportWorkbook.sheet.halfYearPlan'),
    items: tr('reportWorkbook.sheet.halfYearItems'),
    training: tr('reportWorkbook.sheet.training'),
  };
  const headings = {
    contents: tr('reports.section.cover'),
    plan: tr('reportWorkbook.heading.halfYearPlan'),
    items: tr('reportWorkbook.heading.halfYearItems'),
    training: tr('reports.section.training'),
  };
  const frame = frameOf(locale, orgName, title, S.contents);
  const subtitle = [orgName, title].filter(Boolean).join(' · ');

  const contents = new ReportSheet(wb, S.contents, frameOf(locale, orgName, title, null), {
    tabColor: 'FF1A7F64',
  }).heading(title);
  contents.ws.getCell(1, 1).font = { name: FONT, bold: true, size: 18 };
  contents.pairs(undefined, [
    [tr('reportWorkbook.cover.organisation'), orgName],
    [tr('reportWorkbook.cover.municipality'), model.cover.organisation?.municipality ?? null],
    [tr('reportWorkbook.cover.year'), String(model.year)],
    [tr('reportWorkbook.cover.unit'), model.unit?.unitName ?? tr('reports.scope.overall')],
    [tr('reportWorkbook.cover.periodEnd'), model.periodEnd],
    ...statusPairs(tr, model.cover.status),
    [tr('reportWorkbook.cover.asOf'), model.asOf],
    [tr('reportWorkbook.cover.generatedAt'), model.generatedAt.slice(0, 16).replace('T', ' ')],
  ]);
  contentsTable(
    contents,
    tr,
    (['plan', 'items', 'training'] as const).map((k) => ({ sheet: S[k], title: headings[k] })),
  );
  historyTable(contents, tr, options.history);
  contents.finish({ orientation: 'portrait', minWidths: [28, 40] });

  const plan = new ReportSheet(wb, S.plan, frame).heading(headings.plan, subtitle);
  plan.table({
    columns: halfYearCountColumns(tr),
    rows: [
      ...model.plan.byUnit.map((u) => halfYearCountRow(u.unitName, u)),
      halfYearCountRow(model.unit?.unitName ?? tr('reports.scope.overall'), model.plan.totals),
    ],
    boldRows: new Set([model.plan.byUnit.length]),
    freeze: true,
    dataBars: [6, 7],
  });
  chartsAt(plan, charts, () => true);
  plan.finish({ orientation: 'landscape' });

  const items = new ReportSheet(wb, S.items, frame).heading(headings.items, subtitle);
  items.table({
    columns: [
      { header: tr('reportWorkbook.col.orgUnit'), kind: 'text', maxWidth: 24 },
      { header: tr('reportWorkbook.col.period'), kind: 'text' },
      { header: tr('reportWorkbook.col.goal'), kind: 'longText', maxWidth: 40 },
      { header: tr('reportWorkbook.col.activity'), kind: 'longText', maxWidth: 50 },
      { header: tr('reportWorkbook.col.dueOn'), kind: 'text' },
      { header: tr('reportWorkbook.col.percent'), kind: 'percent' },
      { header: tr('reportWorkbook.col.done'), kind: 'text' },
      { header: tr('reportWorkbook.col.overdue'), kind: 'text' },
    ],
    rows: model.plan.items.map((i) => [
      i.unitName,
      tr(`planning.period.${i.period}`),
      i.goal,
      i.activity,
      i.dueOn,
      i.percent,
      i.done ? { text: tr('reportWorkbook.yes'), color: COLOURS.better } : tr('reportWorkbook.no'),
      i.overdue ? { text: tr('reportWorkbook.yes'), color: COLOURS.worse, bold: true } : null,
    ]),
    freeze: true,
    dataBars: [5],
    empty: tr('reportWorkbook.empty'),
  });
  items.finish({ orientation: 'landscape' });

  const training = new ReportSheet(wb, S.training, frame).heading(headings.training, subtitle);
  trainingSheet(training, tr, model.training);
  training.finish();

  const fileTitle = model.unit
    ? tr('reportWorkbook.file.halfYearUnit', { year: model.year, unit: model.unit.unitName })
    : tr('reportWorkbook.file.halfYear', { year: model.year });
  return {
    bytes: await toBytes(wb),
    filename: `${fileTitle.replace(/[\\/:*?"<>|]/g, '-')}.xlsx`,
    title,
    sheets: wb.worksheets.map((w) => w.name),
    charts: charts.length,
  };
};

// ─── Recipients' summary ────────────────────────────────────────────────────────────────────

/**
 * The recipients' summary on one printed page: large type, plain sentences, no codes or names.
 * Column A holds the text across a wide, wrapped column.
 */
export const writeRecipientsSummaryWorkbook = async (
  model: RecipientsSummaryModel,
  options: Pick<ReportWorkbookOptions, 'locale'>,
): Promise<WrittenWorkbook> => {
  const { locale } = options;
  const tr = translator(locale);
  const orgName = model.organisation?.name ?? '';
  const title = tr('reportWorkbook.title.summary', { year: model.year });
  const wb = newWorkbook(title, orgName, model.generatedAt, tr);
  const ws = wb.addWorksheet(tr('reportWorkbook.sheet.summary'));
  ws.getColumn(1).width = 95;
  const WRAP: Partial<ExcelJS.Alignment> = { wrapText: true, vertical: 'top' };
  /** Height of a wrapped line of `size` pt text in a 95-character column, in points. */
  const height = (text: string, size: number) =>
    Math.max(1, Math.ceil((text.length * size) / 14 / 80)) * size * 1.35 + 4;
  let row = 1;
  const put = (text: string, size: number, font: Partial<ExcelJS.Font> = {}, space = 0) => {
    const cell = ws.getCell(row, 1);
    setText(cell, text);
    cell.font = { name: FONT, size, ...font };
    cell.alignment = WRAP;
    ws.getRow(row).height = height(text, size) + space;
    row += 1;
  };
  const pct = (v: number) => new Intl.NumberFormat(locale, { maximumFractionDigits: 0 }).format(v);

  put(title, 18, { bold: true, color: { argb: COLOURS.title } }, 4);
  if (orgName) put(orgName, 14, { color: { argb: COLOURS.muted } }, 6);

  put(tr('reports.section.satisfaction'), 16, { bold: true, color: { argb: COLOURS.better } }, 6);
  if (model.satisfaction.length === 0) put(tr('reportWorkbook.summary.noSurvey'), 14);
  for (const s of model.satisfaction) {
    const sat = s.satisfaction;
    if ('suppressed' in sat || sat.topTwoBoxPercent === null) {
      put(tr('reportWorkbook.summary.suppressed', { title: s.title }), 14);
      continue;
    }
    let line = tr('reportWorkbook.summary.satisfied', {
      title: s.title,
      percent: pct(sat.topTwoBoxPercent),
    });
    if (s.previousTopTwoBoxPercent !== null && s.direction !== null)
      line += ` ${tr(`reportWorkbook.summary.${s.direction}`, { previous: pct(s.previousTopTwoBoxPercent) })}`;
    put(line, 14);
  }
  row += 1;

  put(tr('reports.section.changes'), 16, { bold: true, color: { argb: COLOURS.better } }, 6);
  const sg = model.suggestions;
  put(
    tr('reportWorkbook.summary.suggestions', {
      received: sg.received,
      decided: sg.decided,
      accepted: sg.accepted,
    }),
    14,
  );
  if (sg.changes.length === 0) put(tr('reportWorkbook.summary.noChanges'), 14);
  for (const change of sg.changes)
    put(
      tr(
        change.implemented
          ? 'reportWorkbook.summary.changeDone'
          : 'reportWorkbook.summary.changePlanned',
        {
          title: change.title,
        },
      ),
      14,
    );
  row += 1;

  put(tr('reports.section.next'), 16, { bold: true, color: { argb: COLOURS.better } }, 6);
  const next = model.next;
  if (next.planItems.length === 0 && next.actions.length === 0)
    put(tr('reportWorkbook.summary.nothingNext'), 14);
  for (const item of next.planItems)
    put(tr('reportWorkbook.summary.nextPlan', { title: item.title, unit: item.unitName }), 14);
  for (const action of next.actions)
    put(tr('reportWorkbook.summary.nextAction', { title: action.title, date: action.dueOn }), 14);
  row += 1;
  put(tr('reportWorkbook.summary.thanks'), 14, { italic: true, color: { argb: COLOURS.muted } });

  ws.pageSetup = {
    paperSize: 9,
    orientation: 'portrait',
    fitToPage: true,
    fitToWidth: 1,
    fitToHeight: 1,
    horizontalCentered: true,
    margins: { left: 0.6, right: 0.6, top: 0.7, bottom: 0.7, header: 0.3, footer: 0.3 },
  };
  ws.pageSetup.printArea = `A1:A${row}`;
  ws.views = [{ showGridLines: false }];
  ws.headerFooter = { oddFooter: `&C&10${orgName.replace(/&/g, '&&').slice(0, 80)}` };

  return {
    bytes: await toBytes(wb),
    filename: `${tr('reportWorkbook.file.summary', { year: model.year })}.xlsx`,
    title,
    sheets: wb.worksheets.map((w) => w.name),
    charts: 0,
  };
};
