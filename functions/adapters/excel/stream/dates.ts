const DAY_MS = 86_400_000;
/** Serial 0 in the 1900 system, as OLE Automation and Excel's own exports count it. */
const EPOCH_1900 = Date.UTC(1899, 11, 30);
const EPOCH_1904 = Date.UTC(1904, 0, 1);

/**
 * An Excel serial date as a UTC Date (Excel stores wall-clock time without a zone), rounded to the
 * millisecond. The 1900 system counts a 29 February 1900 that never was (serial 60), kept for
 * Lotus 1-2-3 compatibility: serials 1–60 sit one day later than the epoch suggests, so serial 1
 * is 1900-01-01 and 60 reads as 1900-03-01. Serials below 1 are times of day on 1899-12-30, as
 * exceljs writes them.
 */
export const serialToDate = (serial: number, date1904: boolean): Date => {
  if (date1904) return new Date(EPOCH_1904 + Math.round(serial * DAY_MS));
  const days = serial >= 1 && serial < 61 ? serial + 1 : serial;
  return new Date(EPOCH_1900 + Math.round(days * DAY_MS));
};

/** A `t="d"` cell: ISO 8601, read as UTC when it names no zone. */
export const isoToDate = (text: string): Date | undefined => {
  const zoned = /(?:Z|[+-]\d\d:?\d\d)$/i.test(text) || !text.includes('T') ? text : `${text}Z`;
  const ms = Date.parse(zoned);
  return Number.isNaN(ms) ? undefined : new Date(ms);
};
