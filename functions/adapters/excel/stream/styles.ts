import { elementContent, findElements } from './xml';

/**
 * Built-in number formats that show dates or times: 14–22 and 45–47 everywhere, and the ids
 * Excel 2019 maps onto format 14 and its kin in East Asian and Thai locales (SheetJS's
 * SSF_default_map records the same).
 */
const BUILT_IN_DATE_FORMATS = new Set([
  14, 15, 16, 17, 18, 19, 20, 21, 22, 27, 28, 29, 30, 31, 45, 46, 47, 50, 51, 52, 53, 54, 55, 56,
  57, 58, 71, 72, 73, 74, 75, 76, 77, 78, 79, 80, 81,
]);

/**
 * A custom format shows a date or time when d, m, y, h or s (or AM/PM) appears outside quoted
 * text, backslash escapes, `_x` / `*x` fills and `[...]` sections; `[h]`, `[mm]`, `[ss]`
 * (elapsed time) count as times.
 */
export const isDateFormatCode = (code: string): boolean => {
  const bare = code
    .replace(/"[^"]*"/g, '')
    .replace(/\\./g, '')
    .replace(/[_*]./g, '');
  if (/\[(?:h+|m+|s+)\]/i.test(bare)) return true;
  const outside = bare.replace(/\[[^\]]*\]/g, '');
  if (/^general$/i.test(outside.trim())) return false;
  return /[dmyhs]|am\/pm|a\/p/i.test(outside);
};

/**
 * For each cell style index (a cell's `s`, an index into `<cellXfs>`), 1 if its number format
 * shows a date or time.
 */
export const readDateStyles = (stylesXml: string): Uint8Array => {
  const custom = new Map<number, string>();
  for (const { attributes } of findElements(stylesXml, 'numFmt')) {
    const id = Number(attributes.numFmtId);
    if (Number.isInteger(id) && attributes.formatCode !== undefined)
      custom.set(id, attributes.formatCode);
  }
  const cellXfs = elementContent(stylesXml, 'cellXfs');
  if (!cellXfs) return new Uint8Array(0);
  const xfs = findElements(stylesXml, 'xf', cellXfs.from, cellXfs.to);
  const dates = new Uint8Array(xfs.length);
  xfs.forEach(({ attributes }, index) => {
    const id = Number(attributes.numFmtId ?? 0);
    const code = custom.get(id);
    const isDate = code !== undefined ? isDateFormatCode(code) : BUILT_IN_DATE_FORMATS.has(id);
    dates[index] = isDate ? 1 : 0;
  });
  return dates;
};
