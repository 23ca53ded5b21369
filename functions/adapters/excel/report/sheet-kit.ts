import type ExcelJS from 'exceljs';
import type { Locale } from '../../../i18n';

/**
 * How a column's numbers are stored and shown. Percents arrive 0–100 (the report models' unit)
 * and are stored as fractions under a `%` format, so Excel computes with them as percents.
 */
export type ColumnKind =
  | 'text'
  | 'longText'
  | 'count'
  | 'percent'
  | 'points'
  | 'hours'
  | 'days'
  | 'eur'
  | 'score'
  | 'scale'
  | 'decimal'
  | 'p';

const NUMBER_FORMATS: Record<Exclude<ColumnKind, 'text' | 'longText'>, string> = {
  count: '#,##0',
  percent: '0.0%',
  points: '+0.0;-0.0;0.0',
  hours: '#,##0.0',
  days: '0.0',
  eur: '#,##0.00',
  score: '0.0',
  scale: '0.00',
  decimal: '#,##0.0##',
  p: '0.000',
};

/** A cell: a number (formatted by its column), text, a styled text, a note, or a link to a sheet. */
export type CellInput =
  | number
  | string
  | null
  | undefined
  | { text: string; color?: string; bold?: boolean; fill?: string }
  | { note: string }
  | { link: string; text: string };

export interface Column {
  header: string;
  kind: ColumnKind;
  /** Widest a column grows to (characters); long text wraps within it. @default 14 / 60 */
  maxWidth?: number;
}

export interface TableOptions {
  title?: string;
  columns: Column[];
  rows: CellInput[][];
  /** Rows written bold (a total). */
  boldRows?: ReadonlySet<number>;
  /** Freeze the sheet below this table's header (the first table of a long sheet). */
  freeze?: boolean;
  /** Columns (by index) that get a data bar, e.g. shares done. */
  dataBars?: number[];
  /** Column ranges [from, to] (inclusive, by index) that get a white-to-green colour scale. */
  colourScales?: Array<[number, number]>;
  /** Shown under the title instead of an empty header when there are no rows. */
  empty?: string;
}

/** The font every cell names (a cell without one falls to the reader's default, often a serif). */
export const FONT = 'Calibri';

export const COLOURS = {
  better: 'FF1A7F64',
  worse: 'FFC0392B',
  same: 'FF52606D',
  muted: 'FF52606D',
  header: 'FFDDE7F0',
  title: 'FF1F2933',
  link: 'FF2F6F9F',
  bar: 'FF5B9BD5',
  scaleLow: 'FFFFFFFF',
  scaleHigh: 'FF63BE7B',
  betterFill: 'FFE3F4EC',
  worseFill: 'FFFBE3E0',
} as const;

/** Characters XML 1.0 cannot carry; Excel refuses a file with them. */
// eslint-disable-next-line no-control-regex -- exactly the control characters are meant
const CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f]/g;
/** Excel's limit of characters in one cell. */
const MAX_CELL = 32767;
/** What would make a spreadsheet treat typed text as a formula (CSV/DDE injection). */
const FORMULA_START = /^[=+\-@\t\r]/;

/**
 * Writes user text as a text cell, whatever it starts with: exceljs writes a formula only from a
 * `{ formula }` value, and a text that looks like one also gets the Text format (`@`), so it stays
 * text when someone edits the cell and presses Enter.
 */
export const setText = (cell: ExcelJS.Cell, value: string): void => {
  const clean = value.replace(CONTROL, '').slice(0, MAX_CELL);
  cell.value = clean;
  if (FORMULA_START.test(clean)) cell.numFmt = '@';
};

/** Header and footer text: `&` introduces a code there, so a literal one is doubled. */
const headerText = (text: string, max = 80): string =>
  text.replace(CONTROL, '').slice(0, max).replace(/&/g, '&&');

export interface SheetFrame {
  locale: Locale;
  organisation: string;
  /** The report's title, in the page header. */
  reportTitle: string;
  /** "Page {page} of {pages}" in the user's language. */
  pageLabel: (page: string, pages: string) => string;
  /** The contents sheet's name and the back link's words; none on the contents sheet itself. */
  contents?: { sheet: string; label: string };
}

