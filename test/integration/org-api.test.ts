import { createTestApi } from '../support/api';
import { createTestTable, type TestTable } from '../support/table';

describe('organisation, units and members through the API handler', () => {
  let table: TestTable;
  let call: ReturnType<typeof createTestApi>;

  beforeAll(async () => {
    table = await createTestTable();
    call = createTestApi(table);
  });
  afterAll(async () => {
    await table.drop();
  });

  it('registers a member in existing units only', async () => {
    const unit = await call('PUT /v1/org/units/{unitId}', {
      params: { unitId: 'dienos-centras' },
      body: { version: 0, name: 'Dienos centras' },
    });
    expect(unit.status).toBe(200);
    const ok = await call('PUT /v1/org/members/{userId}', {
      params: { userId: 'ona@org-a' },
      body: { version: 0, name: 'Ona Onaitė', unitIds: ['dienos-centras'] },
    });
    expect(ok.json).toMatchObject({ userId: 'ona@org-a', unitIds: ['dienos-centras'], version: 1 });
    const bad = await call('PUT /v1/org/members/{userId}', {
      params: { userId: 'jonas@org-a' },
      body: { version: 0, name: 'Jonas', unitIds: ['nera'] },
    });
    expect(bad.status).toBe(400);
    expect(bad.json.errors[0]).toMatchObject({
      field: 'unitIds.0',
      message: 'Tokio skyriaus nėra.',
    });
  });

  it('lets only management register members', async () => {
    const res = await call('PUT /v1/org/members/{userId}', {
      roles: ['staff'],
      params: { userId: 'x@org-a' },
      body: { version: 0, name: 'X' },
    });
    expect(res.status).toBe(403);
  });
});
