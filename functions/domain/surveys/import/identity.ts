import { hash } from 'node:crypto';
import { normaliseLabel, numericValue } from './labels';
import type { SheetValue } from './types';

const sha256 = (s: string): string => hash('sha256', s, 'hex');

/** A question key from its header: `q` + 40 bits of SHA-256 of the normalised text. */
export const questionKey = (header: string): string =>
  `q${sha256(normaliseLabel(header)).slice(0, 10)}`;

/** Keys in column order; a repeated header gets `~2`, `~3` … in the order the columns come. */
export const questionKeys = (headers: readonly string[]): string[] => {
  const seen = new Map<string, number>();
  return headers.map((h) => {
    const base = questionKey(h);
    const n = (seen.get(base) ?? 0) + 1;
    seen.set(base, n);
    return n === 1 ? base : `${base}~${n}`;
  });
};

/**
 * A cell as the identity sees it: numbers and numbers stored as text alike ("4" = 4), labels
 * normalised, dates as ISO, so a re-export with other cell types keeps its identities.
 */
export const canonicalValue = (value: SheetValue): string => {
  if (value === null) return '';
  if (value instanceof Date) return value.toISOString();
  if (typeof value === 'boolean') return value ? 'true' : 'false';
  const n = numericValue(value);
  if (n !== undefined) return String(n);
  return normaliseLabel(String(value));
};

/** 96 bits of SHA-256, as 24 hex characters. */
export const identityOf = (input: string): string => sha256(input).slice(0, 24);

/** Long values enter a row's identity input by their own hash, keeping the input short. */
const MAX_PLAIN_VALUE = 64;

/**
 * One (header, value) pair of a row's identity input: the header by 48 bits of its hash, the
 * canonical value as text or, when long, by 64 bits of its hash.
 */
export const identityPiece = (token: string, value: SheetValue): string =>
  `${token}\u001f${shownValue(value)}\u001e`;

/** The value part of a piece: the canonical text, or `#` + 64 bits of its hash when long. */
const shownValue = (value: SheetValue): string => {
  const canonical = canonicalValue(value);
  return canonical.length > MAX_PLAIN_VALUE ? `#${sha256(canonical).slice(0, 16)}` : canonical;
};

/** A piece as the UTF-8 bytes the identity hashes: made once per distinct value, copied per row. */
export const identityPieceBytes = (token: string, value: SheetValue): Uint8Array =>
  Buffer.from(identityPiece(token, value), 'utf8');

const UNIT_SEPARATOR = 0x1f;
/** `2024-01-31T12:00:00.000Z` */
const ISO_LENGTH = 24;
const DAY_MS = 86_400_000;
/** 10000-01-01: from here on `toISOString` writes six-digit years. */
const YEAR_10000 = 253_402_300_800_000;

const two = (buf: Uint8Array, at: number, n: number): void => {
  buf[at] = 48 + ((n / 10) | 0);
  buf[at + 1] = 48 + (n % 10);
};

/**
 * `new Date(time).toISOString()` as ASCII bytes at `at`, for 1970-01-01 to 9999-12-31; returns
 * where it ends, or -1 outside that span (the caller then uses `toISOString` itself).
 */
export const writeIsoDate = (buf: Uint8Array, at: number, time: number): number => {
  if (!(time >= 0 && time < YEAR_10000)) return -1;
  const days = Math.floor(time / DAY_MS);
  let ms = time - days * DAY_MS;
  // Days to civil date (H. Hinnant's algorithm; era-based, proleptic Gregorian).
  const z = days + 719_468;
  const era = Math.floor(z / 146_097);
  const doe = z - era * 146_097;
  const yoe = Math.floor(
    (doe - Math.floor(doe / 1460) + Math.floor(doe / 36_524) - Math.floor(doe / 146_096)) / 365,
  );
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const day = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const month = mp < 10 ? mp + 3 : mp - 9;
  const year = yoe + era * 400 + (month <= 2 ? 1 : 0);
  two(buf, at, (year / 100) | 0);
  two(buf, at + 2, year % 100);
  buf[at + 4] = 45; // -
  two(buf, at + 5, month);
  buf[at + 7] = 45;
  two(buf, at + 8, day);
  buf[at + 10] = 84; // T
  const hours = Math.floor(ms / 3_600_000);
  ms -= hours * 3_600_000;
  const minutes = Math.floor(ms / 60_000);
  ms -= minutes * 60_000;
  const seconds = Math.floor(ms / 1000);
  ms -= seconds * 1000;
  two(buf, at + 11, hours);
  buf[at + 13] = 58; // :
  two(buf, at + 14, minutes);
  buf[at + 16] = 58;
  two(buf, at + 17, seconds);
  buf[at + 19] = 46; // .
  buf[at + 20] = 48 + ((ms / 100) | 0);
  two(buf, at + 21, ms % 100);
  buf[at + 23] = 90; // Z
  return at + ISO_LENGTH;
};

