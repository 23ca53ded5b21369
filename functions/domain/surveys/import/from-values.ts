import { parseTimestamp } from './dates';
import type { SheetRow, SheetValue } from './types';

/** Date and time without a zone, as a spreadsheet shows a timestamp cell: `2026-03-04 10:11:12`. */
const WALL_CLOCK = /^\d{4}-\d{2}-\d{2}[ T]\d{1,2}:\d{2}(:\d{2}(\.\d{1,3})?)?$/;

/**
 * One cell of a sheet sent as JSON (the Sheets add-on, the Sheets API) as the xlsx reader would
 * hand it over: blanks are null, text is kept as written, and a wall-clock date-time text becomes
 * the same Date an xlsx date cell gives (read as UTC), so a row has one identity whichever way
 * the sheet reaches Ciklas.
 */
export const sheetValueOf = (value: unknown): SheetValue => {
  if (value === null || value === undefined) return null;
  if (typeof value === 'number') return Number.isFinite(value) ? value : null;
  if (typeof value === 'boolean') return value;
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? null : value;
  const text = String(value);
  if (text.trim() === '') return null;
  if (WALL_CLOCK.test(text.trim())) return parseTimestamp(text) ?? text;
  return text;
};

/** A sheet's rows as JSON values (row 1 first) as the rows `parseSurveyRows` reads. */
export const rowsFromValues = (values: readonly (readonly unknown[])[], firstRow = 1): SheetRow[] =>
  values.map((cells, i) => {
    const out = cells.map(sheetValueOf);
    while (out.length > 0 && out[out.length - 1] === null) out.pop();
    return { row: firstRow + i, values: out };
  });
