import { createHash } from 'node:crypto';
import { readSurveyFile, SurveyFileError, type ReadSurvey } from '../adapters/excel/survey-file';
import type { AreaOperations } from '../adapters/http/http-handler';
import { InputError } from '../adapters/http/parse';
import { SURVEY_ROWS_LIMITS, type SurveyRowsRequest } from '../contracts/surveys';
import type { SURVEY_ROUTES } from '../contracts/surveys-routes';
import { ValidationError, type FieldIssue } from '../domain/errors';
import { listUnits } from '../domain/org/org-service';
import type { Deps, RequestContext, Stored } from '../domain/ports';
import { columnLetter } from '../domain/spreadsheets/sheet';
import { parseSurveyRows, rowsFromValues, SurveyImportError } from '../domain/surveys/import';
import type { SurveyQuestion } from '../domain/surveys/model';
import type { Survey, SurveyImport } from '../domain/surveys/survey';
import {
  analyseStoredSurvey,
  commitImport,
  compareStoredSurveys,
  createSurvey,
  deleteSurvey,
  getSurvey,
  listImports,
  listSurveys,
  previewImport,
  setSurveyMapping,
  updateSurvey,
  type CompareWith,
  type ImportSource,
} from '../domain/surveys/survey-service';
import { t, type Locale, type MessageKey } from '../i18n';
import { bodyOrUpload } from './uploads';

type Ctx = RequestContext & { deps: Deps; locale: Locale };

/** Survey uploads: a 100,000-response export is about 16 MB. */
const SURVEY_LIMITS = { maxFileBytes: 50 * 1024 * 1024 };

const questionView = (q: SurveyQuestion, locale: Locale) => ({
  key: q.key,
  header: q.header,
  ...(q.group === undefined ? {} : { group: q.group }),
  kind: q.kind,
  kindLabel: t(locale, `surveys.kind.${q.kind}`),
  columns: q.columns.map((c) => columnLetter(c - 1)),
  ...(q.scale ? { scale: q.scale } : {}),
  ...(q.options ? { options: q.options } : {}),
  ...(q.metaRole ? { metaRole: q.metaRole } : {}),
  ...(q.domain ? { domain: q.domain, domainLabel: t(locale, `surveys.domain.${q.domain}`) } : {}),
  ...(q.unitId ? { unitId: q.unitId } : {}),
  ...(q.isUnitColumn ? { isUnitColumn: true } : {}),
});

const surveyView = async (ctx: Ctx, survey: Stored<Survey>) => {
  const [units, imports] = await Promise.all([
    survey.unitId === null ? Promise.resolve([]) : listUnits(ctx, ctx.deps),
    listImports(ctx, survey, ctx.deps),
  ]);
  return {
    id: survey.id,
    year: survey.cycle,
    title: survey.title,
    instrument: survey.instrument,
    audience: survey.audience,
    audienceLabel: t(ctx.locale, `surveys.audience.${survey.audience}`),
    period: survey.period,
    unitId: survey.unitId,
    unitName: units.find((u) => u.id === survey.unitId)?.name ?? null,
    population: survey.population,
    populationByUnit: survey.populationByUnit,
    responses: survey.responses,
    responseRate: survey.population ? survey.responses / survey.population : null,
    family: survey.family,
    mapping: survey.mapping,
    questions: survey.questions.map((q) => questionView(q, ctx.locale)),
    imports: imports.map((i: Stored<SurveyImport>) => ({
      id: i.id,
      at: i.createdAt,
      by: i.createdBy,
      fileName: i.fileName,
      sheet: i.sheet,
      added: i.added,
      alreadyImported: i.alreadyImported,
      rejectedCells: i.rejectedCells,
    })),
    version: survey.version,
    createdAt: survey.createdAt,
    createdBy: survey.createdBy,
    updatedAt: survey.updatedAt,
    updatedBy: survey.updatedBy,
  };
};

/** The survey's mapping corrections, which every read of an export applies. */
const mappingOf = async (ctx: Ctx, year: number, surveyId: string) =>
  (await getSurvey(ctx, year, surveyId, ctx.deps)).mapping;

/** A reason to refuse a whole export (a file or JSON rows) is a problem with the body. */
const exportRefused = (
  key: MessageKey,
  params: Record<string, string | number>,
  cause: unknown,
  path: (string | number)[] = [],
) => new InputError('body', [{ path, key, params }], { cause });

/** Reads the upload with the survey's mapping; a file that cannot be read is a problem with the body. */
const readUpload = async (
  ctx: Ctx,
  year: number,
  surveyId: string,
  bytes: Buffer,
  sheet: string | undefined,
): Promise<ReadSurvey> => {
  const overrides = await mappingOf(ctx, year, surveyId);
  try {
    return await readSurveyFile(bytes, {
      ...(sheet === undefined ? {} : { sheet }),
      overrides,
      limits: SURVEY_LIMITS,
    });
  } catch (error) {
    if (error instanceof SurveyFileError) throw exportRefused(error.key, error.params, error);
    throw error;
  }
};

