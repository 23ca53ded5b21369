import type { AreaOperations } from '../adapters/http/http-handler';
import type { SheetRowEntity, SheetRowsResultView } from '../contracts/sheet-rows';
import type { SHEET_ROW_ROUTES } from '../contracts/sheet-rows-routes';
import {
  readSheetRows,
  writeSheetRows,
  type SheetRowResult,
} from '../domain/spreadsheets/sheet-rows';
import type { WorkbookSheet } from '../domain/spreadsheets/workbook-entity';
import { t, type Locale } from '../i18n';
import { PLANNING_WORKBOOK_SHEETS, workbookSheet } from './planning-workbook';

/** Each slug's sheet of the planning workbook, by the sheet's id. */
export const SHEET_IDS: Record<SheetRowEntity, string> = {
  'plan-items': 'planItems',
  proposals: 'proposals',
  needs: 'needs',
  training: 'training',
  actions: 'improvementActions',
  projects: 'improvementProjects',
};

/** The workbook's own sheet (entity and request contract) for a slug, messages in `locale`. */
export const sheetFor = (entity: SheetRowEntity, locale: Locale): WorkbookSheet => {
  const found = PLANNING_WORKBOOK_SHEETS.find((s) => s.entity.sheet.id === SHEET_IDS[entity]);
  if (!found) throw new Error(`No workbook sheet ${SHEET_IDS[entity]} for ${entity}`);
  return workbookSheet(found, locale);
};

const view = (
  result: SheetRowResult,
  sheet: WorkbookSheet,
  locale: Locale,
): SheetRowsResultView['rows'][number] => {
  if (result.status !== 'rejected') return result;
  const { issues, ...rest } = result;
  return {
    ...rest,
    errors: issues.map(({ column, issue }) => {
      const def =
        column === null ? undefined : sheet.entity.sheet.columns.find((c) => c.key === column);
      return {
        column,
        header: def ? t(locale, def.header) : null,
        message: issue.key ? t(locale, issue.key, issue.params) : (issue.message ?? ''),
      };
    }),
  };
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
    const sheet = sheetFor(params.entity, ctx.locale);
    const results = await writeSheetRows(
      ctx,
      params.year,
      params.entity,
      sheet,
      body.rows,
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
      },
      rows: results.map((r) => view(r, sheet, ctx.locale)),
    };
  },
};
