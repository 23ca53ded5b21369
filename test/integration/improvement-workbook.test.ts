import ExcelJS from 'exceljs';
import * as XLSX from 'xlsx';
import { createTestApi } from '../support/api';
import { createTestTable, type TestTable } from '../support/table';

const ACTIONS = 'Tobulinimo priemonės';
const PROJECTS = 'Projektai ir partnerystės';
const cellOf = (sheet: string, address: string) => `'${sheet}'!${address}`;

type Rows = unknown[][];

/**
 * Edits the improvement sheets of a workbook with SheetJS, a different writer than ours, as a
 * user's Excel would; the file sent back holds only these two sheets.
 */
const editWithSheetJs = (
  bytes: Buffer,
  edits: { actions?: (rows: Rows) => void; projects?: (rows: Rows) => void },
): Buffer => {
  const wb = XLSX.read(bytes, { type: 'buffer', cellDates: true });
  const out = XLSX.utils.book_new();
  for (const [name, edit] of [
    [ACTIONS, edits.actions],
    [PROJECTS, edits.projects],
  ] as const) {
    const rows = XLSX.utils.sheet_to_json<unknown[]>(wb.Sheets[name]!, {
      header: 1,
      raw: true,
      defval: null,
    });
    edit?.(rows);
    XLSX.utils.book_append_sheet(out, XLSX.utils.aoa_to_sheet(rows, { cellDates: true }), name);
  }
  return XLSX.write(out, { type: 'buffer', bookType: 'xlsx' }) as Buffer;
};

/** The 1-based sheet row of an item in rows read with SheetJS (the header is row 1). */
const rowOf = (rows: Rows, id: string): number => rows.findIndex((r) => r[0] === id) + 1;

/** Sets the cell under `header` of the item's row. */
const set = (rows: Rows, id: string, header: string, value: unknown) => {
  const column = rows[0]!.indexOf(header);
  expect(column).toBeGreaterThanOrEqual(0);
  rows[rowOf(rows, id) - 1]![column] = value;
};

/** Appends a row with the cells under the given headers. */
const append = (rows: Rows, cells: Record<string, unknown>): number => {
  const row = rows[0]!.map(() => null) as unknown[];
  for (const [header, value] of Object.entries(cells)) {
    const column = rows[0]!.indexOf(header);
    expect(column).toBeGreaterThanOrEqual(0);
    row[column] = value;
  }
  rows.push(row);
  return rows.length;
};

