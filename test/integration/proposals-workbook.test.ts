import ExcelJS from 'exceljs';
import * as XLSX from 'xlsx';
import type { CallOptions } from '../support/api';
import { createTestApi } from '../support/api';
import { createTestTable, type TestTable } from '../support/table';

const SHEET = 'Pasiūlymai ir skundai';
/** The sheet's name has spaces, so a cell address quotes it. */
const cell = (a1: string) => `'${SHEET}'!${a1}`;

const WORKBOOK = 'GET /v1/cycles/{year}/planning-workbook';
const PREVIEW = 'POST /v1/cycles/{year}/planning-workbook/preview';
const APPLY = 'POST /v1/cycles/{year}/planning-workbook/apply';
const LIST = 'GET /v1/cycles/{year}/proposals';
const CREATE = 'POST /v1/cycles/{year}/proposals';
const GET = 'GET /v1/cycles/{year}/proposals/{proposalId}';

/**
 * Ona works in the day centre, Petras in foster care; Vida heads the day centre, Gintarė foster
 * care. Staff register through the API; the workbook is uploaded by unit heads and management.
 */
const ONA: CallOptions = { roles: ['staff'], user: 'ona@org-a' };
const PETRAS: CallOptions = { roles: ['staff'], user: 'petras@org-a' };
const HEAD: CallOptions = { roles: ['unitHead'], user: 'vadove@org-a' };
const OTHER_HEAD: CallOptions = { roles: ['unitHead'], user: 'globos-vadove@org-a' };

/** Column letters of the sheet, as the user sees them. */
const COL = { id: 'A', unit: 'E', text: 'F', recipientCode: 'J' } as const;

/** Edits our sheet with SheetJS, a different writer than ours, as a user's Excel would. */
const editWithSheetJs = (bytes: Buffer, edit: (rows: unknown[][]) => void): Buffer => {
  const wb = XLSX.read(bytes, { type: 'buffer', cellDates: true });
  const rows = XLSX.utils.sheet_to_json<unknown[]>(wb.Sheets[SHEET]!, {
    header: 1,
    raw: true,
    defval: null,
  });
  edit(rows);
  const out = XLSX.utils.book_new();
  XLSX.utils.book_append_sheet(out, XLSX.utils.aoa_to_sheet(rows, { cellDates: true }), SHEET);
  return XLSX.write(out, { type: 'buffer', bookType: 'xlsx' }) as Buffer;
};

const col = (rows: unknown[][], header: string) => {
  const index = rows[0]!.indexOf(header);
  if (index < 0) throw new Error(`no column ${header}`);
  return index;
};

/** The 0-based index in `rows` of the row with this id (its sheet row is index + 1). */
const rowOf = (rows: unknown[][], id: string) => {
  const index = rows.findIndex((r) => r[0] === id);
  if (index < 1) throw new Error(`no row for ${id}`);
  return index;
};

const blankRow = (rows: unknown[][]) => rows[0]!.map(() => null) as unknown[];

/**
 * Types a new row under the data, as a user would, and gives its sheet row number. (The sheet's
 * range reaches down to the formatted empty rows, so SheetJS reads those as blank rows.)
 */
const addRow = (rows: unknown[][], row: unknown[]): number => {
  const blank = rows.findIndex((r, i) => i > 0 && r.every((v) => v === null || v === ''));
  const index = blank < 0 ? rows.length : blank;
  rows[index] = row;
  return index + 1;
};

