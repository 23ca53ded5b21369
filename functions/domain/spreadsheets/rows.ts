import { t, LOCALES, type Locale } from '../../i18n';
import type { FieldIssue } from '../errors';
import {
  cellText,
  columnLetter,
  parseChoice,
  parseDate,
  parseNumber,
  type CellIssue,
  type CellValue,
  type ColumnDef,
  type Parsed,
  type SheetDef,
  type SheetRow,
} from './sheet';

export interface Lookup {
  /** Units by id, for `unit` columns (cells show names). */
  units: { id: string; name: string }[];
}

/** The cell address of a column of a row: `Skyrių planai!D5`. */
export const cellAddress = (
  sheetName: string,
  sheet: SheetDef,
  key: string,
  row: number,
): string => {
  const index = Math.max(
    0,
    sheet.columns.findIndex((c) => c.key === key),
  );
  const quoted = /^[A-Za-z0-9_]+$/.test(sheetName)
    ? sheetName
    : `'${sheetName.replace(/'/g, "''")}'`;
  return `${quoted}!${columnLetter(index)}${row}`;
};

export const sheetName = (sheet: SheetDef, locale: Locale): string => t(locale, sheet.title);

const choiceOptions = (column: ColumnDef) =>
  (column.values ?? []).map((code) => ({
    code,
    labels: column.labelKey ? LOCALES.map((l) => t(l, column.labelKey!(code))) : [code],
  }));

/** What a row's cells show for a value: labels for codes and units, real dates, numbers. */
export const toCell = (
  column: ColumnDef,
  value: unknown,
  lookup: Lookup,
  locale: Locale,
): CellValue => {
  if (value === null || value === undefined || value === '') return null;
  switch (column.kind) {
    case 'enum':
      return column.labelKey ? t(locale, column.labelKey(String(value))) : String(value);
    case 'unit':
      return lookup.units.find((u) => u.id === value)?.name ?? String(value);
    case 'date':
      return new Date(`${String(value)}T00:00:00Z`);
    case 'idList':
      return Array.isArray(value) ? (value.length > 0 ? value.join(', ') : null) : String(value);
    case 'number':
    case 'version':
      return typeof value === 'number' ? value : Number(value);
    default:
      return String(value);
  }
};

const parseCell = (column: ColumnDef, value: CellValue, lookup: Lookup): Parsed<unknown> => {
  switch (column.kind) {
    case 'date':
      return parseDate(value);
    case 'number':
      return parseNumber(value);
    case 'version': {
      const n = parseNumber(value);
      return n.ok && n.value !== null && !Number.isInteger(n.value)
        ? { ok: false, key: 'sheet.badVersion' }
        : n;
    }
    case 'enum':
      return parseChoice(value, choiceOptions(column));
    case 'unit':
      return parseChoice(
        value,
        lookup.units.map((u) => ({ code: u.id, labels: [u.name] })),
      );
    case 'idList':
      return {
        ok: true,
        value:
          cellText(value) === ''
            ? []
            : cellText(value)
                .split(/[,;\s]+/)
                .filter(Boolean),
      };
    default: {
      const text = cellText(value);
      if (column.maxLength && text.length > column.maxLength) {
        return { ok: false, key: 'sheet.tooLong', params: { max: column.maxLength } };
      }
      return { ok: true, value: text };
    }
  }
};

export const isBlankRow = (row: SheetRow): boolean =>
  Object.values(row.cells).every((v) => cellText(v) === '');

/** Parses a row's cells by column kind; every bad cell is named by its address. */
export const parseRow = (
  sheet: SheetDef,
  name: string,
  row: SheetRow,
  lookup: Lookup,
): { values: Record<string, unknown>; issues: CellIssue[] } => {
  const values: Record<string, unknown> = {};
  const issues: CellIssue[] = [];
  for (const column of sheet.columns) {
    if (column.readOnly) continue;
    const parsed = parseCell(column, row.cells[column.key] ?? null, lookup);
    const empty =
      parsed.ok &&
      (parsed.value === null ||
        parsed.value === '' ||
        (Array.isArray(parsed.value) && parsed.value.length === 0));
    const issue: FieldIssue | undefined = !parsed.ok
      ? { path: [column.key], key: parsed.key, ...(parsed.params ? { params: parsed.params } : {}) }
      : column.required && empty
        ? { path: [column.key], key: 'sheet.required' }
        : undefined;
    if (issue) {
      issues.push({
        cell: cellAddress(name, sheet, column.key, row.row),
        sheet: name,
        row: row.row,
        column: column.key,
        issue,
      });
    } else if (parsed.ok) {
      values[column.key] = parsed.value;
    }
  }
  return { values, issues };
};

/** A field issue raised further in (by a contract or the domain) placed on its cell, or the row's first. */
export const issueAt = (
  sheet: SheetDef,
  name: string,
  row: number,
  issue: FieldIssue,
): CellIssue => {
  const key =
    typeof issue.path[0] === 'string' && sheet.columns.some((c) => c.key === issue.path[0])
      ? issue.path[0]
      : sheet.columns[0]!.key;
  return { cell: cellAddress(name, sheet, key, row), sheet: name, row, column: key, issue };
};
