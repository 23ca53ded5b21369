import { parseSurveyRows, SurveyImportError } from '../../../../../functions/domain/surveys/import';
import { sheet, streamed } from './builders';

/**
 * An organisation's own sheet: two title rows, a blank row, the header on row 4, numbers typed as
 * text with stray spaces, labels in odd case, a blank row among the answers.
 */
const rows = sheet([
  ['Paslaugų gavėjų apklausa 2024', null, null, null, null],
  ['Dienos centras', null, null, null, null],
  [],
  ['Nr.', 'Man čia gera', 'Darbuotojai mandagūs', 'Kaip dažnai lankotės?', 'Lytis'],
  ['1', '  visiškai SUTINKU ', '5', 'Dažnai', 'Moteris'],
  ['2', 'Sutinku', ' 4 ', 'kartais', 'Vyras'],
  [],
  ['3', 'Nei sutinku nei nesutinku', 4, 'Niekada', 'Moteris'],
  ['4', 'nežinau', '3', 'VISADA', 'Moteris'],
  ['5', 'Visiskai nesutinku', 'penki', 'Retai', 'Vyras', null, 'pastaba'],
]);

describe('parseSurveyRows on an organisation’s own sheet', () => {
  it('finds the header below the title rows and skips blank rows', async () => {
    const parsed = await parseSurveyRows(rows);
    expect(parsed.family).toBe('own');
    expect(parsed.headerRow).toBe(4);
    expect(parsed.counts).toEqual({
      rows: 5,
      blankRows: 1,
      incomplete: 0,
      duplicatesInFile: 0,
      accepted: 5,
      rejectedCells: 1,
    });
    expect(parsed.rowNumbers).toEqual([5, 6, 8, 9, 10]);
    expect(parsed.warnings).toEqual(
      expect.arrayContaining([
        { key: 'surveys.import.warning.titleRowsSkipped', params: { rows: 2, headerRow: 4 } },
        { key: 'surveys.import.warning.valuesWithoutHeader', params: { count: 1 } },
      ]),
    );
  });

  it('reads labels whatever their case, spaces or diacritics, and "nežinau" as blank', async () => {
    const parsed = await parseSurveyRows(streamed(rows));
    const [id, good, , often, gender] = parsed.questions;
    expect(id).toMatchObject({ kind: 'meta', metaRole: 'respondentId' });
    expect(parsed.responses.answers[id!.key]).toBeUndefined();
    expect(good!.scale).toMatchObject({ family: 'agreement', min: 1, max: 5 });
    expect(parsed.responses.answers[good!.key]).toEqual([5, 4, 3, null, 1]);
    expect(often!.scale).toMatchObject({
      family: 'frequency',
      labels: ['Niekada', 'Retai', 'Kartais', 'Dažnai', 'Visada'],
    });
    expect(parsed.responses.answers[often!.key]).toEqual([4, 3, 1, 5, 2]);
    expect(gender).toMatchObject({ kind: 'single', options: ['Moteris', 'Vyras'] });
  });

  it('reads numbers stored as text and rejects a word in a number column with its A1 address', async () => {
    const parsed = await parseSurveyRows(rows);
    const polite = parsed.questions[2]!;
    expect(polite).toMatchObject({ kind: 'likert', scale: { min: 1, max: 5, family: 'numeric' } });
    expect(parsed.responses.answers[polite.key]).toEqual([5, 4, 4, 3, null]);
    expect(parsed.rejected).toEqual([
      {
        cell: 'C10',
        row: 10,
        header: 'Darbuotojai mandagūs',
        reason: 'notANumber',
        value: 'penki',
      },
    ]);
  });

  it('lists at most maxRejectedListed cells but counts them all', async () => {
    const many = sheet([
      ['Vertinimas', 'Komentaras'],
      ...Array.from({ length: 20 }, (_, i) => [i < 16 ? (i % 5) + 1 : 'x', `k${i}`]),
    ]);
    const parsed = await parseSurveyRows(many, { maxRejectedListed: 2 });
    expect(parsed.counts.rejectedCells).toBe(4);
    expect(parsed.rejected.map((r) => r.cell)).toEqual(['A18', 'A19']);
  });

  it('warns about merged cells in the data area and formulas, read once the rows are consumed', async () => {
    const sheetInfo: {
      merges: { ref: string; top: number; left: number; bottom: number; right: number }[];
      formulaCells?: number;
    } = { merges: [] };
    async function* reader(): AsyncGenerator<(typeof rows)[number]> {
      for (const r of rows) yield r;
      sheetInfo.merges.push(
        { ref: 'A1:E1', top: 1, left: 1, bottom: 1, right: 5 },
        { ref: 'B8:C8', top: 8, left: 2, bottom: 8, right: 3 },
      );
      sheetInfo.formulaCells = 3;
    }
    const parsed = await parseSurveyRows(reader(), { sheetInfo });
    const viaThunk = await parseSurveyRows(rows, { sheetInfo: () => sheetInfo });
    expect(viaThunk.warnings).toEqual(parsed.warnings);
    expect(parsed.warnings).toEqual(
      expect.arrayContaining([
        { key: 'surveys.import.warning.mergedCells', params: { count: 1, ranges: 'B8:C8' } },
        { key: 'surveys.import.warning.formulas', params: { count: 3 } },
      ]),
    );
  });

  it('refuses a sheet without a header row', async () => {
    await expect(parseSurveyRows(sheet([[1, 2, 3], [], [4, 5, 6]]))).rejects.toMatchObject({
      name: 'SurveyImportError',
      code: 'noHeader',
      params: { rows: 20 },
    });
    await expect(parseSurveyRows([])).rejects.toMatchObject({ code: 'noHeader' });
  });

  it('refuses a header without responses and a sheet of meta columns only', async () => {
    await expect(
      parseSurveyRows(sheet([['Klausimas A', 'Klausimas B'], [], []])),
    ).rejects.toMatchObject({ code: 'noResponses' });
    const onlyMeta = parseSurveyRows(
      sheet([
        ['Timestamp', 'Email Address'],
        [new Date('2024-01-01T00:00:00Z'), 'a@b.lt'],
      ]),
    );
    await expect(onlyMeta).rejects.toBeInstanceOf(SurveyImportError);
    await expect(onlyMeta).rejects.toMatchObject({ code: 'noQuestions' });
  });
});
