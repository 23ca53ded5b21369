import {
  apiHost,
  formatDate,
  formatDateTime,
  formatValue,
  sheetOfA1,
} from '../../../sheets-addon/src/sidebar/format';

describe('dates and times in the sidebar', () => {
  it.each([
    ['lt', '2026-11-24T07:15:00.000Z', '2026-11-24 09:15'],
    ['en', '2026-11-24T07:15:00.000Z', '24 Nov 2026, 09:15'],
    // Summer time (UTC+3) and midnight on the Vilnius clock, the day after the UTC date.
    ['lt', '2026-07-30T21:05:00Z', '2026-07-31 00:05'],
    ['en', '2026-07-30T21:05:00Z', '31 Jul 2026, 00:05'],
  ] as const)('%s %s → %s (Europe/Vilnius wall clock)', (lang, iso, shown) => {
    expect(formatDateTime(lang, iso)).toBe(shown);
  });

  it.each([
    ['lt', '2026-03-01', '2026-03-01'],
    ['en', '2026-03-01', '1 Mar 2026'],
    ['en', '2027-04-30', '30 Apr 2027'],
  ] as const)('%s calendar date %s → %s, whatever the time zone', (lang, date, shown) => {
    expect(formatDate(lang, date)).toBe(shown);
  });

  it('returns text it cannot read as it is rather than "Invalid Date"', () => {
    expect(formatDateTime('lt', 'vakar')).toBe('vakar');
    expect(formatDate('en', '2026-13-45x')).toBe('2026-13-45x');
  });
});

describe('cell values, sheet names and the API host', () => {
  it('writes empty, yes/no in the language, and numbers and text as they are', () => {
    expect([null, '', true, false, 3.5, 'Ona'].map((v) => formatValue('lt', v))).toEqual([
      '(tuščia)',
      '(tuščia)',
      'Taip',
      'Ne',
      '3.5',
      'Ona',
    ]);
    expect(formatValue('en', null)).toBe('(empty)');
  });

  it.each([
    ['Skyrių planai!F7', 'Skyrių planai'],
    ["'Mano ''geras'' lapas'!B2", "Mano 'geras' lapas"],
    ['F7', null],
  ])('the sheet of %s is %p', (a1, sheet) => {
    expect(sheetOfA1(a1)).toBe(sheet);
  });

  it('shows the host of the API URL, or the text when it is no URL', () => {
    expect(apiHost('https://ciklas-api.example.lt/v1')).toBe('ciklas-api.example.lt');
    expect(apiHost('not a url')).toBe('not a url');
  });
});
