/* eslint-disable @typescript-eslint/no-explicit-any -- JSON bodies of many shapes */
import { QueryCommand } from '@aws-sdk/lib-dynamodb';
import { createDocumentClient } from '../../functions/adapters/dynamodb/client';
import {
  DynamoLinkedSheetIndex,
  LINKED_SHEETS_PARTITION,
} from '../../functions/adapters/dynamodb/linked-sheets-index';
import { GoogleSheetsGateway } from '../../functions/adapters/google-sheets/sheets-gateway';
import type { LinkRunReport } from '../../functions/domain/linked-sheets';
import type { Deps, Store } from '../../functions/domain/ports';
import { runSync } from '../../functions/handlers/linked-sheets-sync';
import { createLogger } from '../../functions/shared/logger';
import { createTestApi, type CallOptions } from '../support/api';
import {
  startFakeGoogleSheets,
  type FakeCell,
  type FakeGoogleSheets,
} from '../support/fake-google-sheets';
import { createTestTable, type TestTable } from '../support/table';

/**
 * Linked Google Sheets on DynamoDB Local, with `@googleapis/sheets` pointed at a local Sheets API
 * v4 stand-in: linking through the API, the nightly run's commits, flags and faults, the results
 * block written back, and tenancy.
 */

const SATISFACTION = [
  'Labai nepatenkintas',
  'Nepatenkintas',
  'Nei patenkintas, nei nepatenkintas',
  'Patenkintas',
  'Labai patenkintas',
];
const Q_SATISFIED = 'Ar esate patenkinti gaunamomis paslaugomis?';
const Q_FORMULA = '=SUM(A1:A9) ar jaučiatės saugiai?';
const HEADERS = ['Laiko žyma', 'Padalinys', Q_SATISFIED, Q_FORMULA, 'Komentarai'];
const RESPONSES = 'Formos atsakymai 1';
const RESULTS = 'Rezultatai';
const SHEET_A = '1AaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaA';
const SHEET_B = '1BbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbB';

/** Response i as an en_US spreadsheet gives it: `M/d/yyyy H:mm:ss` timestamps. */
const response = (i: number): FakeCell[] => [
  `3/${1 + (i % 28)}/2026 ${8 + (i % 10)}:${String(i % 60).padStart(2, '0')}:${String((i * 7) % 60).padStart(2, '0')}`,
  i % 3 === 0 ? 'Globos namai' : 'Dienos centras',
  SATISFACTION[(i * 3) % 5]!,
  SATISFACTION[(i * 2) % 5]!,
  i % 4 === 0 ? `Komentaras ${i}` : null,
];
/** The same response as wall-clock text (the add-on's JSON rows). */
const wallClockResponse = (i: number): FakeCell[] => {
  const [stamp, ...rest] = response(i);
  const [date = '', time = ''] = String(stamp).split(' ');
  const [m = '', d = ''] = date.split('/');
  const [h = '', mi = '', s = ''] = time.split(':');
  return [
    `2026-${m.padStart(2, '0')}-${d.padStart(2, '0')} ${h.padStart(2, '0')}:${mi}:${s}`,
    ...rest,
  ];
};
const sheetOf = (count: number, from = 0): FakeCell[][] => [
  HEADERS,
  ...Array.from({ length: count }, (_, i) => response(from + i)),
];

const director: CallOptions = { roles: ['director'], user: 'direktore@org-a' };
const year = { year: '2026' };
const SURVEY = {
  title: 'Paslaugų gavėjų apklausa 2026',
  instrument: 'Paslaugų gavėjų pasitenkinimo klausimynas',
  audience: 'recipients',
  period: { from: '2026-03-01', to: '2026-03-31' },
};
const silent = createLogger('silent');

