import { createTestApi } from '../support/api';
import { createTestTable, type TestTable } from '../support/table';

describe('the projects, partnerships, innovations and social-responsibility register', () => {
  let table: TestTable;
  let call: ReturnType<typeof createTestApi>;
  let projectId: string;
  const unitHead = { roles: ['unitHead' as const], user: 'vadove@org-a' };
  const year = { year: '2026' };

  const aProject = (overrides: Record<string, unknown> = {}) => ({
    kind: 'partnership',
    title: 'Savanorystės programa su Utenos kolegija',
    partners: ['Utenos kolegija'],
    from: '2026-02-01',
    unitId: 'dienos-centras',
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
    await call('PUT /v1/org/members/{userId}', {
      params: { userId: 'vadove@org-a' },
      body: { version: 0, name: 'Rūta Vadovė', unitIds: ['dienos-centras'] },
    });
    await call('PUT /v1/cycles/{year}', {
      params: year,
      body: { version: 0, budgetApprovedOn: '2026-02-10' },
    });
  });
  afterAll(async () => {
    await table.drop();
  });

  it('lets a unit head add their unit’s partnership', async () => {
    const res = await call('POST /v1/cycles/{year}/projects', {
      ...unitHead,
      params: year,
      body: aProject(),
    });
    expect(res.status).toBe(201);
    expect(res.json).toMatchObject({
      year: 2026,
      kind: 'partnership',
      kindLabel: 'Partnerystė',
      status: 'planned',
      statusLabel: 'Planuojama',
      to: null,
      fundedBy: null,
      unitName: 'Dienos centras',
      goal: null,
      version: 1,
    });
    projectId = res.json.id;
  });

  it('does not let a unit head add another unit’s project, nor staff any', async () => {
    const other = await call('POST /v1/cycles/{year}/projects', {
      ...unitHead,
      params: year,
      body: aProject({ unitId: 'globos-centras' }),
    });
    expect(other.status).toBe(403);
    const staff = await call('POST /v1/cycles/{year}/projects', {
      roles: ['staff'],
      params: year,
      body: aProject(),
    });
    expect(staff.status).toBe(403);
  });

  it('refuses an end before the start and a completed activity without an end', async () => {
    const res = await call('POST /v1/cycles/{year}/projects', {
      params: year,
      body: aProject({ from: '2026-05-01', to: '2026-04-01' }),
    });
    expect(res.status).toBe(400);
    expect(res.json.errors).toEqual([
      {
        field: 'to',
        in: 'body',
        message: 'Pabaigos data negali būti ankstesnė už pradžios datą (2026-05-01).',
      },
    ]);
    const completed = await call('POST /v1/cycles/{year}/projects', {
      params: year,
      body: aProject({ status: 'completed' }),
    });
    expect(completed.json.errors[0].field).toBe('to');
  });

  it('records the result at the version read and answers a stale one with the entry as it is now', async () => {
    const done = await call('PUT /v1/cycles/{year}/projects/{projectId}', {
      ...unitHead,
      params: { ...year, projectId },
      body: {
        ...aProject({ status: 'completed', to: '2026-10-31', result: '12 savanorių, 340 val.' }),
        version: 1,
      },
    });
    expect(done.status).toBe(200);
    expect(done.json).toMatchObject({
      status: 'completed',
      statusLabel: 'Įgyvendinta',
      version: 2,
    });
    const stale = await call('PUT /v1/cycles/{year}/projects/{projectId}', {
      params: { ...year, projectId },
      body: { ...aProject(), version: 1 },
    });
    expect(stale.status).toBe(409);
    expect(stale.json.current).toMatchObject({ id: projectId, status: 'completed', version: 2 });
  });

  it('lists the year’s register by kind and status, counting every kind, in English', async () => {
    await call('POST /v1/cycles/{year}/projects', {
      params: year,
      body: aProject({
        kind: 'socialResponsibility',
        title: 'Atvirų durų diena bendruomenei',
        partners: [],
        unitId: null,
        from: '2026-09-15',
        to: '2026-09-15',
        status: 'completed',
      }),
    });
    const res = await call('GET /v1/cycles/{year}/projects', {
      roles: ['staff'],
      params: year,
      query: { kind: 'socialResponsibility' },
      lang: 'en',
    });
    expect(res.status).toBe(200);
    expect(res.json.counts).toEqual({
      project: 0,
      partnership: 1,
      innovation: 0,
      socialResponsibility: 1,
    });
    expect(res.json.items).toHaveLength(1);
    expect(res.json.items[0]).toMatchObject({
      kindLabel: 'Social-responsibility activity',
      statusLabel: 'Completed',
      unitName: null,
    });
  });

  it('shows nothing of one organisation to another', async () => {
    const list = await call('GET /v1/cycles/{year}/projects', { org: 'org-b', params: year });
    expect(list.status).toBe(404);
    const put = await call('PUT /v1/cycles/{year}/projects/{projectId}', {
      org: 'org-b',
      params: { ...year, projectId },
      body: { ...aProject(), version: 2 },
    });
    expect(put.status).toBe(404);
  });
});