/**
 * `canonicalValue(text)` as bytes at `at` when it is plain: printable ASCII words with single
 * spaces (what `normaliseLabel` merely lower-cases), not starting like a number, at most
 * MAX_PLAIN_VALUE long. Returns where it ends, or -1 for any other text.
 */
export const writeAsciiLabel = (buf: Uint8Array, at: number, text: string): number => {
  const n = text.length;
  if (n === 0 || n > MAX_PLAIN_VALUE) return -1;
  const first = text.charCodeAt(0);
  // + - and digits may start a number ("4", "-1,5"): canonicalValue writes those as numbers.
  if (first === 43 || first === 45 || (first >= 48 && first <= 57)) return -1;
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    if (c > 32 && c < 127) buf[at + i] = c >= 65 && c <= 90 ? c + 32 : c;
    else if (c === 32 && i > 0 && i < n - 1 && text.charCodeAt(i - 1) !== 32) buf[at + i] = 32;
    else return -1;
  }
  return at + n;
};
const RECORD_SEPARATOR = 0x1e;

/**
 * A row's identity input built as UTF-8 bytes in one reused buffer: no string per row, no string
 * concatenation, one SHA-256 over the bytes. `digest()` equals `identityOf` of the same pieces
 * joined as a string (UTF-8 is what hashing a string hashes), so identities do not change.
 */
export class IdentityInput {
  private buf = Buffer.allocUnsafe(4096);
  private length = 0;

  reset(): void {
    this.length = 0;
  }

  private room(bytes: number): void {
    if (this.length + bytes <= this.buf.length) return;
    const grown = Buffer.allocUnsafe(Math.max(this.buf.length * 2, this.length + bytes));
    this.buf.copy(grown, 0, 0, this.length);
    this.buf = grown;
  }

  /** Appends a piece made by `identityPieceBytes`. */
  append(piece: Uint8Array): void {
    const end = this.length + piece.length;
    if (end > this.buf.length) this.room(piece.length);
    this.buf.set(piece, this.length);
    this.length = end;
  }

  /**
   * Appends `identityPiece(token, value)` without making it as a string, for values seen once
   * (timestamps, e-mails). Dates and short printable-ASCII text are written byte by byte; anything
   * else goes through `canonicalValue`.
   */
  appendPiece(token: Uint8Array, value: SheetValue): void {
    this.room(token.length + 2 + ISO_LENGTH + MAX_PLAIN_VALUE);
    let buf = this.buf;
    buf.set(token, this.length);
    const start = this.length + token.length;
    buf[start] = UNIT_SEPARATOR;
    let at =
      value instanceof Date
        ? writeIsoDate(buf, start + 1, value.getTime())
        : typeof value === 'string'
          ? writeAsciiLabel(buf, start + 1, value)
          : -1;
    if (at < 0) {
      const shown = shownValue(value);
      // UTF-8 takes at most 3 bytes per UTF-16 unit.
      this.room(token.length + 2 + shown.length * 3);
      buf = this.buf;
      // A grown buffer holds only what came before this piece: the token again.
      buf.set(token, this.length);
      buf[start] = UNIT_SEPARATOR;
      at = start + 1;
      at += buf.write(shown, at, 'utf8');
    }
    buf[at++] = RECORD_SEPARATOR;
    this.length = at;
  }

  /** 96 bits of SHA-256 of the bytes appended since `reset`, as 24 hex characters. */
  digest(): string {
    return hash('sha256', this.buf.subarray(0, this.length), 'hex').slice(0, 24);
  }
}

export const headerToken = (normalisedHeader: string): string =>
  sha256(normalisedHeader).slice(0, 12);

/** `headerToken` as bytes (hex, so ASCII). */
export const headerTokenBytes = (normalisedHeader: string): Uint8Array =>
  Buffer.from(headerToken(normalisedHeader), 'latin1');

export const respondentIdentity = (family: string, id: string): string =>
  identityOf(`${family}\u0000${id}`);
