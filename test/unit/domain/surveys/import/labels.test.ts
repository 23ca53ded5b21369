import {
  isDontKnow,
  learnMulti,
  matchLikertLabel,
  normaliseLabel,
  parseTimestamp,
} from '../../../../../functions/domain/surveys/import';

describe('normaliseLabel', () => {
  it('trims, collapses whitespace, lower-cases and composes to NFC', () => {
    expect(normaliseLabel('  Visiškai\t\nSUTINKU ')).toBe('visiškai sutinku');
    // s + combining caron composes to the single code point š (U+0161).
    expect(normaliseLabel('Visis\u030Ckai')).toBe('visi\u0161kai');
  });
});

describe('matchLikertLabel', () => {
  it.each([
    ['Visiškai nesutinku', 'agreement', 1],
    ['Nei sutinku nei nesutinku', 'agreement', 3],
    ['nei sutinku, nei nesutinku', 'agreement', 3],
    ['VISISKAI SUTINKU', 'agreement', 5],
    ['Labai nepatenkinta', 'satisfaction', 1],
    ['Nei patenkintas, nei nepatenkintas', 'satisfaction', 3],
    ['Labai patenkintas', 'satisfaction', 5],
    ['Dažnai', 'frequency', 4],
    ['Vidutiniškai', 'quality', 3],
    ['Strongly disagree', 'agreement', 1],
    ['Neither agree nor disagree (Neutral)', 'agreement', 3],
    ['Very dissatisfied', 'satisfaction', 1],
    ['Sometimes', 'frequency', 3],
    ['Excellent', 'quality', 5],
    ['5 – Visiškai sutinku', 'agreement', 5],
  ])('reads %s as %s %i', (label, family, score) => {
    expect(matchLikertLabel(label)).toEqual({ family, points: 5, score });
  });

  it('knows the 7-point agreement labels', () => {
    expect(matchLikertLabel('Somewhat agree')).toEqual({
      family: 'agreement',
      points: 7,
      score: 5,
    });
  });

  it('does not match other text', () => {
    expect(matchLikertLabel('Puiki diena')).toBeUndefined();
    expect(matchLikertLabel('')).toBeUndefined();
  });

  it('treats "don’t know" answers as blank, not as labels', () => {
    expect(isDontKnow('Nežinau')).toBe(true);
    expect(isDontKnow('Don’t know')).toBe(true);
    expect(isDontKnow('N/A')).toBe(true);
    expect(isDontKnow('Netaikoma')).toBe(true);
    expect(isDontKnow('Sutinku')).toBe(false);
  });
});

describe('parseTimestamp', () => {
  it.each([
    ['2024-03-05T10:00:00+02:00', '2024-03-05T08:00:00.000Z'],
    ['2024-03-05T10:00:00.123Z', '2024-03-05T10:00:00.123Z'],
    ['2024-03-05T10:00:00', '2024-03-05T10:00:00.000Z'],
    ['2024-03-05 10:11:12', '2024-03-05T10:11:12.000Z'],
    ['2024/03/05 1:02:03 PM GMT+2', '2024-03-05T11:02:03.000Z'],
    ['2024/03/05 12:30:00 AM GMT-5', '2024-03-05T05:30:00.000Z'],
    ['3/5/2024 13:02:03', '2024-03-05T13:02:03.000Z'],
    ['2024.03.05 13:02', '2024-03-05T13:02:00.000Z'],
  ])('reads %s', (text, iso) => {
    expect(parseTimestamp(text)?.toISOString()).toBe(iso);
  });

  it('reads Excel serials and Dates, and refuses other text', () => {
    expect(parseTimestamp(45356.5)?.toISOString()).toBe('2024-03-05T12:00:00.000Z');
    expect(parseTimestamp(new Date('2024-03-05T00:00:00Z'))?.toISOString()).toBe(
      '2024-03-05T00:00:00.000Z',
    );
    expect(parseTimestamp('2024-02-30 10:00:00')).toBeUndefined();
    expect(parseTimestamp('vakar')).toBeUndefined();
  });
});

describe('learnMulti', () => {
  const values = (texts: [string, number][]) =>
    texts.map(([text, count], code) => ({ code, text, count }));

  it('splits combinations only where the parts recur and keeps a comma option whole', () => {
    const learned = learnMulti(
      values([
        ['Taip, dažnai', 2],
        ['Taip, dažnai, Kita', 1],
        ['Kita', 1],
        ['Kita, Dar kita', 1],
        ['Dar kita', 1],
      ]),
      ', ',
    );
    expect(learned.options).toEqual(['Taip, dažnai', 'Kita', 'Dar kita']);
    expect([...learned.byCode.values()]).toEqual([[0], [0, 1], [1], [1, 2], [2]]);
    expect(learned.combinedRows).toBe(2);
  });

  it('leaves free text with commas as one item per cell', () => {
    const learned = learnMulti(
      values([
        ['Gerai, ačiū', 1],
        ['Per mažai vietos, per triukšminga', 1],
      ]),
      ', ',
    );
    expect(learned.combinedRows).toBe(0);
    expect(learned.options).toEqual(['Gerai, ačiū', 'Per mažai vietos, per triukšminga']);
  });
});
