import { addMonths, daysBetween, endOfMonth, localDate } from '../../../functions/domain/time';

describe('calendar dates', () => {
  it('adds months keeping the day of month', () => {
    expect(addMonths('2026-02-10', 2)).toBe('2026-04-10');
    expect(addMonths('2026-11-15', 3)).toBe('2027-02-15');
  });

  it('clamps to the last day of a shorter month (31 Dec + 2 months = end of February)', () => {
    expect(addMonths('2025-12-31', 2)).toBe('2026-02-28');
    expect(addMonths('2027-12-31', 2)).toBe('2028-02-29');
    expect(addMonths('2026-12-31', 4)).toBe('2027-04-30');
  });

  it('gives the last day of a month, leap years included', () => {
    expect(endOfMonth(2026, 7)).toBe('2026-07-31');
    expect(endOfMonth(2028, 2)).toBe('2028-02-29');
  });

  it('counts whole days either way', () => {
    expect(daysBetween('2026-11-24', '2026-12-01')).toBe(7);
    expect(daysBetween('2026-12-01', '2026-11-24')).toBe(-7);
    expect(daysBetween('2026-03-28', '2026-03-30')).toBe(2); // across the DST change
  });

  it('takes today from Lithuanian time, not UTC', () => {
    expect(localDate(new Date('2026-12-31T22:30:00Z'))).toBe('2027-01-01');
    expect(localDate(new Date('2026-07-01T20:59:00Z'))).toBe('2026-07-01');
    expect(localDate(new Date('2026-07-01T21:00:00Z'))).toBe('2026-07-02');
  });
});
