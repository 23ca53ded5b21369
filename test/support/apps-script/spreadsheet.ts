/**
 * An in-memory SpreadsheetApp that behaves like Google Sheets where the add-on depends on it:
 * `setValues` takes strings as typed input (a leading `=` makes a formula, `+`/`-`/`@` too
 * unless the rest is a number, a leading apostrophe keeps the rest as text and is not given
 * back by `getValues`; numbers and ISO dates typed into a non-text cell become numbers and
 * dates at midnight in the spreadsheet's time zone), plus number formats, data validation,
 * notes, backgrounds, frozen rows, hidden columns and protections that a test can inspect.
 */

export type Value = string | number | boolean | Date;

export interface FakeCell {
  value: Value | '';
  formula: string | null;
  format: string | null;
  background: string | null;
  note: string;
  validation: FakeValidation | null;
}

export interface FakeValidation {
  criteria: 'VALUE_IN_LIST' | 'DATE_IS_VALID_DATE';
  values: unknown[];
  allowInvalid: boolean;
  helpText: string;
}

export interface FakeProtection {
  range: string;
  description: string;
  warningOnly: boolean;
}

const isDate = (v: unknown): v is Date => Object.prototype.toString.call(v) === '[object Date]';

/** Milliseconds to add to UTC to get the wall clock of `timeZone` at instant `t`. */
const offsetAt = (t: number, timeZone: string): number => {
  const parts = new Intl.DateTimeFormat('en-GB', {
    timeZone,
    hourCycle: 'h23',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    second: '2-digit',
  }).formatToParts(new Date(t));
  const get = (type: string) => Number(parts.find((p) => p.type === type)?.value);
  return (
    Date.UTC(get('year'), get('month') - 1, get('day'), get('hour'), get('minute'), get('second')) -
    t
  );
};

/** The instant of a wall-clock time in a time zone. */
export const zonedDate = (
  timeZone: string,
  y: number,
  m: number,
  d: number,
  hh = 0,
  mm = 0,
  ss = 0,
): Date => {
  const guess = Date.UTC(y, m - 1, d, hh, mm, ss);
  return new Date(guess - offsetAt(guess - offsetAt(guess, timeZone), timeZone));
};

/** Utilities.formatDate for the patterns the add-on uses (yyyy, MM, dd, HH, mm, ss). */
export const formatDate = (date: Date, timeZone: string, pattern: string): string => {
  const t = date.getTime();
  const wall = new Date(t + offsetAt(t, timeZone));
  const pad = (n: number, w = 2) => String(n).padStart(w, '0');
  return pattern
    .replace('yyyy', String(wall.getUTCFullYear()))
    .replace('MM', pad(wall.getUTCMonth() + 1))
    .replace('dd', pad(wall.getUTCDate()))
    .replace('HH', pad(wall.getUTCHours()))
    .replace('mm', pad(wall.getUTCMinutes()))
    .replace('ss', pad(wall.getUTCSeconds()));
};

const emptyCell = (): FakeCell => ({
  value: '',
  formula: null,
  format: null,
  background: null,
  note: '',
  validation: null,
});

export const columnLetter = (column: number): string => {
  let n = column;
  let s = '';
  while (n > 0) {
    s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
    n = Math.floor((n - 1) / 26);
  }
  return s;
};

export class FakeRange {
  constructor(
    readonly sheet: FakeSheet,
    readonly row: number,
    readonly column: number,
    readonly numRows: number,
    readonly numColumns: number,
  ) {
    if (row < 1 || column < 1 || numRows < 1 || numColumns < 1)
      throw new Error(`Exception: The starting row/column of the range is too small.`);
    if (row + numRows - 1 > sheet.maxRows || column + numColumns - 1 > sheet.maxColumns)
      throw new Error(
        'Exception: The coordinates of the range are outside the dimensions of the sheet.',
      );
  }

  private each(fn: (cell: FakeCell, r: number, c: number) => void): this {
    for (let r = 0; r < this.numRows; r += 1)
      for (let c = 0; c < this.numColumns; c += 1)
        fn(this.sheet.cell(this.row + r, this.column + c), r, c);
    return this;
  }

