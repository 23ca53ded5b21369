import ExcelJS from 'exceljs';
import * as XLSX from 'xlsx';
import { annualPlanRef, emptyPlan } from '../../functions/domain/planning/annual-plan-state';
import { aContext } from '../fixtures/builders';
import { createTestApi, type CallOptions } from '../support/api';
import { createTestTable, type TestTable } from '../support/table';

const NEEDS = 'Kompetencijų poreikiai';
const PLAN = 'Kompetencijų tobulinimo planas';
const SHEETS = [NEEDS, PLAN];
/** Both names have letters outside A–Z, so cell addresses quote them. */
const at = (sheet: string, cell: string) => `'${sheet}'!${cell}`;

type Rows = unknown[][];

/**
 * Edits the training sheets with SheetJS, a different writer than ours, as a user's Excel would,
 * and saves a workbook of just those sheets (the sheets a file lacks are left alone).
 */
const editWithSheetJs = (bytes: Buffer, edit: (sheets: Record<string, Rows>) => void): Buffer => {
  const wb = XLSX.read(bytes, { type: 'buffer', cellDates: true });
  const sheets = Object.fromEntries(
    SHEETS.map((name) => [
      name,
      XLSX.utils.sheet_to_json<unknown[]>(wb.Sheets[name]!, {
        header: 1,
        raw: true,
        defval: null,
      }),
    ]),
  );
  edit(sheets);
  const out = XLSX.utils.book_new();
  for (const name of SHEETS) {
    XLSX.utils.book_append_sheet(
      out,
      XLSX.utils.aoa_to_sheet(sheets[name]!, { cellDates: true }),
      name,
    );
  }
  return XLSX.write(out, { type: 'buffer', bookType: 'xlsx' }) as Buffer;
};

/** A cell of `rows` by its Lithuanian header. */
const cell = (rows: Rows, row: number, header: string) => {
  const index = rows[0]!.indexOf(header);
  if (index < 0) throw new Error(`no column ${header}`);
  return {
    get: () => rows[row]![index],
    set: (value: unknown) => (rows[row]![index] = value),
  };
};

/**
 * A new row right below the last one filled: `values` by Lithuanian header, other cells empty.
 * (SheetJS reads the empty rows our writer prepared for new items, so pushing would go past them.)
 */
const newRow = (rows: Rows, values: Record<string, unknown>) => {
  const row = rows[0]!.map(() => null) as unknown[];
  for (const [header, value] of Object.entries(values)) row[rows[0]!.indexOf(header)] = value;
  const filled = rows.filter((r) => r.some((v) => v !== null && v !== '')).length;
  rows.splice(filled, 0, row);
};

const rowOf = (rows: Rows, header: string, value: unknown) =>
  rows.findIndex((r) => r[rows[0]!.indexOf(header)] === value);

const year = { year: '2026' };
const ona: CallOptions = { roles: ['staff'], user: 'ona@org-a' };
const jonas: CallOptions = { roles: ['staff'], user: 'jonas@org-a' };
const rasa: CallOptions = { roles: ['unitHead'], user: 'rasa@org-a' };
const deputy: CallOptions = { roles: ['deputy'], user: 'vida@org-a' };

