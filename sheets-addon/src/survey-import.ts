/**
 * Import survey responses from a Google Forms responses sheet of this spreadsheet through the
 * API's survey import preview: the values go as JSON rows (dates as wall-clock text in the
 * spreadsheet's time zone, so a row has the same identity as in an xlsx export), the user sees
 * the preview and only a yes commits.
 */
import { call, type Connection } from './api';
import { t } from './i18n';
import { isDate } from './rows';
import { setProgress } from './settings';

export interface SurveySummary {
  id: string;
  title: string;
  responses: number;
}

interface ImportPreview {
  sheet: string;
  familyLabel: string;
  counts: {
    rows: number;
    accepted: number;
    alreadyImported: number;
    new: number;
    rejectedCells: number;
  };
  rejected: { cell: string; message: string }[];
  warnings: string[];
  conflicts: { header: string; message: string }[];
  canCommit: boolean;
}

interface ImportResult {
  added: number;
  alreadyImported: number;
  message?: string;
}

export const listSurveys = (conn: Connection, year: number): SurveySummary[] =>
  call<{ items: SurveySummary[] }>(conn, 'GET', `/v1/cycles/${year}/surveys`).items;

/** The sheet's values as the API takes them. */
export const sheetValues = (
  sheet: GoogleAppsScript.Sheet,
  timeZone: string,
): (string | number | boolean | null)[][] => {
  if (sheet.getLastRow() < 1 || sheet.getLastColumn() < 1) return [];
  return sheet
    .getDataRange()
    .getValues()
    .map((row) =>
      row.map((cell) => {
        if (cell === '' || cell === null || cell === undefined) return null;
        if (isDate(cell)) return Utilities.formatDate(cell, timeZone, 'yyyy-MM-dd HH:mm:ss');
        if (typeof cell === 'number' || typeof cell === 'boolean' || typeof cell === 'string')
          return cell;
        return String(cell);
      }),
    );
};

export type ImportOutcome =
  | { status: 'empty' | 'cancelled' }
  | { status: 'refused'; message: string }
  | { status: 'imported'; added: number; alreadyImported: number };

export const importSurveyResponses = (
  conn: Connection,
  sheet: GoogleAppsScript.Sheet,
  year: number,
  survey: SurveySummary,
  confirm: (message: string) => boolean,
): ImportOutcome => {
  const book = SpreadsheetApp.getActiveSpreadsheet();
  const rows = sheetValues(sheet, book.getSpreadsheetTimeZone());
  if (rows.length === 0) return { status: 'empty' };
  const body = { sheet: sheet.getName(), source: book.getName(), rows };
  const base = `/v1/cycles/${year}/surveys/${encodeURIComponent(survey.id)}/imports/rows`;
  const label = t(conn.lang, 'progress.import');
  setProgress({ label, done: 0, total: 2 });
  try {
    const preview = call<ImportPreview>(conn, 'POST', `${base}/preview`, body);
    setProgress({ label, done: 1, total: 2 });
    if (!preview.canCommit && preview.conflicts.length === 0 && preview.counts.new === 0) {
      return {
        status: 'refused',
        message: t(conn.lang, 'import.nothingNew', {
          already: preview.counts.alreadyImported,
          sheet: sheet.getName(),
          survey: survey.title,
        }),
      };
    }
    if (!preview.canCommit) {
      const reasons = [
        ...preview.conflicts.map((c) => `${c.header}: ${c.message}`),
        ...preview.warnings,
        ...preview.rejected.slice(0, 5).map((r) => `${r.cell}: ${r.message}`),
      ];
      return {
        status: 'refused',
        message: t(conn.lang, 'import.cannotCommit', { reason: reasons.join('; ') }),
      };
    }
    const shown = preview.rejected.slice(0, 5).map((r) => `\n${r.cell}: ${r.message}`);
    const more = preview.rejected.length > 5 ? `\n… (+${preview.rejected.length - 5})` : '';
    const question = t(conn.lang, 'import.preview', {
      survey: survey.title,
      sheet: sheet.getName(),
      family: preview.familyLabel,
      rows: preview.counts.rows,
      new: preview.counts.new,
      already: preview.counts.alreadyImported,
      rejected: preview.counts.rejectedCells,
      details: shown.join('') + more,
    });
    if (!confirm(question)) return { status: 'cancelled' };
    const result = call<ImportResult>(conn, 'POST', base, body);
    return { status: 'imported', added: result.added, alreadyImported: result.alreadyImported };
  } finally {
    setProgress(null);
  }
};
