import { parseSurveyRows } from '../../../../../functions/domain/surveys/import';
import { sheet } from './builders';

// Out of order on purpose: Microsoft Forms workbooks can come back with shuffled columns.
const HEADER = [
  'ID',
  'Start time',
  'Completion time',
  'Email',
  'Name',
  'Total points',
  'Quiz feedback',
  'Staff treat me with respect',
  'Points - Staff treat me with respect',
  'I feel safe here',
  'Which activities do you attend?',
  'How satisfied are you overall?',
  'Last modified time',
];

const rows = sheet([
  HEADER,
  [
    1,
    '3/5/2024 9:00:00',
    '3/5/2024 9:05:10',
    'anonymous',
    null,
    3,
    null,
    'Strongly agree',
    1,
    'Agree',
    'Art;Sport;',
    'Very satisfied',
    null,
  ],
  [
    2,
    '3/5/2024 9:10:00',
    '3/5/2024 9:12:00',
    'anonymous',
    null,
    2,
    null,
    'Somewhat agree',
    1,
    'Strongly agree',
    'Sport;',
    'Satisfied',
    null,
  ],
  [
    3,
    '3/6/2024 14:00:00',
    '3/6/2024 14:03:00',
    'anonymous',
    null,
    1,
    null,
    'Disagree',
    0,
    'Neither agree nor disagree',
    'Art, music and crafts;Sport;',
    'Neutral',
    null,
  ],
  [
    4,
    '3/6/2024 15:00:00',
    '3/6/2024 15:01:00',
    'anonymous',
    null,
    0,
    null,
    'Agree',
    1,
    'Disagree',
    'Art, music and crafts;',
    'Very dissatisfied',
    null,
  ],
  [
    5,
    '3/7/2024 8:00:00',
    '3/7/2024 8:04:00',
    'anonymous',
    null,
    3,
    null,
    'Strongly disagree',
    1,
    'Agree',
    'Art;',
    'Dissatisfied',
    null,
  ],
]);

describe('parseSurveyRows on a Microsoft Forms workbook', () => {
  it('recognises the family and treats quiz columns as meta', async () => {
    const parsed = await parseSurveyRows(rows);
    expect(parsed.family).toBe('msForms');
    const meta = parsed.questions
      .filter((q) => q.kind === 'meta')
      .map((q) => [q.header, q.metaRole]);
    expect(meta).toEqual([
      ['ID', 'respondentId'],
      ['Start time', 'startedAt'],
      ['Completion time', 'submittedAt'],
      ['Email', 'email'],
      ['Name', 'name'],
      ['Total points', 'other'],
      ['Quiz feedback', 'other'],
      ['Points - Staff treat me with respect', 'other'],
      ['Last modified time', 'other'],
    ]);
  });

  it('reads M/D/YYYY completion times', async () => {
    const parsed = await parseSurveyRows(rows);
    const done = parsed.questions.find((q) => q.header === 'Completion time')!;
    expect(parsed.responses.answers[done.key]).toEqual([
      '2024-03-05T09:05:10.000Z',
      '2024-03-05T09:12:00.000Z',
      '2024-03-06T14:03:00.000Z',
      '2024-03-06T15:01:00.000Z',
      '2024-03-07T08:04:00.000Z',
    ]);
  });

  it('scores a statement with "Somewhat agree" on the 7-point agreement scale', async () => {
    const parsed = await parseSurveyRows(rows);
    const respect = parsed.questions.find((q) => q.header === 'Staff treat me with respect')!;
    expect(respect.kind).toBe('likert');
    expect(respect.scale).toMatchObject({ min: 1, max: 7, family: 'agreement' });
    expect(parsed.responses.answers[respect.key]).toEqual([7, 5, 2, 6, 1]);
  });

  it('scores a statement without 7-point labels on the 5-point scale', async () => {
    const parsed = await parseSurveyRows(rows);
    const safe = parsed.questions.find((q) => q.header === 'I feel safe here')!;
    expect(safe.scale).toMatchObject({ min: 1, max: 5, family: 'agreement' });
    expect(parsed.responses.answers[safe.key]).toEqual([4, 5, 3, 2, 4]);
    const overall = parsed.questions.find((q) => q.header === 'How satisfied are you overall?')!;
    expect(overall.scale).toMatchObject({ min: 1, max: 5, family: 'satisfaction' });
    expect(parsed.responses.answers[overall.key]).toEqual([5, 4, 3, 1, 2]);
  });

  it('splits ";"-joined choices with a trailing ";" and keeps commas inside an option', async () => {
    const parsed = await parseSurveyRows(rows);
    const acts = parsed.questions.find((q) => q.header === 'Which activities do you attend?')!;
    expect(acts.kind).toBe('multi');
    expect(acts.options).toEqual(['Art', 'Sport', 'Art, music and crafts']);
    expect(parsed.responses.answers[acts.key]).toEqual([[0, 1], [1], [1, 2], [2], [0]]);
  });

  it('takes identities from the ID column, so edited answers keep them', async () => {
    const first = await parseSurveyRows(rows);
    const edited = rows.map((r) =>
      r.row === 2 ? { ...r, values: r.values.map((v) => (v === 'Agree' ? 'Disagree' : v)) } : r,
    );
    const second = await parseSurveyRows(edited);
    expect(second.identities).toEqual(first.identities);
    expect(new Set(first.identities).size).toBe(5);
    expect(first.identities[0]).toMatch(/^[0-9a-f]{24}$/);
  });

  it('counts a repeated ID once and lists it as a duplicate', async () => {
    const parsed = await parseSurveyRows([...rows, { row: 7, values: rows[1]!.values }]);
    expect(parsed.counts).toMatchObject({ rows: 6, accepted: 5, duplicatesInFile: 1 });
    expect(parsed.rowNumbers).toEqual([2, 3, 4, 5, 6]);
  });
});