describe('competence needs and the training plan as sheets of the planning workbook', () => {
  let table: TestTable;
  let call: ReturnType<typeof createTestApi>;
  const ids: Record<string, string> = {};

  const download = async (who: CallOptions) => {
    const res = await call('GET /v1/cycles/{year}/planning-workbook', { ...who, params: year });
    expect(res.status).toBe(200);
    return res.bytes!;
  };
  const upload = (
    step: 'preview' | 'apply',
    who: CallOptions,
    file: Buffer,
    lang: 'lt' | 'en' = 'lt',
  ) =>
    call(`POST /v1/cycles/{year}/planning-workbook/${step}`, {
      ...who,
      params: year,
      file,
      lang,
    });
  const needs = async () =>
    (await call('GET /v1/cycles/{year}/needs', { ...deputy, params: year })).json.items;
  const training = async () =>
    (await call('GET /v1/cycles/{year}/training', { ...deputy, params: year })).json.items;

  beforeAll(async () => {
    table = await createTestTable('2026-03-10T09:00:00Z');
    call = createTestApi(table);
    for (const [unitId, name] of [
      ['dienos-centras', 'Dienos centras'],
      ['globos-skyrius', 'Globos skyrius'],
    ]) {
      await call('PUT /v1/org/units/{unitId}', {
        params: { unitId: unitId! },
        body: { version: 0, name },
      });
    }
    const members: [string, string, string[]][] = [
      ['ona@org-a', 'Ona Onaitė', ['dienos-centras']],
      ['petras@org-a', 'Petras Petraitis', ['dienos-centras']],
      ['jonas@org-a', 'Jonas Jonaitis', ['globos-skyrius']],
      ['rasa@org-a', 'Rasa Rasaitė', ['dienos-centras']],
      ['vida@org-a', 'Vida Vadovė', []],
    ];
    for (const [userId, name, unitIds] of members) {
      await call('PUT /v1/org/members/{userId}', {
        params: { userId },
        body: { version: 0, name, unitIds },
      });
    }
    await call('PUT /v1/cycles/{year}', {
      params: year,
      body: { version: 0, budgetApprovedOn: '2026-02-10' },
    });
    const onaNeed = await call('POST /v1/cycles/{year}/needs', {
      ...ona,
      params: year,
      body: {
        area: 'psychologyTrauma',
        topic: 'Darbas su trauma',
        reason: 'Vaikai, patyrę smurtą',
        source: 'performanceReview',
      },
    });
    ids.onaNeed = onaNeed.json.id;
    const jonasNeed = await call('POST /v1/cycles/{year}/needs', {
      ...jonas,
      params: year,
      body: { area: 'legal', topic: 'Asmens duomenų apsauga' },
    });
    ids.jonasNeed = jonasNeed.json.id;
    const supervision = await call('POST /v1/cycles/{year}/training', {
      ...deputy,
      params: year,
      body: {
        topic: 'Grupinė supervizija',
        area: 'socialWorkMethods',
        provider: 'Supervizorė',
        format: 'supervision',
        plannedHours: 6.5,
        participants: ['ona@org-a', 'rasa@org-a'],
        from: '2026-03-02',
        to: '2026-03-03',
      },
    });
    ids.supervision = supervision.json.id;
    const completed = await call('POST /v1/cycles/{year}/training/{trainingId}/completions', {
      ...deputy,
      params: { ...year, trainingId: ids.supervision! },
      body: { version: 1, userId: 'rasa@org-a', hours: 6.5, completedOn: '2026-03-03' },
    });
    expect(completed.json.version).toBe(2);
  });
  afterAll(async () => {
    await table.drop();
  });

  it('downloads both sheets with Lithuanian headers, names, labels and locked reference columns', async () => {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load((await download(deputy)) as unknown as ExcelJS.Buffer);
    const needsWs = wb.getWorksheet(NEEDS)!;
    expect(needsWs.getRow(1).values).toEqual([
      undefined,
      'ID (nekeisti)',
      'Versija (nekeisti)',
      'Darbuotojo ID',
      'Darbuotojas',
      'Skyrius',
      'Kompetencijų sritis',
      'Tema',
      'Poreikio priežastis',
      'Poreikio šaltinis',
    ]);
    // Needs by the employee's name: Jonas, then Ona.
    expect(needsWs.getRow(3).values).toEqual([
      undefined,
      ids.onaNeed,
      1,
      'ona@org-a',
      'Ona Onaitė',
      'Dienos centras',
      'Psichologija ir darbas su trauma',
      'Darbas su trauma',
      'Vaikai, patyrę smurtą',
      'Kasmetinis veiklos vertinimas',
    ]);
    expect(needsWs.getCell('D2').value).toBe('Jonas Jonaitis');
    expect(needsWs.getCell('D2').protection?.locked ?? true).toBe(true);
    expect(needsWs.getCell('C2').protection).toMatchObject({ locked: false });
    expect(needsWs.getCell('E2').dataValidation).toMatchObject({ type: 'list' });

    const planWs = wb.getWorksheet(PLAN)!;
    expect(planWs.getRow(1).values).toEqual([
      undefined,
      'ID (nekeisti)',
      'Versija (nekeisti)',
      'Tema',
      'Kompetencijų sritis',
      'Mokymų teikėjas',
      'Mokymų forma',
      'Trukmė vienam dalyviui, val.',
      'Dalyvių ID (per kablelį)',
      'Pradžia',
      'Pabaiga',
      'Kaina, EUR',
      'Poreikių ID (per kablelį)',
      'Įvykdyta dalyvių valandų',
      'Baigusių dalyvių',
    ]);
    const supervision = planWs.getRow(2);
    expect(
      ['A', 'B', 'C', 'D', 'E', 'F', 'G', 'H', 'I', 'J', 'K', 'M', 'N'].map(
        (column) => supervision.getCell(column).value,
      ),
    ).toEqual([
      ids.supervision,
      2,
      'Grupinė supervizija',
      'Socialinio darbo metodai',
      'Supervizorė',
      'Supervizija',
      6.5,
      'ona@org-a, rasa@org-a',
      new Date('2026-03-02T00:00:00Z'),
      new Date('2026-03-03T00:00:00Z'),
      null,
      6.5,
      1,
    ]);
    expect(planWs.getCell('M2').protection?.locked ?? true).toBe(true);
    expect(planWs.getCell('F2').dataValidation).toMatchObject({ type: 'list' });
  });

  it('adds a need from one edited file, then a training item answering it from another, keeping completions', async () => {
    // A unit head writes a need for a member of her unit; the unit is his only one.
    const withNeed = editWithSheetJs(await download(rasa), (sheets) => {
      newRow(sheets[NEEDS]!, {
        'Darbuotojo ID': 'petras@org-a',
        'Kompetencijų sritis': 'Skaitmeninės kompetencijos',
        Tema: 'Excel pradmenys',
        'Poreikio šaltinis': 'Profesinės kompetencijos įsivertinimas',
      });
    });
    const preview = await upload('preview', rasa, withNeed);
    expect(preview.status).toBe(200);
    // She sees Ona's need (her unit), not Jonas's; the training plan is there, untouched.
    expect(preview.json.summary).toEqual({
      create: 1,
      update: 0,
      unchanged: 2,
      rejected: 0,
      conflict: 0,
    });
    expect(await needs()).toHaveLength(2);
    const applied = await upload('apply', rasa, withNeed);
    expect(applied.json.applied).toBe(1);
    const petras = (await needs()).find((n: { topic: string }) => n.topic === 'Excel pradmenys');
    expect(petras).toMatchObject({
      employee: 'petras@org-a',
      employeeName: 'Petras Petraitis',
      unitId: 'dienos-centras',
      area: 'digital',
      source: 'selfAssessment',
      reason: '',
      version: 1,
    });
    ids.petrasNeed = petras.id;

    // The deputy links the new need by the ID the sheet shows, and corrects the supervision's provider.
    const withTraining = editWithSheetJs(await download(deputy), (sheets) => {
      const needRows = sheets[NEEDS]!;
      const needId = cell(needRows, rowOf(needRows, 'Tema', 'Excel pradmenys'), 'ID (nekeisti)');
      const plan = sheets[PLAN]!;
      cell(plan, 1, 'Mokymų teikėjas').set('Supervizorė R. Rimkienė');
      // Reference columns are never read back, whatever is typed over them.
      cell(plan, 1, 'Įvykdyta dalyvių valandų').set(99);
      newRow(plan, {
        Tema: 'Excel pradmenys',
        'Kompetencijų sritis': 'Skaitmeninės kompetencijos',
        'Mokymų teikėjas': 'Mokymo centras',
        'Mokymų forma': 'Nuotoliniai mokymai',
        'Trukmė vienam dalyviui, val.': 8,
        'Dalyvių ID (per kablelį)': 'petras@org-a, ona@org-a',
        Pradžia: '2026-04-14',
        Pabaiga: '2026.04.15',
        'Kaina, EUR': '120,50',
        'Poreikių ID (per kablelį)': needId.get(),
      });
    });
    const second = await upload('preview', deputy, withTraining);
    expect(second.json.summary).toEqual({
      create: 1,
      update: 1,
      unchanged: 3,
      rejected: 0,
      conflict: 0,
    });
    expect(second.json.rows.find((r: { action: string }) => r.action === 'update')).toMatchObject({
      sheet: PLAN,
      row: 2,
      id: ids.supervision,
      changed: ['provider'],
    });
    expect((await upload('apply', deputy, withTraining)).json.applied).toBe(2);

    const items = await training();
    expect(items).toHaveLength(2);
    expect(items[0]).toMatchObject({
      id: ids.supervision,
      provider: 'Supervizorė R. Rimkienė',
      version: 3,
      doneHours: 6.5,
      completions: [{ userId: 'rasa@org-a', hours: 6.5, completedOn: '2026-03-03' }],
    });
    expect(items[1]).toMatchObject({
      topic: 'Excel pradmenys',
      area: 'digital',
      format: 'online',
      plannedHours: 8,
      participants: [
        { userId: 'petras@org-a', name: 'Petras Petraitis', completed: false },
        { userId: 'ona@org-a', name: 'Ona Onaitė', completed: false },
      ],
      from: '2026-04-14',
      to: '2026-04-15',
      costEur: 120.5,
      needIds: [ids.petrasNeed],
      completions: [],
    });
    ids.excel = items[1].id;
    const linked = (await needs()).find((n: { id: string }) => n.id === ids.petrasNeed);
    expect(linked.trainings).toEqual([{ id: ids.excel, topic: 'Excel pradmenys' }]);
  });

  it('rejects a bad number of hours and a participant who is not a member at their cells, and applies nothing', async () => {
    const bad = editWithSheetJs(await download(deputy), (sheets) => {
      cell(sheets[NEEDS]!, 1, 'Poreikio priežastis').set('Nauja priežastis');
      const plan = sheets[PLAN]!;
      cell(plan, 1, 'Trukmė vienam dalyviui, val.').set('šešios');
      cell(plan, 2, 'Dalyvių ID (per kablelį)').set('petras@org-a, nera@org-a');
    });
    const preview = await upload('preview', deputy, bad);
    expect(preview.json.summary).toMatchObject({ update: 1, rejected: 2 });
    expect(preview.json.rejected).toEqual([
      { cell: at(PLAN, 'G2'), message: 'Ne skaičius.' },
      { cell: at(PLAN, 'H3'), message: 'Tokio darbuotojo įstaigos darbuotojų sąraše nėra.' },
    ]);
    const english = await upload('preview', deputy, bad, 'en');
    expect(english.json.rejected[1].message).toBe(
      'No such person in the organisation’s list of members.',
    );
    const res = await upload('apply', deputy, bad);
    expect(res.status).toBe(400);
    expect(res.json.errors.map((e: { field: string }) => e.field)).toEqual([
      at(PLAN, 'G2'),
      at(PLAN, 'H3'),
    ]);
    expect((await needs()).map((n: { reason: string }) => n.reason)).not.toContain(
      'Nauja priežastis',
    );
    expect((await training())[1].participants).toHaveLength(2);
  });

  it('answers a row changed since the download with a conflict and applies nothing', async () => {
    const old = await download(deputy);
    const changed = await call('PUT /v1/cycles/{year}/training/{trainingId}', {
      ...deputy,
      params: { ...year, trainingId: ids.excel! },
      body: {
        topic: 'Excel pradmenys',
        area: 'digital',
        format: 'online',
        plannedHours: 8,
        participants: ['petras@org-a', 'ona@org-a'],
        from: '2026-04-14',
        to: '2026-04-15',
        costEur: 150,
        needIds: [ids.petrasNeed],
        version: 1,
      },
    });
    expect(changed.json.version).toBe(2);
    const stale = editWithSheetJs(old, (sheets) => {
      cell(sheets[NEEDS]!, 1, 'Tema').set('Teisės aktų naujovės');
      cell(sheets[PLAN]!, 2, 'Kaina, EUR').set(99);
    });
    const res = await upload('apply', deputy, stale);
    expect(res.status).toBe(409);
    expect(res.json.current).toEqual([
      { cell: `'${PLAN}'!A3`, id: ids.excel, sentVersion: 1, currentVersion: 2 },
    ]);
    expect((await training())[1].costEur).toBe(150);
    expect((await needs()).map((n: { topic: string }) => n.topic)).not.toContain(
      'Teisės aktų naujovės',
    );
  });

  it('keeps needs to their writers: staff change their own, a unit head is stopped at the unit of another unit’s employee', async () => {
    const byOna = editWithSheetJs(await download(ona), (sheets) => {
      cell(sheets[NEEDS]!, 1, 'Tema').set('Darbas su trauma ir netektimi');
    });
    const own = await upload('apply', ona, byOna);
    expect([own.status, own.json.summary]).toEqual([
      200,
      expect.objectContaining({ update: 1, rejected: 0 }),
    ]);
    expect((await needs()).map((n: { topic: string }) => n.topic)).toContain(
      'Darbas su trauma ir netektimi',
    );

    const file = editWithSheetJs(await download(rasa), (sheets) => {
      const rows = sheets[NEEDS]!;
      // Ona's need moved to Jonas (his unit then, the care unit), and a new need for him.
      const onaRow = rowOf(rows, 'Darbuotojo ID', 'ona@org-a');
      cell(rows, onaRow, 'Darbuotojo ID').set('jonas@org-a');
      cell(rows, onaRow, 'Skyrius').set(null);
      newRow(rows, {
        'Darbuotojo ID': 'jonas@org-a',
        'Kompetencijų sritis': 'Kita',
        Tema: 'Laiko planavimas',
      });
    });
    const preview = await upload('preview', rasa, file);
    const onaRow = preview.json.rows.find((r: { id: string }) => r.id === ids.onaNeed).row;
    expect(preview.json.rejected).toEqual([
      { cell: at(NEEDS, `E${onaRow}`), message: 'Galite keisti tik savo skyriaus įrašus.' },
      { cell: at(NEEDS, 'E4'), message: 'Galite keisti tik savo skyriaus įrašus.' },
    ]);
    expect((await upload('apply', rasa, file)).status).toBe(400);
    expect(
      (await needs()).filter((n: { employee: string }) => n.employee === 'jonas@org-a'),
    ).toHaveLength(1);
  });

  describe('after the annual plan is approved', () => {
    beforeAll(async () => {
      await table.deps.store.save(
        aContext({ orgId: 'org-a' }),
        annualPlanRef(2026),
        { ...emptyPlan(2026), state: 'approved' },
        0,
      );
    });

    it('rejects a change to a training item on its row, and applies nothing', async () => {
      const file = editWithSheetJs(await download(deputy), (sheets) => {
        cell(sheets[NEEDS]!, 1, 'Poreikio priežastis').set('Naujas įstatymas');
        cell(sheets[PLAN]!, 2, 'Trukmė vienam dalyviui, val.').set(10);
      });
      const preview = await upload('preview', deputy, file);
      expect(preview.json.rejected).toEqual([
        {
          cell: at(PLAN, 'A3'),
          message:
            '2026 m. metinis veiklos planas patvirtintas, todėl jo keisti negalima. Pradėkite plano pakeitimą.',
        },
      ]);
      expect((await upload('apply', deputy, file)).status).toBe(400);
      expect((await training())[1].plannedHours).toBe(8);
    });

    it('still takes changes to needs, and leaves the untouched plan alone', async () => {
      const file = editWithSheetJs(await download(deputy), (sheets) => {
        cell(sheets[NEEDS]!, 1, 'Poreikio priežastis').set('Naujas įstatymas');
      });
      const res = await upload('apply', deputy, file);
      expect(res.status).toBe(200);
      expect(res.json.summary).toEqual({
        create: 0,
        update: 1,
        unchanged: 4,
        rejected: 0,
        conflict: 0,
      });
      expect((await needs()).map((n: { reason: string }) => n.reason)).toContain(
        'Naujas įstatymas',
      );
    });
  });
});
