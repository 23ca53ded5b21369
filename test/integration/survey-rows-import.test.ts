/* eslint-disable @typescript-eslint/no-explicit-any -- JSON bodies of many shapes */
import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { openXlsx } from '../../functions/adapters/excel/stream';
import { createTestApi, type CallOptions } from '../support/api';
import { createTestTable, type TestTable } from '../support/table';

/**
 * A survey sheet sent as JSON rows (the Sheets add-on, the nightly Sheets sync) on DynamoDB Local:
 * the file import's preview and commit, idempotent by row identity, with the same identities as
 * the xlsx export of the same responses, rejected cells by A1 address, and the body's limits.
 */

const FIXTURES = path.join(__dirname, '../fixtures/surveys/exports');

const SATISFACTION = [
  'Labai nepatenkintas',
  'Nepatenkintas',
  'Nei patenkintas, nei nepatenkintas',
  'Patenkintas',
  'Labai patenkintas',
];
const HEADERS = [
  'Laiko žyma',
  'Padalinys',
  'Ar esate patenkinti gaunamomis paslaugomis?',
  'Ar rekomenduotumėte mūsų centrą draugui? (0–10)',
  'Komentarai',
];
const DC = 'Dienos centras';
const GN = 'Globos namai';

type Cell = string | number | boolean | null;

const pad = (n: number) => String(n).padStart(2, '0');
/** A date-time as a spreadsheet shows it, without a zone: `2026-03-04 10:11:12`. */
const wallClock = (d: Date) =>
  `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())} ` +
  `${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}:${pad(d.getUTCSeconds())}`;

/** Response i of the generated sheet: a timestamp, a unit, a satisfaction label, 0–10, a comment. */
const response = (i: number): Cell[] => [
  `2026-03-${pad(1 + (i % 28))} ${pad(8 + (i % 10))}:${pad(i % 60)}:${pad((i * 7) % 60)}`,
  i % 3 === 0 ? GN : DC,
  SATISFACTION[(i * 3) % 5]!,
  i % 11,
  i % 4 === 0 ? `Komentaras ${i}` : null,
];

/** A title row, a blank row, the header on row 3, then `count` responses. */
const sheetOf = (count: number, edit?: (rows: Cell[][]) => void): Cell[][] => {
  const rows: Cell[][] = [
    ['Paslaugų gavėjų apklausa 2026'],
    [],
    HEADERS,
    ...Array.from({ length: count }, (_, i) => response(i)),
  ];
  edit?.(rows);
  return rows;
};

/** A sheet's values as the Sheets add-on sends them: date cells as wall-clock text. */
const valuesOfXlsx = async (file: Buffer): Promise<{ sheet: string; rows: Cell[][] }> => {
  const workbook = await openXlsx(file);
  const reader = workbook.readSheet();
  const rows: Cell[][] = [];
  for await (const r of reader) {
    while (rows.length < r.row - 1) rows.push([]);
    rows.push(r.values.map((v) => (v instanceof Date ? wallClock(v) : (v ?? null))));
  }
  return { sheet: reader.sheet.name, rows };
};

const director: CallOptions = { roles: ['director'], user: 'direktore@org-a' };
const staff: CallOptions = { roles: ['staff'], user: 'ona@org-a' };
const year = { year: '2026' };
const SURVEY = {
  title: 'Paslaugų gavėjų pasitenkinimo apklausa 2026',
  instrument: 'Paslaugų gavėjų pasitenkinimo klausimynas',
  audience: 'recipients',
  period: { from: '2026-03-01', to: '2026-03-31' },
};
const SHEET = 'Formos atsakymai 1';

