import { createTestApi } from '../support/api';
import { createTestTable, type TestTable } from '../support/table';

describe('improvement actions through the API handler', () => {
  let table: TestTable;
  let call: ReturnType<typeof createTestApi>;
  let indicatorId: string;
  let actionId: string;
  const unitHead = { roles: ['unitHead' as const], user: 'vadove@org-a' };
  const owner = { roles: ['staff' as const], user: 'ona@org-a' };
  const otherStaff = { roles: ['staff' as const], user: 'jonas@org-a' };
  const inCycle = (year = '2025') => ({ year });

  const anAction = (overrides: Record<string, unknown> = {}) => ({
    finding: {
      kind: 'survey',
      reference: 'Q7',
      text: 'Tik 61 % tėvų žino apie grupinius užsiėmimus',
    },
    title: 'Informuoti tėvus apie grupinius užsiėmimus',
    ownerUserId: 'ona@org-a',
    unitId: 'dienos-centras',
    dueOn: '2026-06-30',
    ...overrides,
  });

  beforeAll(async () => {
    table = await createTestTable('2026-11-24T10:00:00Z');
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
    for (const year of ['2025', '2026']) {
      await call('PUT /v1/cycles/{year}', {
        params: { year },
        body: { version: 0, budgetApprovedOn: `${year}-02-10` },
      });
    }
    const indicator = await call('POST /v1/indicators', {
      body: {
        code: 'R1',
        name: { lt: 'Gautų skundų skaičius', en: 'Complaints received' },
        unit: 'count',
        direction: 'down',
      },
    });
    indicatorId = indicator.json.id;
    for (const [year, value, version] of [
      ['2025', 12, 1],
      ['2026', 7, 2],
    ] as const) {
      await call('PUT /v1/indicators/{indicatorId}/values/{year}', {
        params: { indicatorId, year },
        body: { version, value },
      });
    }
  });
  afterAll(async () => {
    await table.drop();
  });

  it('lets a unit head plan an action for their own unit, owned by a member', async () => {
    const res = await call('POST /v1/cycles/{year}/actions', {
      ...unitHead,
      params: inCycle(),
      body: anAction({ indicatorId }),
    });
    expect(res.status).toBe(201);
    expect(res.json).toMatchObject({
      year: 2025,
      finding: { kind: 'survey', kindLabel: 'Apklausa', reference: 'Q7' },
      ownerName: 'Ona Onaitė',
      unitName: 'Dienos centras',
      status: 'open',
      statusLabel: 'Numatyta',
      doneOn: null,
      overdue: true,
      daysOverdue: 147,
      overdueLabel: 'Vėluojama 147 d.',
      version: 1,
    });
    actionId = res.json.id;
  });

  it('does not let a unit head plan an action for another unit', async () => {
    const res = await call('POST /v1/cycles/{year}/actions', {
      ...unitHead,
      params: inCycle(),
      body: anAction({ unitId: 'globos-centras' }),
    });
    expect(res.status).toBe(403);
    expect(res.json.detail).toBe('Galite keisti tik savo skyriaus įrašus.');
  });

  it('does not let staff plan an action', async () => {
    const res = await call('POST /v1/cycles/{year}/actions', {
      ...owner,
      params: inCycle(),
      body: anAction(),
    });
    expect(res.status).toBe(403);
  });

  it('refuses a cancelled action without a reason, an unknown owner and indicator', async () => {
    const res = await call('POST /v1/cycles/{year}/actions', {
      params: inCycle(),
      body: anAction({ status: 'cancelled', ownerUserId: 'nezinomas@org-a', indicatorId: 'nera' }),
    });
    expect(res.status).toBe(400);
    expect(res.json.errors.map((e: { field: string }) => e.field).sort()).toEqual([
      'cancelReason',
      'indicatorId',
      'ownerUserId',
    ]);
  });

  it('answers 404 for a cycle that does not exist', async () => {
    const res = await call('POST /v1/cycles/{year}/actions', {
      params: inCycle('2024'),
      body: anAction(),
    });
    expect(res.status).toBe(404);
  });

  it('shows the linked indicator in the action’s year and the next, lower being better', async () => {
    const res = await call('GET /v1/cycles/{year}/actions/{actionId}', {
      roles: ['staff'],
      params: { ...inCycle(), actionId },
    });
    expect(res.status).toBe(200);
    expect(res.json.effect).toEqual({
      indicatorId,
      code: 'R1',
      label: 'Gautų skundų skaičius',
      unit: 'count',
      unitLabel: 'vnt.',
      expectedDirection: 'down',
      directionLabel: 'Kuo mažesnė reikšmė, tuo geriau',
      baseline: { year: 2025, value: 12 },
      effect: { year: 2026, value: 7 },
      change: { absolute: -5, relativePercent: -41.7, label: '−5 vnt. (−41,7 %)' },
      assessment: 'better',
      assessmentLabel: 'Pagerėjo',
    });
  });

  it('lets the owner, as staff, set their action done, recording today', async () => {
    const res = await call('PUT /v1/cycles/{year}/actions/{actionId}', {
      ...owner,
      params: { ...inCycle(), actionId },
      body: {
        ...anAction({ indicatorId }),
        status: 'done',
        progress: 'Parengtas lankstinukas, aptarta tėvų susirinkime',
        version: 1,
      },
    });
    expect(res.status).toBe(200);
    expect(res.json).toMatchObject({
      status: 'done',
      doneOn: '2026-11-24',
      overdue: false,
      overdueLabel: null,
      ownerName: 'Ona Onaitė',
      updatedBy: 'ona@org-a',
      version: 2,
    });
  });

  it('does not let the owner change what the action is, nor other staff touch it', async () => {
    const moved = await call('PUT /v1/cycles/{year}/actions/{actionId}', {
      ...owner,
      params: { ...inCycle(), actionId },
      body: { ...anAction({ indicatorId, dueOn: '2026-12-31' }), status: 'done', version: 2 },
    });
    expect(moved.status).toBe(403);
    expect(moved.json.detail).toBe(
      'Kaip atsakingas asmuo galite keisti tik savo priemonės būseną ir eigą.',
    );
    const other = await call('PUT /v1/cycles/{year}/actions/{actionId}', {
      ...otherStaff,
      params: { ...inCycle(), actionId },
      body: { ...anAction({ indicatorId }), status: 'inProgress', version: 2 },
    });
    expect(other.status).toBe(403);
  });

  it('answers a stale version with the action as it is now', async () => {
    const res = await call('PUT /v1/cycles/{year}/actions/{actionId}', {
      ...unitHead,
      params: { ...inCycle(), actionId },
      body: { ...anAction({ indicatorId }), status: 'inProgress', version: 1 },
    });
    expect(res.status).toBe(409);
    expect(res.json.current).toMatchObject({
      id: actionId,
      status: 'done',
      statusLabel: 'Įvykdyta',
      version: 2,
      effect: { assessment: 'better' },
    });
  });

  it('does not let a unit head move their unit’s action to another unit', async () => {
    const res = await call('PUT /v1/cycles/{year}/actions/{actionId}', {
      ...unitHead,
      params: { ...inCycle(), actionId },
      body: { ...anAction({ indicatorId, unitId: 'globos-centras' }), status: 'done', version: 2 },
    });
    expect(res.status).toBe(403);
  });

  it('lists overdue actions as the clock moves, with counts by status', async () => {
    const created = await call('POST /v1/cycles/{year}/actions', {
      params: inCycle('2026'),
      body: anAction({
        finding: {
          kind: 'complaint',
          reference: 'S-2026-04',
          text: 'Vėluojama atsakyti į skundus',
        },
        title: 'Atsakyti į skundus per 10 darbo dienų',
        ownerUserId: 'jonas@org-a',
        unitId: 'globos-centras',
        dueOn: '2026-12-15',
      }),
    });
    expect(created.status).toBe(201);
    await call('POST /v1/cycles/{year}/actions', {
      params: inCycle('2026'),
      body: anAction({
        title: 'Atnaujinti dienos centro tvarkaraštį',
        dueOn: '2026-12-31',
        status: 'inProgress',
      }),
    });
    const before = await call('GET /v1/cycles/{year}/actions', {
      params: inCycle('2026'),
      query: { overdue: 'true' },
    });
    expect(before.json).toMatchObject({ items: [], overdue: 0, total: 2 });

    table.setNow('2026-12-20T10:00:00Z');
    try {
      const after = await call('GET /v1/cycles/{year}/actions', {
        roles: ['staff'],
        params: inCycle('2026'),
        query: { overdue: 'true' },
      });
      expect(after.json.items).toHaveLength(1);
      expect(after.json.items[0]).toMatchObject({
        id: created.json.id,
        daysOverdue: 5,
        unitName: 'Globos centras',
      });
      expect(after.json).toMatchObject({
        counts: { open: 1, inProgress: 1, done: 0, cancelled: 0 },
        overdue: 1,
        total: 2,
      });
      const unit = await call('GET /v1/cycles/{year}/actions', {
        params: inCycle('2026'),
        query: { unitId: 'dienos-centras', status: 'inProgress' },
      });
      expect(unit.json).toMatchObject({ counts: { open: 0, inProgress: 1 }, overdue: 0, total: 1 });
      expect(unit.json.items.map((a: { title: string }) => a.title)).toEqual([
        'Atnaujinti dienos centro tvarkaraštį',
      ]);
    } finally {
      table.setNow('2026-11-24T10:00:00Z');
    }
  });

  it('refuses a filter it does not know', async () => {
    const res = await call('GET /v1/cycles/{year}/actions', {
      params: inCycle(),
      query: { status: 'closed' },
    });
    expect(res.status).toBe(400);
    expect(res.json.errors[0]).toMatchObject({ field: 'status', in: 'query' });
  });

  it('speaks English when asked', async () => {
    const res = await call('GET /v1/cycles/{year}/actions', { params: inCycle(), lang: 'en' });
    expect(res.json.items[0]).toMatchObject({
      statusLabel: 'Done',
      finding: { kindLabel: 'Survey' },
      effect: {
        label: 'Complaints received',
        directionLabel: 'Lower is better',
        assessmentLabel: 'Improved',
      },
    });
  });

  it('shows nothing of one organisation to another', async () => {
    const list = await call('GET /v1/cycles/{year}/actions', { org: 'org-b', params: inCycle() });
    expect(list.status).toBe(404);
    const one = await call('GET /v1/cycles/{year}/actions/{actionId}', {
      org: 'org-b',
      params: { ...inCycle(), actionId },
    });
    expect(one.status).toBe(404);
  });
});
