import type { AreaOperations } from '../adapters/http/http-handler';
import { InputError } from '../adapters/http/parse';
import {
  SupportGoalRowRequest,
  type SheetRowEntity,
  type SheetRowsResultView,
} from '../contracts/sheet-rows';
import type { SHEET_ROW_ROUTES } from '../contracts/sheet-rows-routes';
import type { FieldIssue } from '../domain/errors';
import { deletePlanItem } from '../domain/planning/plan-items';
import {
  deleteSheetRows,
  type DeleteItem,
  type SheetDeleteResult,
  type SheetRowDelete,
} from '../domain/spreadsheets/sheet-deletes';
import {
  readSheetRows,
  writeSheetRowsInPasses,
  type RowIssue,
  type SheetRowResult,
} from '../domain/spreadsheets/sheet-rows';
import { goalRowPlanKey, supportGoalsSheet } from '../domain/support-plans/goal-sheet';
import type { WorkbookSheet } from '../domain/spreadsheets/workbook-entity';
import { deleteNeed } from '../domain/training/needs-service';
import { deleteTraining } from '../domain/training/training-service';
import { t, type Locale } from '../i18n';
import { PLANNING_WORKBOOK_SHEETS, workbookSheet } from './planning-workbook';
import { sheet as anySheet } from './workbook-sheet';

/** Each slug's sheet of the planning workbook, by the sheet's id. */
export const SHEET_IDS: Record<SheetRowEntity, string> = {
  'plan-items': 'planItems',
  proposals: 'proposals',
  needs: 'needs',
  training: 'training',
  actions: 'improvementActions',
  projects: 'improvementProjects',
  'support-goals': 'supportGoals',
};

/** The planning workbook's sheets, then the support-plan goals (rows only, never a workbook). */
const SHEET_ROW_SHEETS = [
  ...PLANNING_WORKBOOK_SHEETS,
  anySheet(supportGoalsSheet, SupportGoalRowRequest),
];

/**
 * Each slug's delete: the area's own (the API's `DELETE` route's use case). Proposals, improvement
 * actions and projects have none: they are rejected, decided or cancelled instead.
 */
export const SHEET_DELETES: Record<SheetRowEntity, DeleteItem | null> = {
  'plan-items': deletePlanItem,
  proposals: null,
  needs: deleteNeed,
  training: deleteTraining,
  actions: null,
  projects: null,
  'support-goals': null,
};

/** The workbook's own sheet (entity and request contract) for a slug, messages in `locale`. */
export const sheetFor = (entity: SheetRowEntity, locale: Locale): WorkbookSheet => {
  const found = SHEET_ROW_SHEETS.find((s) => s.entity.sheet.id === SHEET_IDS[entity]);
  if (!found) throw new Error(`No workbook sheet ${SHEET_IDS[entity]} for ${entity}`);
  return workbookSheet(found, locale);
};

const errorsView = (issues: RowIssue[], sheet: WorkbookSheet, locale: Locale) =>
  issues.map(({ column, issue }) => {
    const def =
      column === null ? undefined : sheet.entity.sheet.columns.find((c) => c.key === column);
    return {
      column,
      header: def ? t(locale, def.header) : null,
      message: issue.key ? t(locale, issue.key, issue.params) : (issue.message ?? ''),
    };
  });

const view = (
  result: SheetRowResult,
  sheet: WorkbookSheet,
  locale: Locale,
): SheetRowsResultView['rows'][number] => {
  if (result.status !== 'rejected') return result;
  const { issues, ...rest } = result;
  return { ...rest, errors: errorsView(issues, sheet, locale) };
};

const deleteView = (
  result: SheetDeleteResult,
  sheet: WorkbookSheet,
  locale: Locale,
): SheetRowsResultView['deleted'][number] => {
  if (result.status !== 'rejected') return result;
  const { issues, ...rest } = result;
  const rowIssues = issues.map((issue) => ({ column: null, issue }));
  return { ...rest, errors: errorsView(rowIssues, sheet, locale) };
};

/** An id both written and deleted, or deleted twice, is a 400 naming it. */
const deletesIssues = (rows: { id?: string | undefined }[], deletes: SheetRowDelete[]) => {
  const written = new Set(rows.flatMap((r) => (r.id === undefined ? [] : [r.id])));
  const seen = new Set<string>();
  const issues: FieldIssue[] = [];
  deletes.forEach(({ id }, i) => {
    const key = written.has(id)
      ? 'sheetRows.deleteAndWrite'
      : seen.has(id)
        ? 'sheetRows.duplicateDelete'
        : undefined;
    if (key) issues.push({ path: ['deletes', i, 'id'], key, params: { id } });
    seen.add(id);
  });
  return issues;
};

/** The sheet rows API (docs/sheet-rows.md): the planning workbook's rows as JSON. */
export const sheetRowsOperations: AreaOperations<typeof SHEET_ROW_ROUTES> = {
  getSheetRows: async ({ params }, ctx) =>
    readSheetRows(
      ctx,
      params.year,
      params.entity,
      sheetFor(params.entity, ctx.locale),
      ctx.locale,
      ctx.deps,
    ),
  putSheetRows: async ({ params, body }, ctx) => {
    const issues = deletesIssues(body.rows, body.deletes);
    if (issues.length > 0) throw new InputError('body', issues);
    const sheet = sheetFor(params.entity, ctx.locale);
    const results = await writeSheetRowsInPasses(
      ctx,
      params.year,
      params.entity,
      sheet,
      body.rows,
      ctx.locale,
      ctx.deps,
      // A plan's goals are rows of one stored plan: one goal of each plan per pass.
      params.entity === 'support-goals' ? goalRowPlanKey : undefined,
    );
    // Deletes after the rows, each against the items as they are then.
    const deleted = await deleteSheetRows(
      ctx,
      params.year,
      sheet,
      body.deletes,
      SHEET_DELETES[params.entity],
      ctx.locale,
      ctx.deps,
    );
    const count = (status: SheetRowResult['status']) =>
      results.filter((r) => r.status === status).length;
    return {
      entity: params.entity,
      summary: {
        applied: count('applied'),
        unchanged: count('unchanged'),
        conflict: count('conflict'),
        rejected: count('rejected'),
        deleted: deleted.filter((d) => d.status === 'deleted').length,
      },
      rows: results.map((r) => view(r, sheet, ctx.locale)),
      deleted: deleted.map((d) => deleteView(d, sheet, ctx.locale)),
    };
  },
};
