import { parseSurveyRows, questionKey } from '../../../../../functions/domain/surveys/import';
import { sheet, streamed } from './builders';

const GRID = 'Kaip vertinate';
const HEADER = [
  'Laiko žyma',
  'El. pašto adresas',
  `${GRID} [Maitinimą]`,
  `${GRID} [Užimtumą]`,
  'Kokias paslaugas gavote?',
  'Ar rekomenduotumėte mus kitiems?',
  'Padalinys',
  'Komentarai',
];

const rows = sheet([
  HEADER,
  [
    new Date('2024-03-05T10:00:00Z'),
    'a@x.lt',
    'Labai gerai',
    'Gerai',
    'Maitinimas, Taip, dažnai',
    10,
    'Vilnius',
    'Ačiū už viską',
  ],
  [
    new Date('2024-03-05T11:00:00Z'),
    'b@x.lt',
    'Gerai',
    'Vidutiniškai',
    'Taip, dažnai',
    9,
    'Kaunas',
    'Trūksta renginių',
  ],
  [new Date('2024-03-06T09:30:00Z'), 'c@x.lt', 'Blogai', 'Gerai', 'Maitinimas', 7, 'Vilnius', null],
  [
    new Date('2024-03-06T12:00:00Z'),
    'd@x.lt',
    'Labai gerai',
    'Neblogai',
    'Užimtumas, Maitinimas',
    0,
    'Kaunas',
    'Viskas gerai',
  ],
  [
    new Date('2024-03-07T08:00:00Z'),
    'e@x.lt',
    'Nežinau',
    'Gerai',
    'Užimtumas, Taip, dažnai',
    8,
    'Vilnius',
    null,
  ],
]);

describe('parseSurveyRows on a Google Forms sheet', () => {
  it('recognises the family by its Lithuanian timestamp header', async () => {
    const parsed = await parseSurveyRows(rows);
    expect(parsed.family).toBe('googleForms');
    expect(parsed.headerRow).toBe(1);
    expect(parsed.counts).toEqual({
      rows: 5,
      blankRows: 0,
      incomplete: 0,
      duplicatesInFile: 0,
      accepted: 5,
      rejectedCells: 1,
    });
    expect(parsed.rowNumbers).toEqual([2, 3, 4, 5, 6]);
  });

  it('infers kinds and keeps only the submission time of the meta columns', async () => {
    const parsed = await parseSurveyRows(rows);
    const kinds = parsed.questions.map((q) => [q.header, q.kind, q.metaRole ?? null]);
    expect(kinds).toEqual([
      ['Laiko žyma', 'meta', 'submittedAt'],
      ['El. pašto adresas', 'meta', 'email'],
      [`${GRID} [Maitinimą]`, 'likert', null],
      [`${GRID} [Užimtumą]`, 'likert', null],
      ['Kokias paslaugas gavote?', 'multi', null],
      ['Ar rekomenduotumėte mus kitiems?', 'scale0to10', null],
      ['Padalinys', 'single', null],
      ['Komentarai', 'text', null],
    ]);
    const [time, email] = parsed.questions;
    expect(parsed.responses.answers[time!.key]).toEqual([
      '2024-03-05T10:00:00.000Z',
      '2024-03-05T11:00:00.000Z',
      '2024-03-06T09:30:00.000Z',
      '2024-03-06T12:00:00.000Z',
      '2024-03-07T08:00:00.000Z',
    ]);
    expect(parsed.responses.answers[email!.key]).toBeUndefined();
    expect(JSON.stringify(parsed.responses)).not.toContain('@x.lt');
  });

  it('scores grid rows as quality labels, with the grid title as group and "Nežinau" as blank', async () => {
    const parsed = await parseSurveyRows(rows);
    const food = parsed.questions[2]!;
    expect(food.group).toBe(GRID);
    expect(food.key).toBe(questionKey(`${GRID} [Maitinimą]`));
    expect(food.scale).toEqual({
      min: 1,
      max: 5,
      family: 'quality',
      labels: ['Labai blogai', 'Blogai', 'Vidutiniškai', 'Gerai', 'Labai gerai'],
    });
    expect(parsed.responses.answers[food.key]).toEqual([5, 4, 2, 5, null]);
  });

  it('rejects a label off the scale and names its A1 address', async () => {
    const parsed = await parseSurveyRows(rows);
    const activities = parsed.questions[3]!;
    expect(parsed.responses.answers[activities.key]).toEqual([4, 3, 4, null, 4]);
    expect(parsed.rejected).toEqual([
      {
        cell: 'D5',
        row: 5,
        header: `${GRID} [Užimtumą]`,
        reason: 'unknownLabel',
        value: 'Neblogai',
      },
    ]);
  });

  it('keeps an option containing ", " whole when someone chose it alone', async () => {
    const parsed = await parseSurveyRows(rows);
    const services = parsed.questions[4]!;
    expect(services.options).toEqual(['Maitinimas', 'Taip, dažnai', 'Užimtumas']);
    expect(parsed.responses.answers[services.key]).toEqual([[0, 1], [1], [0], [0, 2], [1, 2]]);
  });

  it('reads 0–10, single choice and text', async () => {
    const parsed = await parseSurveyRows(streamed(rows));
    const [, , , , , nps, unit, comments] = parsed.questions;
    expect(nps!.scale).toEqual({ min: 0, max: 10, family: 'numeric' });
    expect(parsed.responses.answers[nps!.key]).toEqual([10, 9, 7, 0, 8]);
    expect(unit!.options).toEqual(['Vilnius', 'Kaunas']);
    expect(parsed.responses.answers[unit!.key]).toEqual([0, 1, 0, 1, 0]);
    expect(parsed.responses.answers[comments!.key]).toEqual([
      'Ačiū už viską',
      'Trūksta renginių',
      null,
      'Viskas gerai',
      null,
    ]);
  });

  it('gives colliding question titles distinct keys in column order', async () => {
    const parsed = await parseSurveyRows(
      sheet([
        ['Timestamp', 'Comment', 'Comment'],
        ['2024/03/05 1:02:03 PM GMT+2', 'a', 'b'],
        ['2024/03/05 1:05:00 PM GMT+2', 'c', 'd'],
      ]),
    );
    const [time, first, second] = parsed.questions;
    expect(first!.key).toBe(questionKey('Comment'));
    expect(second!.key).toBe(`${questionKey('Comment')}~2`);
    expect(parsed.responses.answers[time!.key]).toEqual([
      '2024-03-05T11:02:03.000Z',
      '2024-03-05T11:05:00.000Z',
    ]);
    expect(parsed.warnings).toContainEqual({
      key: 'surveys.import.warning.duplicateHeader',
      params: { column: 'Comment', count: 2 },
    });
  });
});
