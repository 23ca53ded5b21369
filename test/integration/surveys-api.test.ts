/* eslint-disable @typescript-eslint/no-explicit-any -- JSON bodies of many shapes */
import * as XLSX from 'xlsx';
import { createTestApi, type CallOptions } from '../support/api';
import { createTestTable, type TestTable } from '../support/table';

/**
 * The survey API on DynamoDB Local with exports written by SheetJS (not our writer): preview
 * stores nothing, commit is idempotent by row identity, a grown export adds only its new rows,
 * analysis and comparison read from the store, tenancy, roles, audit, and bad files.
 */

const SATISFACTION = [
  'Labai nepatenkintas',
  'Nepatenkintas',
  'Nei patenkintas, nei nepatenkintas',
  'Patenkintas',
  'Labai patenkintas',
];
const AGREEMENT = [
  'Visiškai nesutinku',
  'Nesutinku',
  'Nei sutinku, nei nesutinku',
  'Sutinku',
  'Visiškai sutinku',
];
const HEADERS = [
  'Laiko žyma',
  'Padalinys',
  'Ar esate patenkinti gaunamomis paslaugomis?',
  'Darbuotojai mane išklauso',
  'Ar rekomenduotumėte mūsų centrą draugui? (0–10)',
  'Komentarai',
];

interface Response {
  unit: string;
  satisfaction: number;
  agreement: number;
  nps: number;
  comment?: string;
}

// 2026: 12 responses, then 3 more in the grown export. Hand-computed figures in the tests.
const DC = 'Dienos centras';
const GN = 'Globos namai';
const R2026: Response[] = [
  { unit: DC, satisfaction: 5, agreement: 4, nps: 10, comment: 'Ačiū už pagalbą' },
  { unit: DC, satisfaction: 4, agreement: 4, nps: 9 },
  { unit: DC, satisfaction: 4, agreement: 5, nps: 8 },
  { unit: GN, satisfaction: 5, agreement: 3, nps: 10 },
  { unit: DC, satisfaction: 3, agreement: 4, nps: 6, comment: '=SUM(1,2)' },
  { unit: DC, satisfaction: 4, agreement: 5, nps: 9 },
  { unit: GN, satisfaction: 5, agreement: 5, nps: 10 },
  { unit: DC, satisfaction: 2, agreement: 2, nps: 3 },
  { unit: DC, satisfaction: 4, agreement: 4, nps: 7 },
  { unit: GN, satisfaction: 5, agreement: 4, nps: 9 },
  { unit: DC, satisfaction: 4, agreement: 3, nps: 10 },
  { unit: DC, satisfaction: 1, agreement: 5, nps: 0 },
];
const GROWN: Response[] = [
  { unit: DC, satisfaction: 5, agreement: 4, nps: 10 },
  { unit: GN, satisfaction: 5, agreement: 5, nps: 9 },
  { unit: DC, satisfaction: 3, agreement: 3, nps: 8 },
];
const R2025: Response[] = [3, 3, 4, 2, 3, 4, 3, 2, 3, 4].map((s, i) => ({
  unit: i % 2 ? GN : DC,
  satisfaction: s,
  agreement: 4,
  nps: 8,
}));

const at = (i: number, year: number) => new Date(Date.UTC(year, 2, 1 + i, 9, 30, i));

/** A Google Forms-like response sheet written by SheetJS. */
const exportOf = (responses: Response[], year = 2026, edit?: (rows: unknown[][]) => void) => {
  const rows: unknown[][] = [
    HEADERS,
    ...responses.map((r, i) => [
      at(i, year),
      r.unit,
      SATISFACTION[r.satisfaction - 1],
      AGREEMENT[r.agreement - 1],
      r.nps,
      r.comment ?? null,
    ]),
  ];
  edit?.(rows);
  const wb = XLSX.utils.book_new();
  XLSX.utils.book_append_sheet(
    wb,
    XLSX.utils.aoa_to_sheet(rows, { cellDates: true }),
    'Formos atsakymai 1',
  );
  return XLSX.write(wb, { type: 'buffer', bookType: 'xlsx' }) as Buffer;
};

const director: CallOptions = { roles: ['director'], user: 'direktore@org-a' };
const staff: CallOptions = { roles: ['staff'], user: 'ona@org-a' };
const otherHead: CallOptions = { roles: ['unitHead'], user: 'jonas@org-a' };
const year = { year: '2026' };

const SURVEY = {
  title: 'Paslaugų gavėjų pasitenkinimo apklausa 2026',
  instrument: 'Paslaugų gavėjų pasitenkinimo klausimynas',
  audience: 'recipients',
  period: { from: '2026-03-01', to: '2026-03-31' },
  population: 40,
};

