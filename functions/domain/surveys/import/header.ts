import { detectFamily } from './families';
import { normaliseLabel, numericValue } from './labels';
import type { SheetRow, SheetValue } from './types';

/** The header must be within the first rows: title rows above it are few. */
export const HEADER_SCAN_ROWS = 20;
/** Share of a header row's filled cells that must be text. */
const HEADER_TEXT_SHARE = 0.8;

const isFilled = (v: SheetValue | undefined): boolean =>
  v !== null && v !== undefined && !(typeof v === 'string' && v.trim() === '');

const isText = (v: SheetValue | undefined): boolean =>
  typeof v === 'string' && v.trim() !== '' && numericValue(v) === undefined;

const filledCount = (row: SheetRow): number => row.values.filter(isFilled).length;

export const isBlankRow = (row: SheetRow): boolean => !row.values.some(isFilled);

/**
 * The header row among the first rows: the first one carrying a tool's signature columns, else the
 * first row whose filled cells are mostly text, that is at least half as wide as the widest row
 * (a title row has one filled cell) and that has a non-blank row below it (failing that, the
 * first such row even with nothing below).
 * `rows` are the buffered first rows; `more` tells whether the sheet goes on after them.
 */
export const findHeaderRow = (rows: readonly SheetRow[], more: boolean): number => {
  const candidates = rows.slice(0, HEADER_SCAN_ROWS);
  const signed = candidates.findIndex(
    (r) =>
      filledCount(r) >= 2 &&
      detectFamily(new Set(r.values.filter(isText).map((v) => normaliseLabel(v as string)))) !==
        'own',
  );
  if (signed >= 0) return signed;
  const widest = Math.max(0, ...rows.map(filledCount));
  const minFilled = widest === 1 ? 1 : Math.max(2, Math.ceil(widest / 2));
  const headerLike = (r: SheetRow): boolean => {
    const filled = filledCount(r);
    return filled >= minFilled && r.values.filter(isText).length >= filled * HEADER_TEXT_SHARE;
  };
  const followed = candidates.findIndex(
    (r, i) => headerLike(r) && (more || rows.slice(i + 1).some((next) => !isBlankRow(next))),
  );
  // A header with nothing below it is still the header: the sheet then has no responses.
  return followed >= 0 ? followed : candidates.findIndex(headerLike);
};