describe('linked Google Sheets', () => {
  let table: TestTable;
  let deps: Deps;
  let doc: ReturnType<typeof createDocumentClient>;
  let call: ReturnType<typeof createTestApi>;
  let fake: FakeGoogleSheets;
  let sleeps: number[] = [];
  let gateway: GoogleSheetsGateway;

  const newSurvey = async (org = 'org-a', title = SURVEY.title) => {
    const res = await call('POST /v1/cycles/{year}/surveys', {
      roles: ['director'],
      org,
      params: year,
      body: { ...SURVEY, title },
    });
    expect(res.status).toBe(201);
    return res.json.id as string;
  };
  const link = (surveyId: string, body: Record<string, unknown>, extra: CallOptions = director) =>
    call('PUT /v1/cycles/{year}/surveys/{surveyId}/linked-sheet', {
      ...extra,
      params: { ...year, surveyId },
      body: { version: 0, responsesSheet: RESPONSES, ...body },
    });
  const linkView = async (surveyId: string, extra: CallOptions = director) =>
    call('GET /v1/cycles/{year}/surveys/{surveyId}/linked-sheet', {
      ...extra,
      params: { ...year, surveyId },
    });
  const survey = async (surveyId: string, org = 'org-a') =>
    (
      await call('GET /v1/cycles/{year}/surveys/{surveyId}', {
        roles: ['director'],
        org,
        params: { ...year, surveyId },
      })
    ).json;
  const night = async (options: { orgId?: string; surveyId?: string } = {}) => {
    const reports: LinkRunReport[] = [];
    const summary = await runSync(deps, async () => gateway, silent, {
      ...options,
      onLink: (r) => reports.push(r),
    });
    return { summary, reports };
  };
  const callsOf = (name: string) => fake.requests.filter((r) => r.call === name);

  beforeAll(async () => {
    table = await createTestTable('2026-04-10T01:30:00Z');
    doc = createDocumentClient({ region: 'local', endpoint: table.endpoint });
    deps = { ...table.deps, linkedSheets: new DynamoLinkedSheetIndex(doc, table.tableName) };
    call = createTestApi({ ...table, deps });
    fake = await startFakeGoogleSheets();
    gateway = new GoogleSheetsGateway({
      credentials: fake.credentials,
      rootUrl: fake.rootUrl,
      retry: {
        sleep: async (ms) => {
          sleeps.push(ms);
        },
        random: () => 0.5,
      },
      // 1,000-row grids read as 4 ranges in 2 batchGet calls.
      blocks: { rowsPerRange: 250, rangesPerCall: 2 },
      // Pacing is tested on its own (linked-sheets-quota.test.ts); here it would only wait.
      quota: { readsPerMinute: Infinity, writesPerMinute: Infinity },
    });
    for (const org of ['org-a', 'org-b'])
      await call('PUT /v1/cycles/{year}', {
        org,
        params: year,
        body: { version: 0, budgetApprovedOn: '2026-02-10' },
      });
  });
  afterAll(async () => {
    await fake.close();
    doc.destroy();
    await table.drop();
  });
  beforeEach(() => {
    sleeps = [];
    fake.heal();
    fake.requests.length = 0;
  });

  it('links a sheet through the API (audited, named fields on bad input) and indexes ids only', async () => {
    const surveyId = await newSurvey();
    const bad = await link(surveyId, { spreadsheetId: 'not/an id', resultsSheet: RESPONSES });
    expect(bad.status).toBe(400);
    expect(bad.json.errors.map((e: any) => e.field)).toEqual(['spreadsheetId']);

    const same = await link(surveyId, { spreadsheetId: SHEET_A, resultsSheet: RESPONSES });
    expect(same.status).toBe(400);
    expect(same.json.errors).toEqual([
      expect.objectContaining({
        field: 'resultsSheet',
        message: expect.stringContaining('Rezultatų lapas'),
      }),
    ]);

    const res = await link(surveyId, { spreadsheetId: SHEET_A, resultsSheet: RESULTS });
    expect(res.status).toBe(200);
    expect(res.json).toMatchObject({
      surveyId,
      spreadsheetId: SHEET_A,
      spreadsheetUrl: `https://docs.google.com/spreadsheets/d/${SHEET_A}/edit`,
      responsesSheet: RESPONSES,
      resultsSheet: RESULTS,
      language: 'lt',
      version: 1,
      createdBy: 'direktore@org-a',
      status: { state: 'pending', stateLabel: 'dar nesinchronizuota', rowsImported: 0 },
    });
    const audit = await call('GET /v1/audit', { ...director, query: { limit: '50' } });
    expect(audit.json.items).toContainEqual(
      expect.objectContaining({
        action: 'create',
        entity: expect.objectContaining({ type: 'linkedSheet' }),
        actor: expect.objectContaining({ userId: 'direktore@org-a' }),
      }),
    );
    const staff = await link(
      surveyId,
      { spreadsheetId: SHEET_A, version: 1 },
      { roles: ['staff'] },
    );
    expect(staff.status).toBe(403);

    const index = await doc.send(
      new QueryCommand({
        TableName: table.tableName,
        KeyConditionExpression: 'pk = :pk',
        ExpressionAttributeValues: { ':pk': LINKED_SHEETS_PARTITION },
      }),
    );
    expect(index.Items).toEqual([
      {
        pk: LINKED_SHEETS_PARTITION,
        sk: `ORG#org-a#2026#${surveyId}`,
        entity: 'linkedSheetIndex',
        entityVersion: 1,
        orgId: 'org-a',
        cycle: 2026,
        surveyId,
      },
    ]);
    // Cleaned up for the next cases: unlinking removes the index entry too.
    const gone = await call('DELETE /v1/cycles/{year}/surveys/{surveyId}/linked-sheet', {
      ...director,
      params: { ...year, surveyId },
      query: { version: '1' },
    });
    expect(gone.status).toBe(200);
    expect(await deps.linkedSheets!.entries()).toEqual([]);
    expect((await linkView(surveyId)).status).toBe(404);
  });

  describe('the nightly run', () => {
    let surveyId = '';

    beforeAll(async () => {
      surveyId = await newSurvey('org-a', 'Naktinė apklausa');
      fake.addSpreadsheet(SHEET_A, {
        locale: 'en_US',
        sheets: { [RESPONSES]: sheetOf(12), [RESULTS]: [['senas turinys', 1, 2, 3]] },
      });
      expect((await link(surveyId, { spreadsheetId: SHEET_A, resultsSheet: RESULTS })).status).toBe(
        200,
      );
    });

    it('commits the first night exactly, records the status and writes the results block as RAW values', async () => {
      const { summary, reports } = await night({ orgId: 'org-a' });

      expect(summary).toMatchObject({ links: 1, committed: 1, added: 12, failed: 0 });
      expect(reports[0]!.counts).toMatchObject({ rowsRead: 12, added: 12, alreadyImported: 0 });
      expect((await survey(surveyId)).responses).toBe(12);
      const view = (await linkView(surveyId)).json;
      expect(view.status).toMatchObject({
        state: 'ok',
        lastSuccessAt: '2026-04-10T01:30:00.000Z',
        lastError: null,
        flagged: null,
        rowsImported: 12,
        lastRun: { rowsRead: 12, added: 12, alreadyImported: 0, rejectedCells: 0 },
        resultsWrittenAt: '2026-04-10T01:30:00.000Z',
      });
      // Reads went as spreadsheets.get, then values.batchGet in blocks of whole-row ranges.
      expect(callsOf('get')).toHaveLength(1);
      const reads = callsOf('batchGet');
      expect(reads.map((r) => r.query.getAll('ranges'))).toEqual([
        [`'${RESPONSES}'!1:250`, `'${RESPONSES}'!251:500`],
        [`'${RESPONSES}'!501:750`, `'${RESPONSES}'!751:1000`],
      ]);
      expect(reads[0]!.query.get('valueRenderOption')).toBe('UNFORMATTED_VALUE');
      expect(reads[0]!.query.get('dateTimeRenderOption')).toBe('FORMATTED_STRING');

      const results = fake.sheet(SHEET_A, RESULTS);
      expect(results.lastInputOption).toBe('RAW');
      expect(results.formulas).toEqual([]);
      expect(results.rows[0]).toEqual(['Naktinė apklausa']);
      expect(results.rows).toContainEqual(['Atsakymų', 12]);
      const header = results.rows.findIndex((r) => r[0] === 'Klausimas');
      expect(results.rows[header]).toEqual([
        'Klausimas',
        'Tipas',
        'n',
        'Vidurkis',
        'Mediana',
        'Teigiamų (2 aukščiausi), %',
        'NPS',
        'Pasiskirstymas',
      ]);
      const formulaRow = results.rows.find((r) => r[0] === Q_FORMULA)!;
      // The question text that starts with `=` arrives as text (RAW), with its figures beside it.
      expect(formulaRow.slice(0, 3)).toEqual([Q_FORMULA, 'Likerto skalė', 12]);
      expect(results.rows.some((r) => r.includes('senas turinys'))).toBe(false);
    });

    it('adds nothing twice: the next night commits no row and replaces (not appends) the results block', async () => {
      const before = fake.sheet(SHEET_A, RESULTS);
      const length = before.rows.length;
      const clears = before.clears;
      table.setNow('2026-04-11T01:30:00Z');

      const { reports } = await night();

      expect(reports[0]).toMatchObject({
        result: 'nothingNew',
        counts: { added: 0, alreadyImported: 12 },
      });
      expect((await survey(surveyId)).responses).toBe(12);
      const results = fake.sheet(SHEET_A, RESULTS);
      expect(results.clears).toBe(clears + 1);
      expect(results.rows).toHaveLength(length);
      expect(results.rows[1]).toEqual(['Atnaujinta', '2026-04-11T01:30:00.000Z']);
    });

    it('retries a 429 (honouring Retry-After) and a 500 with jittered back-off, then adds only the rows the sheet grew by', async () => {
      fake.setRows(SHEET_A, RESPONSES, sheetOf(15));
      fake.failNext('batchGet', [{ status: 429, retryAfter: '2' }, { status: 500 }]);
      table.setNow('2026-04-12T01:30:00Z');

      const { reports } = await night();

      expect(callsOf('batchGet').map((r) => r.status)).toEqual([429, 500, 200, 200]);
      // Retry 1: Retry-After 2 s beats the jitter (0.5 × 500 ms); retry 2: 0.5 × min(16 s, 1 s).
      expect(sleeps).toEqual([2000, 500]);
      expect(reports[0]).toMatchObject({
        result: 'committed',
        counts: { added: 3, alreadyImported: 12 },
      });
      expect((await survey(surveyId)).responses).toBe(15);
      expect((await linkView(surveyId)).json.status.rowsImported).toBe(15);
    });

    it('flags a renamed header: nothing stored, the status says why; restoring it commits the next night', async () => {
      const renamed = sheetOf(17);
      renamed[0] = HEADERS.map((h) => (h === Q_SATISFIED ? 'Ar esate patenkinti paslaugomis?' : h));
      fake.setRows(SHEET_A, RESPONSES, renamed);
      table.setNow('2026-04-13T01:30:00Z');

      const { reports } = await night();

      expect(reports[0]!.result).toBe('flagged');
      expect((await survey(surveyId)).responses).toBe(15);
      const view = await linkView(surveyId, { ...director, lang: 'en' });
      expect(view.json.status).toMatchObject({
        state: 'flagged',
        stateLabel: 'waiting for a person',
        lastSuccessAt: '2026-04-12T01:30:00.000Z',
        flagged: {
          at: '2026-04-13T01:30:00.000Z',
          reason: 'headersChanged',
          reasonLabel: 'a question header was renamed',
        },
      });
      expect(view.json.status.flagged.issues[0].message).toContain(
        'the sheet now has "Ar esate patenkinti paslaugomis?" and no longer "Ar esate patenkinti gaunamomis paslaugomis?"',
      );

      fake.setRows(SHEET_A, RESPONSES, sheetOf(17));
      table.setNow('2026-04-14T01:30:00Z');
      const next = await night();
      expect(next.reports[0]).toMatchObject({ result: 'committed', counts: { added: 2 } });
      expect((await survey(surveyId)).responses).toBe(17);
      expect((await linkView(surveyId)).json.status).toMatchObject({ state: 'ok', flagged: null });
    });

    it('flags rejected cells in new rows by their A1 address and commits once they are corrected', async () => {
      const rows = sheetOf(19);
      rows[18]![2] = 'Gal būt'; // row 19 of the sheet, column C: not a label of the scale
      fake.setRows(SHEET_A, RESPONSES, rows);

      const { reports } = await night();

      expect(reports[0]!.result).toBe('flagged');
      expect((await survey(surveyId)).responses).toBe(17);
      const flagged = (await linkView(surveyId)).json.status.flagged;
      expect(flagged.reason).toBe('rejectedCells');
      expect(flagged.issues.map((i: any) => i.message)).toEqual([
        expect.stringContaining('Naujose eilutėse netinkamų langelių: 1.'),
        `'${RESPONSES}'!C19 („${Q_SATISFIED}“): reikšmė „Gal būt“ netinka.`,
      ]);

      fake.setRows(SHEET_A, RESPONSES, sheetOf(19));
      const next = await night();
      expect(next.reports[0]).toMatchObject({ result: 'committed', counts: { added: 2 } });
      expect((await survey(surveyId)).responses).toBe(19);
    });

    it('a failed night (persistent 500 in the middle of the reads) stores nothing; the next one imports every row once', async () => {
      fake.setRows(SHEET_A, RESPONSES, sheetOf(24));
      // The first batchGet answers, the second fails on every try.
      fake.failAlways('batchGet', { status: 500 }, 1);
      table.setNow('2026-04-15T01:30:00Z');

      const { summary } = await night({ orgId: 'org-a' });

      expect(summary).toMatchObject({ failed: 1, added: 0 });
      expect(callsOf('batchGet').map((r) => r.status)).toEqual([200, 500, 500, 500, 500, 500]);
      expect(sleeps).toEqual([250, 500, 1000, 2000]);
      expect((await survey(surveyId)).responses).toBe(19);
      const failed = (await linkView(surveyId, { ...director, lang: 'en' })).json.status;
      expect(failed).toMatchObject({
        state: 'failing',
        lastError: { at: '2026-04-15T01:30:00.000Z', code: 'unavailable' },
        rowsImported: 19,
      });
      expect(failed.lastError.message).toContain('even after retries');

      fake.heal();
      table.setNow('2026-04-16T01:30:00Z');
      const next = await night();
      expect(next.reports[0]).toMatchObject({
        result: 'committed',
        counts: { added: 5, alreadyImported: 19 },
      });
      expect((await survey(surveyId)).responses).toBe(24);
      expect((await linkView(surveyId)).json.status).toMatchObject({
        state: 'ok',
        rowsImported: 24,
      });
    });

    it('a run that dies after its commit, before the status, loses and duplicates nothing', async () => {
      fake.setRows(SHEET_A, RESPONSES, sheetOf(26));
      const store: Store = new Proxy(deps.store, {
        get(target, prop, receiver) {
          if (prop === 'save')
            return (ctx: any, ref: any, data: any, version: number) =>
              ref.type === 'linkedSheetStatus'
                ? Promise.reject(new Error('the table went away'))
                : target.save(ctx, ref, data, version);
          return Reflect.get(target, prop, receiver);
        },
      });
      const reports: LinkRunReport[] = [];
      await runSync({ ...deps, store }, async () => gateway, silent, {
        onLink: (r) => reports.push(r),
      });
      expect(reports[0]).toMatchObject({ result: 'committed', counts: { added: 2 }, status: null });
      expect(reports[0]!.statusError).toBeInstanceOf(Error);
      expect((await survey(surveyId)).responses).toBe(26);
      expect((await linkView(surveyId)).json.status.rowsImported).toBe(24);

      const next = await night();
      expect(next.reports[0]).toMatchObject({
        result: 'nothingNew',
        counts: { added: 0, alreadyImported: 26 },
      });
      expect((await survey(surveyId)).responses).toBe(26);
      expect((await linkView(surveyId)).json.status.rowsImported).toBe(26);
    });

    it('identities match the add-on path: rows sent as wall-clock JSON are already held when the en_US sheet syncs', async () => {
      const other = await newSurvey('org-a', 'Apklausa per priedą');
      const sent = await call('POST /v1/cycles/{year}/surveys/{surveyId}/imports/rows', {
        ...director,
        params: { ...year, surveyId: other },
        body: { sheet: RESPONSES, rows: [HEADERS, ...[0, 1, 2, 3, 4, 5].map(wallClockResponse)] },
      });
      expect(sent.json).toMatchObject({ added: 6 });
      const id = '1CcccccccccccccccccccccccccccccccccccccccccC';
      fake.addSpreadsheet(id, { locale: 'en_US', sheets: { [RESPONSES]: sheetOf(8) } });
      await link(other, { spreadsheetId: id });

      const { reports } = await night({ surveyId: other });

      expect(reports[0]).toMatchObject({
        result: 'committed',
        counts: { added: 2, alreadyImported: 6 },
      });
      expect((await survey(other)).responses).toBe(8);
    });

    it('names the service account when a sheet is not shared with it', async () => {
      fake.share(SHEET_A, false);
      await night({ surveyId });
      const status = (await linkView(surveyId, { ...director, lang: 'en' })).json.status;
      expect(status.lastError.code).toBe('notShared');
      expect(status.lastError.message).toContain(`Share it with ${fake.serviceAccountEmail}`);
      const account = await call('GET /v1/linked-sheets/service-account', director);
      expect(account.json).toMatchObject({ email: fake.serviceAccountEmail });
      fake.share(SHEET_A, true);
    });

    it('says the tab is missing when the responses sheet was renamed, and goes on once it is back', async () => {
      fake.renameSheet(SHEET_A, RESPONSES, 'Atsakymai');
      await night({ surveyId });
      const status = (await linkView(surveyId)).json.status;
      expect(status).toMatchObject({ state: 'failing', lastError: { code: 'sheetMissing' } });
      expect(callsOf('batchGet')).toEqual([]);

      fake.renameSheet(SHEET_A, 'Atsakymai', RESPONSES);
      table.setNow('2026-04-20T01:30:00Z');
      const next = await night({ surveyId });
      expect(next.reports[0]).toMatchObject({ result: 'nothingNew' });
      expect((await linkView(surveyId)).json.status.state).toBe('ok');
    });
  });

  it("keeps organisations apart: org B's link imports into org B only, and org A cannot see it", async () => {
    const surveyA = await newSurvey('org-a', 'A apklausa');
    const surveyB = await newSurvey('org-b', 'B apklausa');
    fake.addSpreadsheet(SHEET_B, { sheets: { [RESPONSES]: sheetOf(7, 100) } });
    const linked = await link(
      surveyB,
      { spreadsheetId: SHEET_B },
      { roles: ['director'], org: 'org-b' },
    );
    expect(linked.status).toBe(200);

    const onlyA = await night({ orgId: 'org-a' });
    expect(onlyA.reports.every((r) => r.orgId === 'org-a')).toBe(true);
    expect((await survey(surveyB, 'org-b')).responses).toBe(0);

    const all = await night();
    const b = all.reports.find((r) => r.orgId === 'org-b')!;
    expect(b).toMatchObject({ surveyId: surveyB, result: 'committed', counts: { added: 7 } });
    expect((await survey(surveyB, 'org-b')).responses).toBe(7);
    expect((await survey(surveyA)).responses).toBe(0);

    // The same survey id under org A is another organisation's: absent.
    expect((await linkView(surveyB)).status).toBe(404);
    const listA = await call('GET /v1/linked-sheets', director);
    expect(listA.json.items.map((i: any) => i.spreadsheetId)).not.toContain(SHEET_B);
    const listB = await call('GET /v1/linked-sheets', { roles: ['director'], org: 'org-b' });
    expect(listB.json.items.map((i: any) => i.spreadsheetId)).toEqual([SHEET_B]);
    // The audit log of org B names the job as the actor of its import.
    const audit = await call('GET /v1/audit', {
      roles: ['director'],
      org: 'org-b',
      query: { limit: '50' },
    });
    expect(audit.json.items).toContainEqual(
      expect.objectContaining({
        entity: expect.objectContaining({ type: 'surveyImport' }),
        actor: expect.objectContaining({ userId: 'linked-sheets-sync' }),
      }),
    );
  });

  it('starts no link near its deadline, and the next full run begins where the last one stopped', async () => {
    const index = deps.linkedSheets!;
    const all = await index.entries();
    expect(all.length).toBeGreaterThanOrEqual(3);
    // Less than the two minutes a link may need are left: nothing starts, the first is next.
    const cut: LinkRunReport[] = [];
    const summary = await runSync(deps, async () => gateway, silent, {
      deadline: deps.clock.now().getTime() + 60_000,
      onLink: (r) => cut.push(r),
    });
    expect(summary.links).toBe(0);
    expect(cut).toEqual([]);
    expect(await index.resumePoint()).toEqual(all[0]);
    // A run stopped before the second link: the next night serves it first, then wraps round.
    await index.setResumePoint(all[1]!);
    const { reports } = await night();
    expect(reports.map((r) => r.surveyId)).toEqual(
      [...all.slice(1), all[0]!].map((e) => e.surveyId),
    );
    expect(await index.resumePoint()).toBeNull();
    // A run of one organisation neither uses nor moves the resume point.
    await index.setResumePoint(all[1]!);
    await night({ orgId: all[0]!.orgId });
    expect(await index.resumePoint()).toEqual(all[1]);
    await index.setResumePoint(null);
  });
});