  private grid<T>(fn: (cell: FakeCell) => T): T[][] {
    const out: T[][] = [];
    for (let r = 0; r < this.numRows; r += 1) {
      const line: T[] = [];
      for (let c = 0; c < this.numColumns; c += 1)
        line.push(fn(this.sheet.peek(this.row + r, this.column + c)));
      out.push(line);
    }
    return out;
  }

  getRow = () => this.row;
  getColumn = () => this.column;
  getNumRows = () => this.numRows;
  getNumColumns = () => this.numColumns;
  getA1Notation = () =>
    `${columnLetter(this.column)}${this.row}` +
    (this.numRows > 1 || this.numColumns > 1
      ? `:${columnLetter(this.column + this.numColumns - 1)}${this.row + this.numRows - 1}`
      : '');

  getValues = (): unknown[][] =>
    this.grid((cell) => (isDate(cell.value) ? new Date(cell.value.getTime()) : cell.value));
  getFormulas = (): string[][] => this.grid((cell) => cell.formula ?? '');
  getNotes = (): string[][] => this.grid((cell) => cell.note);
  getBackgrounds = (): string[][] => this.grid((cell) => cell.background ?? '#ffffff');
  getNumberFormats = (): string[][] => this.grid((cell) => cell.format ?? '0.###############');
  getDataValidations = (): (FakeValidation | null)[][] => this.grid((cell) => cell.validation);
  getValue = (): unknown => this.getValues()[0]?.[0];

  setValues = (values: unknown[][]): this => {
    if (!Array.isArray(values) || values.length !== this.numRows)
      throw new Error(
        `Exception: The number of rows in the data does not match the number of rows in the range. The data has ${values?.length} but the range has ${this.numRows}.`,
      );
    values.forEach((line) => {
      if (!Array.isArray(line) || line.length !== this.numColumns)
        throw new Error(
          `Exception: The number of columns in the data does not match the number of columns in the range. The data has ${line?.length} but the range has ${this.numColumns}.`,
        );
    });
    return this.each((cell, r, c) => this.sheet.book.enter(cell, values[r]?.[c]));
  };
  setValue = (value: unknown): this => this.each((cell) => this.sheet.book.enter(cell, value));
  setNumberFormat = (format: string): this => this.each((cell) => (cell.format = format));
  setBackground = (color: string | null): this => this.each((cell) => (cell.background = color));
  setNote = (note: string | null): this => this.each((cell) => (cell.note = note ?? ''));
  setDataValidation = (rule: FakeValidation | null): this =>
    this.each((cell) => (cell.validation = rule));
  setFontWeight = (_weight: string | null): this => this;
  clearContent = (): this =>
    this.each((cell) => {
      cell.value = '';
      cell.formula = null;
    });
  clear = (): this => this.each((cell) => Object.assign(cell, emptyCell()));
  protect = () => {
    const protection: FakeProtection = {
      range: this.getA1Notation(),
      description: '',
      warningOnly: false,
    };
    this.sheet.protections.push(protection);
    const api = {
      setDescription: (text: string) => ((protection.description = text), api),
      setWarningOnly: (on: boolean) => ((protection.warningOnly = on), api),
      getDescription: () => protection.description,
      isWarningOnly: () => protection.warningOnly,
    };
    return api;
  };
}

export class FakeSheet {
  readonly rows: FakeCell[][] = [];
  frozenRows = 0;
  readonly hiddenColumns = new Set<number>();
  readonly protections: FakeProtection[] = [];
  maxRows = 1000;
  maxColumns = 26;

  constructor(
    readonly book: FakeSpreadsheet,
    public name: string,
    readonly id: number,
  ) {}

  cell(row: number, column: number): FakeCell {
    while (this.rows.length < row) this.rows.push([]);
    const line = this.rows[row - 1] as FakeCell[];
    while (line.length < column) line.push(emptyCell());
    return line[column - 1] as FakeCell;
  }

  peek(row: number, column: number): FakeCell {
    return this.rows[row - 1]?.[column - 1] ?? emptyCell();
  }

