/**
 * Row mapping between the sheet rows API (docs/sheet-rows.md) and a Google Sheet: the sheet
 * holds the API's columns in its order (id and version first, hidden) and one more hidden
 * column at the end, the row's fingerprint (a hash of its values as pulled or last applied,
 * or `new:<uuid>` for a row being created), so "changed since the pull" survives sorting,
 * filtering and inserted rows. Pure: cells in, values out.
 */
import { toSheetCell, toSheetText } from './escape';

export type ServerCell = string | number | boolean | null;

export interface ColumnSpec {
  key: string;
  header: string;
  type: 'id' | 'version' | 'text' | 'date' | 'number' | 'enum' | 'unit' | 'idList';
  readOnly: boolean;
  required: boolean;
  text: boolean;
  maxLength?: number;
  options?: { value: string; label: string }[];
}

/** What the add-on keeps about a Ciklas sheet (document properties). */
export interface SheetLayout {
  entity: string;
  year: number;
  title: string;
  columns: ColumnSpec[];
}

export interface ServerRow {
  id: string;
  version: number;
  values: Record<string, ServerCell>;
}

/** A data row as read from the sheet. */
export interface SheetRowRead {
  /** 1-based sheet row. */
  rowNumber: number;
  id: string | null;
  version: number | null;
  /** The hidden fingerprint cell. */
  meta: string;
  /** Editable columns only, by key; empty cells are null. */
  values: Record<string, ServerCell>;
}

export const NEW_ROW_PREFIX = 'new:';

/** Columns the user edits (neither id, version nor read-only). */
export const editableColumns = (layout: SheetLayout): ColumnSpec[] =>
  layout.columns.filter((c) => !c.readOnly && c.type !== 'id' && c.type !== 'version');

/** 1-based sheet column of the fingerprint. */
export const metaColumn = (layout: SheetLayout): number => layout.columns.length + 1;

/** 1-based sheet column of a key. */
export const columnOf = (layout: SheetLayout, key: string): number => {
  const i = layout.columns.findIndex((c) => c.key === key);
  if (i < 0) throw new Error(`unknown column ${key}`);
  return i + 1;
};

export const headerRow = (layout: SheetLayout, metaHeader: string): string[] => [
  ...layout.columns.map((c) => c.header),
  metaHeader,
];

export const isDate = (v: unknown): v is Date =>
  Object.prototype.toString.call(v) === '[object Date]';

/** A cell as the API takes it: dates as ISO text (in the spreadsheet's time zone), empty as null. */
export const cellToValue = (
  cell: unknown,
  column: ColumnSpec,
  formatDate: (d: Date) => string,
): ServerCell => {
  if (cell === null || cell === undefined || cell === '') return null;
  if (isDate(cell)) return formatDate(cell);
  if (typeof cell === 'number' || typeof cell === 'boolean') {
    return column.text && typeof cell === 'number' ? String(cell) : cell;
  }
  return String(cell);
};

export const readRow = (
  cells: readonly unknown[],
  rowNumber: number,
  layout: SheetLayout,
  formatDate: (d: Date) => string,
): SheetRowRead => {
  const values: Record<string, ServerCell> = {};
  let id: string | null = null;
  let version: number | null = null;
  layout.columns.forEach((column, i) => {
    const cell = cells[i];
    if (column.type === 'id') {
      const text = cell === null || cell === undefined ? '' : String(cell).trim();
      id = text === '' ? null : text;
    } else if (column.type === 'version') {
      const n = typeof cell === 'number' ? cell : Number(String(cell ?? '').trim());
      version =
        cell === '' || cell === null || cell === undefined || !Number.isInteger(n) ? null : n;
    } else if (!column.readOnly) {
      values[column.key] = cellToValue(cell, column, formatDate);
    }
  });
  const meta = cells[layout.columns.length];
  return {
    rowNumber,
    id,
    version,
    meta: meta === null || meta === undefined ? '' : String(meta),
    values,
  };
};

export const isBlank = (row: SheetRowRead): boolean =>
  row.id === null && Object.values(row.values).every((v) => v === null || v === '');

