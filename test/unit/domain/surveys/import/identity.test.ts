import { parseSurveyRows, type SheetValue } from '../../../../../functions/domain/surveys/import';
import { writeIsoDate } from '../../../../../functions/domain/surveys/import/identity';
import { sheet } from './builders';

const HEADER = ['Timestamp', 'I feel safe here', 'How often do you come?', 'Comments'];
const DATA: SheetValue[][] = [
  [new Date('2024-01-10T09:00:00Z'), 'Agree', 'Often', 'Fine'],
  [new Date('2024-01-11T09:00:00Z'), 'Strongly agree', 'Always', null],
  [new Date('2024-01-12T09:00:00Z'), 'Disagree', 'Rarely', 'Too noisy'],
];

const identitiesOf = async (rows: SheetValue[][]): Promise<string[]> =>
  (await parseSurveyRows(sheet(rows))).identities;

describe('response identities', () => {
  it('are 24 hex characters and differ between different rows', async () => {
    const ids = await identitiesOf([HEADER, ...DATA]);
    expect(ids).toHaveLength(3);
    for (const id of ids) expect(id).toMatch(/^[0-9a-f]{24}$/);
    expect(new Set(ids).size).toBe(3);
  });

  it('stay the same when a question is appended later and old rows leave it blank', async () => {
    const before = await identitiesOf([HEADER, ...DATA]);
    const after = await identitiesOf([
      [...HEADER, 'New question'],
      ...DATA.map((r) => [...r, null]),
      [new Date('2024-02-01T09:00:00Z'), 'Agree', 'Often', null, 'Yes'],
    ]);
    expect(after.slice(0, 3)).toEqual(before);
  });

  it('stay the same when the columns come back in another order', async () => {
    const before = await identitiesOf([HEADER, ...DATA]);
    const order = [3, 1, 0, 2];
    const after = await identitiesOf([HEADER, ...DATA].map((r) => order.map((i) => r[i] ?? null)));
    expect(after).toEqual(before);
  });

  it('stay the same for old rows of a grown export, with numbers re-exported as text', async () => {
    const numeric = [
      ['Rating', 'Comment'],
      [4, 'a'],
      [5, 'b'],
    ];
    const before = await identitiesOf(numeric);
    const after = await identitiesOf([
      ['Rating', 'Comment'],
      ['4', 'a'],
      [' 5 ', 'b'],
      ['3', 'c'],
    ]);
    expect(after.slice(0, 2)).toEqual(before);
    expect(after).toHaveLength(3);
  });

  it('do not depend on the user’s mapping', async () => {
    const plain = await parseSurveyRows(sheet([HEADER, ...DATA]));
    const mapped = await parseSurveyRows(sheet([HEADER, ...DATA]), {
      overrides: [
        { header: 'Comments', skip: true },
        { header: 'I feel safe here', reverse: true, domain: 'satisfaction' },
      ],
    });
    expect(mapped.identities).toEqual(plain.identities);
  });

  it('change when an answer changes (no respondent ID column)', async () => {
    const before = await identitiesOf([HEADER, ...DATA]);
    const after = await identitiesOf([
      HEADER,
      [DATA[0]![0]!, 'Disagree', 'Often', 'Fine'],
      ...DATA.slice(1),
    ]);
    expect(after[0]).not.toBe(before[0]);
    expect(after.slice(1)).toEqual(before.slice(1));
  });

  it('count a row repeated in the same file once, as a duplicate', async () => {
    const parsed = await parseSurveyRows(sheet([HEADER, ...DATA, DATA[1]!, DATA[1]!]));
    expect(parsed.counts).toMatchObject({ rows: 5, accepted: 3, duplicatesInFile: 2 });
    expect(parsed.rowNumbers).toEqual([2, 3, 4]);
    expect(parsed.responses.count).toBe(3);
  });

  it('are pinned: the same digests as the string-built input of the first version', async () => {
    // Dates, e-mails and names (meta columns, written byte by byte), labels with Lithuanian
    // letters, numbers as text, a value over 64 characters (hashed), dates before 1970.
    const ids = await identitiesOf([
      ['Timestamp', 'Email Address', 'Vardas', 'Man čia gera', 'Komentaras'],
      [
        new Date('2024-03-05T13:02:03.456Z'),
        'Ona@Pastas.LT',
        'Ona Onaitė',
        'Visiškai sutinku',
        'x'.repeat(80),
      ],
      ['2024/03/05 1:02:03 PM GMT+2', ' jonas@x.lt ', 'A  B', '4', 'Ąžuolas  ir   beržas'],
      [new Date('1969-07-20T20:17:00Z'), '+370 600', 'Ąžuolas', ' 5 ', null],
    ]);
    expect(ids).toEqual([
      '6e5a7ae4ed8ebea5512c219a',
      'ce436b26593262390c8d2a74',
      '2332d603c7330cbd070c28ca',
    ]);
  });

  it('write dates as toISOString does', () => {
    const buf = new Uint8Array(40);
    const times = [0, 951_782_400_000, 951_868_800_000, 1_709_251_199_999, 253_402_300_799_999];
    for (let i = 0; i < 2000; i++)
      times.push(Math.floor((i * 126_701_150_399_999) % 253_402_300_800_000));
    for (const t of times) {
      const end = writeIsoDate(buf, 3, t);
      expect(Buffer.from(buf.subarray(3, end)).toString('latin1')).toBe(new Date(t).toISOString());
    }
    expect(writeIsoDate(buf, 0, -1)).toBe(-1);
    expect(writeIsoDate(buf, 0, Number.NaN)).toBe(-1);
  });
});
