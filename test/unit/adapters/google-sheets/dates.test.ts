import {
  normaliseDateTime,
  normaliseValues,
} from '../../../../functions/adapters/google-sheets/dates';
import { rowsFromValues } from '../../../../functions/domain/surveys/import';

describe('date-times formatted by the spreadsheet’s locale', () => {
  it.each([
    ['3/4/2026 10:11:12', 'en_US', '2026-03-04 10:11:12'],
    ['04/03/2026 10:11:12', 'en_GB', '2026-03-04 10:11:12'],
    ['4/3/2026 9:05:00', 'lt_LT', '2026-03-04 09:05:00'],
    ['2026-03-04 10:11:12', 'lt_LT', '2026-03-04 10:11:12'],
    ['2026-3-4 10:11', 'en_US', '2026-03-04 10:11:00'],
    ['04.03.2026 10:11:12', 'de_DE', '2026-03-04 10:11:12'],
  ])('reads %s (%s) as the wall clock %s', (text, locale, expected) => {
    expect(normaliseDateTime(text, locale)).toBe(expected);
  });

  it('leaves what is no date-time alone: plain dates, impossible dates, ordinary text', () => {
    for (const text of [
      '3/4/2026',
      '13/13/2026 10:00:00',
      '2026-02-30x',
      'Labai gerai',
      '3.5',
      '10:11',
    ])
      expect(normaliseDateTime(text, 'en_US')).toBeNull();
  });

  it('gives the same Date an xlsx cell of that timestamp gives, and keeps numbers and text', () => {
    const rows = normaliseValues(
      [
        ['Timestamp', 'Q'],
        ['3/4/2026 10:11:12', 4],
        ['x', 'Taip'],
      ],
      'en_US',
    );
    const [, first] = rowsFromValues(rows);
    expect(first!.values).toEqual([new Date(Date.UTC(2026, 2, 4, 10, 11, 12)), 4]);
    expect(rows[2]).toEqual(['x', 'Taip']);
  });
});
