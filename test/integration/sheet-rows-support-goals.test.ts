import { createTestApi, type CallOptions } from '../support/api';
import { createTestTable, type TestTable } from '../support/table';

/* eslint-disable @typescript-eslint/no-explicit-any */

/**
 * Support-plan goals as sheet rows (`support-goals`) on DynamoDB Local: the plans the user may
 * see under pseudonymous codes, every listing audited as a read, writes by the plan update's
 * rules (free-text checks included), several goals of one plan in one request, creates by code.
 */
describe('the sheet rows API’s support-plan goals', () => {
  let table: TestTable;
  let call: ReturnType<typeof createTestApi>;
  const year = '2026';
  const GET = 'GET /v1/cycles/{year}/sheets/{entity}';
  const PUT = 'PUT /v1/cycles/{year}/sheets/{entity}';
  const params = { year, entity: 'support-goals' };
  const ona: CallOptions = { roles: ['staff'], user: 'ona@org-a' };
  const petras: CallOptions = { roles: ['staff'], user: 'petras@org-a' };
  const director: CallOptions = { roles: ['director'], user: 'direktorius@org-a' };
  let dc: { id: string; version: number; goals: { id: string }[] };
  let gc: { id: string };

  const goal = (text: string, reviewOn: string[]) => ({
    domain: 'educationEmployment',
    text,
    result: 'Dienų mokykloje per savaitę',
    baseline: 2,
    target: 5,
    dueOn: '2026-12-31',
    reviewOn,
  });
  const plan = async (code: string, unitId: string, worker: CallOptions, goals: unknown[]) => {
    const res = await call('POST /v1/support-plans', {
      ...worker,
      body: {
        recipientCode: code,
        unitId,
        responsibleWorker: worker.user,
        startedOn: '2026-01-12',
        goals,
      },
    });
    expect(res.status).toBe(201);
    return res.json;
  };
  const planNow = async (id: string) =>
    (await call('GET /v1/support-plans/{planId}', { ...director, params: { planId: id } })).json;
  const sheet = async (who: CallOptions = ona, lang: 'lt' | 'en' = 'lt') =>
    (await call(GET, { ...who, params, lang })).json;

  beforeAll(async () => {
    table = await createTestTable('2026-07-01T09:00:00Z');
    call = createTestApi(table);
    for (const [unitId, name] of [
      ['dienos-centras', 'Dienos centras'],
      ['globos-centras', 'Globos centras'],
    ])
      await call('PUT /v1/org/units/{unitId}', {
        params: { unitId: unitId! },
        body: { version: 0, name },
      });
    for (const [userId, name, unit] of [
      ['ona@org-a', 'Ona Onaitė', 'dienos-centras'],
      ['petras@org-a', 'Petras Petraitis', 'globos-centras'],
    ])
      await call('PUT /v1/org/members/{userId}', {
        params: { userId: userId! },
        body: { version: 0, name, unitIds: [unit] },
      });
    await call('PUT /v1/cycles/{year}', {
      params: { year },
      body: { version: 0, budgetApprovedOn: '2026-02-10' },
    });
    dc = await plan('VG-100', 'dienos-centras', ona, [
      goal('Reguliariai lankyti mokyklą', ['2026-03-31', '2026-06-30', '2026-12-15']),
      goal('Ruošti pamokas kasdien', ['2026-09-30']),
    ]);
    const reviewed = await call('POST /v1/support-plans/{planId}/goals/{goalId}/reviews', {
      ...ona,
      params: { planId: dc.id, goalId: dc.goals[0]!.id },
      body: { version: dc.version, reviewedOn: '2026-04-02', valueReached: 3, status: 'partly' },
    });
    expect(reviewed.status).toBe(200);
    dc = reviewed.json;
    gc = await plan('GC-7', 'globos-centras', petras, [goal('Lankyti būrelį', ['2026-10-01'])]);
  });
  afterAll(() => table.drop());

  it('gives the goals of the user’s units’ plans under their codes, and logs each plan’s read', async () => {
    const lt = await sheet();
    expect(lt.title).toBe('Pagalbos planų tikslai');
    expect(lt.headers).toEqual([
      'ID (nekeisti)',
      'Versija (nekeisti)',
      'Gavėjo kodas',
      'Plano ID (nekeisti)',
      'Skyrius',
      'Gyvenimo sritis',
      'Tikslas',
      'Matuojamas rezultatas',
      'Pradinė reikšmė',
      'Siektina reikšmė',
      'Pasiekti iki',
      'Kita peržiūra',
      'Atsakingas darbuotojas',
      'Būsena (paskutinė peržiūra)',
    ]);
    expect(lt.rows.map((r: any) => r.id)).toEqual(dc.goals.map((g) => g.id));
    expect(lt.rows[0].values).toEqual({
      recipientCode: 'VG-100',
      planId: dc.id,
      unitId: 'Dienos centras',
      domain: 'Išsilavinimas ir užimtumas',
      text: 'Reguliariai lankyti mokyklą',
      result: 'Dienų mokykloje per savaitę',
      baseline: 2,
      target: 5,
      dueOn: '2026-12-31',
      nextReviewOn: '2026-06-30',
      responsibleWorker: 'ona@org-a',
      status: 'Pasiektas iš dalies',
    });
    expect(lt.rows[1].values).toMatchObject({ nextReviewOn: '2026-09-30', status: null });
    const column = (key: string) => lt.columns.find((c: any) => c.key === key);
    expect(column('status')).toMatchObject({ type: 'enum', readOnly: true });
    expect(column('planId')).toMatchObject({ readOnly: true });
    expect(column('nextReviewOn')).toMatchObject({ type: 'date', readOnly: false });
    const en = await sheet(ona, 'en');
    expect(en.rows[0].values).toMatchObject({ status: 'Partly achieved' });

    expect((await sheet(petras)).rows.map((r: any) => r.values.recipientCode)).toEqual(['GC-7']);
    expect((await sheet(director)).rows).toHaveLength(3);
    const admin = await call(GET, { roles: ['admin'], params });
    expect(admin.status).toBe(403);

    const reads = await call('GET /v1/audit', {
      ...director,
      query: { entityType: 'supportPlan', entityId: dc.id, limit: '200' },
    });
    const sheetReads = reads.json.items.filter(
      (e: any) => e.action === 'read' && e.detail?.purpose === 'sheet',
    );
    expect(sheetReads.map((e: any) => e.actor.userId).sort()).toEqual([
      'direktorius@org-a',
      'ona@org-a',
      'ona@org-a',
    ]);
    const gcReads = await call('GET /v1/audit', {
      ...director,
      query: { entityType: 'supportPlan', entityId: gc.id, limit: '200' },
    });
    expect(
      gcReads.json.items.filter((e: any) => e.action === 'read' && e.actor.userId === 'ona@org-a'),
    ).toEqual([]);
  });

  it('writes two goals of one plan in one request, keeping reviews and the other review dates', async () => {
    const [first, second] = (await sheet()).rows;
    const res = await call(PUT, {
      ...ona,
      params,
      body: {
        rows: [
          {
            clientRowId: 'g1',
            id: first.id,
            version: first.version,
            values: { target: 4, nextReviewOn: '2026-07-15' },
          },
          {
            clientRowId: 'g2',
            id: second.id,
            version: second.version,
            values: { text: 'Ruošti pamokas su savanoriu' },
          },
        ],
      },
    });
    expect(res.status).toBe(200);
    expect(res.json.rows.map((r: any) => [r.status, r.changed])).toEqual([
      ['applied', ['target', 'nextReviewOn']],
      ['applied', ['text']],
    ]);
    expect(res.json.rows[0].version).not.toBe(first.version);
    expect(res.json.rows[0].values).toMatchObject({ target: 4, nextReviewOn: '2026-07-15' });
    const now = await planNow(dc.id);
    expect(now.version).toBe(dc.version + 2);
    expect(now.goals[0]).toMatchObject({
      target: 4,
      reviewOn: ['2026-03-31', '2026-07-15', '2026-12-15'],
      latestStatus: 'partly',
    });
    expect(now.goals[0].reviews).toHaveLength(1);
    expect(now.goals[1].text).toBe('Ruošti pamokas su savanoriu');
    const audit = await call('GET /v1/audit', {
      ...director,
      query: { entityType: 'supportPlan', entityId: dc.id, limit: '200' },
    });
    expect(
      audit.json.items.filter((e: any) => e.action === 'update' && e.actor.userId === 'ona@org-a'),
    ).toHaveLength(3);
  });

  it('refuses personal data in a goal’s text on its cell, and a goal moved to another code', async () => {
    const [first, second] = (await sheet()).rows;
    const res = await call(PUT, {
      ...ona,
      params,
      body: {
        rows: [
          {
            clientRowId: 'pii',
            id: first.id,
            version: first.version,
            values: { text: 'Lankyti mokyklą, a. k. 38703181745' },
          },
          {
            clientRowId: 'move',
            id: second.id,
            version: second.version,
            values: { recipientCode: 'GC-7' },
          },
        ],
      },
    });
    expect(res.json.rows[0]).toMatchObject({
      status: 'rejected',
      errors: [
        {
          column: 'text',
          header: 'Tikslas',
          message: expect.stringContaining('Laukas „text“: tekste yra asmens kodas'),
        },
      ],
    });
    expect(res.json.rows[1]).toMatchObject({
      status: 'rejected',
      errors: [{ column: 'recipientCode', message: expect.stringContaining('lieka savo plane') }],
    });
    expect((await planNow(dc.id)).goals[0].text).toBe('Reguliariai lankyti mokyklą');
  });

  it('creates a goal in the plan named by its code, once, and refuses a code the user cannot see', async () => {
    const newGoal = {
      recipientCode: 'vg-100',
      domain: 'Sveikata',
      text: 'Kasdien mankštintis',
      result: 'Mankštos dienų per savaitę',
      baseline: 0,
      target: 3,
      dueOn: '2026-12-31',
      nextReviewOn: '2026.10.01',
    };
    const body = {
      rows: [
        { clientRowId: 'new-goal', values: newGoal },
        { clientRowId: 'not-mine', values: { ...newGoal, recipientCode: 'GC-7' } },
      ],
    };
    const res = await call(PUT, { ...ona, params, body });
    expect(res.json.rows[0]).toMatchObject({
      status: 'applied',
      values: { recipientCode: 'VG-100', domain: 'Sveikata', nextReviewOn: '2026-10-01' },
    });
    expect(res.json.rows[1]).toMatchObject({
      status: 'rejected',
      errors: [{ column: 'recipientCode', message: expect.stringContaining('nėra tarp jums') }],
    });
    const created = res.json.rows[0].id;
    let now = await planNow(dc.id);
    expect(now.goals.map((g: any) => g.id)).toContain(created);
    expect(now.goals.find((g: any) => g.id === created)).toMatchObject({
      domain: 'health',
      reviewOn: ['2026-10-01'],
    });

    const retry = await call(PUT, { ...ona, params, body: { rows: [body.rows[0]] } });
    expect(retry.json.rows[0]).toMatchObject({ status: 'applied', id: created, replayed: true });
    now = await planNow(dc.id);
    expect(now.goals.filter((g: any) => g.text === 'Kasdien mankštintis')).toHaveLength(1);
    expect((await planNow(gc.id)).goals).toHaveLength(1);
  });

  it('answers a conflict for a goal changed since it was read, not for its sibling', async () => {
    const [first, second] = (await sheet()).rows;
    const current = await planNow(dc.id);
    const changed = await call('PUT /v1/support-plans/{planId}', {
      ...ona,
      params: { planId: dc.id },
      body: {
        version: current.version,
        recipientCode: current.recipientCode,
        unitId: current.unitId,
        responsibleWorker: current.responsibleWorker,
        startedOn: current.startedOn,
        needs: [],
        notes: null,
        goals: current.goals.map((g: any, i: number) => ({
          id: g.id,
          domain: g.domain,
          text: i === 0 ? 'Lankyti mokyklą kasdien' : g.text,
          result: g.result,
          baseline: g.baseline,
          target: g.target,
          dueOn: g.dueOn,
          reviewOn: g.reviewOn,
        })),
      },
    });
    expect(changed.status).toBe(200);
    const res = await call(PUT, {
      ...ona,
      params,
      body: {
        rows: [
          { clientRowId: 'c1', id: first.id, version: first.version, values: { target: 6 } },
          { clientRowId: 'c2', id: second.id, version: second.version, values: { target: 6 } },
        ],
      },
    });
    expect(res.json.rows.map((r: any) => r.status)).toEqual(['conflict', 'applied']);
    expect(res.json.rows[0].values).toMatchObject({ text: 'Lankyti mokyklą kasdien', target: 4 });
  });

  it('refuses deleting goals and another unit’s goals, and shows nothing to another organisation', async () => {
    const [first] = (await sheet()).rows;
    const deleted = await call(PUT, {
      ...ona,
      params,
      body: { rows: [], deletes: [{ id: first.id, version: first.version }] },
    });
    expect(deleted.json.deleted[0]).toMatchObject({ id: first.id, status: 'rejected' });
    const theirs = await call(PUT, {
      ...petras,
      params,
      body: {
        rows: [{ clientRowId: 'p1', id: first.id, version: first.version, values: { target: 9 } }],
      },
    });
    expect(theirs.json.rows[0].status).toBe('rejected');
    expect(theirs.json.rows[0].errors).toContainEqual(
      expect.objectContaining({
        column: 'id',
        message: expect.stringContaining('Tokio įrašo nėra'),
      }),
    );
    const other = await call(GET, { roles: ['director'], org: 'org-b', params });
    expect(other.status).toBe(404);
    expect((await planNow(dc.id)).goals[0].target).not.toBe(9);
  });
});