describe('proposals and complaints in the planning workbook', () => {
  let table: TestTable;
  let call: ReturnType<typeof createTestApi>;
  const year = { year: '2026' };
  const at = (proposalId: string) => ({ year: '2026', proposalId });
  /** Ona's new staff proposal, a decided one, an answered complaint, Petras' organisation-wide one. */
  const ids = { open: '', decided: '', complaint: '', orgWide: '' };
  let downloaded: Buffer;

  const create = async (options: CallOptions, body: Record<string, unknown>) => {
    const res = await call(CREATE, { ...options, params: year, body });
    expect(res.status).toBe(201);
    return res.json.id as string;
  };
  const staffProposal = (overrides: Record<string, unknown> = {}) => ({
    kind: 'proposal',
    source: 'staffMeeting',
    unitId: 'dienos-centras',
    text: 'Įrengti poilsio kambarį vaikams',
    category: 'environment',
    receivedOn: '2026-11-20',
    submittedBy: 'Ona Onaitė',
    ...overrides,
  });
  const download = async (options: CallOptions = {}) => {
    const res = await call(WORKBOOK, { ...options, params: year });
    expect(res.status).toBe(200);
    return res.bytes!;
  };
  const textOf = async (id: string) => (await call(GET, { params: at(id) })).json.text as string;

  beforeAll(async () => {
    table = await createTestTable('2026-11-24T10:00:00Z');
    call = createTestApi(table);
    const setup: [string, CallOptions][] = [
      [
        'PUT /v1/org/units/{unitId}',
        { params: { unitId: 'dienos-centras' }, body: { version: 0, name: 'Dienos centras' } },
      ],
      [
        'PUT /v1/org/units/{unitId}',
        { params: { unitId: 'globos-centras' }, body: { version: 0, name: 'Globos centras' } },
      ],
      [
        'PUT /v1/org/members/{userId}',
        {
          params: { userId: 'ona@org-a' },
          body: { version: 0, name: 'Ona Onaitė', unitIds: ['dienos-centras'] },
        },
      ],
      [
        'PUT /v1/org/members/{userId}',
        {
          params: { userId: 'petras@org-a' },
          body: { version: 0, name: 'Petras Petraitis', unitIds: ['globos-centras'] },
        },
      ],
      [
        'PUT /v1/org/members/{userId}',
        {
          params: { userId: 'vadove@org-a' },
          body: { version: 0, name: 'Vida Vadovė', unitIds: ['dienos-centras'] },
        },
      ],
      [
        'PUT /v1/org/members/{userId}',
        {
          params: { userId: 'globos-vadove@org-a' },
          body: { version: 0, name: 'Gintarė Globienė', unitIds: ['globos-centras'] },
        },
      ],
      [
        'PUT /v1/cycles/{year}',
        { params: year, body: { version: 0, budgetApprovedOn: '2026-02-10' } },
      ],
    ];
    for (const [route, options] of setup) {
      const res = await call(route, options);
      expect([route, res.status]).toEqual([route, 200]);
    }
    ids.complaint = await create(ONA, {
      kind: 'complaint',
      source: 'suggestionBox',
      unitId: 'dienos-centras',
      text: 'Pietūs patiekiami atšalę',
      category: 'food',
      receivedOn: '2026-10-01',
      recipientCode: 'vg-014',
    });
    const answered = await call('POST /v1/cycles/{year}/proposals/{proposalId}/response', {
      ...HEAD,
      params: at(ids.complaint),
      body: { version: 1, response: 'Pietūs bus šildomi.', respondedOn: '2026-11-24' },
    });
    expect(answered.status).toBe(200);
    ids.decided = await create(
      ONA,
      staffProposal({ receivedOn: '2026-11-10', text: 'Nauji baldai' }),
    );
    const decided = await call('POST /v1/cycles/{year}/proposals/{proposalId}/decision', {
      ...HEAD,
      params: at(ids.decided),
      body: { version: 1, status: 'rejected', reason: 'Nėra lėšų' },
    });
    expect(decided.status).toBe(200);
    ids.orgWide = await create(
      PETRAS,
      staffProposal({ unitId: null, receivedOn: '2026-11-15', submittedBy: 'Petras Petraitis' }),
    );
    ids.open = await create(ONA, staffProposal());
  });
  afterAll(async () => {
    await table.drop();
  });

  it('downloads the sheet with Lithuanian headers and labels, decisions and responses locked for reference', async () => {
    downloaded = await download(HEAD);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(downloaded as unknown as ExcelJS.Buffer);
    const ws = wb.getWorksheet(SHEET)!;
    expect(ws).toBeDefined();
    expect((ws.getRow(1).values as unknown[]).slice(1)).toEqual([
      'ID (nekeisti)',
      'Versija (nekeisti)',
      'Rūšis',
      'Šaltinis',
      'Skyrius (tuščia – visa įstaiga)',
      'Pasiūlymo ar skundo turinys',
      'Sritis',
      'Gavimo data',
      'Pateikęs darbuotojas',
      'Paslaugų gavėjo kodas',
      'Anonimiškai',
      'Atsakyti iki',
      'Būsena (nekeisti)',
      'Sprendimo priežastis (nekeisti)',
      'Atsakymas (nekeisti)',
      'Atsakymo data (nekeisti)',
    ]);
    // A register: oldest first.
    const column = (letter: string) =>
      [2, 3, 4, 5].map((r) => {
        const value = ws.getCell(`${letter}${r}`).value;
        return value instanceof Date ? value.toISOString().slice(0, 10) : value;
      });
    expect(column('A')).toEqual([ids.complaint, ids.decided, ids.orgWide, ids.open]);
    expect(column('C')).toEqual([
      'Skundas',
      'Darbuotojo pasiūlymas',
      'Darbuotojo pasiūlymas',
      'Darbuotojo pasiūlymas',
    ]);
    expect(column('D')).toEqual([
      'Skundų ir pasiūlymų dėžutė',
      'Darbuotojų susirinkimas',
      'Darbuotojų susirinkimas',
      'Darbuotojų susirinkimas',
    ]);
    expect(column('E')).toEqual(['Dienos centras', 'Dienos centras', null, 'Dienos centras']);
    expect(column('G')).toEqual([
      'Maitinimas',
      'Aplinka ir patalpos',
      'Aplinka ir patalpos',
      'Aplinka ir patalpos',
    ]);
    expect(column('H')).toEqual(['2026-10-01', '2026-11-10', '2026-11-15', '2026-11-20']);
    expect(column('J')).toEqual(['VG-014', null, null, null]);
    expect(column('K')).toEqual(['Ne', 'Ne', 'Ne', 'Ne']);
    expect(column('L')).toEqual(['2026-10-29', null, null, null]);
    expect(column('M')).toEqual(['Nauja', 'Atmesta', 'Nauja', 'Nauja']);
    expect(column('N')).toEqual([null, 'Nėra lėšų', null, null]);
    expect(column('O')).toEqual(['Pietūs bus šildomi.', null, null, null]);
    expect(column('P')).toEqual(['2026-11-24', null, null, null]);
    // Locked is Excel's default: only unlocked cells carry a protection attribute.
    for (const letter of ['A', 'M', 'N', 'O', 'P']) {
      expect([letter, ws.getCell(`${letter}2`).protection?.locked ?? true]).toEqual([letter, true]);
    }
    expect(ws.getCell('F2').protection).toMatchObject({ locked: false });
    expect(ws.getCell('C2').dataValidation).toMatchObject({ type: 'list' });
    expect(ws.getCell('K2').dataValidation).toMatchObject({
      type: 'list',
      formulae: ['"Taip,Ne"'],
    });
    expect(ws.getCell('M2').dataValidation?.type).toBeUndefined();

    const en = new ExcelJS.Workbook();
    await en.xlsx.load(
      (await call(WORKBOOK, { params: year, lang: 'en' })).bytes! as unknown as ExcelJS.Buffer,
    );
    const enSheet = en.getWorksheet('Proposals and complaints')!;
    expect(enSheet.getRow(1).values).toEqual(
      expect.arrayContaining(['Kind', 'Unit (empty: whole organisation)', 'Anonymous']),
    );
    expect(enSheet.getCell('C2').value).toBe('Complaint');
  });

  it('creates a new suggestion and changes a proposal’s text from a file edited with another program', async () => {
    const edited = editWithSheetJs(downloaded, (rows) => {
      rows[rowOf(rows, ids.open)]![col(rows, 'Pasiūlymo ar skundo turinys')] =
        'Įrengti sensorinį kambarį';
      // A read-only column edited in the file is never read back.
      rows[rowOf(rows, ids.decided)]![col(rows, 'Būsena (nekeisti)')] = 'Priimta';
      const added = blankRow(rows);
      added[col(rows, 'Rūšis')] = 'Paslaugų gavėjo pasiūlymas';
      added[col(rows, 'Šaltinis')] = 'Skundų ir pasiūlymų dėžutė';
      added[col(rows, 'Skyrius (tuščia – visa įstaiga)')] = 'Dienos centras';
      added[col(rows, 'Pasiūlymo ar skundo turinys')] = 'Daugiau išvykų į gamtą';
      added[col(rows, 'Sritis')] = 'Užimtumas ir veiklos';
      added[col(rows, 'Gavimo data')] = '2026.11.18';
      added[col(rows, 'Paslaugų gavėjo kodas')] = 'vg-021';
      added[col(rows, 'Anonimiškai')] = 'Ne';
      addRow(rows, added);
    });
    const preview = await call(PREVIEW, { ...HEAD, params: year, file: edited });
    expect(preview.status).toBe(200);
    expect(preview.json.rejected).toEqual([]);
    expect(preview.json.summary).toEqual({
      create: 1,
      update: 1,
      unchanged: 3,
      rejected: 0,
      conflict: 0,
    });
    expect(preview.json.rows.filter((r: { sheet: string }) => r.sheet === SHEET)).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ id: ids.open, action: 'update', changed: ['text'] }),
        expect.objectContaining({ id: ids.decided, action: 'unchanged' }),
        expect.objectContaining({ id: null, action: 'create' }),
      ]),
    );
    expect((await call(LIST, { params: year })).json.items).toHaveLength(4);

    const applied = await call(APPLY, { ...HEAD, params: year, file: edited });
    expect(applied.status).toBe(200);
    expect(applied.json.applied).toBe(2);
    const items = (await call(LIST, { params: year })).json.items as Record<string, unknown>[];
    expect(items).toHaveLength(5);
    expect(items.find((i) => i.kind === 'suggestion')).toMatchObject({
      kindLabel: 'Paslaugų gavėjo pasiūlymas',
      source: 'suggestionBox',
      unitId: 'dienos-centras',
      text: 'Daugiau išvykų į gamtą',
      category: 'activities',
      receivedOn: '2026-11-18',
      recipientCode: 'VG-021',
      anonymous: false,
      submittedBy: null,
      status: 'new',
      registeredBy: 'vadove@org-a',
      version: 1,
    });
    expect(items.find((i) => i.id === ids.open)).toMatchObject({
      text: 'Įrengti sensorinį kambarį',
      submittedBy: 'Ona Onaitė',
      version: 2,
    });
    expect(items.find((i) => i.id === ids.decided)).toMatchObject({
      status: 'rejected',
      version: 2,
    });
    // The complaint's default due date came back unchanged, and stays the default.
    expect(items.find((i) => i.id === ids.complaint)).toMatchObject({
      responseDueOn: '2026-10-29',
      responseDueOnDefault: true,
      version: 2,
    });
  });

  it('refuses a personal code as a recipient’s code at its cell and applies nothing of the file', async () => {
    let addedRow = 0;
    const bad = editWithSheetJs(await download(HEAD), (rows) => {
      rows[rowOf(rows, ids.open)]![col(rows, 'Pasiūlymo ar skundo turinys')] = 'Dar kitaip';
      const added = blankRow(rows);
      added[col(rows, 'Rūšis')] = 'Skundas';
      added[col(rows, 'Šaltinis')] = 'Kita';
      added[col(rows, 'Pasiūlymo ar skundo turinys')] = 'Triukšmas naktį';
      added[col(rows, 'Sritis')] = 'Aplinka ir patalpos';
      added[col(rows, 'Gavimo data')] = '2026-11-23';
      added[col(rows, 'Paslaugų gavėjo kodas')] = '38501011234';
      addedRow = addRow(rows, added);
    });
    const preview = await call(PREVIEW, { ...HEAD, params: year, file: bad });
    expect(preview.json.summary).toMatchObject({ create: 0, update: 1, rejected: 1 });
    expect(preview.json.rejected).toEqual([
      {
        cell: cell(`${COL.recipientCode}${addedRow}`),
        message: expect.stringContaining('asmens kodą'),
      },
    ]);
    const res = await call(APPLY, { ...HEAD, params: year, file: bad });
    expect(res.status).toBe(400);
    expect(res.json.errors.map((e: { field: string }) => e.field)).toEqual([
      cell(`${COL.recipientCode}${addedRow}`),
    ]);
    expect(await textOf(ids.open)).toBe('Įrengti sensorinį kambarį');
    expect((await call(LIST, { params: year })).json.items).toHaveLength(5);
  });

  it('reports a row edited from a stale download as a conflict and applies nothing of the file', async () => {
    // `downloaded` is from before the text change: that row's version is stale now.
    const stale = editWithSheetJs(downloaded, (rows) => {
      rows[rowOf(rows, ids.open)]![col(rows, 'Pasiūlymo ar skundo turinys')] = 'Senas variantas';
      rows[rowOf(rows, ids.complaint)]![col(rows, 'Sritis')] = 'Paslaugos';
    });
    const preview = await call(PREVIEW, { ...HEAD, params: year, file: stale });
    expect(preview.json.summary).toMatchObject({ update: 1, conflict: 1, rejected: 0 });
    const res = await call(APPLY, { ...HEAD, params: year, file: stale });
    expect(res.status).toBe(409);
    expect(res.json.current).toEqual([
      { cell: `'${SHEET}'!A5`, id: ids.open, sentVersion: 1, currentVersion: 2 },
    ]);
    expect(await textOf(ids.open)).toBe('Įrengti sensorinį kambarį');
    expect((await call(GET, { params: at(ids.complaint) })).json.category).toBe('food');
  });

  it('refuses changing a decided proposal’s text on its row, as the API does', async () => {
    const edited = editWithSheetJs(await download(HEAD), (rows) => {
      rows[rowOf(rows, ids.decided)]![col(rows, 'Pasiūlymo ar skundo turinys')] = 'Kiti baldai';
    });
    const preview = await call(PREVIEW, { ...HEAD, params: year, file: edited });
    expect(preview.json.summary).toMatchObject({ rejected: 1, update: 0 });
    expect(preview.json.rejected).toEqual([
      {
        cell: cell(`${COL.id}3`),
        message: 'Dėl šio įrašo jau priimtas sprendimas, todėl jo turinio keisti nebegalima.',
      },
    ]);
    const res = await call(APPLY, { ...HEAD, params: year, file: edited });
    expect(res.status).toBe(400);
    expect(await textOf(ids.decided)).toBe('Nauji baldai');
  });

  it('refuses the head of another unit at the unit cell, as the API does, but takes an organisation-wide row', async () => {
    let openRow = 0;
    let foreignRow = 0;
    const edited = editWithSheetJs(await download(OTHER_HEAD), (rows) => {
      openRow = rowOf(rows, ids.open) + 1;
      rows[rowOf(rows, ids.open)]![col(rows, 'Pasiūlymo ar skundo turinys')] =
        'Globos centro variantas';
      const foreign = blankRow(rows);
      foreign[col(rows, 'Rūšis')] = 'Darbuotojo pasiūlymas';
      foreign[col(rows, 'Šaltinis')] = 'Darbuotojų susirinkimas';
      foreign[col(rows, 'Skyrius (tuščia – visa įstaiga)')] = 'Dienos centras';
      foreign[col(rows, 'Pasiūlymo ar skundo turinys')] = 'Pakeisti dienos centro tvarką';
      foreign[col(rows, 'Sritis')] = 'Paslaugos';
      foreign[col(rows, 'Gavimo data')] = '2026-11-23';
      const orgWide = [...foreign];
      orgWide[col(rows, 'Skyrius (tuščia – visa įstaiga)')] = null;
      orgWide[col(rows, 'Pasiūlymo ar skundo turinys')] = 'Bendra įstaigos šventė';
      foreignRow = addRow(rows, foreign);
      addRow(rows, orgWide);
    });
    const preview = await call(PREVIEW, { ...OTHER_HEAD, params: year, file: edited });
    expect(preview.json.rejected).toEqual([
      {
        cell: cell(`${COL.unit}${openRow}`),
        message: expect.stringContaining('Keisti gali tik įrašą užregistravęs darbuotojas'),
      },
      {
        cell: cell(`${COL.unit}${foreignRow}`),
        message: 'Registruoti galite tik savo skyriaus arba visos įstaigos pasiūlymus ir skundus.',
      },
    ]);
    expect(preview.json.summary).toMatchObject({ create: 1, rejected: 2 });
    const res = await call(APPLY, { ...OTHER_HEAD, params: year, file: edited });
    expect(res.status).toBe(400);
    expect(await textOf(ids.open)).toBe('Įrengti sensorinį kambarį');
    expect((await call(LIST, { params: year })).json.items).toHaveLength(5);
  });
});