/**
 * One report sheet written top to bottom: a title, tables and images; then `finish()` fits the
 * columns and sets up printing.
 */
export class ReportSheet {
  readonly ws: ExcelJS.Worksheet;
  /** The next empty row (1-based). */
  row = 1;
  private readonly widths: number[] = [];
  private readonly caps: number[] = [];
  private frozen = false;
  /** Cells that wrap: their rows get a height for their lines (readers do not all fit rows). */
  private readonly wrapped: Array<{ row: number; col: number; text: string }> = [];
  private wide = 0;

  constructor(
    private readonly wb: ExcelJS.Workbook,
    readonly name: string,
    private readonly frame: SheetFrame,
    options: { tabColor?: string } = {},
  ) {
    this.ws = wb.addWorksheet(name, {
      ...(options.tabColor ? { properties: { tabColor: { argb: options.tabColor } } } : {}),
    });
  }

  /** The sheet's heading (and a line under it), with a link back to the contents. */
  heading(text: string, subtitle?: string): this {
    const cell = this.ws.getCell(this.row, 1);
    setText(cell, text);
    cell.font = { name: FONT, bold: true, size: 15, color: { argb: COLOURS.title } };
    this.ws.getRow(this.row).height = 24;
    this.row += 1;
    if (subtitle !== undefined) {
      const sub = this.ws.getCell(this.row, 1);
      setText(sub, subtitle);
      sub.font = { name: FONT, color: { argb: COLOURS.muted } };
      this.row += 1;
    }
    if (this.frame.contents) {
      const back = this.ws.getCell(this.row, 1);
      back.value = {
        text: this.frame.contents.label,
        hyperlink: internalLink(this.frame.contents.sheet),
      };
      back.font = { name: FONT, color: { argb: COLOURS.link }, underline: true };
      this.row += 1;
    }
    this.row += 1;
    return this;
  }

  /** A line of text across the sheet (a note, a paragraph). */
  line(text: string, font: Partial<ExcelJS.Font> = {}): this {
    const cell = this.ws.getCell(this.row, 1);
    setText(cell, text);
    cell.font = { name: FONT, ...font };
    this.row += 1;
    return this;
  }

  gap(rows = 1): this {
    this.row += rows;
    return this;
  }