describe('survey import from JSON rows', () => {
  let table: TestTable;
  let call: ReturnType<typeof createTestApi>;
  let surveyId = '';
  const params = () => ({ ...year, surveyId });
  const preview = (body: unknown, extra: CallOptions = {}) =>
    call('POST /v1/cycles/{year}/surveys/{surveyId}/imports/rows/preview', {
      ...director,
      params: params(),
      body,
      ...extra,
    });
  const commit = (body: unknown, extra: CallOptions = {}) =>
    call('POST /v1/cycles/{year}/surveys/{surveyId}/imports/rows', {
      ...director,
      params: params(),
      body,
      ...extra,
    });
  const stored = async () =>
    (await call('GET /v1/cycles/{year}/surveys/{surveyId}', { ...director, params: params() }))
      .json;
  const newSurvey = async (title: string) => {
    const res = await call('POST /v1/cycles/{year}/surveys', {
      ...director,
      params: year,
      body: { ...SURVEY, title },
    });
    expect(res.status).toBe(201);
    return res.json.id as string;
  };

  beforeAll(async () => {
    table = await createTestTable('2026-04-10T09:00:00Z');
    call = createTestApi(table);
    await call('PUT /v1/cycles/{year}', {
      params: year,
      body: { version: 0, budgetApprovedOn: '2026-02-10' },
    });
    surveyId = await newSurvey(SURVEY.title);
  });
  afterAll(() => table.drop());

  it('previews rows like a file: header below a title row, rejected cells by A1, nothing stored', async () => {
    const rows = sheetOf(12, (r) => {
      r[7]![2] = 'Nežinau, ką pasakyti, bet tiek to';
    });
    const res = await preview({ sheet: SHEET, rows });
    expect(res.status).toBe(200);
    expect(res.json).toMatchObject({ sheet: SHEET, family: 'googleForms', headerRow: 3 });
    expect(res.json.counts).toMatchObject({ rows: 12, accepted: 12, new: 12, alreadyImported: 0 });
    const kinds = Object.fromEntries(res.json.questions.map((q: any) => [q.header, q.kind]));
    expect(kinds).toEqual({
      'Laiko žyma': 'meta',
      Padalinys: 'single',
      'Ar esate patenkinti gaunamomis paslaugomis?': 'likert',
      'Ar rekomenduotumėte mūsų centrą draugui? (0–10)': 'scale0to10',
      Komentarai: 'text',
    });
    expect(res.json.rejected).toEqual([
      expect.objectContaining({
        cell: 'C8',
        row: 8,
        header: 'Ar esate patenkinti gaunamomis paslaugomis?',
        value: 'Nežinau, ką pasakyti, bet tiek to',
        message: 'Atsakymas neatitinka skalės žymų.',
      }),
    ]);
    const en = await preview({ sheet: SHEET, rows }, { lang: 'en' });
    expect(en.json.rejected[0]).toMatchObject({
      cell: 'C8',
      message: "The answer does not match the scale's labels.",
    });
    const survey = await stored();
    expect(survey).toMatchObject({ responses: 0, imports: [], questions: [] });
  });

  it('commits once: the same rows again add nothing, grown rows add only the new ones', async () => {
    const rows = sheetOf(12);
    const first = await commit({ sheet: SHEET, source: 'Apklausa 2026 (Google Sheets)', rows });
    expect(first.status).toBe(201);
    expect(first.json).toMatchObject({ added: 12, alreadyImported: 0 });
    expect(first.json.survey.responses).toBe(12);
    expect(first.json.survey.imports).toEqual([
      expect.objectContaining({
        fileName: 'Apklausa 2026 (Google Sheets)',
        sheet: SHEET,
        added: 12,
        by: 'direktore@org-a',
      }),
    ]);

    const again = await commit({ sheet: SHEET, rows });
    expect(again.status).toBe(201);
    expect(again.json).toMatchObject({ added: 0, alreadyImported: 12, importId: null });
    expect(again.json.message).toBe(
      'Naujų atsakymų nėra: visi 12 atsakymai jau importuoti anksčiau.',
    );

    const grown = sheetOf(15);
    const seen = await preview({ sheet: SHEET, rows: grown });
    expect(seen.json.counts).toMatchObject({ accepted: 15, new: 3, alreadyImported: 12 });
    const more = await commit({ sheet: SHEET, rows: grown });
    expect(more.json).toMatchObject({ added: 3, alreadyImported: 12 });
    expect(more.json.survey.responses).toBe(15);
    expect(more.json.survey.imports.map((i: any) => i.fileName)).toEqual([
      'Apklausa 2026 (Google Sheets)',
      null,
    ]);
  });

  it('records the rows’ SHA-256 on the import and audits it: who, when, what', async () => {
    const audit = await call('GET /v1/audit', { ...director, query: { limit: '200' } });
    const imports = audit.json.items.filter(
      (e: any) => e.entity.type === 'surveyImport' && e.after.surveyId === surveyId,
    );
    expect(imports).toHaveLength(2);
    const byAdded = Object.fromEntries(imports.map((e: any) => [e.after.added, e]));
    const hash = (rows: Cell[][]) =>
      createHash('sha256').update(JSON.stringify(rows)).digest('hex');
    expect(byAdded[12]).toMatchObject({
      action: 'create',
      actor: { userId: 'direktore@org-a' },
      after: { sheet: SHEET, sha256: hash(sheetOf(12)), fileName: 'Apklausa 2026 (Google Sheets)' },
    });
    expect(byAdded[3].after.sha256).toBe(hash(sheetOf(15)));
    expect(byAdded[3].after.sha256).not.toBe(byAdded[12].after.sha256);
  });

  it('lets only survey managers of the organisation import rows', async () => {
    const rows = sheetOf(20);
    const refused = await commit({ sheet: SHEET, rows }, staff);
    expect(refused.status).toBe(403);
    const other = await commit(
      { sheet: SHEET, rows },
      { roles: ['director'], org: 'org-b', user: 'direktorius@org-b' },
    );
    expect(other.status).toBe(404);
    expect((await stored()).responses).toBe(15);
  });

  it('gives a Google Forms sheet sent as JSON the identities of its xlsx export: no double count', async () => {
    surveyId = await newSurvey('Google Forms: lapas ir failas');
    const file = await readFile(path.join(FIXTURES, 'google-forms-openpyxl.xlsx'));
    const { sheet, rows } = await valuesOfXlsx(file);
    const stamps = rows.slice(1).map((r) => r[0]);
    expect(
      stamps.every((s) => typeof s === 'string' && /^\d{4}-\d\d-\d\d \d\d:\d\d:\d\d$/.test(s)),
    ).toBe(true);

    const fromRows = await commit({ sheet, source: 'Form Responses', rows });
    expect(fromRows.status).toBe(201);
    expect(fromRows.json).toMatchObject({ added: 20, alreadyImported: 0 });
    const fromFile = await call('POST /v1/cycles/{year}/surveys/{surveyId}/imports', {
      ...director,
      params: params(),
      file,
    });
    expect(fromFile.status).toBe(201);
    expect(fromFile.json).toMatchObject({ added: 0, alreadyImported: 20 });

    // The same timestamps moved by a second are other responses: identities do hang on them.
    const shifted = rows.map((r, i) =>
      i === 0
        ? r
        : [
            String(r[0]).replace(/:(\d\d)$/, (_, s: string) => `:${pad((Number(s) + 1) % 60)}`),
            ...r.slice(1),
          ],
    );
    const moved = await preview({ sheet, rows: shifted });
    expect(moved.json.counts).toMatchObject({ accepted: 20, new: 20, alreadyImported: 0 });
  });

  it('refuses a body beyond its limits, naming the field and the limit, storing nothing', async () => {
    const before = (await stored()).responses;
    const tooMany = await commit({ sheet: SHEET, rows: Array.from({ length: 100_001 }, () => []) });
    expect(tooMany.status).toBe(400);
    expect(tooMany.json.errors).toEqual([
      expect.objectContaining({
        field: 'rows',
        in: 'body',
        message: expect.stringContaining('100000'),
      }),
    ]);
    expect(tooMany.json.errors[0].message).toContain('.xlsx');

    const wide = sheetOf(3, (r) => {
      r[3] = Array.from({ length: 201 }, (_, i) => `x${i}`);
    });
    const tooWide = await preview({ sheet: SHEET, rows: wide }, { lang: 'en' });
    expect(tooWide.status).toBe(400);
    expect(tooWide.json.errors).toEqual([
      expect.objectContaining({
        field: 'rows.3',
        message: 'Row 4 has too many columns: 201; at most 200.',
      }),
    ]);

    const long = sheetOf(3, (r) => {
      r[4]![4] = 'a'.repeat(10_001);
    });
    const tooLong = await commit({ sheet: SHEET, rows: long });
    expect(tooLong.status).toBe(400);
    expect(tooLong.json.errors).toEqual([
      expect.objectContaining({
        field: 'rows.4.4',
        message: 'Langelio E5 tekstas per ilgas: 10001 ženklų; leidžiama ne daugiau kaip 10000.',
      }),
    ]);

    const badSheet = await commit({ sheet: '', rows: sheetOf(3) });
    expect(badSheet.status).toBe(400);
    expect(badSheet.json.errors[0].field).toBe('sheet');
    const badCell = await commit({ sheet: SHEET, rows: [[{ formula: '=1' }]] });
    expect(badCell.status).toBe(400);
    expect(badCell.json.errors[0].field).toBe('rows.0.0');
    expect((await stored()).responses).toBe(before);
  });

  it('refuses rows that hold no survey, in the user’s language', async () => {
    const empty = await preview({ sheet: SHEET, rows: [[null, ''], []] });
    expect(empty.status).toBe(400);
    expect(empty.json.errors[0].message).toBe(
      `Lapas „${SHEET}“ tuščias: jame nėra nė vienos reikšmės.`,
    );
    const noAnswers = await preview({ sheet: SHEET, rows: [HEADERS] }, { lang: 'en' });
    expect(noAnswers.status).toBe(400);
    expect(noAnswers.json.errors[0]).toMatchObject({ field: 'rows', in: 'body' });
    expect(noAnswers.json.errors[0].message).toContain(`"${SHEET}"`);
  });
});
