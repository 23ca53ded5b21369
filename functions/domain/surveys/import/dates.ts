import type { SheetValue } from './types';

const DAY_MS = 86_400_000;
/** Excel's serial 0 in the 1900 date system. */
const EXCEL_EPOCH = Date.UTC(1899, 11, 30);

const ISO =
  /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{1,2}):(\d{2})(?::(\d{2})(?:[.,](\d{1,9}))?)?)?\s*(Z|[+-]\d{2}(?::?\d{2})?)?$/i;
/** Google Forms CSV: `2024/03/05 1:02:03 PM GMT+2`; also Lithuanian `2024.03.05 13:02`. */
const YMD =
  /^(\d{4})[/.](\d{1,2})[/.](\d{1,2})\.?(?:\s+(\d{1,2}):(\d{2})(?::(\d{2}))?\s*(am|pm|a\.m\.|p\.m\.)?)?\s*(?:(?:GMT|UTC)\s*([+-]\d{1,2})(?::?(\d{2}))?)?$/i;
/** US display `3/5/2024 13:02:03` (month first, as Google Sheets and Excel en-US show it). */
const MDY = /^(\d{1,2})\/(\d{1,2})\/(\d{4})(?:\s+(\d{1,2}):(\d{2})(?::(\d{2}))?\s*(am|pm)?)?$/i;

const build = (
  y: number,
  mo: number,
  d: number,
  h: number,
  mi: number,
  s: number,
  ms: number,
  offsetMinutes: number,
): Date | undefined => {
  if (mo < 1 || mo > 12 || d < 1 || d > 31 || h > 23 || mi > 59 || s > 60) return undefined;
  const t = Date.UTC(y, mo - 1, d, h, mi, s, ms);
  const check = new Date(t);
  if (check.getUTCDate() !== d || check.getUTCMonth() !== mo - 1) return undefined;
  return new Date(t - offsetMinutes * 60_000);
};

const hour12 = (h: number, ampm: string | undefined): number => {
  if (!ampm) return h;
  const pm = ampm.toLowerCase().startsWith('p');
  return (h % 12) + (pm ? 12 : 0);
};

const offset = (
  sign: string | undefined,
  hh: string | undefined,
  mm: string | undefined,
): number => {
  if (sign === undefined) return 0;
  const minutes = Number(hh ?? 0) * 60 + Number(mm ?? 0);
  return sign === '-' ? -minutes : minutes;
};

/**
 * A timestamp cell as a Date. Text without a zone is read as UTC (Excel and most exports store
 * wall-clock time without one); numbers are Excel serials.
 */
export const parseTimestamp = (value: SheetValue): Date | undefined => {
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? undefined : value;
  if (typeof value === 'number') {
    // 1 = 1900-01-01 … 2958465 = 9999-12-31; serials before 1 March 1900 are not survey dates.
    if (value < 61 || value > 2_958_465) return undefined;
    return new Date(EXCEL_EPOCH + Math.round(value * DAY_MS));
  }
  if (typeof value !== 'string') return undefined;
  const text = value.trim();
  let m = ISO.exec(text);
  if (m) {
    const zone = m[8];
    let off = 0;
    if (zone && zone.toUpperCase() !== 'Z') {
      const z = /^([+-])(\d{2}):?(\d{2})?$/.exec(zone);
      off = offset(z?.[1], z?.[2], z?.[3]);
    }
    const frac = m[7] ? Math.round(Number(`0.${m[7]}`) * 1000) : 0;
    return build(+m[1]!, +m[2]!, +m[3]!, +(m[4] ?? 0), +(m[5] ?? 0), +(m[6] ?? 0), frac, off);
  }
  m = YMD.exec(text);
  if (m) {
    const sign = m[8]?.[0];
    const off = offset(sign, m[8]?.slice(1), m[9]);
    return build(
      +m[1]!,
      +m[2]!,
      +m[3]!,
      hour12(+(m[4] ?? 0), m[7]),
      +(m[5] ?? 0),
      +(m[6] ?? 0),
      0,
      off,
    );
  }
  m = MDY.exec(text);
  if (m)
    return build(
      +m[3]!,
      +m[1]!,
      +m[2]!,
      hour12(+(m[4] ?? 0), m[7]),
      +(m[5] ?? 0),
      +(m[6] ?? 0),
      0,
      0,
    );
  return undefined;
};

/** LimeSurvey writes 1980-01-01 into the date fields of anonymised (or not datestamped) surveys. */
export const isLimeAnonymisedDate = (d: Date): boolean =>
  d.getUTCFullYear() === 1980 && d.getUTCMonth() === 0 && d.getUTCDate() === 1;
