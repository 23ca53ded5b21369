import * as XLSX from 'xlsx';
import {
  writeAnnualReportWorkbook,
  writeHalfYearReportWorkbook,
  writeRecipientsSummaryWorkbook,
} from '../../functions/adapters/excel/report-workbook';
import type { AnnualReportModel } from '../../functions/domain/reports/model';
import { t, type Locale } from '../../functions/i18n';
import { DEMO_ORG_ID, DEMO_UNITS, seedDemo } from '../../functions/local/seed';
import {
  aHalfYearReport,
  anAnnualReport,
  aRecipientsSummary,
  aSurveyRow,
  USER_FORMULA,
} from '../fixtures/report-workbook-models';
import { createTestApi, type CallOptions } from '../support/api';
import { createTestTable, type TestTable } from '../support/table';

/** Opened by SheetJS, never by exceljs (which wrote it): formulas and the package's files kept. */
const open = (bytes: Buffer) =>
  XLSX.read(bytes, { cellFormula: true, cellStyles: true, cellNF: true, bookFiles: true });
type Book = ReturnType<typeof open>;

const files = (book: Book): string[] =>
  (book as unknown as { keys: string[] }).keys.map((k) => k.replace(/^\//, ''));
const fileText = (book: Book, path: string): string => {
  const f = (book as unknown as { files: Record<string, { content?: Uint8Array }> }).files;
  const entry = f[path] ?? f[`/${path}`];
  return entry?.content ? Buffer.from(entry.content).toString('utf8') : '';
};
const sheetXml = (book: Book, name: string) =>
  fileText(book, `xl/worksheets/sheet${book.SheetNames.indexOf(name) + 1}.xml`);
const media = (book: Book) => files(book).filter((p) => /^xl\/media\/.+\.png$/.test(p));
/** Pictures on a sheet: the images its drawing links to. */
const imagesOn = (book: Book, sheet: string): number => {
  const n = book.SheetNames.indexOf(sheet) + 1;
  const drawing = /Target="\.\.\/drawings\/(drawing\d+\.xml)"/.exec(
    fileText(book, `xl/worksheets/_rels/sheet${n}.xml.rels`),
  )?.[1];
  if (!drawing) return 0;
  return (fileText(book, `xl/drawings/_rels/${drawing}.rels`).match(/relationships\/image"/g) ?? [])
    .length;
};

const sheetRows = (book: Book, name: string): unknown[][] => {
  const ws = book.Sheets[name];
  if (!ws) throw new Error(`no sheet ${name}; sheets: ${book.SheetNames.join(', ')}`);
  return XLSX.utils.sheet_to_json<unknown[]>(ws, { header: 1, defval: null, raw: true });
};

/** Every cell of a sheet whose shown text is `text`. */
const cellsWithText = (book: Book, sheet: string, text: string) => {
  const ws = book.Sheets[sheet]!;
  return Object.entries(ws)
    .filter(([addr]) => !addr.startsWith('!'))
    .map(([addr, cell]) => ({ addr, cell: cell as XLSX.CellObject }))
    .filter(({ cell }) => cell.v === text);
};

/** The row (as values) whose first cell is `label`, in the table under `header` if given. */
const rowOf = (rows: unknown[][], label: string): unknown[] => {
  const row = rows.find((r) => r[0] === label);
  if (!row) throw new Error(`no row "${label}"`);
  return row;
};

const SECTION_SHEETS = [
  'contents',
  'keyFigures',
  'indicators',
  'planExecution',
  'planItems',
  'training',
  'projects',
  'surveys',
  'surveyQuestions',
  'surveyCharts',
  'feedback',
  'improvementActions',
  'benchmark',
  'strengths',
  'weaknesses',
  'definitions',
] as const;
const sheetName = (locale: Locale, key: (typeof SECTION_SHEETS)[number]) =>
  t(locale, `reportWorkbook.sheet.${key}`);

describe('the annual report workbook, from a fixture model', () => {
  let model: AnnualReportModel;
  let book: Book;
  let charts: number;

  beforeAll(async () => {
    model = anAnnualReport();
    const written = await writeAnnualReportWorkbook(model, {
      locale: 'lt',
      history: [
        {
          version: 1,
          state: 'submitted',
          by: 'pavaduotoja@demo',
          on: '2026-04-10',
          at: '2026-04-10T08:00:00Z',
          comment: '=1+1 pataisyti skaičius',
          meetingOn: null,
        },
      ],
    });
    charts = written.charts;
    book = open(written.bytes);
  });

  it('has a sheet for every section, in order, and a contents sheet linking to each', () => {
    expect(book.SheetNames).toEqual(SECTION_SHEETS.map((k) => sheetName('lt', k)));
    const contents = book.Sheets[sheetName('lt', 'contents')]!;
    const targets = Object.entries(contents)
      .filter(([addr]) => !addr.startsWith('!'))
      .flatMap(([, c]) => ((c as XLSX.CellObject).l ? [(c as XLSX.CellObject).l!.Target] : []));
    expect(targets).toEqual(SECTION_SHEETS.slice(1).map((k) => `#'${sheetName('lt', k)}'!A1`));
    // Every section links back to the contents.
    const back = book.Sheets[sheetName('lt', 'planExecution')]!.A3 as XLSX.CellObject;
    expect(back.l?.Target).toBe(`#'${sheetName('lt', 'contents')}'!A1`);
  });

  it('writes plan execution by unit as numbers, shares as percents with one decimal', () => {
    const ws = book.Sheets[sheetName('lt', 'planExecution')]!;
    const rows = sheetRows(book, sheetName('lt', 'planExecution'));
    for (const unit of model.planExecution.byUnit) {
      const row = rowOf(rows, unit.unitName);
      expect(row.slice(1, 9)).toEqual([
        unit.items,
        unit.done,
        unit.partlyDone,
        unit.notDone,
        unit.open,
        unit.overdue,
        unit.cancelled,
        unit.donePercent! / 100,
      ]);
    }
    const total = rowOf(rows, t('lt', 'reports.scope.overall'));
    expect(total[1]).toBe(model.planExecution.totals.items);
    const percentCell = Object.values(ws).find(
      (c) => typeof c === 'object' && c !== null && (c as XLSX.CellObject).v === 0.8,
    ) as XLSX.CellObject;
    expect(percentCell.z).toBe('0.0%');
    expect(sheetXml(book, sheetName('lt', 'planExecution'))).toMatch(/state="frozen"/);
  });

  it('writes user text starting with =, + , - or @ as text cells, never formulas', () => {
    const found = [
      ...cellsWithText(book, sheetName('lt', 'planItems'), USER_FORMULA),
      ...cellsWithText(book, sheetName('lt', 'contents'), '=1+1 pataisyti skaičius'),
      ...cellsWithText(book, sheetName('lt', 'feedback'), '@SUM(A1) meniu su gyventojais'),
      ...cellsWithText(
        book,
        sheetName('lt', 'improvementActions'),
        '-Sutrumpinti skundų nagrinėjimą',
      ),
    ];
    expect(found).toHaveLength(4);
    for (const { cell } of found) {
      expect(cell.t).toBe('s');
      expect(cell.f).toBeUndefined();
    }
    for (const sheet of book.SheetNames)
      expect([sheet, sheetXml(book, sheet)]).not.toEqual([sheet, expect.stringContaining('<f>')]);
  });

  it('shows suppressed groups as words, never numbers', () => {
    const rows = sheetRows(book, sheetName('lt', 'surveys'));
    const suppressed = t('lt', 'reports.suppressed', { minimumN: 5 });
    const hidden = rows.filter((r) => r[2] === 'Globos centras');
    expect(hidden).toHaveLength(1);
    expect(hidden[0]!.slice(3)).toEqual([suppressed, ...Array(hidden[0]!.length - 4).fill(null)]);
    const shown = rows.find((r) => r[2] === 'Dienos centras')!;
    expect(shown.slice(3, 7)).toEqual([30, null, 0.9, 80.1]);
    const question = sheetRows(book, sheetName('lt', 'surveyQuestions')).find((r) =>
      String(r[1]).endsWith('(3)'),
    )!;
    expect(question[4]).toBe(suppressed);
    expect(question.slice(5).every((v) => v === null)).toBe(true);
  });

  it('draws charts as pictures: execution, trends, and each shown question only', () => {
    const shownQuestions = model.surveys.surveys[0]!.questions.filter(
      (q) => !('suppressed' in q.overall),
    ).length;
    expect(charts).toBe(1 + 2 + shownQuestions);
    expect(media(book)).toHaveLength(charts);
    const drawings = files(book).filter((p) => /^xl\/drawings\/drawing\d+\.xml$/.test(p));
    expect(drawings).toHaveLength(3);
  });

  it('colours changes by whether they are better and marks them with arrows', () => {
    const rows = sheetRows(book, sheetName('lt', 'indicators'));
    expect(rowOf(rows, 'R1')[9]).toBe('▲ Pagerėjo');
    expect(rowOf(rows, 'R2')[9]).toBe('▲ Pablogėjo');
    const r2 = cellsWithText(book, sheetName('lt', 'indicators'), '▲ Pablogėjo')[0]!.cell;
    expect((r2.s as { fgColor?: { rgb?: string } } | undefined)?.fgColor?.rgb).toBe('FBE3E0');
  });

  it('sets up printing, conditional formats and document properties', () => {
    const xml = sheetXml(book, sheetName('lt', 'planExecution'));
    expect(xml).toMatch(/<pageSetup[^>]*paperSize="9"/);
    expect(xml).toMatch(/fitToPage="1"/);
    expect(xml).toMatch(/<dataBar>/);
    expect(xml).toContain('Saulėtekio šeimos &amp;&amp; vaiko gerovės centras');
    expect(xml).toContain('&amp;P');
    expect(sheetXml(book, sheetName('lt', 'surveyQuestions'))).toMatch(/<colorScale>/);
    expect(book.Props?.Title).toBe('2025 m. metinė veiklos ataskaita');
    expect(book.Props?.Author).toBe('Ciklas');
    expect(book.Props?.Company).toBe(model.cover.organisation!.name);
  });

  it('speaks English on request', async () => {
    const written = await writeAnnualReportWorkbook(model, { locale: 'en', maxCharts: 0 });
    const en = open(written.bytes);
    expect(en.SheetNames).toEqual(SECTION_SHEETS.map((k) => sheetName('en', k)));
    expect(written.filename).toBe('Annual report 2025.xlsx');
    const rows = sheetRows(en, 'Key figures');
    expect(rowOf(rows, 'Figure')).toEqual(['Figure', '2025', '2024', 'Change', 'Assessment']);
    expect(rowOf(rows, 'Plan items done')[1]).toBe('71%');
    expect(media(en)).toHaveLength(0);
  });

  it('names each benchmark row’s figure and the peer group it is compared with', async () => {
    const row = {
      indicatorCode: 'planDonePercent',
      value: 75,
      organisations: 12,
      median: 70,
      lowerQuartile: 60,
      upperQuartile: 80,
      percentileRank: 58,
      position: 'middle' as const,
    };
    const written = await writeAnnualReportWorkbook(
      anAnnualReport({
        benchmark: {
          rows: [
            { ...row, peerGroup: 'all' },
            { ...row, peerGroup: 'orgType' },
            { ...row, peerGroup: 'municipality' },
          ],
        },
      }),
      { locale: 'lt', maxCharts: 0 },
    );
    const rows = sheetRows(open(written.bytes), sheetName('lt', 'benchmark'));
    const figure = t('lt', 'benchmark.figure.planDonePercent');
    expect(rows.filter((r) => r[0] === figure).map((r) => r.slice(1, 3))).toEqual([
      ['Visos dalyvaujančios įstaigos', 75],
      ['To paties tipo įstaigos: šeimos ir vaiko gerovės centrai', 75],
      ['Tos pačios savivaldybės įstaigos: Utenos rajono savivaldybė', 75],
    ]);
  });

  it('draws at most maxCharts charts and says where the rest are', async () => {
    const big = anAnnualReport({ surveys: { surveys: [aSurveyRow(0, 30)], alpha: 0.05 } });
    const written = await writeAnnualReportWorkbook(big, { locale: 'lt', maxCharts: 4 });
    expect(written.charts).toBe(4);
    const rows = sheetRows(open(written.bytes), sheetName('lt', 'surveyCharts'));
    // 29 shown questions, one charted (execution and two trends come first).
    expect(rows.flat()).toContain(
      t('lt', 'reportWorkbook.chart.omitted', {
        count: 28,
        sheet: sheetName('lt', 'surveyQuestions'),
      }),
    );
  });
});

describe('the half-year report and the recipients’ summary, from fixture models', () => {
  it('writes the half-year report with its items and a progress chart', async () => {
    const model = aHalfYearReport();
    const written = await writeHalfYearReportWorkbook(model, { locale: 'en' });
    const book = open(written.bytes);
    expect(book.SheetNames).toEqual(['Contents', 'Plan progress', 'Plan items', 'Training']);
    expect(media(book)).toHaveLength(1);
    const items = sheetRows(book, 'Plan items');
    const plus = cellsWithText(book, 'Plan items', '+370 skambučių')[0]!.cell;
    expect(plus.t).toBe('s');
    expect(items.filter((r) => r[0] === 'Dienos centras')).toHaveLength(2);
    expect(rowOf(sheetRows(book, 'Plan progress'), 'Whole organisation').slice(1, 6)).toEqual([
      3, 1, 1, 1, 1,
    ]);
  });

  it('writes the summary on one large-type page without numbers for hidden groups', async () => {
    const written = await writeRecipientsSummaryWorkbook(aRecipientsSummary(), { locale: 'lt' });
    const book = open(written.bytes);
    expect(book.SheetNames).toEqual(['Atmintinė']);
    const lines = sheetRows(book, 'Atmintinė')
      .flat()
      .filter((v): v is string => typeof v === 'string');
    expect(lines).toContain(
      'Paslaugų gavėjų apklausa: patenkinti 86 % atsakiusiųjų. Tai daugiau nei pernai (75 %).',
    );
    expect(lines).toContain(
      t('lt', 'reportWorkbook.summary.suppressed', { title: 'Šeimų apklausa' }),
    );
    expect(lines).toContain('✔ =Naujas meniu kartu su gyventojais – padaryta.');
    const ws = book.Sheets['Atmintinė']!;
    for (const cell of Object.values(ws).filter((c) => typeof c === 'object' && c && 'v' in c))
      expect((cell as XLSX.CellObject).f).toBeUndefined();
    const xml = fileText(book, 'xl/worksheets/sheet1.xml');
    expect(xml).toMatch(/fitToHeight="1"/);
    const styles = fileText(book, 'xl/styles.xml');
    const sizes = [...styles.matchAll(/<sz val="(\d+)"/g)].map((m) => Number(m[1]));
    expect(Math.min(...sizes.filter((s) => s !== 11))).toBeGreaterThanOrEqual(14);
  });
});

describe('report downloads from the API, on the seeded demo organisation', () => {
  let table: TestTable;
  let api: ReturnType<typeof createTestApi>;
  const director: CallOptions = { org: DEMO_ORG_ID, roles: ['director'], user: 'direktorius@demo' };
  const deputy: CallOptions = { org: DEMO_ORG_ID, roles: ['deputy'], user: 'pavaduotoja@demo' };

  beforeAll(async () => {
    table = await createTestTable('2026-05-12T09:00:00Z');
    api = createTestApi(table);
    await seedDemo(table.deps);
  });
  afterAll(async () => {
    await table.drop();
  });

  it('downloads last year’s annual report with the model’s figures, sheets and charts', async () => {
    const params = { year: '2025' };
    const res = await api('GET /v1/reports/{year}/annual.xlsx', { ...director, params });
    expect(res.status).toBe(200);
    expect(res.headers['content-type']).toBe(
      'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    );
    expect(res.headers['content-disposition']).toContain(
      `filename*=UTF-8''${encodeURIComponent('Metinė ataskaita 2025.xlsx')}`,
    );
    const json = await api('GET /v1/reports/{year}/annual', {
      ...director,
      params,
      query: { version: 'live' },
    });
    expect(json.status).toBe(200);
    const model = json.json.model as AnnualReportModel;
    const book = open(res.bytes!);
    expect(book.SheetNames).toEqual(SECTION_SHEETS.map((k) => sheetName('lt', k)));
    const plan = sheetRows(book, sheetName('lt', 'planExecution'));
    expect(model.planExecution.byUnit.length).toBeGreaterThan(0);
    for (const unit of model.planExecution.byUnit) {
      const row = rowOf(plan, unit.unitName);
      expect([unit.unitName, row[1], row[2]]).toEqual([unit.unitName, unit.items, unit.done]);
    }
    const surveys = sheetRows(book, sheetName('lt', 'surveys'));
    expect(model.surveys.surveys.length).toBeGreaterThan(0);
    for (const s of model.surveys.surveys) expect(rowOf(surveys, s.title)[5]).toBe(s.responses);
    expect(media(book).length).toBeGreaterThanOrEqual(2);
    const contents = sheetRows(book, sheetName('lt', 'contents'));
    expect(contents.flat()).toContain('Saulėtekio šeimos ir vaiko gerovės centras');
  });

  it('gives the demo’s report last year’s figures beside this year’s, and trend charts', async () => {
    const params = { year: '2025' };
    const res = await api('GET /v1/reports/{year}/annual.xlsx', { ...director, params });
    const book = open(res.bytes!);
    const contents = sheetRows(book, sheetName('lt', 'contents')).flat();
    expect(contents).toContain(t('lt', 'reports.state.presented'));
    const key = sheetRows(book, sheetName('lt', 'keyFigures'));
    const header = rowOf(key, t('lt', 'reportWorkbook.col.figure'));
    expect(header.slice(1, 3)).toEqual(['2025 m.', '2024 m.']);
    const figures = key.slice(key.indexOf(header) + 1).filter((r) => r[0] !== null);
    expect(figures.length).toBeGreaterThan(10);
    // Last year's column: filled for all but the actions (the demo has no cycle before it).
    const empty = figures.filter((r) => r[2] === null || r[2] === '').map((r) => r[0]);
    expect(empty).toEqual([
      t('lt', 'reports.figure.actionsDonePercent'),
      t('lt', 'reports.figure.actionsOverdue'),
    ]);
    const indicators = sheetRows(book, sheetName('lt', 'indicators'));
    for (const code of ['R1', 'R2', 'R3', 'R4']) {
      const row = rowOf(indicators, code);
      expect([code, row[6] !== null, row[9]]).toEqual([code, true, expect.stringMatching(/^▲|▼/)]);
    }
    // A trend chart per indicator, drawn on the indicators sheet.
    expect(imagesOn(book, sheetName('lt', 'indicators'))).toBe(4);
    // Answer options as the survey worded them.
    const questions = sheetRows(book, sheetName('lt', 'surveyQuestions'));
    expect(questions.flat()).toContain('1 – Visiškai nesutinku … 5 – Visiškai sutinku');
  });

  it('keeps a comment starting with = as text on the cover, and writes English on ?lang=en', async () => {
    const params = { year: '2025' };
    // The demo's report is approved and presented: a correction is a new version to submit.
    const presented = await api('GET /v1/reports/{year}/annual/workflow', { ...deputy, params });
    expect(presented.json.state).toBe('presented');
    const opened = await api('POST /v1/reports/{year}/annual/versions', {
      ...deputy,
      params,
      body: { version: presented.json.version, reason: 'Patikslinti skundų skaičių' },
    });
    expect(opened.status).toBe(200);
    const submitted = await api('POST /v1/reports/{year}/annual/submit', {
      ...deputy,
      params,
      body: { version: opened.json.version, comment: '=SUM(1;2) patikrinti skundus' },
    });
    expect(submitted.status).toBe(200);
    const res = await api('GET /v1/reports/{year}/annual.xlsx', {
      ...director,
      params,
      query: { lang: 'en' },
    });
    expect(res.status).toBe(200);
    expect(res.headers['content-disposition']).toContain(
      "filename*=UTF-8''Annual%20report%202025.xlsx",
    );
    const book = open(res.bytes!);
    expect(book.SheetNames[0]).toBe('Contents');
    const [comment] = cellsWithText(book, 'Contents', '=SUM(1;2) patikrinti skundus');
    expect(comment?.cell.t).toBe('s');
    expect(comment?.cell.f).toBeUndefined();
    expect(sheetRows(book, 'Contents').flat()).toContain('Submitted to the director');
  });

  it('downloads a unit’s half-year report and the summary, which staff may read too', async () => {
    const unit = DEMO_UNITS[0]!;
    const half = await api('GET /v1/reports/{year}/half-year.xlsx', {
      ...director,
      params: { year: '2026' },
      query: { unitId: unit.id },
    });
    expect(half.status).toBe(200);
    const book = open(half.bytes!);
    expect(sheetRows(book, sheetName('lt', 'contents')).flat()).toContain(unit.name);
    const summary = await api('GET /v1/reports/{year}/summary.xlsx', {
      org: DEMO_ORG_ID,
      roles: ['staff'],
      user: 'ona@demo',
      params: { year: '2025' },
    });
    expect(summary.status).toBe(200);
    expect(open(summary.bytes!).SheetNames).toEqual(['Atmintinė']);
  });

  it('refuses staff the management reports, and a bad version or language', async () => {
    const staff = { org: DEMO_ORG_ID, roles: ['staff' as const], user: 'ona@demo' };
    const params = { year: '2025' };
    expect((await api('GET /v1/reports/{year}/annual.xlsx', { ...staff, params })).status).toBe(
      403,
    );
    expect((await api('GET /v1/reports/{year}/half-year.xlsx', { ...staff, params })).status).toBe(
      403,
    );
    const bad = await api('GET /v1/reports/{year}/annual.xlsx', {
      ...director,
      params,
      query: { version: 'x', lang: 'de' },
    });
    expect(bad.status).toBe(400);
    expect(bad.json.errors.map((e: { field: string }) => e.field).sort()).toEqual([
      'lang',
      'version',
    ]);
    const missing = await api('GET /v1/reports/{year}/annual.xlsx', {
      ...director,
      params,
      query: { version: '7' },
    });
    expect(missing.status).toBe(404);
  });
});
