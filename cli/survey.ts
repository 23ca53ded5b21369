import { stat } from 'node:fs/promises';
import {
  readSurveyFile,
  SurveyFileError,
  type ReadSurvey,
} from '../functions/adapters/excel/survey-file';
import {
  analyseSurvey,
  compareSurveys,
  type QuestionAnalysis,
  type QuestionFigures,
} from '../functions/domain/surveys/analysis';
import type { SurveyQuestion } from '../functions/domain/surveys/model';
import { isSuppressed } from '../functions/domain/surveys/statistics';
import { t, type Locale } from '../functions/i18n';

export interface SurveyCommandOptions {
  sheet?: string;
  json: boolean;
  locale: Locale;
}

/** The file must exist and be a file: said in the user's words before any reading starts. */
const readFile = async (file: string, sheet: string | undefined): Promise<ReadSurvey> => {
  const info = await stat(file).catch(() => undefined);
  if (!info?.isFile()) throw new SurveyFileError('surveys.file.missing', { file });
  return readSurveyFile(file, sheet === undefined ? {} : { sheet });
};

/** One question of `survey analyze --json`: the shape the issue fixes, figures null when suppressed. */
export interface AnalyzedQuestion {
  header: string;
  kind: SurveyQuestion['kind'];
  n: number;
  mean: number | null;
  median: number | null;
  top2box: number | null;
  distribution: Record<string, number>;
  nps?: number | null;
  suppressed?: true;
}

/** Non-blank cells of the question among the accepted rows (metadata too: e-mails, ids are counted, never kept). */
const answeredCount = (read: ReadSurvey, q: SurveyQuestion): number => read.answered[q.key] ?? 0;

const figuresOf = (
  q: SurveyQuestion,
  figures: QuestionFigures,
): Omit<AnalyzedQuestion, 'header' | 'kind'> => {
  if (figures.kind === 'likert' || figures.kind === 'scale0to10') {
    const distribution: Record<string, number> = {};
    for (const p of figures.distribution.points) distribution[String(p.value)] = p.count;
    return {
      n: figures.n,
      mean: figures.mean.mean,
      median: figures.median,
      top2box: figures.topTwoBox.share,
      distribution,
      ...(q.kind === 'scale0to10'
        ? { nps: figures.nps?.score == null ? null : figures.nps.score * 100 }
        : {}),
    };
  }
  if (figures.kind === 'single' || figures.kind === 'multi') {
    const distribution: Record<string, number> = {};
    for (const o of figures.options) distribution[o.label] = o.count;
    return { n: figures.n, mean: null, median: null, top2box: null, distribution };
  }
  return { n: figures.n, mean: null, median: null, top2box: null, distribution: {} };
};

export const analyzeFile = async (
  file: string,
  sheet: string | undefined,
): Promise<{ read: ReadSurvey; result: { responses: number; questions: AnalyzedQuestion[] } }> => {
  const read = await readFile(file, sheet);
  const analysis = analyseSurvey({ questions: read.questions, responses: read.responses });
  const byKey = new Map<string, QuestionAnalysis>(analysis.questions.map((q) => [q.key, q]));
  const questions = read.questions.map((q): AnalyzedQuestion => {
    const found = byKey.get(q.key);
    if (!found) {
      // Metadata, and the unit column: counted, never scored.
      return {
        header: q.header,
        kind: q.kind,
        n: answeredCount(read, q),
        mean: null,
        median: null,
        top2box: null,
        distribution: {},
      };
    }
    if (isSuppressed(found.overall))
      return {
        header: q.header,
        kind: q.kind,
        n: answeredCount(read, q),
        mean: null,
        median: null,
        top2box: null,
        distribution: {},
        ...(q.kind === 'scale0to10' ? { nps: null } : {}),
        suppressed: true,
      };
    return { header: q.header, kind: q.kind, ...figuresOf(q, found.overall) };
  });
  return { read, result: { responses: read.responses.count, questions } };
};

const number = (value: number | null | undefined, digits = 2): string =>
  value === null || value === undefined ? '—' : value.toFixed(digits);
const percent = (share: number | null | undefined): string =>
  share === null || share === undefined ? '—' : `${(share * 100).toFixed(1)} %`;

/** A plain text table: the first column left-aligned, the rest right-aligned. */
const table = (headers: string[], rows: string[][]): string => {
  const clip = (s: string) => (s.length > 60 ? `${s.slice(0, 59)}…` : s);
  const cells = [headers, ...rows].map((r) => r.map(clip));
  const widths = headers.map((_, i) => Math.max(...cells.map((r) => r[i]!.length)));
  const line = (r: string[]) =>
    r.map((c, i) => (i === 0 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join('  ');
  return [line(cells[0]!), widths.map((w) => '-'.repeat(w)).join('  '), ...cells.slice(1).map(line)]
    .join('\n')
    .concat('\n');
};

export const surveyAnalyze = async (
  file: string,
  options: SurveyCommandOptions,
): Promise<string> => {
  const { read, result } = await analyzeFile(file, options.sheet);
  if (options.json) return `${JSON.stringify(result, null, 2)}\n`;
  const l = options.locale;
  const suppressed = t(l, 'surveys.suppressed', { minimumN: 5 });
  const rows = result.questions.map((q) => [
    q.header,
    t(l, `surveys.kind.${q.kind}`),
    String(q.n),
    q.suppressed ? suppressed : number(q.mean),
    q.suppressed ? '' : number(q.median, 1),
    q.suppressed ? '' : percent(q.top2box),
    q.nps === undefined || q.nps === null ? '' : q.nps.toFixed(1),
  ]);
  return [
    `${read.sheet} · ${t(l, `surveys.family.${read.family}`)} · ${t(l, 'cli.responses', { count: result.responses })}`,
    '',
    table(
      ['question', 'kind', 'n', 'mean', 'median', 'top2box', 'nps'].map((h) =>
        t(l, `cli.header.${h}` as Parameters<typeof t>[1]),
      ),
      rows,
    ),
  ].join('\n');
};

export const surveyCompare = async (
  beforeFile: string,
  afterFile: string,
  options: SurveyCommandOptions,
): Promise<string> => {
  const before = await readFile(beforeFile, options.sheet);
  const after = await readFile(afterFile, options.sheet);
  const comparison = compareSurveys(
    { questions: before.questions, responses: before.responses },
    { questions: after.questions, responses: after.responses },
  );
  const questions = comparison.questions.map((q) =>
    isSuppressed(q.change)
      ? { header: q.header, delta_mean: null, p_value: null, significant: false, suppressed: true }
      : {
          header: q.header,
          delta_mean: q.change.deltaMean,
          p_value: q.change.mannWhitney.p,
          significant: q.change.significant,
        },
  );
  if (options.json) return `${JSON.stringify({ questions }, null, 2)}\n`;
  const l = options.locale;
  const note = comparison.multipleComparisons
    ? `\n${t(l, 'surveys.compare.multipleComparisons', { count: comparison.questions.length })}\n`
    : '';
  return (
    table(
      ['question', 'deltaMean', 'pValue', 'significant'].map((h) =>
        t(l, `cli.header.${h}` as Parameters<typeof t>[1]),
      ),
      questions.map((q) => [
        q.header,
        q.delta_mean === null ? t(l, 'surveys.suppressed', { minimumN: 5 }) : number(q.delta_mean),
        q.p_value === null ? '' : q.p_value.toFixed(4),
        q.significant ? t(l, 'cli.yes') : t(l, 'cli.no'),
      ]),
    ) + note
  );
};
