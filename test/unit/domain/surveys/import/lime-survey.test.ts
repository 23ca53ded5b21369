import { parseSurveyRows } from '../../../../../functions/domain/surveys/import';
import { sheet } from './builders';

const CODES = [
  'id',
  'submitdate',
  'lastpage',
  'startlanguage',
  'seed',
  'startdate',
  'datestamp',
  'Q1',
  'Q2[SQ001]',
  'Q2[SQ002]',
  'Q3[SQ001]',
  'Q3[SQ002]',
  'Q3[SQ003]',
  'Q3[other]',
  'interviewtime',
  'Q1Time',
];

const rows = sheet([
  CODES,
  [
    11,
    '2024-04-02 10:11:12',
    3,
    'lt',
    123,
    '2024-04-02 10:00:00',
    '2024-04-02 10:11:12',
    'Sutinku',
    5,
    4,
    'Y',
    null,
    'Y',
    null,
    672,
    30,
  ],
  [
    12,
    null,
    1,
    'lt',
    456,
    '2024-04-02 11:00:00',
    '2024-04-02 11:01:00',
    'Nesutinku',
    null,
    null,
    null,
    null,
    null,
    null,
    60,
    12,
  ],
  [
    13,
    '2024-04-03 09:00:00',
    3,
    'lt',
    789,
    '2024-04-03 08:50:00',
    '2024-04-03 09:00:00',
    'visiškai sutinku',
    3,
    12,
    null,
    'Y',
    null,
    'Baseinas',
    600,
    20,
  ],
  [
    14,
    '2024-04-03 12:00:00',
    3,
    'lt',
    321,
    '2024-04-03 11:55:00',
    '2024-04-03 12:00:00',
    'Nei sutinku nei nesutinku',
    1,
    2,
    null,
    null,
    null,
    null,
    300,
    10,
  ],
  [
    15,
    '2024-04-04 10:00:00',
    3,
    'lt',
    654,
    '2024-04-04 09:58:00',
    '2024-04-04 10:00:00',
    'Sutinku',
    2,
    3,
    'Y',
    'Y',
    null,
    null,
    120,
    10,
  ],
  [
    16,
    '2024-04-04 11:00:00',
    3,
    'lt',
    987,
    '2024-04-04 10:57:00',
    '2024-04-04 11:00:00',
    'Nesutinku',
    4,
    5,
    null,
    null,
    'Y',
    null,
    180,
    10,
  ],
]);

describe('parseSurveyRows on a LimeSurvey export', () => {
  it('recognises the family and leaves incomplete responses out', async () => {
    const parsed = await parseSurveyRows(rows);
    expect(parsed.family).toBe('limeSurvey');
    expect(parsed.counts).toMatchObject({ rows: 6, incomplete: 1, accepted: 5 });
    expect(parsed.rowNumbers).toEqual([2, 4, 5, 6, 7]);
  });

  it('treats the fixed and timing columns as meta', async () => {
    const parsed = await parseSurveyRows(rows);
    const meta = parsed.questions.filter((q) => q.kind === 'meta').map((q) => q.header);
    expect(meta).toEqual([
      'id',
      'submitdate',
      'lastpage',
      'startlanguage',
      'seed',
      'startdate',
      'datestamp',
      'interviewtime',
      'Q1Time',
    ]);
    const submit = parsed.questions[1]!;
    expect(parsed.responses.answers[submit.key]).toEqual([
      '2024-04-02T10:11:12.000Z',
      '2024-04-03T09:00:00.000Z',
      '2024-04-03T12:00:00.000Z',
      '2024-04-04T10:00:00.000Z',
      '2024-04-04T11:00:00.000Z',
    ]);
  });

  it('scores array subquestions and rejects a number off the 1–5 scale', async () => {
    const parsed = await parseSurveyRows(rows);
    const q1 = parsed.questions.find((q) => q.header === 'Q1')!;
    expect(q1.scale).toMatchObject({ min: 1, max: 5, family: 'agreement' });
    expect(parsed.responses.answers[q1.key]).toEqual([4, 5, 3, 4, 2]);
    const sq2 = parsed.questions.find((q) => q.header === 'Q2[SQ002]')!;
    expect(sq2).toMatchObject({
      kind: 'likert',
      group: 'Q2',
      scale: { min: 1, max: 5, family: 'numeric' },
    });
    expect(parsed.responses.answers[sq2.key]).toEqual([4, null, 2, 3, 5]);
    expect(parsed.rejected).toEqual([
      { cell: 'J4', row: 4, header: 'Q2[SQ002]', reason: 'notOnScale', value: '12' },
    ]);
  });

  it('folds Y/empty option columns into one multi question and keeps "other" as text', async () => {
    const parsed = await parseSurveyRows(rows);
    const q3 = parsed.questions.find((q) => q.header === 'Q3')!;
    expect(q3).toMatchObject({
      kind: 'multi',
      columns: [11, 12, 13],
      options: ['SQ001', 'SQ002', 'SQ003'],
    });
    expect(parsed.responses.answers[q3.key]).toEqual([[0, 2], [1], null, [0, 1], [2]]);
    const other = parsed.questions.find((q) => q.header === 'Q3[other]')!;
    expect(other.kind).toBe('text');
    expect(parsed.responses.answers[other.key]).toEqual([null, 'Baseinas', null, null, null]);
  });

  it('reads full-text headings with Yes/No options and anonymised 1980-01-01 dates', async () => {
    const parsed = await parseSurveyRows(
      sheet([
        [
          'Response ID',
          'Date submitted',
          'Last page',
          'Start language',
          'Services used [Meals]',
          'Services used [Transport]',
          'Services used [Day care]',
        ],
        [1, '1980-01-01 00:00:00', 2, 'en', 'Yes', 'No', 'Yes'],
        [2, '1980-01-01 00:00:00', 2, 'en', 'No', 'No', 'No'],
        [3, '1980-01-01 00:00:00', 2, 'en', 'No', 'Yes', 'No'],
      ]),
    );
    expect(parsed.family).toBe('limeSurvey');
    const [, submitted, , , services] = parsed.questions;
    expect(parsed.responses.answers[submitted!.key]).toEqual([null, null, null]);
    expect(services).toMatchObject({
      header: 'Services used',
      kind: 'multi',
      options: ['Meals', 'Transport', 'Day care'],
    });
    expect(parsed.responses.answers[services!.key]).toEqual([[0, 2], [], [1]]);
    expect(parsed.warnings).toContainEqual({
      key: 'surveys.import.warning.anonymisedDates',
      params: { column: 'Date submitted', count: 3 },
    });
  });
});