/** Each row, cell or text of JSON rows beyond `SURVEY_ROWS_LIMITS`, named as the body's field. */
const rowsLimitIssues = (rows: SurveyRowsRequest['rows']): FieldIssue[] => {
  const { rows: maxRows, columns: maxColumns, textLength: maxText } = SURVEY_ROWS_LIMITS;
  if (rows.length > maxRows)
    return [
      {
        path: ['rows'],
        key: 'surveys.rows.tooManyRows',
        params: { rows: rows.length, max: maxRows },
      },
    ];
  const issues: FieldIssue[] = [];
  for (const [i, cells] of rows.entries()) {
    if (issues.length >= 10) break;
    if (cells.length > maxColumns) {
      issues.push({
        path: ['rows', i],
        key: 'surveys.rows.tooManyColumns',
        params: { row: i + 1, columns: cells.length, max: maxColumns },
      });
      continue;
    }
    for (const [c, cell] of cells.entries())
      if (typeof cell === 'string' && cell.length > maxText)
        issues.push({
          path: ['rows', i, c],
          key: 'surveys.rows.textTooLong',
          params: { cell: `${columnLetter(c)}${i + 1}`, length: cell.length, max: maxText },
        });
  }
  return issues;
};

/** Reads a sheet's values sent as JSON with the survey's mapping, exactly as a file's rows. */
const readRows = async (
  ctx: Ctx,
  year: number,
  surveyId: string,
  body: SurveyRowsRequest,
): Promise<ReadSurvey> => {
  const issues = rowsLimitIssues(body.rows);
  if (issues.length > 0) throw new InputError('body', issues);
  const rows = rowsFromValues(body.rows);
  if (rows.every((r) => r.values.length === 0))
    throw exportRefused('surveys.file.empty_sheet', { sheet: body.sheet }, undefined, ['rows']);
  const overrides = await mappingOf(ctx, year, surveyId);
  try {
    return { ...(await parseSurveyRows(rows, { overrides })), sheet: body.sheet };
  } catch (error) {
    if (error instanceof SurveyImportError)
      throw exportRefused(
        `surveys.import.${error.code}`,
        { sheet: body.sheet, ...error.params },
        error,
        ['rows'],
      );
    throw error;
  }
};

/** A canonical JSON of the rows (as parsed: no whitespace, numbers as JSON writes them), hashed. */
const rowsSha256 = (rows: SurveyRowsRequest['rows']): string =>
  createHash('sha256').update(JSON.stringify(rows)).digest('hex');

const warningText = (locale: Locale, w: { key: string; params: Record<string, string | number> }) =>
  t(locale, w.key as MessageKey, w.params);

const answered = (q: SurveyQuestion, read: ReadSurvey): number =>
  (read.responses.answers[q.key] ?? []).reduce<number>((n, a) => n + (a === null ? 0 : 1), 0);

interface SurveyAt {
  year: number;
  surveyId: string;
}

/** What an export (a file or JSON rows) holds, against what the survey already has; stores nothing. */
const previewView = async (ctx: Ctx, { year, surveyId }: SurveyAt, read: ReadSurvey) => {
  const preview = await previewImport(ctx, year, surveyId, read, ctx.deps);
  return {
    sheet: read.sheet,
    family: read.family,
    familyLabel: t(ctx.locale, `surveys.family.${read.family}`),
    headerRow: read.headerRow,
    questions: read.questions.map((q) => ({
      ...questionView(q, ctx.locale),
      answered: answered(q, read),
    })),
    counts: {
      ...read.counts,
      alreadyImported: preview.alreadyImported,
      new: preview.newResponses,
    },
    rejected: read.rejected.map((r) => ({
      ...r,
      message: t(ctx.locale, `surveys.reject.${r.reason}`, rejectParams(read, r.header)),
    })),
    warnings: read.warnings.map((w) => warningText(ctx.locale, w)),
    conflicts: preview.conflicts.map((c) => ({
      header: c.header,
      message: t(ctx.locale, c.key, c.params),
    })),
    canCommit: preview.conflicts.length === 0 && preview.newResponses > 0,
  };
};

/** Stores an export's new responses (a file or JSON rows) and says what was added. */
const commitView = async (
  ctx: Ctx,
  { year, surveyId }: SurveyAt,
  read: ReadSurvey,
  source: ImportSource,
) => {
  const result = await commitImport(ctx, year, surveyId, read, source, ctx.deps).catch(
    (error: unknown) => {
      if (error instanceof ValidationError && !(error instanceof InputError))
        throw new InputError('body', error.issues, { cause: error });
      throw error;
    },
  );
  return {
    survey: await surveyView(ctx, result.survey),
    importId: result.import?.id ?? null,
    added: result.added,
    alreadyImported: result.alreadyImported,
    ...(result.added === 0
      ? {
          message: t(ctx.locale, 'surveys.import.nothingNew', {
            duplicates: result.alreadyImported,
          }),
        }
      : {}),
  };
};

