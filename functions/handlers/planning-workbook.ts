import { z } from 'zod';
import { NotAWorkbookError, readWorkbook, writeWorkbook } from '../adapters/excel/workbook';
import type { Operation } from '../adapters/http/http-handler';
import { InputError, toFieldIssues } from '../adapters/http/parse';
import { CreatePlanItemRequest, type WorkbookReviewView } from '../contracts/planning';
import type { Routes } from '../contracts/routes';
import { ValidationError } from '../domain/errors';
import { getOrganisation } from '../domain/org/org-service';
import { planItemsSheet } from '../domain/planning/plan-items-sheet';
import type { Deps, RequestContext } from '../domain/ports';
import {
  applyReview,
  reviewWorkbook,
  workbookModel,
  type WorkbookReview,
} from '../domain/spreadsheets/workbook';
import type { WorkbookSheet } from '../domain/spreadsheets/workbook-entity';
import { improvementWorkbookSheets } from './improvement-workbook';
import { proposalsWorkbookSheets } from './proposals-workbook';
import { trainingWorkbookSheets } from './training-workbook';
import { sheet, type AnySheet } from './workbook-sheet';
import { LOCALES, t, type Locale } from '../i18n';

const zodLocales = { lt: z.locales.lt().localeError, en: z.locales.en().localeError };

/** The planning workbook's sheets, in order; a row obeys exactly the rules of a request. */
export const PLANNING_WORKBOOK_SHEETS: AnySheet[] = [
  sheet(planItemsSheet, CreatePlanItemRequest),
  ...proposalsWorkbookSheets,
  ...trainingWorkbookSheets,
  ...improvementWorkbookSheets,
];

/** A sheet with its rows checked by its request contract, messages in `locale`. */
export const workbookSheet = ({ entity, schema }: AnySheet, locale: Locale): WorkbookSheet => ({
  entity,
  validate: (values) => {
    const result = schema.safeParse(values, { error: zodLocales[locale] });
    return result.success
      ? { ok: true, value: result.data }
      : { ok: false, issues: toFieldIssues(result.error.issues) };
  },
});

const sheetsFor = (locale: Locale): WorkbookSheet[] =>
  PLANNING_WORKBOOK_SHEETS.map((s) => workbookSheet(s, locale));

const reviewView = (
  review: WorkbookReview,
  applied: number,
  locale: Locale,
): WorkbookReviewView => {
  const count = (action: string) => review.rows.filter((r) => r.action === action).length;
  return {
    summary: {
      create: count('create'),
      update: count('update'),
      unchanged: count('unchanged'),
      rejected: count('rejected'),
      conflict: count('conflict'),
    },
    rows: review.rows,
    rejected: review.rejected.map((r) => ({
      cell: r.cell,
      message: r.issue.key ? t(locale, r.issue.key, r.issue.params) : (r.issue.message ?? ''),
    })),
    conflicts: review.conflicts.map((c) => ({
      cell: c.cell,
      id: c.id,
      sentVersion: c.sentVersion,
      currentVersion: c.currentVersion,
    })),
    applied,
  };
};

const review = async (
  ctx: RequestContext & { locale: Locale; deps: Deps },
  year: number,
  bytes: Buffer,
) => {
  let read;
  try {
    read = await readWorkbook(bytes);
  } catch (error) {
    if (error instanceof NotAWorkbookError) {
      throw new InputError('body', [{ path: [], key: 'sheet.notAWorkbook' }], { cause: error });
    }
    throw error;
  }
  return reviewWorkbook(
    ctx,
    year,
    read,
    sheetsFor(ctx.locale),
    { locale: ctx.locale, locales: LOCALES, t },
    ctx.deps,
  );
};

export const getPlanningWorkbookOperation: Operation<Routes['getPlanningWorkbook']> = async (
  { params },
  ctx,
) => {
  const [sheets, org] = await Promise.all([
    workbookModel(ctx, params.year, sheetsFor(ctx.locale), ctx.locale, ctx.deps),
    getOrganisation(ctx, ctx.deps).catch(() => undefined),
  ]);
  const title = `Ciklas ${params.year}`;
  const bytes = await writeWorkbook(sheets, {
    title,
    organisation: org?.name ?? ctx.actor.orgId,
    locale: ctx.locale,
  });
  return { filename: `${title}.xlsx`, bytes };
};

export const previewPlanningWorkbookOperation: Operation<
  Routes['previewPlanningWorkbook']
> = async ({ params, body }, ctx) =>
  reviewView(await review(ctx, params.year, body), 0, ctx.locale);

export const applyPlanningWorkbookOperation: Operation<Routes['applyPlanningWorkbook']> = async (
  { params, body },
  ctx,
) => {
  const reviewed = await review(ctx, params.year, body);
  try {
    return reviewView(reviewed, await applyReview(ctx, reviewed, ctx.deps), ctx.locale);
  } catch (error) {
    // Cells are named as the user sees them; the issue keys are already in the catalogue.
    if (error instanceof ValidationError)
      throw new InputError('body', error.issues, { cause: error });
    throw error;
  }
};
