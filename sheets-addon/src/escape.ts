/**
 * Spreadsheet safety: text from the server must never become a formula in Sheets. A string
 * that starts with `=`, `+`, `-` or `@` is written with a leading apostrophe (Sheets keeps the
 * rest as text and `getValues` gives it back without the apostrophe).
 */
const FORMULA_START = /^[=+\-@]/;

export const looksLikeFormula = (text: string): boolean => FORMULA_START.test(text);

/** The value to hand to `Range.setValues` for a cell of a text column. */
export const toSheetText = (value: string | number | boolean | null): string | number | boolean => {
  if (value === null) return '';
  if (typeof value !== 'string') return value;
  return looksLikeFormula(value) || value.startsWith("'") ? `'${value}` : value;
};

/**
 * The value for any column: text columns always as text (numbers too, so `0012` stays itself);
 * other columns (dates, numbers) as values, still escaped if the server sends odd text.
 */
export const toSheetCell = (
  value: string | number | boolean | null,
  textColumn: boolean,
): string | number | boolean => {
  if (value === null) return '';
  if (textColumn) return toSheetText(typeof value === 'number' ? String(value) : value);
  return typeof value === 'string' ? toSheetText(value) : value;
};