  getName = () => this.name;
  getSheetId = () => this.id;
  getRange = (row: number | string, column?: number, numRows = 1, numColumns = 1): FakeRange => {
    if (typeof row === 'string') {
      const m = /^([A-Z]+)(\d+)$/.exec(row);
      if (!m) throw new Error(`fake: unsupported A1 ${row}`);
      let col = 0;
      for (const ch of m[1] as string) col = col * 26 + (ch.charCodeAt(0) - 64);
      return new FakeRange(this, Number(m[2]), col, 1, 1);
    }
    return new FakeRange(this, row, column ?? 1, numRows, numColumns);
  };
  getLastRow = (): number => {
    for (let r = this.rows.length; r >= 1; r -= 1)
      if ((this.rows[r - 1] ?? []).some((c) => c.value !== '' || c.formula !== null)) return r;
    return 0;
  };
  getLastColumn = (): number => {
    let last = 0;
    for (const line of this.rows)
      line.forEach((c, i) => {
        if (c.value !== '' || c.formula !== null) last = Math.max(last, i + 1);
      });
    return last;
  };
  getMaxRows = () => this.maxRows;
  getMaxColumns = () => this.maxColumns;
  getDataRange = (): FakeRange =>
    new FakeRange(this, 1, 1, Math.max(1, this.getLastRow()), Math.max(1, this.getLastColumn()));
  setFrozenRows = (n: number) => {
    this.frozenRows = n;
  };
  getFrozenRows = () => this.frozenRows;
  hideColumns = (column: number, n = 1) => {
    for (let i = 0; i < n; i += 1) this.hiddenColumns.add(column + i);
  };
  isColumnHiddenByUser = (column: number) => this.hiddenColumns.has(column);
  insertRowsAfter = (after: number, n: number) => {
    this.rows.splice(after, 0, ...Array.from({ length: n }, () => [] as FakeCell[]));
    this.maxRows += n;
  };
  deleteRows = (position: number, n: number) => {
    this.rows.splice(position - 1, n);
    this.maxRows -= n;
  };
  activate = () => {
    this.book.active = this;
    return this;
  };

  /** The values as the user sees them (test helper). */
  values(): unknown[][] {
    return this.getDataRange().getValues();
  }
}

export class FakeSpreadsheet {
  readonly sheets: FakeSheet[] = [];
  active: FakeSheet;
  private nextId = 0;
  readonly toasts: string[] = [];

  constructor(
    readonly name: string,
    readonly timeZone = 'Europe/Vilnius',
    readonly id = `ss-${Math.random().toString(36).slice(2)}`,
  ) {
    this.active = this.insertSheet('Lapas1');
  }

  /** What Sheets does with a value a script or a user enters into a cell. */
  enter(cell: FakeCell, raw: unknown): void {
    cell.formula = null;
    if (raw === null || raw === undefined || raw === '') {
      cell.value = '';
      return;
    }
    if (isDate(raw)) {
      cell.value = new Date(raw.getTime());
      return;
    }
    if (typeof raw === 'number' || typeof raw === 'boolean') {
      cell.value = raw;
      return;
    }
    const text = String(raw);
    if (text.startsWith("'")) {
      cell.value = text.slice(1);
      return;
    }
    const numeric = /^[+-]?\d+(\.\d+)?$/.test(text);
    if (text.startsWith('=') || (/^[+\-@]/.test(text) && !numeric)) {
      cell.formula = text.startsWith('=') ? text : `=${text}`;
      cell.value = '#ERROR!';
      return;
    }
    if (cell.format === '@') {
      cell.value = text;
      return;
    }
    if (numeric) {
      cell.value = Number(text);
      return;
    }
    const date = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
    if (date) {
      cell.value = zonedDate(this.timeZone, Number(date[1]), Number(date[2]), Number(date[3]));
      return;
    }
    cell.value = text;
  }

  getId = () => this.id;
  getName = () => this.name;
  getSpreadsheetTimeZone = () => this.timeZone;
  getSheets = () => [...this.sheets];
  getSheetByName = (name: string) => this.sheets.find((s) => s.name === name) ?? null;
  insertSheet = (name: string): FakeSheet => {
    if (this.getSheetByName(name))
      throw new Error(
        `Exception: A sheet with the name "${name}" already exists. Please enter another name.`,
      );
    this.nextId += 1;
    const sheet = new FakeSheet(this, name, this.nextId * 1000 + 7);
    this.sheets.push(sheet);
    this.active = sheet;
    return sheet;
  };
  getActiveSheet = () => this.active;
  toast = (message: string) => {
    this.toasts.push(message);
  };

  sheet(name: string): FakeSheet {
    const s = this.getSheetByName(name);
    if (!s) throw new Error(`no sheet ${name}`);
    return s;
  }
}
