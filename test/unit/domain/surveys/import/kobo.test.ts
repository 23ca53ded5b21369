import { parseSurveyRows, questionKey } from '../../../../../functions/domain/surveys/import';
import { sheet } from './builders';

const HEADER = [
  'start',
  'end',
  'today',
  'paslaugos/pasitenkinimas',
  'Kokias veiklas lankote?',
  'Kokias veiklas lankote?/Dailė',
  'Kokias veiklas lankote?/Sportas ir šokiai',
  'Kokias veiklas lankote?/Muzika',
  '_id',
  '_uuid',
  '_submission_time',
  '_validation_status',
  '_notes',
  '_status',
  '_submitted_by',
  '__version__',
  '_tags',
  '_index',
];

const tail = (id: number, uuid: string, at: string): (string | number | null)[] => [
  id,
  uuid,
  at,
  null,
  null,
  'submitted_via_web',
  null,
  'vAbc',
  null,
  id,
];

const rows = sheet([
  HEADER,
  [
    '2024-05-01T10:00:00.000+03:00',
    '2024-05-01T10:05:00.000+03:00',
    '2024-05-01',
    'Labai patenkinta',
    'Dailė Sportas ir šokiai',
    '1',
    '1',
    '0',
    ...tail(101, 'uuid-a', '2024-05-01T07:05:30'),
  ],
  [
    '2024-05-01T11:00:00.000+03:00',
    '2024-05-01T11:04:00.000+03:00',
    '2024-05-01',
    'Patenkinta',
    'Muzika',
    '0',
    '0',
    '1',
    ...tail(102, 'uuid-b', '2024-05-01T08:04:10'),
  ],
  [
    '2024-05-02T09:00:00.000+03:00',
    '2024-05-02T09:03:00.000+03:00',
    '2024-05-02',
    'Nepatenkintas',
    null,
    null,
    null,
    null,
    ...tail(103, 'uuid-c', '2024-05-02T06:03:00'),
  ],
  [
    '2024-05-02T12:00:00.000+03:00',
    '2024-05-02T12:01:00.000+03:00',
    '2024-05-02',
    'Patenkintas',
    'Sportas ir šokiai',
    0,
    1,
    0,
    ...tail(104, 'uuid-d', '2024-05-02T09:01:00'),
  ],
]);

describe('parseSurveyRows on a KoboToolbox export', () => {
  it('recognises the family and treats the underscore columns as meta', async () => {
    const parsed = await parseSurveyRows(rows);
    expect(parsed.family).toBe('kobo');
    const questions = parsed.questions.filter((q) => q.kind !== 'meta').map((q) => q.header);
    expect(questions).toEqual(['paslaugos/pasitenkinimas', 'Kokias veiklas lankote?']);
    const submitted = parsed.questions.find((q) => q.metaRole === 'submittedAt')!;
    expect(submitted.header).toBe('_submission_time');
    expect(parsed.responses.answers[submitted.key]).toEqual([
      '2024-05-01T07:05:30.000Z',
      '2024-05-01T08:04:10.000Z',
      '2024-05-02T06:03:00.000Z',
      '2024-05-02T09:01:00.000Z',
    ]);
  });

  it('folds the per-choice 1/0 columns into one multi question and drops the summary', async () => {
    const parsed = await parseSurveyRows(rows);
    const activities = parsed.questions.find((q) => q.header === 'Kokias veiklas lankote?')!;
    expect(activities).toMatchObject({
      key: questionKey('Kokias veiklas lankote?'),
      kind: 'multi',
      columns: [6, 7, 8],
      options: ['Dailė', 'Sportas ir šokiai', 'Muzika'],
    });
    // Row 4 left the question blank: null, not "none chosen".
    expect(parsed.responses.answers[activities.key]).toEqual([[0, 1], [2], null, [1]]);
  });

  it('scores feminine and masculine satisfaction labels alike, with the group path as group', async () => {
    const parsed = await parseSurveyRows(rows);
    const sat = parsed.questions.find((q) => q.header === 'paslaugos/pasitenkinimas')!;
    expect(sat).toMatchObject({
      kind: 'likert',
      group: 'paslaugos',
      scale: { family: 'satisfaction', min: 1, max: 5 },
    });
    expect(parsed.responses.answers[sat.key]).toEqual([5, 4, 2, 4]);
  });

  it('takes identities from _uuid', async () => {
    const parsed = await parseSurveyRows(rows);
    const again = await parseSurveyRows(
      rows.map((r) =>
        r.row === 2
          ? { ...r, values: r.values.map((v) => (v === 'Labai patenkinta' ? 'Patenkinta' : v)) }
          : r,
      ),
    );
    expect(again.identities).toEqual(parsed.identities);
  });

  it('leaves a per-choice column out of the fold when it holds something other than 1 or 0', async () => {
    const parsed = await parseSurveyRows(
      rows.map((r) =>
        r.row === 3 ? { ...r, values: r.values.map((v, i) => (i === 7 ? 'taip' : v)) } : r,
      ),
    );
    const activities = parsed.questions.find((q) => q.header === 'Kokias veiklas lankote?')!;
    expect(activities.options).toEqual(['Dailė', 'Sportas ir šokiai']);
    expect(
      parsed.questions.find((q) => q.header === 'Kokias veiklas lankote?/Muzika'),
    ).toBeDefined();
  });
});
