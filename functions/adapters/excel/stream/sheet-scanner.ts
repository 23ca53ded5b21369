import { isoToDate, serialToDate } from './dates';
import { NotXlsxError, XlsxTooLargeError } from './errors';
import { decodeAttribute, decodeText } from './xml';

/** A cell value: text, number, boolean, date (UTC), or empty. */
export type XlsxValue = string | number | boolean | Date | null;

export interface XlsxRow {
  /** 1-based row number in the sheet. */
  row: number;
  /** By column, A at 0; gaps are null, trailing empty cells are left off. */
  values: XlsxValue[];
}

/** A merged range, 1-based and inclusive. */
export interface CellRange {
  ref: string;
  top: number;
  left: number;
  bottom: number;
  right: number;
}

export interface ScanContext {
  readonly sharedStrings: readonly string[];
  /** Per cell style index, 1 when its number format is a date or time. */
  readonly dateStyles: Uint8Array;
  readonly date1904: boolean;
  /** Error cells (`#N/A`) as their text instead of null. */
  readonly errorsAsText: boolean;
  readonly maxElementChars: number;
}

export interface ScanTotals {
  /** Rows handed over (rows with at least one value). */
  rows: number;
  /** Widest row handed over, in columns. */
  columns: number;
  lastRow: number;
  formulaCells: number;
  errorCells: number;
  merges: CellRange[];
  /** `<dimension ref>` as the writer declared it; not trusted for anything. */
  dimension: string | undefined;
}

/** Excel's last column, XFD. A reference past it would make us allocate for nothing. */
const MAX_COLUMNS = 16_384;

const LT = 60;
const GT = 62;
const SLASH = 47;
const BANG = 33;
const QUESTION = 63;

const enum Phase {
  Head,
  Data,
  Tail,
  Done,
}

const enum CellType {
  Number,
  Shared,
  FormulaString,
  Inline,
  Boolean,
  Error,
  Iso,
}

const isNameEnd = (code: number): boolean =>
  code === GT || code === SLASH || code === 32 || code === 9 || code === 10 || code === 13;

/** "AB12" → column index 27 (A = 0); -1 when it does not start with letters. */
const columnOf = (s: string, from: number, to: number): number => {
  let col = 0;
  let i = from;
  for (; i < to; i++) {
    const c = s.charCodeAt(i);
    if (c >= 65 && c <= 90) col = col * 26 + (c - 64);
    else if (c >= 97 && c <= 122) col = col * 26 + (c - 96);
    else break;
  }
  return i === from ? -1 : col - 1;
};