/** How a value shows in the sheet, as text: empty and null alike, 5 and "5" alike. */
export const canonicalCell = (v: ServerCell | undefined): string =>
  v === null || v === undefined ? '' : String(v);

/**
 * cyrb53 (a public-domain 53-bit string hash), as 8 hex digits: pure JavaScript, so a row's
 * fingerprint costs no Apps Script service call.
 */
export const cellHash = (text: string): string => {
  let h1 = 0xdeadbeef;
  let h2 = 0x41c6ce57;
  for (let i = 0; i < text.length; i += 1) {
    const ch = text.charCodeAt(i);
    h1 = Math.imul(h1 ^ ch, 2654435761);
    h2 = Math.imul(h2 ^ ch, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return (4294967296 * (2097151 & h2) + (h1 >>> 0)).toString(16).padStart(14, '0').slice(-8);
};

const HASH_WIDTH = 8;

/**
 * A row's fingerprint: one hash per editable column, in column order, so Push knows which
 * cells changed and sends only those (a colleague's edit of another cell is then no conflict).
 */
export const rowFingerprint = (
  values: Readonly<Record<string, ServerCell>>,
  layout: SheetLayout,
): string =>
  editableColumns(layout)
    .map((c) => cellHash(canonicalCell(values[c.key])))
    .join('');

/** The pulled hash of each editable column, or null when the fingerprint cell is unreadable. */
const baseHashes = (fp: string, count: number): string[] | null =>
  fp.length === count * HASH_WIDTH && /^[0-9a-f]*$/.test(fp)
    ? Array.from({ length: count }, (_, i) => fp.slice(i * HASH_WIDTH, (i + 1) * HASH_WIDTH))
    : null;

/** Editable columns whose value no longer matches the fingerprint; all of them when it is unreadable. */
export const changedKeys = (row: SheetRowRead, layout: SheetLayout): string[] => {
  const columns = editableColumns(layout);
  const base = baseHashes(row.meta, columns.length);
  return columns
    .filter((c, i) => !base || base[i] !== cellHash(canonicalCell(row.values[c.key])))
    .map((c) => c.key);
};

/**
 * A three-way look at a row the server called a conflict (base = the fingerprint, mine = the
 * sheet, theirs = the server now): the cells both sides changed to different values. Empty
 * means the changes do not overlap and the user's cells can be sent again at the new version.
 */
export const conflictingKeys = (
  row: SheetRowRead,
  server: Readonly<Record<string, ServerCell>>,
  layout: SheetLayout,
): string[] => {
  const columns = editableColumns(layout);
  const base = baseHashes(row.meta, columns.length);
  const mine = new Set(changedKeys(row, layout));
  return columns
    .filter((c, i) => {
      if (!mine.has(c.key)) return false;
      const theirs = canonicalCell(server[c.key]);
      if (theirs === canonicalCell(row.values[c.key])) return false;
      return !base || base[i] !== cellHash(theirs);
    })
    .map((c) => c.key);
};

/** The sheet cells of a row from the server, in column order, text made safe. */
export const rowCells = (
  row: ServerRow,
  layout: SheetLayout,
  fingerprint: string,
): (string | number | boolean)[] => [
  ...layout.columns.map((c) => {
    if (c.type === 'id') return toSheetText(row.id);
    if (c.type === 'version') return row.version;
    return toSheetCell(row.values[c.key] ?? null, c.text);
  }),
  fingerprint,
];

export const columnLetter = (column: number): string => {
  let n = column;
  let s = '';
  while (n > 0) {
    const r = (n - 1) % 26;
    s = String.fromCharCode(65 + r) + s;
    n = Math.floor((n - 1) / 26);
  }
  return s;
};

/** `Sheet!F7`, the name quoted when Sheets needs it. */
export const a1 = (sheetName: string, row: number, column: number): string => {
  const name = /^[A-Za-z0-9_]+$/.test(sheetName) ? sheetName : `'${sheetName.replace(/'/g, "''")}'`;
  return `${name}!${columnLetter(column)}${row}`;
};