/** Survey routes: each one's operation. */
export const surveysOperations: AreaOperations<typeof SURVEY_ROUTES> = {
  listSurveys: async ({ params }, ctx) => ({
    items: await Promise.all(
      (await listSurveys(ctx, params.year, ctx.deps)).map((s) => surveyView(ctx, s)),
    ),
  }),
  createSurvey: async ({ params, body }, ctx) =>
    surveyView(ctx, await createSurvey(ctx, params.year, body, ctx.deps)),
  getSurvey: async ({ params }, ctx) =>
    surveyView(ctx, await getSurvey(ctx, params.year, params.surveyId, ctx.deps)),
  updateSurvey: async ({ params, body }, ctx) => {
    const { version, ...input } = body;
    return surveyView(
      ctx,
      await updateSurvey(ctx, params.year, params.surveyId, input, version, ctx.deps),
    );
  },
  deleteSurvey: async ({ params, query }, ctx) => {
    await deleteSurvey(
      ctx,
      params.year,
      params.surveyId,
      query.version,
      query.withResponses,
      ctx.deps,
    );
    return { id: params.surveyId, deleted: true };
  },
  putSurveyMapping: async ({ params, body }, ctx) =>
    surveyView(
      ctx,
      await setSurveyMapping(
        ctx,
        params.year,
        params.surveyId,
        body.mapping.map(({ key, header, ...rest }) => ({
          ...(key === undefined ? {} : { key }),
          ...(header === undefined ? {} : { header }),
          ...Object.fromEntries(Object.entries(rest).filter(([, v]) => v !== undefined)),
        })),
        body.version,
        ctx.deps,
      ),
    ),
  previewSurveyImport: async ({ params, query, body }, ctx) => {
    const file = await bodyOrUpload(ctx, body, query.upload, SURVEY_LIMITS.maxFileBytes);
    const read = await readUpload(ctx, params.year, params.surveyId, file.bytes, query.sheet);
    return previewView(ctx, params, read);
  },
  commitSurveyImport: async ({ params, query, body }, ctx) => {
    const file = await bodyOrUpload(ctx, body, query.upload, SURVEY_LIMITS.maxFileBytes);
    const read = await readUpload(ctx, params.year, params.surveyId, file.bytes, query.sheet);
    const view = await commitView(ctx, params, read, {
      fileName: query.fileName ?? file.fileName ?? null,
      sha256: createHash('sha256').update(file.bytes).digest('hex'),
      sheet: read.sheet,
    });
    // Used once: a failed delete is left to the bucket's one-day lifecycle rule.
    if (query.upload !== undefined)
      await ctx.uploads.remove(ctx.actor.orgId, query.upload).catch(() => undefined);
    return view;
  },
  previewSurveyRowsImport: async ({ params, body }, ctx) =>
    previewView(ctx, params, await readRows(ctx, params.year, params.surveyId, body)),
  commitSurveyRowsImport: async ({ params, body }, ctx) =>
    commitView(ctx, params, await readRows(ctx, params.year, params.surveyId, body), {
      fileName: body.source ?? null,
      sha256: rowsSha256(body.rows),
      sheet: body.sheet,
    }),
  getSurveyAnalysis: async ({ params }, ctx) => {
    const { survey, analysis } = await analyseStoredSurvey(
      ctx,
      params.year,
      params.surveyId,
      ctx.deps,
    );
    return {
      survey: { id: survey.id, year: survey.cycle, title: survey.title },
      analysis: analysis as unknown as Record<string, unknown>,
    };
  },
  compareSurvey: async ({ params, query }, ctx) => {
    let other: CompareWith;
    if (query.withYear !== undefined && query.withSurvey !== undefined)
      other = { withYear: query.withYear, withSurvey: query.withSurvey };
    else if (query.unitA !== undefined && query.unitB !== undefined)
      other = { unitA: query.unitA, unitB: query.unitB };
    else throw new InputError('query', [{ path: [], key: 'surveys.compare.needOther' }]);
    const result = await compareStoredSurveys(ctx, params.year, params.surveyId, other, ctx.deps);
    const side = (s: Stored<Survey>, unit?: string) => ({
      id: s.id,
      year: s.cycle,
      title: s.title,
      ...(unit === undefined ? {} : { unit }),
    });
    const note = result.comparison.multipleComparisons;
    return {
      before: result.other ? side(result.other) : side(result.survey, result.units?.a),
      after: side(result.survey, result.units?.b),
      comparison: result.comparison as unknown as Record<string, unknown>,
      note: note
        ? t(ctx.locale, 'surveys.compare.multipleComparisons', {
            count: result.comparison.questions.length,
          })
        : null,
    };
  },
};

const rejectParams = (read: ReadSurvey, header: string): Record<string, string | number> => {
  const q = read.questions.find((x) => x.header === header);
  return q?.scale ? { min: q.scale.min, max: q.scale.max } : {};
};
