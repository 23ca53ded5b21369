import type { MessageKey } from '../../i18n';
import type { FieldIssue } from '../errors';

/**
 * A sheet of a workbook as the domain sees it: columns with their kinds, rows of plain cell
 * values with their A1 addresses. Writers and readers (exceljs, Sheets) live in adapters.
 */
export type ColumnKind = 'id' | 'version' | 'text' | 'date' | 'number' | 'enum' | 'unit' | 'idList';

export interface ColumnDef {
  key: string;
  header: MessageKey;
  kind: ColumnKind;
  required?: boolean;
  /** enum columns: the codes; cells show their labels. */
  values?: readonly string[];
  /** enum columns: the catalogue key of a code's label, `planning.period.{code}`. */
  labelKey?: (code: string) => MessageKey;
  maxLength?: number;
  /** Shown for reference (a status moved by its own workflow) and locked; never read back. */
  readOnly?: boolean;
  /** Excel column width in characters. */
  width?: number;
}

export interface SheetDef {
  id: string;
  title: MessageKey;
  columns: ColumnDef[];
}

/** A cell value as readers hand it over: text, number, boolean, date (as a JS Date), or empty. */
export type CellValue = string | number | boolean | Date | null;

export interface SheetRow {
  /** 1-based row number in the sheet. */
  row: number;
  cells: Record<string, CellValue>;
}

/** A rejected cell, named as the user sees it: `Planas!D5`. */
export interface CellIssue {
  cell: string;
  sheet: string;
  row: number;
  column: string;
  issue: FieldIssue;
}

export const columnLetter = (index0: number): string => {
  let n = index0 + 1;
  let out = '';
  while (n > 0) {
    const rem = (n - 1) % 26;
    out = String.fromCharCode(65 + rem) + out;
    n = Math.floor((n - 1) / 26);
  }
  return out;
};

/** Excel's serial day 1 is 1900-01-01, with the phantom 29 Feb 1900 (serial 60). */
export const excelSerialToIso = (serial: number): string => {
  const days = Math.floor(serial) - (serial >= 60 ? 1 : 0);
  return new Date(Date.UTC(1899, 11, 31) + days * 86_400_000).toISOString().slice(0, 10);
};

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;
const LT_DATE = /^(\d{4})[./](\d{1,2})[./](\d{1,2})\.?$/;

const isRealDate = (iso: string): boolean => {
  const d = new Date(`${iso}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === iso;
};

export const cellText = (value: CellValue): string => {
  if (value === null) return '';
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  return String(value).trim();
};

export type Parsed<T> =
  { ok: true; value: T } | { ok: false; key: MessageKey; params?: Record<string, string | number> };

/** A date cell: a real date, an ISO or Lithuanian `2026.03.01` text, or an Excel serial number. */
export const parseDate = (value: CellValue): Parsed<string | null> => {
  if (value === null || cellText(value) === '') return { ok: true, value: null };
  if (value instanceof Date) return { ok: true, value: value.toISOString().slice(0, 10) };
  if (typeof value === 'number' && value > 0 && value < 2958466)
    return { ok: true, value: excelSerialToIso(value) };
  const text = cellText(value);
  const lt = LT_DATE.exec(text);
  const iso = lt ? `${lt[1]}-${lt[2]!.padStart(2, '0')}-${lt[3]!.padStart(2, '0')}` : text;
  if (ISO_DATE.test(iso) && isRealDate(iso)) return { ok: true, value: iso };
  return { ok: false, key: 'sheet.notADate' };
};

/** A number cell: a number, or text with a decimal comma or point. */
export const parseNumber = (value: CellValue): Parsed<number | null> => {
  if (value === null || cellText(value) === '') return { ok: true, value: null };
  if (typeof value === 'number') return { ok: true, value };
  const text = cellText(value).replace(/\s/g, '').replace(',', '.');
  const n = Number(text);
  return text !== '' && Number.isFinite(n)
    ? { ok: true, value: n }
    : { ok: false, key: 'sheet.notANumber' };
};

const fold = (s: string): string => s.trim().toLocaleLowerCase('lt').replace(/\s+/g, ' ');

/** Matches a cell to one of `options` by code or by label in any language, ignoring case and spaces. */
export const parseChoice = (
  value: CellValue,
  options: { code: string; labels: string[] }[],
): Parsed<string | null> => {
  const text = fold(cellText(value));
  if (text === '') return { ok: true, value: null };
  const hit = options.find((o) => fold(o.code) === text || o.labels.some((l) => fold(l) === text));
  return hit
    ? { ok: true, value: hit.code }
    : {
        ok: false,
        key: 'sheet.notAChoice',
        params: { choices: options.map((o) => o.labels[0] ?? o.code).join(', ') },
      };
};
