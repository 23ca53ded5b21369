import ExcelJS from 'exceljs';
import * as XLSX from 'xlsx';
import { createTestApi } from '../support/api';
import { createTestTable, type TestTable } from '../support/table';

const SHEET = 'Skyrių planai';

/** Edits a workbook with SheetJS, a different writer than ours, as a user's Excel would. */
const editWithSheetJs = (bytes: Buffer, edit: (rows: unknown[][]) => void): Buffer => {
  const wb = XLSX.read(bytes, { type: 'buffer', cellDates: true });
  const ws = wb.Sheets[SHEET]!;
  const rows = XLSX.utils.sheet_to_json<unknown[]>(ws, { header: 1, raw: true, defval: null });
  edit(rows);
  const out = XLSX.utils.book_new();
  XLSX.utils.book_append_sheet(out, XLSX.utils.aoa_to_sheet(rows, { cellDates: true }), SHEET);
  return XLSX.write(out, { type: 'buffer', bookType: 'xlsx' }) as Buffer;
};

describe('the planning workbook round trip', () => {
  let table: TestTable;
  let call: ReturnType<typeof createTestApi>;
  const year = '2026';
  const head = { roles: ['unitHead' as const], user: 'vadove@org-a' };
  let downloaded: Buffer;
  const col = (name: string, header: unknown[]) => header.indexOf(name);

  beforeAll(async () => {
    table = await createTestTable('2026-02-15T09:00:00Z');
    call = createTestApi(table);
    await call('PUT /v1/org/units/{unitId}', {
      params: { unitId: 'dienos-centras' },
      body: { version: 0, name: 'Dienos centras' },
    });
    await call('PUT /v1/org/units/{unitId}', {
      params: { unitId: 'globos-centras' },
      body: { version: 0, name: 'Globos centras' },
    });
    await call('PUT /v1/org/members/{userId}', {
      params: { userId: 'vadove@org-a' },
      body: { version: 0, name: 'Vadovė', unitIds: ['dienos-centras'] },
    });
    await call('PUT /v1/cycles/{year}', {
      params: { year },
      body: { version: 0, budgetApprovedOn: '2026-02-10' },
    });
    for (const goal of ['Stiprinti vaikų socialinius įgūdžius', '=1+1 ir kiti tikslai']) {
      const res = await call('POST /v1/cycles/{year}/plan-items', {
        ...head,
        params: { year },
        body: {
          unitId: 'dienos-centras',
          goal,
          activity: 'Grupiniai užsiėmimai',
          responsible: 'Ona',
          dueOn: '2026-06-30',
        },
      });
      expect(res.status).toBe(201);
    }
  });
  afterAll(async () => {
    await table.drop();
  });

  it('downloads a workbook in Lithuanian with locked ids, dropdowns, real dates and user text kept as text', async () => {
    const res = await call('GET /v1/cycles/{year}/planning-workbook', { params: { year } });
    expect(res.status).toBe(200);
    expect(res.headers['content-type']).toContain('spreadsheetml');
    downloaded = res.bytes!;
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(downloaded as unknown as ExcelJS.Buffer);
    const ws = wb.getWorksheet(SHEET)!;
    expect(ws.getRow(1).values).toEqual(
      expect.arrayContaining(['ID (nekeisti)', 'Skyrius', 'Įvykdymo terminas', 'Būsena']),
    );
    expect(ws.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
    // Locked is Excel's default: only unlocked cells carry a protection attribute.
    expect(ws.getCell('A2').protection?.locked ?? true).toBe(true);
    expect(ws.getCell('E2').protection).toMatchObject({ locked: false });
    expect(ws.getCell('E250').protection).toMatchObject({ locked: false });
    expect((ws as unknown as { sheetProtection: { sheet: boolean } }).sheetProtection.sheet).toBe(
      true,
    );
    expect(ws.getCell('C2').dataValidation).toMatchObject({ type: 'list' });
    expect(ws.getCell('I2').value).toBeInstanceOf(Date);
    const formulaLike = [2, 3]
      .map((r) => ws.getCell(`E${r}`))
      .find((c) => String(c.value).startsWith('='));
    expect(formulaLike?.type).toBe(ExcelJS.ValueType.String);
    expect(formulaLike?.formula).toBeUndefined();
  });

  it('previews and applies a workbook edited with another program: an update, a new row, an unchanged row', async () => {
    const edited = editWithSheetJs(downloaded, (rows) => {
      const header = rows[0]!;
      rows[1]![col('Siektina reikšmė', header)] = '25 vaikai';
      const added = header.map(() => null) as unknown[];
      added[col('Skyrius', header)] = 'Dienos centras';
      added[col('Laikotarpis', header)] = 'II pusmetis';
      added[col('Tikslas', header)] = 'Įtraukti tėvus į veiklas';
      added[col('Veikla (priemonė)', header)] = 'Tėvų klubas kartą per mėnesį';
      added[col('Atsakingas', header)] = 'Jonas';
      added[col('Įvykdymo terminas', header)] = '2026.12.15';
      rows.push(added);
    });
    const preview = await call('POST /v1/cycles/{year}/planning-workbook/preview', {
      ...head,
      params: { year },
      file: edited,
    });
    expect(preview.status).toBe(200);
    expect(preview.json.summary).toEqual({
      create: 1,
      update: 1,
      unchanged: 1,
      rejected: 0,
      conflict: 0,
    });
    expect(
      preview.json.rows.find((r: { action: string }) => r.action === 'update').changed,
    ).toEqual(['targetValue']);
    expect(
      (await call('GET /v1/cycles/{year}/plan-items', { params: { year } })).json.items,
    ).toHaveLength(2);

    const applied = await call('POST /v1/cycles/{year}/planning-workbook/apply', {
      ...head,
      params: { year },
      file: edited,
    });
    expect(applied.json.applied).toBe(2);
    const items = (await call('GET /v1/cycles/{year}/plan-items', { params: { year } })).json.items;
    expect(items).toHaveLength(3);
    expect(items.find((i: { period: string }) => i.period === 'H2')).toMatchObject({
      dueOn: '2026-12-15',
      responsible: 'Jonas',
    });
    expect(items.map((i: { targetValue: string }) => i.targetValue)).toContain('25 vaikai');
  });

  it('reports a stale row as a conflict and applies nothing of the file', async () => {
    const stale = editWithSheetJs(downloaded, (rows) => {
      const header = rows[0]!;
      rows[1]![col('Siektina reikšmė', header)] = '30 vaikų';
      rows[2]![col('Atsakingas', header)] = 'Petras';
    });
    const res = await call('POST /v1/cycles/{year}/planning-workbook/apply', {
      ...head,
      params: { year },
      file: stale,
    });
    expect(res.status).toBe(409);
    expect(res.json.current).toEqual([
      expect.objectContaining({ cell: `'${SHEET}'!A2`, sentVersion: 1 }),
    ]);
    const items = (await call('GET /v1/cycles/{year}/plan-items', { params: { year } })).json.items;
    expect(items.map((i: { responsible: string }) => i.responsible)).not.toContain('Petras');
  });

  it('names every bad cell by its A1 address and applies nothing', async () => {
    const current = (await call('GET /v1/cycles/{year}/planning-workbook', { params: { year } }))
      .bytes!;
    const bad = editWithSheetJs(current, (rows) => {
      const header = rows[0]!;
      rows[1]![col('Įvykdymo terminas', header)] = '2026-13-45';
      rows[2]![col('Skyrius', header)] = 'Nežinomas skyrius';
      rows[3]![col('Atsakingas', header)] = 'Kitas atsakingas';
      rows[3]![col('Tikslas', header)] = '';
    });
    const preview = await call('POST /v1/cycles/{year}/planning-workbook/preview', {
      ...head,
      params: { year },
      file: bad,
      lang: 'en',
    });
    expect(preview.json.rejected.map((r: { cell: string }) => r.cell)).toEqual([
      `'${SHEET}'!I2`,
      `'${SHEET}'!C3`,
      `'${SHEET}'!E4`,
    ]);
    expect(preview.json.rejected[0].message).toContain('Not a date');
    const res = await call('POST /v1/cycles/{year}/planning-workbook/apply', {
      ...head,
      params: { year },
      file: bad,
    });
    expect(res.status).toBe(400);
    expect(res.json.errors.map((e: { field: string }) => e.field)).toEqual([
      `'${SHEET}'!I2`,
      `'${SHEET}'!C3`,
      `'${SHEET}'!E4`,
    ]);
    const items = (await call('GET /v1/cycles/{year}/plan-items', { params: { year } })).json.items;
    expect(items.map((i: { responsible: string }) => i.responsible)).not.toContain(
      'Kitas atsakingas',
    );
  });

  it('refuses a file that is not a workbook, and rows of another unit for a unit head', async () => {
    const notXlsx = await call('POST /v1/cycles/{year}/planning-workbook/preview', {
      ...head,
      params: { year },
      file: Buffer.from('id,goal\n1,x'),
    });
    expect(notXlsx.status).toBe(400);
    expect(notXlsx.json.errors[0].message).toContain('nėra „Excel“');
    const current = (await call('GET /v1/cycles/{year}/planning-workbook', { params: { year } }))
      .bytes!;
    const foreign = editWithSheetJs(current, (rows) => {
      rows[1]![col('Skyrius', rows[0]!)] = 'Globos centras';
    });
    const preview = await call('POST /v1/cycles/{year}/planning-workbook/preview', {
      ...head,
      params: { year },
      file: foreign,
    });
    expect(preview.json.rejected).toEqual([
      { cell: `'${SHEET}'!C2`, message: 'Galite keisti tik savo skyriaus įrašus.' },
    ]);
  });
});
