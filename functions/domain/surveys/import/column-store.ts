import type { SheetValue } from './types';

/** Code of a blank cell. */
export const BLANK = -1;

const TRUE_KEY = '\u0000t';
const FALSE_KEY = '\u0000f';

/**
 * One column's cells, dictionary-encoded: each distinct value is stored once, rows hold Int32
 * codes. Keeps 100,000 × 30 cells to a few MB and lets inference look at distinct values only.
 */
export class ColumnStore {
  readonly values: SheetValue[] = [];
  /** Per distinct value: 1 when it is whitespace only. */
  private blankFlags: number[] = [];
  private readonly index = new Map<string | number, number>();
  /** Dates by their time value, apart from numbers. */
  private readonly dates = new Map<number, number>();
  private codes = new Int32Array(1024);
  length = 0;

  /** The value's code, BLANK for null, empty or whitespace-only text. */
  encode(value: SheetValue | undefined): number {
    if (value === null || value === undefined || value === '') return BLANK;
    if (value instanceof Date) {
      const time = value.getTime();
      let code = this.dates.get(time);
      if (code === undefined) {
        code = this.add(value);
        this.dates.set(time, code);
      }
      return code;
    }
    let key: string | number;
    if (typeof value === 'string') key = value.charCodeAt(0) === 0 ? `\u0000s${value}` : value;
    else if (typeof value === 'number') key = value;
    else key = value ? TRUE_KEY : FALSE_KEY;
    let code = this.index.get(key);
    if (code === undefined) {
      code = this.add(value);
      this.index.set(key, code);
    }
    return this.blankFlags[code] === 1 ? BLANK : code;
  }

  private add(value: SheetValue): number {
    this.values.push(value);
    this.blankFlags.push(typeof value === 'string' && value.trim() === '' ? 1 : 0);
    return this.values.length - 1;
  }

  push(code: number): void {
    if (this.length === this.codes.length) {
      const grown = new Int32Array(this.codes.length * 2);
      grown.set(this.codes);
      this.codes = grown;
    }
    this.codes[this.length++] = code;
  }

  code(i: number): number {
    return this.codes[i] ?? BLANK;
  }

  /** Rows per distinct value, over the stored (accepted) rows. */
  counts(): Int32Array {
    const counts = new Int32Array(this.values.length);
    for (let i = 0; i < this.length; i++) {
      const c = this.codes[i]!;
      if (c >= 0) counts[c]!++;
    }
    return counts;
  }

  /** Lets go of the dictionary once encoding is over. */
  seal(): void {
    this.index.clear();
    this.dates.clear();
  }
}
