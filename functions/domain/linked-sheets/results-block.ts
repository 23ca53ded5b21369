import { t, type Locale } from '../../i18n';
import type { QuestionFigures, ScaleFigures, SurveyAnalysis } from '../surveys/analysis';
import { isSuppressed, type Suppressed } from '../surveys/statistics/suppression';

/** A cell the results block writes: plain values only, never a formula. */
export type BlockCell = string | number | null;

export interface ResultsBlockInput {
  title: string;
  analysis: SurveyAnalysis;
  language: Locale;
  /** ISO time of the run, written as text (a date cell would follow the sheet's locale). */
  at: string;
}

const round = (value: number | null | undefined, digits: number): BlockCell =>
  value === null || value === undefined || !Number.isFinite(value)
    ? null
    : Math.round(value * 10 ** digits) / 10 ** digits;

const percent = (share: number | null | undefined): BlockCell =>
  share === null || share === undefined ? null : round(share * 100, 1);

/** Columns of the analysis table, in order. */
const TABLE_COLUMNS = [
  'question',
  'kind',
  'n',
  'mean',
  'median',
  'topTwoBox',
  'nps',
  'distribution',
] as const;

const scaleRow = (figures: ScaleFigures): BlockCell[] => [
  figures.n,
  round(figures.mean.mean, 2),
  round(figures.median, 2),
  percent(figures.topTwoBox.share),
  figures.nps ? round(figures.nps.score === null ? null : figures.nps.score * 100, 0) : null,
  figures.distribution.points.map((p) => `${p.value}: ${p.count}`).join('; '),
];

const figureCells = (figures: QuestionFigures | Suppressed, language: Locale): BlockCell[] => {
  if (isSuppressed(figures))
    return [
      null,
      null,
      null,
      null,
      null,
      t(language, 'linkedSheets.results.suppressed', { minimum: figures.minimumN }),
    ];
  if (figures.kind === 'text') return [figures.n, null, null, null, null, null];
  if (!('options' in figures)) return scaleRow(figures);
  return [
    figures.n,
    null,
    null,
    null,
    null,
    figures.options.map((o) => `${o.label}: ${o.count}`).join('; '),
  ];
};

/**
 * The block the nightly job writes into a linked results sheet, replacing what was there: the key
 * indicators, then one row per question (free text gives only its n). Question texts and option
 * labels are the users' words and go out as they are; the job writes them with
 * `valueInputOption: RAW`, so a text starting with `=` stays text in Sheets.
 */
export const buildResultsBlock = ({
  title,
  analysis,
  language,
  at,
}: ResultsBlockInput): BlockCell[][] => {
  const l = (key: Parameters<typeof t>[1], params?: Record<string, string | number>) =>
    t(language, key, params);
  const rows: BlockCell[][] = [
    [title],
    [l('linkedSheets.results.updated'), at],
    [],
    [l('linkedSheets.results.keyIndicators')],
    [l('linkedSheets.results.responses'), analysis.responses],
    [l('linkedSheets.results.population'), analysis.population],
    [l('linkedSheets.results.responseRate'), percent(analysis.responseRate)],
  ];
  for (const d of analysis.domains) {
    const label = l(`surveys.domain.${d.domain}`);
    if (isSuppressed(d.overall))
      rows.push([label, l('linkedSheets.results.suppressed', { minimum: d.overall.minimumN })]);
    else
      rows.push([
        l('linkedSheets.results.domainScore', { domain: label }),
        round(d.overall.score.mean, 1),
        l('linkedSheets.results.domainTopTwoBox'),
        percent(d.overall.topTwoBox.share),
      ]);
  }
  rows.push(
    [],
    TABLE_COLUMNS.map((c) => l(`linkedSheets.results.column.${c}`)),
  );
  for (const q of analysis.questions)
    rows.push([q.header, l(`surveys.kind.${q.kind}`), ...figureCells(q.overall, language)]);
  return rows;
};
