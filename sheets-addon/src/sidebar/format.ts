/**
 * How the sidebar writes dates, times and cell values in the user's language. Pure (Intl only),
 * so the same code runs in the browser and in jest.
 */
import type { Lang } from '../sidebar-contract';
import { label } from './i18n';

/** Times are shown on the Lithuanian wall clock, as every date in Ciklas is (README: Europe/Vilnius). */
export const TIME_ZONE = 'Europe/Vilnius';

type Parts = Partial<Record<Intl.DateTimeFormatPartTypes, string>>;

const partsOf = (locale: string, options: Intl.DateTimeFormatOptions, date: Date): Parts => {
  const parts: Parts = {};
  for (const part of new Intl.DateTimeFormat(locale, options).formatToParts(date))
    parts[part.type] = part.value;
  return parts;
};

const dateOptions = (lang: Lang, timeZone: string): Intl.DateTimeFormatOptions =>
  lang === 'lt'
    ? { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' }
    : { timeZone, year: 'numeric', month: 'short', day: 'numeric' };

/** lt `2026-11-24`, en `24 Nov 2026`: built from parts so every ICU version writes the same. */
const writeDate = (lang: Lang, p: Parts): string =>
  lang === 'lt' ? `${p.year}-${p.month}-${p.day}` : `${p.day} ${p.month} ${p.year}`;

/** An instant (ISO date-time) as lt `2026-11-24 09:15` or en `24 Nov 2026, 09:15`; unreadable text is returned as it is. */
export const formatDateTime = (lang: Lang, iso: string): string => {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  const p = partsOf(
    lang === 'lt' ? 'lt' : 'en-GB',
    { ...dateOptions(lang, TIME_ZONE), hour: '2-digit', minute: '2-digit', hourCycle: 'h23' },
    date,
  );
  return `${writeDate(lang, p)}${lang === 'lt' ? ' ' : ', '}${p.hour}:${p.minute}`;
};

/** A calendar date (`YYYY-MM-DD`) as lt `2026-03-10` or en `10 Mar 2026`; other text is returned as it is. */
export const formatDate = (lang: Lang, isoDate: string): string => {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(isoDate);
  if (!m) return isoDate;
  const date = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  if (Number.isNaN(date.getTime())) return isoDate;
  return writeDate(lang, partsOf(lang === 'lt' ? 'lt' : 'en-GB', dateOptions(lang, 'UTC'), date));
};

/** A cell value as the user reads it: empty, yes/no in their language, numbers and text as they are. */
export const formatValue = (lang: Lang, value: string | number | boolean | null): string => {
  if (value === null || value === '') return label(lang, 'value.empty');
  if (typeof value === 'boolean') return label(lang, value ? 'value.true' : 'value.false');
  return String(value);
};

/** The sheet named in an A1 address (`Skyrių planai!F7`, `'Mano lapas'!B2`), or null without one. */
export const sheetOfA1 = (a1: string): string | null => {
  const bang = a1.lastIndexOf('!');
  if (bang <= 0) return null;
  const name = a1.slice(0, bang);
  return name.length > 1 && name.startsWith("'") && name.endsWith("'")
    ? name.slice(1, -1).replace(/''/g, "'")
    : name;
};

/** The host of the API's URL (`ciklas.example.lt`), or the text as it is when it is not a URL. */
export const apiHost = (url: string): string => {
  try {
    return new URL(url).host || url;
  } catch {
    return url;
  }
};
