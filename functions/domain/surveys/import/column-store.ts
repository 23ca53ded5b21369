import type { SheetValue } from './types';

/** Code of a blank cell. */
export const BLANK = -1;

/** Distinct values looked up by a scan rather than the Map. */
const SMALL = 16;

const TRUE_KEY = '\u0000t';
const FALSE_KEY = '\u0000f';

/** Whitespace-only text is a blank cell; most text starts with a visible ASCII character. */
const isBlankText = (s: string): boolean => {
  const first = s.charCodeAt(0);
  return first > 32 && first < 127 ? false : s.trim() === '';
};

/**
 * One column's cells as Int32 codes into `values`. Two modes:
 *
 * - dictionary (the default): each distinct value is stored once. Keeps 100,000 × 30 cells to a
 *   few MB and lets inference look at distinct values only;
 * - raw: every non-blank cell encoded gets its own code, in arrival order, with no lookup. For
 *   columns whose values are all different (timestamps, e-mails, IDs), where a dictionary is a
 *   100,000-entry Map that saves nothing. `compact()` turns a raw store into exactly the
 *   dictionary store the same cells would have made (same values, same code order).
 */
export class ColumnStore {
  values: SheetValue[] = [];
  /** Per code: 1 when it is whitespace-only text (encoded as BLANK, kept for the code order). */
  private blankFlags: number[] = [];
  private index: Map<string | number, number> | undefined;
  /** Dates by their time value, apart from numbers. */
  private dates: Map<number, number> | undefined;
  private codes = new Int32Array(1024);
  length = 0;

  constructor(raw = false) {
    if (!raw) {
      this.index = new Map();
      this.dates = new Map();
    }
  }

  /** Whether codes are per cell rather than per distinct value. */
  get raw(): boolean {
    return this.index === undefined;
  }

  /** The value's code, BLANK for null, empty or whitespace-only text. */
  encode(value: SheetValue | undefined): number {
    if (value === null || value === undefined || value === '') return BLANK;
    const index = this.index;
    if (index === undefined) {
      const code = this.values.length;
      this.values.push(value);
      const blank = typeof value === 'string' && isBlankText(value);
      this.blankFlags.push(blank ? 1 : 0);
      return blank ? BLANK : code;
    }
    let code: number | undefined;
    if (typeof value !== 'object') {
      // Few distinct values so far (Likert, yes/no, units): a short scan beats a Map lookup. Codes
      // are handed out in order, so the first SMALL values are codes 0 … SMALL − 1.
      const values = this.values;
      if (values.length <= SMALL)
        for (let c = 0; c < values.length; c++)
          if (values[c] === value) return this.blankFlags[c] === 1 ? BLANK : c;
    }
    if (typeof value === 'string') {
      code = index.get(value.charCodeAt(0) === 0 ? `\u0000s${value}` : value);
      if (code === undefined) {
        code = this.add(value);
        index.set(value.charCodeAt(0) === 0 ? `\u0000s${value}` : value, code);
      }
      return this.blankFlags[code] === 1 ? BLANK : code;
    }
    if (typeof value === 'number' || typeof value === 'boolean') {
      const key = typeof value === 'number' ? value : value ? TRUE_KEY : FALSE_KEY;
      code = index.get(key);
      if (code === undefined) {
        code = this.add(value);
        index.set(key, code);
      }
      return code;
    }
    const time = value.getTime();
    code = this.dates!.get(time);
    if (code === undefined) {
      code = this.add(value);
      this.dates!.set(time, code);
    }
    return code;
  }

  private add(value: SheetValue): number {
    this.values.push(value);
    this.blankFlags.push(typeof value === 'string' && isBlankText(value) ? 1 : 0);
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

  /** The stored rows' codes (a view, valid until the next `push`). */
  codeArray(): Int32Array {
    return this.codes.subarray(0, this.length);
  }

  /** Replaces the code of stored row `i` (merged cells filled in after the rows were read). */
  set(i: number, code: number): void {
    if (i >= 0 && i < this.length) this.codes[i] = code;
  }

  /** Rows per code, over the stored (accepted) rows. */
  counts(): Int32Array {
    const counts = new Int32Array(this.values.length);
    for (let i = 0; i < this.length; i++) {
      const c = this.codes[i]!;
      if (c >= 0) counts[c]!++;
    }
    return counts;
  }

  /**
   * A raw store as the dictionary store the same cells make: one code per distinct value, in the
   * order each was first encoded. No-op for a dictionary store.
   */
  compact(): void {
    if (!this.raw) return;
    const index = new Map<string | number, number>();
    const dates = new Map<number, number>();
    const old = this.values;
    const oldBlank = this.blankFlags;
    this.values = [];
    this.blankFlags = [];
    const remap = new Int32Array(old.length);
    for (let c = 0; c < old.length; c++) {
      const value = old[c]!;
      const map: Map<string | number, number> = value instanceof Date ? dates : index;
      const key =
        value instanceof Date
          ? value.getTime()
          : typeof value === 'string'
            ? value.charCodeAt(0) === 0
              ? `\u0000s${value}`
              : value
            : typeof value === 'number'
              ? value
              : value
                ? TRUE_KEY
                : FALSE_KEY;
      let code = map.get(key);
      if (code === undefined) {
        code = this.values.length;
        this.values.push(value);
        this.blankFlags.push(oldBlank[c]!);
        map.set(key, code);
      }
      remap[c] = code;
    }
    for (let i = 0; i < this.length; i++) {
      const c = this.codes[i]!;
      if (c >= 0) this.codes[i] = remap[c]!;
    }
    // Codes handed out from now on stay per distinct value.
    this.index = index;
    this.dates = dates;
  }

  /** Lets go of the dictionary once encoding is over. */
  seal(): void {
    this.index?.clear();
    this.dates?.clear();
  }
}
