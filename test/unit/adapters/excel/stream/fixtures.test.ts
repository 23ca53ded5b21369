import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { openXlsx } from '../../../../../functions/adapters/excel/stream';
import { byRow, ourCells, readAll, sheetjsCells } from './xlsx-builders';

const FIXTURES = join(__dirname, '../../../../fixtures/surveys');
const fixture = (name: string) => readFileSync(join(FIXTURES, name));

const utc = (...parts: [number, number, number, number?, number?, number?]) =>
  new Date(Date.UTC(parts[0], parts[1] - 1, parts[2], parts[3] ?? 0, parts[4] ?? 0, parts[5] ?? 0));

describe('fixtures written by other programs, read like SheetJS reads them', () => {
  it.each([
    ['openpyxl-survey.xlsx', ['Slaptas', 'Atsakymai', 'Nustatymai']],
    ['openpyxl-1904.xlsx', ['Mac']],
    ['sheetjs-survey.xlsx', ['Vidinis', 'Atsakymai']],
  ])('reads every sheet of %s cell for cell like SheetJS', async (file, names) => {
    const bytes = fixture(file);
    const book = await openXlsx(bytes);
    expect(book.sheets.map((s) => s.name)).toEqual(names);

    for (const name of names) {
      const { rows } = await readAll(bytes, { name });
      const expected = sheetjsCells(bytes, name);

      expect(expected.size).toBeGreaterThan(0);
      expect(ourCells(rows)).toEqual(expected);
    }
  });
});

describe('openpyxl-survey.xlsx (openpyxl 3.0.9: inline strings, hidden sheets)', () => {
  it('skips the hidden first sheet and reads the answers with their dates, times and texts', async () => {
    const { book, rows, summary } = await readAll(fixture('openpyxl-survey.xlsx'));

    expect(book.sheets.map((s) => s.state)).toEqual(['hidden', 'visible', 'veryHidden']);
    expect(byRow(rows)).toEqual({
      1: [
        'Laikas',
        'Padalinys',
        'Klausimas 1',
        'Balas',
        'Kodas',
        'Sutikimas',
        'Užpildyta',
        'Trukmė',
        'Komentaras',
      ],
      2: [
        utc(2024, 3, 15, 14, 30, 5),
        'Dienos centras',
        'Visiškai sutinku',
        4.5,
        '007',
        true,
        utc(2024, 3, 15),
        utc(1899, 12, 30, 0, 12, 30),
        'A & B <c> "d" \'e\'',
      ],
      3: [
        utc(2024, 3, 16, 9),
        'Globos namai',
        'Nesutinku',
        2,
        '0012',
        false,
        utc(2024, 3, 16),
        utc(1899, 12, 30, 1, 5),
        'Ąžuolas, šaltinis, čiulbėjimas\neilutė 2',
      ],
      // Serial 1 is 1900-01-01 and serial 61 is 1900-03-01, past Excel's 29 February 1900.
      4: [
        utc(1900, 1, 1),
        'Šeimos paslaugos',
        null,
        -3.25,
        '1e3',
        null,
        utc(1900, 3, 1),
        utc(1899, 12, 30, 23, 59, 59),
        '   tarpai   ',
      ],
      // A formula openpyxl never calculated has no cached value; #N/A reads as null.
      5: ['Iš viso', null, null, null, null, null, null, utc(2023, 3, 15, 12), 1234.5],
      7: ['Sujungta'],
    });
    expect(summary).toMatchObject({
      hasFormulas: true,
      formulaCells: 1,
      errorCells: 1,
      lastRow: 8,
      merges: [{ ref: 'A7:C8', top: 7, left: 1, bottom: 8, right: 3 }],
    });
  });
});

describe('openpyxl-1904.xlsx (the 1904 date system)', () => {
  it('counts serial dates from 1904-01-01', async () => {
    const { book, rows } = await readAll(fixture('openpyxl-1904.xlsx'));

    expect(book.date1904).toBe(true);
    expect(byRow(rows)).toEqual({
      1: ['Data', 'Laikas', 'Skaičius'],
      2: [utc(2024, 3, 15), utc(1904, 1, 1, 6), 42],
      3: [utc(1904, 1, 2), utc(2000, 2, 29, 23), 0.5],
    });
  });
});

describe('sheetjs-survey.xlsx (SheetJS 0.18.5: t="str", t="d", cached formulas)', () => {
  it('reads ISO dates, formula results and custom formats below id 164', async () => {
    const { rows, summary } = await readAll(fixture('sheetjs-survey.xlsx'));

    expect(byRow(rows)).toEqual({
      1: ['Pateikta', 'Klausimas', 'Balas', 'Kodas', 'Rekomenduotų', 'Komentaras'],
      2: [utc(2024, 3, 15, 14, 30), 'Sutinku', 4, '00123', true, 'Ačiū už pagalbą 👍'],
      3: [
        utc(2024, 3, 16, 8, 5, 30),
        'Nei sutinku, nei nesutinku',
        3.75,
        '12',
        false,
        'x < y & "z"',
      ],
      4: [null, 'SutinkuNei', 7.75, null, utc(2024, 3, 15), utc(1899, 12, 30, 12)],
      6: ['Sujungta'],
    });
    expect(summary).toMatchObject({ formulaCells: 2, errorCells: 1, merges: [{ ref: 'A6:B7' }] });
  });
});
