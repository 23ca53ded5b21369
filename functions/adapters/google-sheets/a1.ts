/** A sheet's name in A1 notation: always quoted, quotes doubled (`'It''s'`). */
export const quoteSheet = (sheet: string): string => `'${sheet.replace(/'/g, "''")}'`;

/** Whole rows `from`–`to` (1-based, inclusive) of a sheet: `'Sheet'!1:5000`. */
export const rowRange = (sheet: string, from: number, to: number): string =>
  `${quoteSheet(sheet)}!${from}:${to}`;
