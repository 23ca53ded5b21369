/**
 * Date-time cells as the Sheets API gives them with `dateTimeRenderOption: FORMATTED_STRING`:
 * text in the cell's number format, which follows the spreadsheet's locale (a Google Forms
 * timestamp is `3/4/2026 10:11:12` in en_US, `04/03/2026 10:11:12` in en_GB, `2026-03-04
 * 10:11:12` in lt_LT, `04.03.2026 10:11:12` in de_DE). An xlsx export of the same sheet has a
 * date cell there, so each is turned into the wall-clock text `2026-03-04 10:11:12` that
 * `rowsFromValues` reads as that same Date: a row keeps its identity whichever way it came.
 */

const pad = (n: number) => String(n).padStart(2, '0');

/** Locales whose short dates put the month first (M/d/yyyy). */
const MONTH_FIRST = /^(en_US|en_PH|fil|es_US|en_CA_US)$/;

const SLASHED = /^(\d{1,2})\/(\d{1,2})\/(\d{4})(?:[ ,]+(\d{1,2}):(\d{2})(?::(\d{2}))?)?$/;
const DOTTED = /^(\d{1,2})\.(\d{1,2})\.(\d{4})(?:[ ,]+(\d{1,2}):(\d{2})(?::(\d{2}))?)?$/;
const ISO_LIKE = /^(\d{4})-(\d{1,2})-(\d{1,2})(?:[ T](\d{1,2}):(\d{2})(?::(\d{2}))?)?$/;

const valid = (y: number, m: number, d: number, h: number, min: number, s: number) =>
  m >= 1 && m <= 12 && d >= 1 && d <= 31 && h <= 23 && min <= 59 && s <= 59;

const wallClock = (
  y: number,
  m: number,
  d: number,
  h: string | undefined,
  min: string | undefined,
  s: string | undefined,
): string | null => {
  const [hh, mm, ss] = [Number(h ?? 0), Number(min ?? 0), Number(s ?? 0)];
  if (!valid(y, m, d, hh, mm, ss)) return null;
  return `${y}-${pad(m)}-${pad(d)} ${pad(hh)}:${pad(mm)}:${pad(ss)}`;
};

/**
 * The wall-clock text of a formatted date-time, or null when `text` is no date-time (then it is
 * left as it is). Only values with a time are turned: a plain date stays text, as ambiguous.
 */
export const normaliseDateTime = (text: string, locale: string): string | null => {
  const value = text.trim();
  // Every form below starts with a digit and has a time (`:`): most cells (labels, free text)
  // go without a regular expression.
  const first = value.charCodeAt(0);
  if (!(first >= 48 && first <= 57) || !value.includes(':')) return null;
  let match = ISO_LIKE.exec(value);
  if (match?.[4] !== undefined)
    return wallClock(
      Number(match[1]),
      Number(match[2]),
      Number(match[3]),
      match[4],
      match[5],
      match[6],
    );
  match = SLASHED.exec(value);
  if (match?.[4] !== undefined) {
    const [a, b] = [Number(match[1]), Number(match[2])];
    const [month, day] = MONTH_FIRST.test(locale) ? [a, b] : [b, a];
    return wallClock(Number(match[3]), month, day, match[4], match[5], match[6]);
  }
  match = DOTTED.exec(value);
  if (match?.[4] !== undefined)
    return wallClock(
      Number(match[3]),
      Number(match[2]),
      Number(match[1]),
      match[4],
      match[5],
      match[6],
    );
  return null;
};

/** Every text cell that is a formatted date-time, turned into wall-clock text; others as they are. */
export const normaliseValues = (rows: unknown[][], locale: string): unknown[][] =>
  rows.map((cells) =>
    cells.map((cell) => {
      if (typeof cell !== 'string') return cell;
      return normaliseDateTime(cell, locale) ?? cell;
    }),
  );