/** The row digits after a reference's letters; 0 when there are none. */
const rowOf = (s: string, from: number, to: number): number => {
  let row = 0;
  for (let i = from; i < to; i++) {
    const c = s.charCodeAt(i);
    if (c >= 48 && c <= 57) row = row * 10 + (c - 48);
    else if (row > 0 || !((c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 36)) break;
  }
  return row;
};

const parseRange = (ref: string): CellRange | undefined => {
  const colon = ref.indexOf(':');
  const from = colon === -1 ? ref : ref.slice(0, colon);
  const to = colon === -1 ? ref : ref.slice(colon + 1);
  const left = columnOf(from, 0, from.length) + 1;
  const right = columnOf(to, 0, to.length) + 1;
  const top = rowOf(from, 0, from.length);
  const bottom = rowOf(to, 0, to.length);
  if (left < 1 || right < 1 || top < 1 || bottom < 1) return undefined;
  return { ref, top, left, bottom, right };
};

/** Unsigned integer from digits only, or -1 (then the caller parses it as a float). */
const digitsValue = (s: string, from: number, to: number): number => {
  if (to <= from || to - from > 15) return -1;
  let n = 0;
  for (let i = from; i < to; i++) {
    const c = s.charCodeAt(i) - 48;
    if (c < 0 || c > 9) return -1;
    n = n * 10 + c;
  }
  return n;
};

/**
 * A hand-written scanner for a worksheet's XML, fed inflated bytes chunk by chunk. It understands
 * only what it needs (`<row>`, `<c>`, `<v>`, `<f>`, `<is>`, `<mergeCell>`, `<dimension>`) and
 * keeps at most one unfinished element between chunks, so memory does not grow with the sheet.
 * Rows are handed over as each `</row>` arrives.
 *
 * Each chunk is scanned as a latin1 string, one character per byte: markup is ASCII, and no byte
 * of a multi-byte UTF-8 character can pass for `<`, `>` or a quote. Text is decoded as UTF-8 from
 * the bytes at the same offsets, which also gives fresh strings that pin no chunk in memory.
 */
export class SheetScanner {
  private carry: Buffer = Buffer.alloc(0);
  private first = true;
  private phase = Phase.Head;
  /** Namespace prefix of the sheet's elements with its colon (`x:`), '' for none. */
  private p = '';
  private closeCell = '</c>';
  private rowNumber = 0;
  private rowFromCell = false;
  private column = -1;
  private values: XlsxValue[] = [];
  readonly totals: ScanTotals = {
    rows: 0,
    columns: 0,
    lastRow: 0,
    formulaCells: 0,
    errorCells: 0,
    merges: [],
    dimension: undefined,
  };

  constructor(
    private readonly ctx: ScanContext,
    private readonly onRow: (row: XlsxRow) => void,
  ) {}

  write(chunk: Buffer): void {
    if (chunk.length === 0 || this.phase === Phase.Done) return;
    const buf = this.carry.length === 0 ? chunk : Buffer.concat([this.carry, chunk]);
    if (this.first) {
      this.first = false;
      refuseUtf16(buf);
    }
    const stop = this.scan(buf.toString('latin1'), buf);
    this.carry = stop < buf.length ? Buffer.from(buf.subarray(stop)) : Buffer.alloc(0);
    if (this.carry.length > this.ctx.maxElementChars)
      throw new XlsxTooLargeError(
        `an XML element over ${this.ctx.maxElementChars} bytes`,
        this.carry.length,
        this.ctx.maxElementChars,
      );
  }

  /** Call after the last chunk: a sheet whose XML stops inside its data is refused. */
  end(): void {
    if (this.phase === Phase.Head) throw new NotXlsxError('worksheet XML has no <sheetData>');
    if (this.phase === Phase.Data) throw new NotXlsxError('worksheet XML ends inside <sheetData>');
  }

  /** Returns where the unfinished part begins (s.length when all was consumed). */
  private scan(s: string, buf: Buffer): number {
    const n = s.length;
    let plen = this.p.length;
    let i = 0;
    while (i < n) {
      const lt = s.indexOf('<', i);
      if (lt === -1) return n;
      if (this.phase !== Phase.Data) {
        const next = this.headOrTail(s, buf, lt);
        if (next < 0) return lt;
        i = next;
        plen = this.p.length;
        if (this.phase === Phase.Done) return n;
        continue;
      }
      let k = lt + 1;
      const first = s.charCodeAt(k);
      // Cells first, the bulk of the sheet: the cell's own walk finds its `>`.
      if (first === 99 /* c */ && plen === 0) {
        const after = s.charCodeAt(k + 1);
        if (
          after === 32 ||
          after === GT ||
          after === SLASH ||
          after === 9 ||
          after === 10 ||
          after === 13
        ) {
          const next = this.cell(s, buf, k + 1);
          if (next < 0) return lt;
          i = next;
          continue;
        }
      }
      const gt = s.indexOf('>', lt);
      if (gt === -1) return lt;
      if (first === SLASH) {
        k += 1 + plen;
        if (
          s.charCodeAt(k) === 114 /* r */ &&
          s.charCodeAt(k + 1) === 111 /* o */ &&
          s.charCodeAt(k + 2) === 119 /* w */ &&
          isNameEnd(s.charCodeAt(k + 3))
        )
          this.endRow();
        else if (s.startsWith('sheetData', k) && isNameEnd(s.charCodeAt(k + 9))) {
          this.endRow();
          this.phase = Phase.Tail;
        }
        i = gt + 1;
        continue;
      }
      if (first === BANG || first === QUESTION) {
        const next = skipSpecial(s, lt);
        if (next < 0) return lt;
        i = next;
        continue;
      }
      if (plen > 0) {
        if (!s.startsWith(this.p, k)) {
          i = gt + 1;
          continue;
        }
        k += plen;
      }
      // A `>` was found after k, so these reads stay inside the string.
      const c0 = s.charCodeAt(k);
      if (c0 === 99 /* c */ && isNameEnd(s.charCodeAt(k + 1))) {
        const next = this.cell(s, buf, k + 1);
        if (next < 0) return lt;
        i = next;
        continue;
      }
      if (
        c0 === 114 /* r */ &&
        s.charCodeAt(k + 1) === 111 /* o */ &&
        s.charCodeAt(k + 2) === 119 /* w */ &&
        isNameEnd(s.charCodeAt(k + 3))
      ) {
        this.startRow(s, buf, k + 3, gt);
        if (s.charCodeAt(gt - 1) === SLASH) this.endRow();
      }
      i = gt + 1;
    }
    return n;
  }

  /** Tags before and after `<sheetData>`; returns the next offset or -1 when unfinished. */
  private headOrTail(s: string, buf: Buffer, lt: number): number {
    const c1 = s.charCodeAt(lt + 1);
    if (c1 === BANG || c1 === QUESTION) return skipSpecial(s, lt);
    const gt = s.indexOf('>', lt);
    if (gt === -1) return -1;
    const closing = c1 === SLASH;
    let nameEnd = lt + (closing ? 2 : 1);
    while (nameEnd < gt && !isNameEnd(s.charCodeAt(nameEnd))) nameEnd++;
    const qualified = s.slice(lt + (closing ? 2 : 1), nameEnd);
    const colon = qualified.indexOf(':');
    const local = colon === -1 ? qualified : qualified.slice(colon + 1);
    const selfClosing = s.charCodeAt(gt - 1) === SLASH;
    if (this.phase === Phase.Head) {
      if (local === 'worksheet' && !closing) {
        this.p = colon === -1 ? '' : qualified.slice(0, colon + 1);
        this.closeCell = `</${this.p}c>`;
      } else if (local === 'dimension' && !closing) {
        this.totals.dimension = attribute(s, buf, nameEnd, gt, 'ref');
      } else if (local === 'sheetData' && !closing) {
        this.phase = selfClosing ? Phase.Tail : Phase.Data;
      } else if (local === 'worksheet' && closing) {
        this.phase = Phase.Done;
      }
    } else if (local === 'mergeCell' && !closing) {
      const ref = attribute(s, buf, nameEnd, gt, 'ref');
      const range = ref === undefined ? undefined : parseRange(ref);
      if (range) this.totals.merges.push(range);
    } else if (local === 'worksheet' && closing) {
      this.phase = Phase.Done;
    }
    return gt + 1;
  }

  private startRow(s: string, buf: Buffer, from: number, gt: number): void {
    this.endRow();
    const r = attribute(s, buf, from, gt, 'r');
    const n = r === undefined ? 0 : digitsValue(r, 0, r.length);
    if (n > 0) {
      this.rowNumber = n;
      this.rowFromCell = false;
    } else {
      this.rowNumber = this.totals.lastRow + 1;
      this.rowFromCell = true;
    }
    this.totals.lastRow = Math.max(this.totals.lastRow, this.rowNumber);
  }

  private endRow(): void {
    this.column = -1;
    const values = this.values;
    if (values.length === 0) return;
    this.values = [];
    const totals = this.totals;
    totals.rows++;
    if (values.length > totals.columns) totals.columns = values.length;
    this.onRow({ row: this.rowNumber, values });
  }

  /**
   * One `<c …>…</c>`, from just after its name. Returns the offset after the cell, or -1 when it
   * is not all in `s` yet; nothing is recorded until the whole cell is there.
   */
  private cell(s: string, buf: Buffer, from: number): number {
    const n = s.length;
    let column = -1;
    let refRow = 0;
    let type = CellType.Number;
    let style = -1;
    let i = from;
    let c: number;
    // Attributes, walked by hand (values are short): `r`, `t` and `s` are all we need.
    for (;;) {
      if (i >= n) return -1;
      c = s.charCodeAt(i);
      if (c <= 32) {
        i++;
        continue;
      }
      if (c === GT || c === SLASH) break;
      const nameStart = i;
      while (c !== 61 /* = */ && c > 32 && c !== GT && ++i < n) c = s.charCodeAt(i);
      const name = i - nameStart === 1 ? s.charCodeAt(nameStart) : 0;
      while (c !== 34 && c !== 39 && c !== GT && ++i < n) c = s.charCodeAt(i);
      if (i >= n) return -1;
      if (c === GT) throw new NotXlsxError(`malformed cell tag in row ${this.rowNumber}`);
      const quote = c;
      const valueStart = ++i;
      while (i < n && s.charCodeAt(i) !== quote) i++;
      if (i >= n) return -1;
      const valueEnd = i++;
      if (name === 114 /* r */) {
        column = columnOf(s, valueStart, valueEnd);
        refRow = rowOf(s, valueStart, valueEnd);
      } else if (name === 116 /* t */) {
        const t0 = s.charCodeAt(valueStart);
        const length = valueEnd - valueStart;
        if (t0 === 115 /* s */) type = length === 1 ? CellType.Shared : CellType.FormulaString;
        else if (t0 === 105 /* i */) type = CellType.Inline;
        else if (t0 === 98 /* b */) type = CellType.Boolean;
        else if (t0 === 101 /* e */) type = CellType.Error;
        else if (t0 === 100 /* d */) type = CellType.Iso;
      } else if (name === 115 /* s */) {
        style = digitsValue(s, valueStart, valueEnd);
      }
    }
    const gt = c === SLASH ? i + 1 : i;
    if (gt >= n) return -1;
    if (column < 0) column = this.column + 1;
    if (column >= MAX_COLUMNS)
      throw new NotXlsxError(`cell reference beyond column XFD in row ${this.rowNumber}`);
    if (c === SLASH) {
      this.column = column;
      return gt + 1;
    }

    let vStart = -1;
    let vEnd = -1;
    let inline: string | undefined;
    let formula = false;
    let next = -1;
    const p = this.p;
    if (
      p.length === 0 &&
      gt + 3 < n &&
      s.charCodeAt(gt + 1) === LT &&
      s.charCodeAt(gt + 2) === 118 /* v */ &&
      s.charCodeAt(gt + 3) === GT
    ) {
      // The common case, `<v>…</v></c>`, without the general walk below.
      vStart = gt + 4;
      vEnd = vStart;
      while (vEnd < n && s.charCodeAt(vEnd) !== LT) vEnd++;
      if (vEnd + 7 >= n) return -1;
      if (
        s.charCodeAt(vEnd + 1) === SLASH &&
        s.charCodeAt(vEnd + 2) === 118 /* v */ &&
        s.charCodeAt(vEnd + 3) === GT &&
        s.charCodeAt(vEnd + 4) === LT &&
        s.charCodeAt(vEnd + 5) === SLASH &&
        s.charCodeAt(vEnd + 6) === 99 /* c */ &&
        s.charCodeAt(vEnd + 7) === GT
      )
        next = vEnd + 8;
    }
    if (next < 0) {
      vStart = vEnd = -1;
      const end = s.indexOf(this.closeCell, gt + 1);
      if (end === -1) return -1;
      next = end + this.closeCell.length;
      let j = gt + 1;
      while (j < end) {
        const lt = s.indexOf('<', j);
        if (lt === -1 || lt >= end) break;
        const tagEnd = s.indexOf('>', lt);
        if (s.charCodeAt(lt + 1) === SLASH) {
          j = tagEnd + 1;
          continue;
        }
        const k = lt + 1 + p.length;
        const c0 = s.charCodeAt(k);
        const after = s.charCodeAt(k + 1);
        const selfClosingChild = s.charCodeAt(tagEnd - 1) === SLASH;
        if (c0 === 118 /* v */ && isNameEnd(after)) {
          if (selfClosingChild) {
            vStart = vEnd = tagEnd;
            j = tagEnd + 1;
          } else {
            vStart = tagEnd + 1;
            vEnd = s.indexOf('<', vStart);
            j = vEnd;
          }
        } else if (c0 === 102 /* f */ && isNameEnd(after)) {
          formula = true;
          j = selfClosingChild ? tagEnd + 1 : s.indexOf('<', tagEnd + 1);
        } else if (c0 === 105 /* i */ && after === 115 /* s */ && isNameEnd(s.charCodeAt(k + 2))) {
          if (selfClosingChild) {
            inline = '';
            j = tagEnd + 1;
          } else {
            const close = `</${p}is>`;
            const isEnd = s.indexOf(close, tagEnd);
            if (isEnd === -1 || isEnd > end) throw new NotXlsxError('unclosed <is> in a cell');
            inline = runsText(s, buf, tagEnd + 1, isEnd, p);
            j = isEnd + close.length;
          }
        } else {
          j = tagEnd + 1;
        }
      }
    }

    const ctx = this.ctx;
    let value: XlsxValue = null;
    if (type === CellType.Inline) {
      value = inline ?? (vStart >= 0 ? decodeText(buf.toString('utf8', vStart, vEnd)) : null);
    } else if (vStart >= 0 && vEnd > vStart) {
      switch (type) {
        case CellType.Number: {
          let num = digitsValue(s, vStart, vEnd);
          if (num < 0) num = Number(s.slice(vStart, vEnd));
          if (Number.isNaN(num)) value = decodeText(buf.toString('utf8', vStart, vEnd));
          else if (style >= 0 && ctx.dateStyles[style] === 1)
            value = serialToDate(num, ctx.date1904);
          else value = num;
          break;
        }
        case CellType.Shared: {
          const index = digitsValue(s, vStart, vEnd);
          value = index >= 0 ? (ctx.sharedStrings[index] ?? null) : null;
          break;
        }
        case CellType.FormulaString:
          value = decodeText(buf.toString('utf8', vStart, vEnd));
          break;
        case CellType.Boolean: {
          const b = s.charCodeAt(vStart);
          value = b === 49 /* 1 */ || b === 116 /* t */ || b === 84; /* T */
          break;
        }
        case CellType.Error:
          this.totals.errorCells++;
          value = ctx.errorsAsText ? decodeText(buf.toString('utf8', vStart, vEnd)) : null;
          break;
        case CellType.Iso: {
          const text = buf.toString('latin1', vStart, vEnd);
          value = isoToDate(text) ?? text;
          break;
        }
      }
    } else if (type === CellType.Error) {
      this.totals.errorCells++;
    }
    if (formula) this.totals.formulaCells++;

    // Commit: the whole cell was there.
    if (this.rowFromCell && refRow > 0) {
      this.rowNumber = refRow;
      this.totals.lastRow = Math.max(this.totals.lastRow, refRow);
      this.rowFromCell = false;
    }
    this.column = column;
    if (value !== null) {
      const values = this.values;
      if (column === values.length) values.push(value);
      else if (column > values.length) {
        while (values.length < column) values.push(null);
        values.push(value);
      } else values[column] = value;
    }
    return next;
  }
}

/** Comments, processing instructions, CDATA: skipped whole. Returns -1 when unfinished. */
const skipSpecial = (s: string, lt: number): number => {
  const close = s.startsWith('<!--', lt) ? '-->' : s.startsWith('<![CDATA[', lt) ? ']]>' : '>';
  const end = s.indexOf(close, lt + 2);
  return end === -1 ? -1 : end + close.length;
};

/** Sheets are UTF-8 in practice; a UTF-16 one (byte order mark) is refused, not misread. */
const refuseUtf16 = (buf: Buffer): void => {
  if (
    buf.length >= 2 &&
    ((buf[0] === 0xff && buf[1] === 0xfe) || (buf[0] === 0xfe && buf[1] === 0xff))
  )
    throw new NotXlsxError('UTF-16 worksheet XML');
};

/**
 * The text of a string item (`<si>` or an inline `<is>`): its `<t>`, or its rich-text runs'
 * `<t>`s joined, phonetic `<rPh>` runs left out. `s` is the latin1 view of `buf`.
 */
export const runsText = (s: string, buf: Buffer, from: number, to: number, p: string): string => {
  const open = `<${p}t`;
  const close = `</${p}t>`;
  const phonetic = `<${p}rPh`;
  const phoneticEnd = `</${p}rPh>`;
  let text = '';
  let j = from;
  for (;;) {
    const k = s.indexOf(open, j);
    if (k === -1 || k >= to) break;
    const ph = s.indexOf(phonetic, j);
    if (ph !== -1 && ph < k) {
      const phEnd = s.indexOf(phoneticEnd, ph);
      if (phEnd === -1 || phEnd >= to) break;
      j = phEnd + phoneticEnd.length;
      continue;
    }
    if (!isNameEnd(s.charCodeAt(k + open.length))) {
      j = k + open.length;
      continue;
    }
    const gt = s.indexOf('>', k);
    if (gt === -1 || gt >= to) break;
    if (s.charCodeAt(gt - 1) === SLASH) {
      j = gt + 1;
      continue;
    }
    const end = s.indexOf(close, gt);
    if (end === -1 || end > to) break;
    const piece = buf.toString('utf8', gt + 1, end);
    text = text.length === 0 ? piece : text + piece;
    j = end + close.length;
  }
  return decodeText(text);
};

/** One attribute's value inside a start tag spanning [from, to), by exact (qualified) name. */
const attribute = (
  s: string,
  buf: Buffer,
  from: number,
  to: number,
  name: string,
): string | undefined => {
  let i = from;
  while (i < to) {
    const eq = s.indexOf('=', i);
    if (eq === -1 || eq >= to) return undefined;
    let nameEnd = eq;
    while (nameEnd > i && s.charCodeAt(nameEnd - 1) <= 32) nameEnd--;
    let nameStart = nameEnd;
    while (nameStart > i && s.charCodeAt(nameStart - 1) > 32) nameStart--;
    let q = eq + 1;
    while (q < to && s.charCodeAt(q) <= 32) q++;
    const quote = s[q];
    if (quote !== '"' && quote !== "'") return undefined;
    const end = s.indexOf(quote, q + 1);
    if (end === -1 || end > to) return undefined;
    if (nameEnd - nameStart === name.length && s.startsWith(name, nameStart))
      return decodeAttribute(buf.toString('utf8', q + 1, end));
    i = end + 1;
  }
  return undefined;
};