  /** A table: optional title, a header row, rows; returns the first and last data rows. */
  table(options: TableOptions): { headerRow: number; first: number; last: number } {
    const { columns, rows } = options;
    if (options.title !== undefined) {
      const title = this.ws.getCell(this.row, 1);
      setText(title, options.title);
      title.font = { name: FONT, bold: true, size: 12, color: { argb: COLOURS.title } };
      this.row += 1;
    }
    if (rows.length === 0 && options.empty !== undefined) {
      this.line(options.empty, { italic: true, color: { argb: COLOURS.muted } });
      this.row += 1;
      return { headerRow: this.row - 2, first: this.row, last: this.row - 1 };
    }
    const headerRow = this.row;
    const header = this.ws.getRow(headerRow);
    columns.forEach((column, i) => {
      const cell = header.getCell(i + 1);
      setText(cell, column.header);
      cell.font = { name: FONT, bold: true };
      cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: COLOURS.header } };
      cell.alignment = { vertical: 'middle', wrapText: true };
      cell.border = { bottom: { style: 'thin', color: { argb: 'FF9AA5B1' } } };
      // Headers wrap, so they count for a shorter width than their length.
      this.track(i, Math.min(column.header.length, 18) + 2, column.maxWidth);
    });
    this.wide = Math.max(this.wide, columns.length);
    this.row += 1;
    const first = this.row;
    rows.forEach((values, r) => {
      const row = this.ws.getRow(this.row);
      columns.forEach((column, i) => {
        const cell = row.getCell(i + 1);
        this.write(cell, column, values[i], i);
        // Wrapped neighbours grow the row: everything starts at its top.
        cell.alignment = { ...cell.alignment, vertical: 'top' };
      });
      if (options.boldRows?.has(r)) row.font = { name: FONT, bold: true };
      this.row += 1;
    });
    const last = this.row - 1;
    if (options.freeze && !this.frozen) {
      this.ws.views = [{ state: 'frozen', ySplit: headerRow, xSplit: 0 }];
      this.ws.pageSetup.printTitlesRow = `${headerRow}:${headerRow}`;
      this.frozen = true;
    }
    if (last >= first) {
      for (const index of options.dataBars ?? []) this.dataBar(index, first, last, columns[index]);
      for (const [from, to] of options.colourScales ?? []) this.colourScale(from, to, first, last);
    }
    this.row += 1;
    return { headerRow, first, last };
  }

  /** Label–value pairs, two columns (a small figures block). */
  pairs(title: string | undefined, pairs: Array<[string, CellInput, ColumnKind?]>): this {
    if (title !== undefined) {
      const cell = this.ws.getCell(this.row, 1);
      setText(cell, title);
      cell.font = { name: FONT, bold: true, size: 12, color: { argb: COLOURS.title } };
      this.row += 1;
    }
    // A cover lists what is known: an empty line (not yet approved …) is left out.
    for (const [label, value, kind] of pairs.filter(([, v]) => v !== null && v !== '')) {
      const labelCell = this.ws.getCell(this.row, 1);
      setText(labelCell, label);
      labelCell.font = { name: FONT, color: { argb: COLOURS.muted } };
      labelCell.alignment = { vertical: 'top' };
      this.track(0, label.length + 2, 40);
      const valueCell = this.ws.getCell(this.row, 2);
      this.write(valueCell, { header: '', kind: kind ?? 'text', maxWidth: 60 }, value, 1);
      valueCell.alignment = { ...valueCell.alignment, vertical: 'top', horizontal: 'left' };
      this.row += 1;
    }
    this.wide = Math.max(this.wide, 2);
    this.row += 1;
    return this;
  }

  /** A PNG placed at column A of the next row; rows are reserved below it. */
  image(png: Buffer, width: number, height: number): this {
    const id = this.wb.addImage({ buffer: png, extension: 'png' } as unknown as ExcelJS.Image);
    this.ws.addImage(id, { tl: { col: 0, row: this.row - 1 }, ext: { width, height } });
    // Default rows are 15 pt = 20 px high.
    this.row += Math.ceil(height / 20) + 1;
    return this;
  }

  /** Fits the columns to what was written; A4, fit to width, header and footer. */
  finish(options: { orientation?: 'portrait' | 'landscape'; minWidths?: number[] } = {}): void {
    for (let i = 0; i < Math.max(this.widths.length, this.wide); i++) {
      const width = Math.max(this.widths[i] ?? 8, options.minWidths?.[i] ?? 0);
      this.ws.getColumn(i + 1).width = Math.max(6, Math.min(width, this.caps[i] ?? 60));
    }
    const lines = new Map<number, number>();
    for (const w of this.wrapped) {
      // A width unit is one '0'; text averages narrower (≈ 1.15 characters per unit).
      const width = Math.max(4, ((this.ws.getColumn(w.col + 1).width ?? 10) - 1) * 1.15);
      const n = w.text
        .split('\n')
        .reduce((sum, line) => sum + Math.max(1, Math.ceil(line.length / width)), 0);
      lines.set(w.row, Math.max(lines.get(w.row) ?? 1, n));
    }
    for (const [row, n] of lines) if (n > 1) this.ws.getRow(row).height = 15 * n + 2;
    this.ws.pageSetup = {
      ...this.ws.pageSetup,
      paperSize: 9,
      orientation: options.orientation ?? (this.wide > 7 ? 'landscape' : 'portrait'),
      fitToPage: true,
      fitToWidth: 1,
      fitToHeight: 0,
      margins: { left: 0.5, right: 0.5, top: 0.75, bottom: 0.75, header: 0.3, footer: 0.3 },
    };
    const f = this.frame;
    const page = headerText(f.pageLabel('\ue000P', '\ue000N'), 60).replace(/\ue000/g, '&');
    // A size code runs into digits after it ("&8" + "2025"), so a space follows each.
    this.ws.headerFooter = {
      oddHeader: `&L&9 ${headerText(f.organisation)}&R&9 ${headerText(f.reportTitle)}`,
      oddFooter: `&L&9 ${headerText(this.name, 40)}&R&9 ${page}`,
    };
  }

  private write(cell: ExcelJS.Cell, column: Column, value: CellInput, index: number): void {
    if (value === null || value === undefined) return;
    if (typeof value === 'number') {
      if (!Number.isFinite(value)) return;
      const kind = column.kind === 'text' || column.kind === 'longText' ? 'decimal' : column.kind;
      cell.value = kind === 'percent' ? value / 100 : value;
      cell.numFmt = NUMBER_FORMATS[kind];
      this.track(index, 9, column.maxWidth);
      return;
    }
    if (typeof value === 'string') {
      setText(cell, value);
      this.trackText(cell, column, index, value);
      return;
    }
    if ('link' in value) {
      cell.value = { text: value.text, hyperlink: internalLink(value.link) };
      cell.font = { name: FONT, color: { argb: COLOURS.link }, underline: true };
      this.track(index, value.text.length + 2, column.maxWidth);
      return;
    }
    if ('note' in value) {
      setText(cell, value.note);
      cell.font = { name: FONT, italic: true, color: { argb: COLOURS.muted } };
      // A note (suppressed) spans the number columns after it; it does not widen its own.
      this.track(index, 10, column.maxWidth);
      return;
    }
    setText(cell, value.text);
    cell.font = {
      name: FONT,
      ...(value.color ? { color: { argb: value.color } } : {}),
      ...(value.bold ? { bold: true } : {}),
    };
    if (value.fill)
      cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: value.fill } };
    this.trackText(cell, column, index, value.text);
  }

  private trackText(cell: ExcelJS.Cell, column: Column, index: number, text: string): void {
    const cap = column.maxWidth ?? (column.kind === 'longText' ? 60 : 40);
    const longest = Math.max(...text.split('\n').map((l) => l.length));
    if (longest > cap || text.includes('\n')) {
      cell.alignment = { wrapText: true, vertical: 'top' };
      this.wrapped.push({ row: Number(cell.row), col: index, text });
    }
    this.track(index, longest + 2, cap);
  }

  private track(index: number, width: number, cap?: number): void {
    this.widths[index] = Math.max(this.widths[index] ?? 0, width);
    if (cap !== undefined) this.caps[index] = Math.max(this.caps[index] ?? 0, cap);
  }

  private dataBar(index: number, first: number, last: number, column: Column | undefined): void {
    const letter = this.ws.getColumn(index + 1).letter;
    const max = column?.kind === 'percent' ? 1 : undefined;
    this.ws.addConditionalFormatting({
      ref: `${letter}${first}:${letter}${last}`,
      rules: [
        {
          type: 'dataBar',
          priority: 1,
          gradient: false,
          cfvo:
            max === undefined
              ? [{ type: 'min' }, { type: 'max' }]
              : [
                  { type: 'num', value: 0 },
                  { type: 'num', value: max },
                ],
          // exceljs writes the bar's colour but its types leave it out.
          ...({ color: { argb: COLOURS.bar } } as object),
        } as ExcelJS.DataBarRuleType,
      ],
    });
  }

  private colourScale(from: number, to: number, first: number, last: number): void {
    const a = this.ws.getColumn(from + 1).letter;
    const b = this.ws.getColumn(to + 1).letter;
    this.ws.addConditionalFormatting({
      ref: `${a}${first}:${b}${last}`,
      rules: [
        {
          type: 'colorScale',
          priority: 2,
          cfvo: [{ type: 'min' }, { type: 'max' }],
          color: [{ argb: COLOURS.scaleLow }, { argb: COLOURS.scaleHigh }],
        },
      ],
    });
  }
}

/** A link to a sheet's first cell, in the form exceljs writes as an internal `location`. */
export const internalLink = (sheet: string): string => `'${sheet.replace(/'/g, "''")}'!A1`;
