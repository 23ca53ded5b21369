import type { IsoDate } from '../time';

const toUtc = (date: IsoDate): Date => new Date(`${date}T00:00:00Z`);

const isWeekend = (d: Date): boolean => d.getUTCDay() === 0 || d.getUTCDay() === 6;

/**
 * The date `days` working days (Monday–Friday) after `date`; the day itself does not count, so a
 * Friday + 1 is the next Monday and a Saturday + 1 is the Monday too. Public holidays are not
 * known here: they count as working days.
 */
export const addWorkingDays = (date: IsoDate, days: number): IsoDate => {
  const d = toUtc(date);
  let left = days;
  while (left > 0) {
    d.setUTCDate(d.getUTCDate() + 1);
    if (!isWeekend(d)) left -= 1;
  }
  return d.toISOString().slice(0, 10);
};