describe('improvement actions and projects in the planning workbook', () => {
  let table: TestTable;
  let call: ReturnType<typeof createTestApi>;
  const year = '2025';
  const director = { roles: ['director' as const] };
  const unitHead = { roles: ['unitHead' as const], user: 'vadove@org-a' };
  /** Heads the other unit, and owns an action of the first. */
  const owningHead = { roles: ['unitHead' as const], user: 'jonas@org-a' };
  /** Owns an action of her unit. */
  const owningStaff = { roles: ['staff' as const], user: 'ona@org-a' };
  const ids: Record<'a1' | 'a2' | 'a3' | 'p1' | 'p2', string> = {
    a1: '',
    a2: '',
    a3: '',
    p1: '',
    p2: '',
  };
  let downloaded: Buffer;

  const download = async (caller: object = director) => {
    const res = await call('GET /v1/cycles/{year}/planning-workbook', {
      ...caller,
      params: { year },
    });
    expect(res.status).toBe(200);
    return res.bytes!;
  };
  const preview = (file: Buffer, caller: object = director) =>
    call('POST /v1/cycles/{year}/planning-workbook/preview', { ...caller, params: { year }, file });
  const apply = (file: Buffer, caller: object = director) =>
    call('POST /v1/cycles/{year}/planning-workbook/apply', { ...caller, params: { year }, file });
  const getAction = async (actionId: string) =>
    (await call('GET /v1/cycles/{year}/actions/{actionId}', { params: { year, actionId } })).json;
  const projects = async () =>
    (await call('GET /v1/cycles/{year}/projects', { params: { year } })).json.items as {
      id: string;
      [key: string]: unknown;
    }[];

  beforeAll(async () => {
    table = await createTestTable('2026-02-15T09:00:00Z');
    call = createTestApi(table);
    for (const [unitId, name] of [
      ['dienos-centras', 'Dienos centras'],
      ['globos-centras', 'Globos centras'],
    ]) {
      await call('PUT /v1/org/units/{unitId}', {
        params: { unitId: unitId! },
        body: { version: 0, name },
      });
    }
    for (const [userId, name, unit] of [
      ['vadove@org-a', 'Rūta Vadovė', 'dienos-centras'],
      ['ona@org-a', 'Ona Onaitė', 'dienos-centras'],
      ['jonas@org-a', 'Jonas Jonaitis', 'globos-centras'],
    ]) {
      await call('PUT /v1/org/members/{userId}', {
        params: { userId: userId! },
        body: { version: 0, name, unitIds: [unit] },
      });
    }
    await call('PUT /v1/cycles/{year}', {
      params: { year },
      body: { version: 0, budgetApprovedOn: '2025-02-10' },
    });
    const indicator = await call('POST /v1/indicators', {
      body: {
        code: 'R1',
        name: { lt: 'Gautų skundų skaičius', en: 'Complaints received' },
        unit: 'count',
        direction: 'down',
      },
    });
    const indicatorId = indicator.json.id as string;
    for (const [valueYear, value, version] of [
      ['2025', 12, 1],
      ['2026', 7, 2],
    ] as const) {
      await call('PUT /v1/indicators/{indicatorId}/values/{year}', {
        params: { indicatorId, year: valueYear },
        body: { version, value },
      });
    }
    const actions = [
      {
        finding: { kind: 'survey', reference: 'Q7', text: 'Tik 61 % tėvų žino apie užsiėmimus' },
        title: 'Informuoti tėvus apie grupinius užsiėmimus',
        ownerUserId: 'ona@org-a',
        unitId: 'dienos-centras',
        dueOn: '2026-01-31',
        indicatorId,
      },
      {
        finding: { kind: 'audit', text: 'Globos centro dokumentai nesutvarkyti' },
        title: 'Sutvarkyti globos centro dokumentus',
        ownerUserId: 'jonas@org-a',
        unitId: 'globos-centras',
        dueOn: '2026-06-30',
        status: 'inProgress',
      },
      {
        finding: { kind: 'review', text: 'Tvarkaraštis neatitinka lankytojų poreikių' },
        title: 'Atnaujinti dienos centro tvarkaraštį',
        ownerUserId: 'jonas@org-a',
        unitId: 'dienos-centras',
        dueOn: '2026-04-30',
      },
    ];
    for (const [key, body] of [
      ['a1', actions[0]],
      ['a2', actions[1]],
      ['a3', actions[2]],
    ] as const) {
      const res = await call('POST /v1/cycles/{year}/actions', { params: { year }, body });
      expect(res.status).toBe(201);
      ids[key] = res.json.id;
    }
    for (const [key, body] of [
      [
        'p1',
        {
          kind: 'partnership',
          title: 'Savanorystės programa su Utenos kolegija',
          description: 'Studentai savanoriauja dienos centre',
          partners: ['Utenos kolegija', 'VšĮ „Saulė“, Utena'],
          from: '2025-02-01',
          status: 'ongoing',
          unitId: 'dienos-centras',
        },
      ],
      [
        'p2',
        {
          kind: 'socialResponsibility',
          title: 'Atvirų durų diena bendruomenei',
          from: '2025-09-15',
          to: '2025-09-15',
          status: 'completed',
        },
      ],
    ] as const) {
      const res = await call('POST /v1/cycles/{year}/projects', { params: { year }, body });
      expect(res.status).toBe(201);
      ids[key] = res.json.id;
    }
  });
  afterAll(async () => {
    await table.drop();
  });

  it('downloads both sheets with Lithuanian headers, labels, unit names and locked reference columns', async () => {
    downloaded = await download();
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(downloaded as unknown as ExcelJS.Buffer);
    expect(wb.worksheets.map((w) => w.name)).toEqual(
      expect.arrayContaining(['Skyrių planai', ACTIONS, PROJECTS]),
    );

    const actions = wb.getWorksheet(ACTIONS)!;
    const header = (actions.getRow(1).values as unknown[]).slice(1);
    expect(header).toEqual([
      'ID (nekeisti)',
      'Versija (nekeisti)',
      'Poreikio šaltinis',
      'Šaltinio nuoroda',
      'Kas nustatyta',
      'Priemonė',
      'Aprašymas',
      'Atsakingo asmens ID',
      'Atsakingas asmuo',
      'Skyrius',
      'Įvykdymo terminas',
      'Vėluojama',
      'Būsena',
      'Įvykdymo data',
      'Atšaukimo priežastis',
      'Eiga',
      'Strateginio tikslo ID',
      'Rodiklio ID',
      'Rodiklis priemonės metais',
      'Rodiklis kitais metais',
      'Poveikis',
    ]);
    // By due date: the overdue one first.
    const a1 = actions.getRow(2).values as unknown[];
    expect(a1[1]).toBe(ids.a1);
    expect(Object.fromEntries(header.map((h, i) => [h, a1[i + 1]]))).toMatchObject({
      'Versija (nekeisti)': 1,
      'Poreikio šaltinis': 'Apklausa',
      'Šaltinio nuoroda': 'Q7',
      'Atsakingas asmuo': 'Ona Onaitė',
      Skyrius: 'Dienos centras',
      'Įvykdymo terminas': new Date('2026-01-31T00:00:00Z'),
      Vėluojama: 'Taip',
      Būsena: 'Numatyta',
      'Rodiklis priemonės metais': 12,
      'Rodiklis kitais metais': 7,
      Poveikis: 'Pagerėjo',
    });
    expect(actions.getCell('L4').value).toBe('Ne');
    expect(actions.getCell('M4').value).toBe('Vykdoma');
    // Locked is Excel's default: only unlocked cells carry a protection attribute.
    expect(actions.getCell('I2').protection?.locked ?? true).toBe(true);
    expect(actions.getCell('S2').protection?.locked ?? true).toBe(true);
    expect(actions.getCell('H2').protection).toMatchObject({ locked: false });
    expect(actions.getCell('M2').dataValidation).toMatchObject({ type: 'list' });
    expect(actions.getCell('L2').dataValidation?.type).toBeUndefined();

    const register = wb.getWorksheet(PROJECTS)!;
    expect((register.getRow(1).values as unknown[]).slice(1)).toEqual([
      'ID (nekeisti)',
      'Versija (nekeisti)',
      'Rūšis',
      'Pavadinimas',
      'Partneriai (atskirkite kabliataškiu ;)',
      'Finansavimo šaltinis',
      'Pradžia',
      'Pabaiga',
      'Būsena',
      'Rezultatas',
      'Skyrius',
      'Strateginio tikslo ID',
    ]);
    expect((register.getRow(2).values as unknown[]).slice(1, 11)).toEqual([
      ids.p1,
      1,
      'Partnerystė',
      'Savanorystės programa su Utenos kolegija',
      'Utenos kolegija; VšĮ „Saulė“, Utena',
      undefined,
      new Date('2025-02-01T00:00:00Z'),
      undefined,
      'Vykdoma',
      undefined,
    ]);
    expect(register.getCell('C3').value).toBe('Socialinės atsakomybės veikla');
    expect(register.getCell('K3').value).toBeNull();

    const english = new ExcelJS.Workbook();
    const en = await call('GET /v1/cycles/{year}/planning-workbook', {
      params: { year },
      lang: 'en',
    });
    await english.xlsx.load(en.bytes! as unknown as ExcelJS.Buffer);
    expect(english.worksheets.map((w) => w.name)).toEqual(
      expect.arrayContaining(['Improvement actions', 'Projects and partnerships']),
    );
  });

  it('creates an action and records a project’s end, status and result from a file edited with another program', async () => {
    let newRow = 0;
    const edited = editWithSheetJs(downloaded, {
      actions: (rows) => {
        newRow = append(rows, {
          'Poreikio šaltinis': 'Skundas',
          'Šaltinio nuoroda': 'S-2025-11',
          'Kas nustatyta': 'Vėluojama atsakyti į skundus',
          Priemonė: 'Atsakyti į skundus per 10 darbo dienų',
          'Atsakingo asmens ID': 'jonas@org-a',
          Skyrius: 'Globos centras',
          'Įvykdymo terminas': '2026.03.31',
          Būsena: 'Vykdoma',
          Eiga: 'Parengtas atsakymų tvarkos projektas',
        });
      },
      projects: (rows) => {
        set(
          rows,
          ids.p1,
          'Partneriai (atskirkite kabliataškiu ;)',
          'Utenos kolegija; VšĮ „Saulė“, Utena;Utenos seniūnija',
        );
        set(rows, ids.p1, 'Pabaiga', new Date(Date.UTC(2025, 11, 31)));
        set(rows, ids.p1, 'Būsena', 'Įgyvendinta');
        set(rows, ids.p1, 'Rezultatas', '12 savanorių, 340 val.');
      },
    });

    const reviewed = await preview(edited);
    expect(reviewed.status).toBe(200);
    expect(reviewed.json.summary).toEqual({
      create: 1,
      update: 1,
      unchanged: 4,
      rejected: 0,
      conflict: 0,
    });
    expect(reviewed.json.rows).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ sheet: ACTIONS, row: newRow, action: 'create', id: null }),
        {
          sheet: PROJECTS,
          row: 2,
          id: ids.p1,
          action: 'update',
          changed: ['partners', 'to', 'status', 'result'],
        },
      ]),
    );
    expect((await projects()).find((p) => p.id === ids.p1)).toMatchObject({ status: 'ongoing' });

    const applied = await apply(edited);
    expect(applied.status).toBe(200);
    expect(applied.json.applied).toBe(2);
    const list = await call('GET /v1/cycles/{year}/actions', { params: { year } });
    expect(list.json.total).toBe(4);
    expect(
      list.json.items.find((a: { title: string }) => a.title.startsWith('Atsakyti')),
    ).toMatchObject({
      finding: { kind: 'complaint', reference: 'S-2025-11', text: 'Vėluojama atsakyti į skundus' },
      ownerUserId: 'jonas@org-a',
      ownerName: 'Jonas Jonaitis',
      unitId: 'globos-centras',
      dueOn: '2026-03-31',
      status: 'inProgress',
      progress: 'Parengtas atsakymų tvarkos projektas',
      description: '',
      goalId: null,
      indicatorId: null,
      version: 1,
    });
    expect((await projects()).find((p) => p.id === ids.p1)).toMatchObject({
      status: 'completed',
      to: '2025-12-31',
      result: '12 savanorių, 340 val.',
      partners: ['Utenos kolegija', 'VšĮ „Saulė“, Utena', 'Utenos seniūnija'],
      description: 'Studentai savanoriauja dienos centre',
      version: 2,
    });
  });

  it('rejects a cancelled action without a reason and a project ending before it starts at their cells, applying nothing', async () => {
    let actionRow = 0;
    let projectRow = 0;
    const bad = editWithSheetJs(await download(), {
      actions: (rows) => {
        set(rows, ids.a1, 'Būsena', 'Atšaukta');
        actionRow = rowOf(rows, ids.a1);
      },
      projects: (rows) => {
        set(rows, ids.p2, 'Pabaiga', '2025-09-01');
        projectRow = rowOf(rows, ids.p2);
      },
    });
    const reviewed = await preview(bad);
    expect(reviewed.json.summary).toMatchObject({ rejected: 2, create: 0, update: 0 });
    expect(reviewed.json.rejected).toEqual([
      {
        cell: cellOf(ACTIONS, `O${actionRow}`),
        message: 'Nurodykite, kodėl priemonė atšaukiama.',
      },
      {
        cell: cellOf(PROJECTS, `H${projectRow}`),
        message: 'Pabaigos data negali būti ankstesnė už pradžios datą (2025-09-15).',
      },
    ]);

    const res = await apply(bad);
    expect(res.status).toBe(400);
    expect(res.json.errors.map((e: { field: string }) => e.field)).toEqual([
      cellOf(ACTIONS, `O${actionRow}`),
      cellOf(PROJECTS, `H${projectRow}`),
    ]);
    expect(await getAction(ids.a1)).toMatchObject({ status: 'open', version: 1 });
    expect((await projects()).find((p) => p.id === ids.p2)).toMatchObject({
      to: '2025-09-15',
      version: 1,
    });
  });

  it('reports a row of a stale file as a conflict and applies nothing of it', async () => {
    const stale = editWithSheetJs(downloaded, {
      actions: (rows) => set(rows, ids.a1, 'Eiga', 'Lankstinukas išdalintas'),
      projects: (rows) => set(rows, ids.p1, 'Rezultatas', '15 savanorių'),
    });
    const reviewed = await preview(stale);
    expect(reviewed.json.summary).toMatchObject({ update: 1, conflict: 1, rejected: 0 });
    const res = await apply(stale);
    expect(res.status).toBe(409);
    expect(res.json.current).toEqual([
      { cell: cellOf(PROJECTS, 'A2'), id: ids.p1, sentVersion: 1, currentVersion: 2 },
    ]);
    expect(await getAction(ids.a1)).toMatchObject({ progress: '', version: 1 });
    expect((await projects()).find((p) => p.id === ids.p1)).toMatchObject({
      result: '12 savanorių, 340 val.',
    });
  });

  it('rejects a unit head’s row for another unit at its unit cell, and applies nothing', async () => {
    let foreignRow = 0;
    const file = editWithSheetJs(await download(unitHead), {
      actions: (rows) => {
        set(rows, ids.a1, 'Eiga', 'Lankstinukas išdalintas');
        foreignRow = append(rows, {
          'Poreikio šaltinis': 'Auditas',
          'Kas nustatyta': 'Globos centre trūksta instrukcijų',
          Priemonė: 'Parengti globos centro instrukcijas',
          'Atsakingo asmens ID': 'ona@org-a',
          Skyrius: 'Globos centras',
          'Įvykdymo terminas': '2026-05-31',
        });
      },
    });
    const reviewed = await preview(file, unitHead);
    expect(reviewed.status).toBe(200);
    // Untouched rows of other units are left alone: only what the unit head changed is checked.
    expect(reviewed.json.summary).toEqual({
      create: 0,
      update: 1,
      unchanged: 5,
      rejected: 1,
      conflict: 0,
    });
    expect(reviewed.json.rejected).toEqual([
      {
        cell: cellOf(ACTIONS, `J${foreignRow}`),
        message: 'Galite keisti tik savo skyriaus įrašus.',
      },
    ]);
    const res = await apply(file, unitHead);
    expect(res.status).toBe(400);
    expect(await getAction(ids.a1)).toMatchObject({ progress: '', version: 1 });
  });

  it('lets an action’s owner heading another unit change only its status and progress', async () => {
    const current = await download(owningHead);
    let row = 0;
    const moved = editWithSheetJs(current, {
      actions: (rows) => {
        set(rows, ids.a3, 'Įvykdymo terminas', '2026-09-30');
        row = rowOf(rows, ids.a3);
      },
    });
    expect((await preview(moved, owningHead)).json.rejected).toEqual([
      {
        cell: cellOf(ACTIONS, `J${row}`),
        message: 'Kaip atsakingas asmuo galite keisti tik savo priemonės būseną ir eigą.',
      },
    ]);

    const progressed = editWithSheetJs(current, {
      actions: (rows) => {
        set(rows, ids.a3, 'Būsena', 'Vykdoma');
        set(rows, ids.a3, 'Eiga', 'Apklausti lankytojai');
      },
    });
    const res = await apply(progressed, owningHead);
    expect(res.status).toBe(200);
    expect(res.json.summary).toMatchObject({ update: 1, rejected: 0 });
    expect(res.json.rows.find((r: { action: string }) => r.action === 'update')).toMatchObject({
      id: ids.a3,
      changed: ['status', 'progress'],
    });
    expect(await getAction(ids.a3)).toMatchObject({
      status: 'inProgress',
      progress: 'Apklausti lankytojai',
      dueOn: '2026-04-30',
      updatedBy: 'jonas@org-a',
      version: 2,
    });
  });

  it('lets an action’s owner, as staff, set it done by upload but not change what it is', async () => {
    const current = await download(owningStaff);
    let row = 0;
    const renamed = editWithSheetJs(current, {
      actions: (rows) => {
        set(rows, ids.a1, 'Priemonė', 'Informuoti tėvus ir globėjus');
        row = rowOf(rows, ids.a1);
      },
    });
    const refused = await apply(renamed, owningStaff);
    expect(refused.status).toBe(400);
    expect(refused.json.errors).toEqual([
      expect.objectContaining({
        field: cellOf(ACTIONS, `J${row}`),
        message: 'Kaip atsakingas asmuo galite keisti tik savo priemonės būseną ir eigą.',
      }),
    ]);

    const done = editWithSheetJs(current, {
      actions: (rows) => {
        set(rows, ids.a1, 'Būsena', 'Įvykdyta');
        set(rows, ids.a1, 'Eiga', 'Lankstinukas išdalintas, aptarta susirinkime');
      },
    });
    const res = await apply(done, owningStaff);
    expect(res.status).toBe(200);
    expect(res.json.applied).toBe(1);
    expect(await getAction(ids.a1)).toMatchObject({
      title: 'Informuoti tėvus apie grupinius užsiėmimus',
      status: 'done',
      doneOn: '2026-02-15',
      overdue: false,
      progress: 'Lankstinukas išdalintas, aptarta susirinkime',
      updatedBy: 'ona@org-a',
      version: 2,
    });
  });
});
