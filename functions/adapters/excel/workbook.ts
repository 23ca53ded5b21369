import ExcelJS from 'exceljs';
import type { ReadSheet, SheetModel } from '../../domain/spreadsheets/workbook';
import { t, type Locale } from '../../i18n';
import { openXlsx, XlsxReadError } from './stream';

export const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** Excel refuses list validations longer than 255 characters; longer lists go to a hidden sheet. */
const MAX_INLINE_LIST = 255;

const HEADER_FILL: ExcelJS.Fill = {
  type: 'pattern',
  pattern: 'solid',
  fgColor: { argb: 'FFDDE7F0' },
};
const LOCKED_FILL: ExcelJS.Fill = {
  type: 'pattern',
  pattern: 'solid',
  fgColor: { argb: 'FFF2F2F2' },
};

/**
 * Writes sheets for editing in Excel: a frozen header in the user's language, dropdowns for codes
 * and units, date cells, and id/version columns locked (the sheet is protected without a
 * password, so only those columns resist editing). User text is written as text, never as a
 * formula, whatever it starts with.
 */
export const writeWorkbook = async (
  sheets: SheetModel[],
  meta: { title: string; organisation: string; locale: Locale },
): Promise<Buffer> => {
  const wb = new ExcelJS.Workbook();
  wb.creator = 'Ciklas';
  wb.created = new Date();
  wb.title = meta.title;
  wb.company = meta.organisation;
  const lists = wb.addWorksheet('Sąrašai', { state: 'veryHidden' });
  let listColumn = 0;
  for (const model of sheets) {
    const ws = wb.addWorksheet(model.name, { views: [{ state: 'frozen', ySplit: 1 }] });
    // Column styles reach the empty cells below the data too, so new rows are editable but for ids.
    ws.columns = model.def.columns.map((c) => {
      const locked = c.kind === 'id' || c.kind === 'version' || c.readOnly === true;
      return {
        key: c.key,
        width: c.width ?? 16,
        style: {
          protection: { locked },
          ...(locked ? { fill: LOCKED_FILL } : {}),
          ...(c.kind === 'date' ? { numFmt: 'yyyy-mm-dd' } : {}),
        },
      };
    });
    const header = ws.addRow(model.def.columns.map((c) => t(meta.locale, c.header)));
    header.font = { bold: true };
    header.alignment = { vertical: 'middle', wrapText: true };
    header.eachCell((cell) => {
      cell.fill = HEADER_FILL;
      cell.protection = { locked: true };
    });
    for (const values of model.rows) {
      const row = ws.addRow([]);
      values.forEach((value, i) => {
        const cell = row.getCell(i + 1);
        // A string stays a string cell: exceljs writes formulas only from { formula } objects.
        cell.value = value;
      });
    }
    const lastRow = ws.rowCount + 100;
    model.def.columns.forEach((column, index) => {
      let choices: string[] | undefined;
      if (column.kind === 'enum')
        choices = (column.values ?? []).map((v) => t(meta.locale, column.labelKey!(v)));
      if (column.kind === 'unit') choices = model.lookup.units.map((u) => u.name);
      let formula: string | undefined;
      if (choices && !column.readOnly) {
        const inline = choices.map((c) => c.replace(/"/g, '""')).join(',');
        if (inline.length + 2 <= MAX_INLINE_LIST && !choices.some((c) => c.includes(','))) {
          formula = `"${inline}"`;
        } else {
          listColumn += 1;
          choices.forEach((c, i) => (lists.getCell(i + 1, listColumn).value = c));
          const letter = lists.getColumn(listColumn).letter;
          formula = `'Sąrašai'!$${letter}$1:$${letter}$${Math.max(choices.length, 1)}`;
        }
      }
      for (let r = 2; r <= lastRow; r++) {
        const cell = ws.getCell(r, index + 1);
        if (formula) {
          cell.dataValidation = {
            type: 'list',
            allowBlank: !column.required,
            formulae: [formula],
            showErrorMessage: true,
          };
        } else if (column.kind === 'date') {
          cell.dataValidation = {
            type: 'date',
            operator: 'greaterThan',
            allowBlank: true,
            formulae: [new Date(Date.UTC(2000, 0, 1))],
            showErrorMessage: true,
          };
        }
      }
    });
    ws.autoFilter = {
      from: { row: 1, column: 1 },
      to: { row: 1, column: model.def.columns.length },
    };
    await ws.protect('', {
      selectLockedCells: true,
      selectUnlockedCells: true,
      formatColumns: true,
      formatRows: true,
      insertRows: true,
      deleteRows: true,
      sort: true,
      autoFilter: true,
    });
    ws.pageSetup = {
      paperSize: 9,
      orientation: 'landscape',
      fitToPage: true,
      fitToWidth: 1,
      fitToHeight: 0,
    };
    ws.headerFooter = { oddFooter: `&L${meta.organisation}&R&P / &N` };
  }
  return Buffer.from(await wb.xlsx.writeBuffer());
};

export class NotAWorkbookError extends Error {
  override readonly name = 'NotAWorkbookError';
}

/** Planning workbooks are small; a few MB is already a thousand-row plan. */
const PLANNING_LIMITS = { maxFileBytes: 10 * 1024 * 1024, maxInflatedBytes: 256 * 1024 * 1024 };

/**
 * Reads every visible worksheet's cells (cached values, not formulas) with the streaming reader,
 * whichever program wrote the file; zip bombs and oversize files are refused while inflating.
 */
export const readWorkbook = async (bytes: Buffer): Promise<ReadSheet[]> => {
  try {
    const workbook = await openXlsx(bytes, { limits: PLANNING_LIMITS });
    const out: ReadSheet[] = [];
    for (const info of workbook.sheets.filter(
      (s) => s.state === 'visible' && s.kind === 'worksheet',
    )) {
      const rows: ReadSheet['rows'] = [];
      for await (const row of workbook.readSheet({ name: info.name }))
        rows.push({ row: row.row, values: row.values });
      out.push({ name: info.name, rows });
    }
    return out;
  } catch (error) {
    if (error instanceof XlsxReadError)
      throw new NotAWorkbookError(error.message, { cause: error });
    throw error;
  }
};
