/** Calendar dates are ISO `YYYY-MM-DD` strings in the organisation's time zone (Lithuania). */
export type IsoDate = string;

export const ORG_TIME_ZONE = 'Europe/Vilnius';

const dateFormat = new Intl.DateTimeFormat('en-CA', {
  timeZone: ORG_TIME_ZONE,
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
});

/** The calendar date in Lithuania at instant `now`. */
export const localDate = (now: Date): IsoDate => dateFormat.format(now);

const toUtc = (date: IsoDate): Date => new Date(`${date}T00:00:00Z`);
const fromUtc = (d: Date): IsoDate => d.toISOString().slice(0, 10);

const daysInMonth = (year: number, month0: number): number =>
  new Date(Date.UTC(year, month0 + 1, 0)).getUTCDate();

/** Adds calendar months; the day is clamped to the target month's length (31 Dec + 2 months = 28/29 Feb). */
export const addMonths = (date: IsoDate, months: number): IsoDate => {
  const d = toUtc(date);
  const total = d.getUTCFullYear() * 12 + d.getUTCMonth() + months;
  const year = Math.floor(total / 12);
  const month0 = total - year * 12;
  const day = Math.min(d.getUTCDate(), daysInMonth(year, month0));
  return fromUtc(new Date(Date.UTC(year, month0, day)));
};

export const endOfMonth = (year: number, month1: number): IsoDate =>
  fromUtc(new Date(Date.UTC(year, month1 - 1, daysInMonth(year, month1 - 1))));

/** Whole days from `from` to `to` (negative when `to` is earlier). */
export const daysBetween = (from: IsoDate, to: IsoDate): number =>
  Math.round((toUtc(to).getTime() - toUtc(from).getTime()) / 86_400_000);