describe('the survey API', () => {
  let table: TestTable;
  let call: ReturnType<typeof createTestApi>;
  let surveyId = '';
  let version = 0;
  const survey = () => ({ ...year, surveyId });
  const get = async () =>
    (await call('GET /v1/cycles/{year}/surveys/{surveyId}', { ...director, params: survey() }))
      .json;
  const upload = (step: 'preview' | 'commit', file: Buffer, extra: CallOptions = {}) =>
    call(
      step === 'preview'
        ? 'POST /v1/cycles/{year}/surveys/{surveyId}/imports/preview'
        : 'POST /v1/cycles/{year}/surveys/{surveyId}/imports',
      { ...director, params: survey(), file, ...extra },
    );
  const analysis = async () =>
    (
      await call('GET /v1/cycles/{year}/surveys/{surveyId}/analysis', {
        ...staff,
        params: survey(),
      })
    ).json.analysis;
  const question = (a: any, header: string) => a.questions.find((q: any) => q.header === header);

  beforeAll(async () => {
    table = await createTestTable('2026-04-10T09:00:00Z');
    call = createTestApi(table);
    for (const [unitId, name] of [
      ['dienos-centras', DC],
      ['globos-namai', GN],
    ])
      await call('PUT /v1/org/units/{unitId}', {
        params: { unitId: unitId! },
        body: { version: 0, name },
      });
    await call('PUT /v1/org/members/{userId}', {
      params: { userId: 'jonas@org-a' },
      body: { version: 0, name: 'Jonas Jonaitis', unitIds: ['globos-namai'] },
    });
    for (const y of ['2025', '2026'])
      await call('PUT /v1/cycles/{year}', {
        params: { year: y },
        body: { version: 0, budgetApprovedOn: `${y}-02-10` },
      });
  });
  afterAll(() => table.drop());

  it('lets management describe a survey; staff and another unit’s head may not', async () => {
    const refused = await call('POST /v1/cycles/{year}/surveys', {
      ...staff,
      params: year,
      body: SURVEY,
    });
    expect(refused.status).toBe(403);
    const notTheirs = await call('POST /v1/cycles/{year}/surveys', {
      ...otherHead,
      params: year,
      body: { ...SURVEY, unitId: 'dienos-centras' },
    });
    expect(notTheirs.status).toBe(403);
    const bad = await call('POST /v1/cycles/{year}/surveys', {
      ...director,
      params: year,
      body: { ...SURVEY, period: { from: '2026-03-31', to: '2026-03-01' } },
    });
    expect(bad.status).toBe(400);
    expect(bad.json.errors[0]).toMatchObject({ field: 'period.to', in: 'body' });

    const created = await call('POST /v1/cycles/{year}/surveys', {
      ...director,
      params: year,
      body: SURVEY,
    });
    expect(created.status).toBe(201);
    expect(created.json).toMatchObject({ responses: 0, population: 40, questions: [] });
    surveyId = created.json.id;
    version = created.json.version;
  });

  it('previews an export without storing anything, naming rejected cells by A1 address', async () => {
    const file = exportOf(R2026, 2026, (rows) => {
      rows[4]![2] = 'Nežinau, ką pasakyti, bet tiek to';
    });
    const res = await upload('preview', file);
    expect(res.status).toBe(200);
    expect(res.json.family).toBe('googleForms');
    expect(res.json.counts).toMatchObject({ accepted: 12, new: 12, alreadyImported: 0 });
    const kinds = Object.fromEntries(res.json.questions.map((q: any) => [q.header, q.kind]));
    expect(kinds).toEqual({
      'Laiko žyma': 'meta',
      Padalinys: 'single',
      'Ar esate patenkinti gaunamomis paslaugomis?': 'likert',
      'Darbuotojai mane išklauso': 'likert',
      'Ar rekomenduotumėte mūsų centrą draugui? (0–10)': 'scale0to10',
      Komentarai: 'text',
    });
    expect(res.json.rejected).toEqual([
      expect.objectContaining({
        cell: 'C5',
        row: 5,
        header: 'Ar esate patenkinti gaunamomis paslaugomis?',
        value: 'Nežinau, ką pasakyti, bet tiek to',
        message: 'Atsakymas neatitinka skalės žymų.',
      }),
    ]);
    const en = await upload('preview', file, { lang: 'en' });
    expect(en.json.rejected[0].message).toBe("The answer does not match the scale's labels.");
    expect((await get()).responses).toBe(0);
    expect((await analysis()).responses).toBe(0);
  });

  it('refuses files that are not survey exports, in the user’s language, storing nothing', async () => {
    const good = exportOf(R2026);
    const cases: [string, Buffer, string, string][] = [
      [
        'not an xlsx',
        Buffer.from('Laiko žyma;Padalinys\n2026-03-01;Dienos centras\n'),
        'Failas nėra „Excel“ darbaknygė',
        'The file is not an Excel workbook',
      ],
      [
        'truncated',
        good.subarray(0, Math.floor(good.length / 2)),
        'Failas sugadintas',
        'The file is damaged',
      ],
    ];
    for (const [, file, lt, en] of cases) {
      const res = await upload('commit', file);
      expect(res.status).toBe(400);
      expect(res.json.errors[0]).toMatchObject({ in: 'body' });
      expect(res.json.errors[0].message).toContain(lt);
      const english = await upload('preview', file, { lang: 'en' });
      expect(english.json.errors[0].message).toContain(en);
    }
    const noSheet = await upload('preview', good, { query: { sheet: 'Nėra tokio' } });
    expect(noSheet.status).toBe(400);
    expect(noSheet.json.errors[0].message).toContain('„Nėra tokio“');
    expect((await get()).responses).toBe(0);
  });

  it('commits once: the same export again adds nothing, a grown one adds only its new rows', async () => {
    const first = await upload('commit', exportOf(R2026), {
      query: { fileName: 'atsakymai.xlsx' },
    });
    expect(first.status).toBe(201);
    expect(first.json).toMatchObject({ added: 12, alreadyImported: 0 });
    expect(first.json.survey.responses).toBe(12);

    const again = await upload('commit', exportOf(R2026));
    expect(again.json).toMatchObject({ added: 0, alreadyImported: 12, importId: null });
    expect(again.json.message).toBe(
      'Naujų atsakymų nėra: visi 12 atsakymai jau importuoti anksčiau.',
    );

    const preview = await upload('preview', exportOf([...R2026, ...GROWN]));
    expect(preview.json.counts).toMatchObject({ accepted: 15, alreadyImported: 12, new: 3 });
    const grown = await upload('commit', exportOf([...R2026, ...GROWN]));
    expect(grown.json).toMatchObject({ added: 3, alreadyImported: 12 });
    const stored = await get();
    expect(stored.responses).toBe(15);
    expect(stored.responseRate).toBeCloseTo(15 / 40, 12);
    expect(stored.imports).toHaveLength(2);
    expect(stored.imports[0]).toMatchObject({ fileName: 'atsakymai.xlsx', added: 12 });
    version = stored.version;
  });

  it('analyses the stored responses: n, distribution, mean, median, top-2-box, NPS', async () => {
    const a = await analysis();
    expect(a.responses).toBe(15);
    expect(a.responseRate).toBeCloseTo(15 / 40, 12);
    // 5,4,4,5,3,4,5,2,4,5,4,1 + 5,5,3: sum 59; 4s and 5s: 11 of 15; sorted, the 8th is 4.
    const s = question(a, 'Ar esate patenkinti gaunamomis paslaugomis?').overall;
    expect(s.n).toBe(15);
    expect(s.mean.mean).toBeCloseTo(59 / 15, 12);
    expect(s.median).toBe(4);
    expect(s.topTwoBox.share).toBeCloseTo(11 / 15, 12);
    expect(s.distribution.points.map((p: any) => p.count)).toEqual([1, 1, 2, 5, 6]);
    // 0–10: 10,9,8,10,6,9,10,3,7,9,10,0 + 10,9,8 → promoters 9, detractors 3 of 15.
    const nps = question(a, 'Ar rekomenduotumėte mūsų centrą draugui? (0–10)').overall;
    expect(nps.nps.score).toBeCloseTo((9 - 3) / 15, 12);
    // Two comments: fewer than ten free-text answers are never listed.
    expect(question(a, 'Komentarai').overall).toMatchObject({ suppressed: true });
  });

  it('takes the mapping: a domain tag and the unit column; units under five are suppressed', async () => {
    const mapped = await call('PUT /v1/cycles/{year}/surveys/{surveyId}/mapping', {
      ...director,
      params: survey(),
      body: {
        version,
        mapping: [
          { header: 'Ar esate patenkinti gaunamomis paslaugomis?', domain: 'satisfaction' },
          { header: 'Padalinys', isUnitColumn: true },
        ],
      },
    });
    expect(mapped.status).toBe(200);
    version = mapped.json.version;
    const a = await analysis();
    const s = question(a, 'Ar esate patenkinti gaunamomis paslaugomis?');
    expect(s.domain).toBe('satisfaction');
    // Dienos centras 11 respondents, Globos namai 4: hidden, and Dienos centras with it, since
    // it and the total would give Globos namai away.
    expect(s.byUnit.map((u: any) => [u.unit, u.figures.suppressed, u.figures.reason])).toEqual([
      [DC, true, 'complementary'],
      [GN, true, 'belowMinimumN'],
    ]);
    expect(s.overall.n).toBe(15);
    expect(a.domains.map((d: any) => d.domain)).toEqual(['satisfaction']);
  });

  it('compares with last year’s survey: change in mean and a Mann–Whitney p', async () => {
    const last = await call('POST /v1/cycles/{year}/surveys', {
      ...director,
      params: { year: '2025' },
      body: { ...SURVEY, title: 'Apklausa 2025', period: { from: '2025-03-01', to: '2025-03-31' } },
    });
    const committed = await call('POST /v1/cycles/{year}/surveys/{surveyId}/imports', {
      ...director,
      params: { year: '2025', surveyId: last.json.id },
      file: exportOf(R2025, 2025),
    });
    expect(committed.json.added).toBe(10);
    const res = await call('GET /v1/cycles/{year}/surveys/{surveyId}/comparison', {
      ...staff,
      params: survey(),
      query: { withYear: '2025', withSurvey: last.json.id },
    });
    expect(res.status).toBe(200);
    const q = res.json.comparison.questions.find(
      (x: any) => x.header === 'Ar esate patenkinti gaunamomis paslaugomis?',
    );
    // 59/15 − 31/10; U, ties and continuity by hand (python, math.erfc): p = 0.0334274764.
    expect(q.change.deltaMean).toBeCloseTo(59 / 15 - 31 / 10, 12);
    expect(q.change.mannWhitney.p).toBeCloseTo(0.03342747648405354, 9);
    expect(q.change.significant).toBe(true);
    expect(q.change.direction).toBe('better');
    expect(res.json.note).toContain('Palyginta');

    const none = await call('GET /v1/cycles/{year}/surveys/{surveyId}/comparison', {
      ...staff,
      params: survey(),
    });
    expect(none.status).toBe(400);
  });

  it('keeps each organisation to its own surveys', async () => {
    const other: CallOptions = { roles: ['director'], org: 'org-b', user: 'direktorius@org-b' };
    const read = await call('GET /v1/cycles/{year}/surveys/{surveyId}', {
      ...other,
      params: survey(),
    });
    expect(read.status).toBe(404);
    const write = await call('POST /v1/cycles/{year}/surveys/{surveyId}/imports', {
      ...other,
      params: survey(),
      file: exportOf(R2026),
    });
    expect(write.status).toBe(404);
  });

  it('audits the survey and each import: who, when, before and after', async () => {
    const audit = await call('GET /v1/audit', {
      ...director,
      query: { entityType: 'survey', entityId: surveyId, cycle: '2026' },
    });
    expect(audit.status).toBe(200);
    const actions = audit.json.items.map((e: any) => e.action).sort();
    // Created, two imports, one mapping.
    expect(actions).toEqual(['create', 'update', 'update', 'update']);
    const all = await call('GET /v1/audit', { ...director, query: { limit: '200' } });
    const imports = all.json.items.filter(
      (e: any) => e.entity.type === 'surveyImport' && e.after.surveyId === surveyId,
    );
    expect(imports.map((e: any) => e.after.added).sort()).toEqual([12, 3]);
    expect(imports[0]).toMatchObject({ action: 'create', actor: { userId: 'direktore@org-a' } });
  });

  it('deletes a survey with responses only when asked to, and all its data with it', async () => {
    const refused = await call('DELETE /v1/cycles/{year}/surveys/{surveyId}', {
      ...director,
      params: survey(),
      query: { version: String(version) },
    });
    expect(refused.status).toBe(409);
    const deleted = await call('DELETE /v1/cycles/{year}/surveys/{surveyId}', {
      ...director,
      params: survey(),
      query: { version: String(version), withResponses: 'true' },
    });
    expect(deleted.status).toBe(200);
    const ctx = { actor: { userId: 't', orgId: 'org-a', roles: ['director' as const] } };
    const options = { cycle: 2026, idPrefix: `${surveyId}.` };
    expect(await table.deps.store.list(ctx, 'surveyChunk', options)).toEqual([]);
    expect(await table.deps.store.list(ctx, 'surveyIdentity', options)).toEqual([]);
  });
});
