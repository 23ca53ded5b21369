import { createTestApi } from '../support/api';
import { createTestTable, type TestTable } from '../support/table';

/** Unit plans and the annual activity plan's approval, through the API handler on DynamoDB Local. */
describe('planning through the API', () => {
  let table: TestTable;
  let call: ReturnType<typeof createTestApi>;
  const year = '2026';
  const head = { roles: ['unitHead' as const], user: 'vadove@org-a' };
  const staff = { roles: ['staff' as const], user: 'ona@org-a' };
  const otherStaff = { roles: ['staff' as const], user: 'jonas@org-a' };
  const deputy = { roles: ['deputy' as const], user: 'pavaduotoja@org-a' };
  const director = { roles: ['director' as const], user: 'direktore@org-a' };

  const anItem = (overrides: Record<string, unknown> = {}) => ({
    unitId: 'dienos-centras',
    goal: 'Stiprinti vaikų socialinius įgūdžius',
    activity: 'Socialinių įgūdžių grupė kas savaitę',
    responsible: 'Ona Onaitė',
    startOn: '2026-02-01',
    dueOn: '2026-06-30',
    indicator: 'Dalyvavusių vaikų skaičius',
    targetValue: '20',
    ...overrides,
  });

  beforeAll(async () => {
    table = await createTestTable('2026-03-01T09:00:00Z');
    call = createTestApi(table);
    await call('PUT /v1/org', {
      body: {
        version: 0,
        name: 'Panevėžio socialinių paslaugų centras',
        type: 'fosterCare',
        municipality: 'Panevėžio miesto savivaldybė',
        settings: { halfYearReports: true, founderAgreement: true },
      },
    });
    for (const [unitId, name] of [
      ['dienos-centras', 'Dienos centras'],
      ['globos-centras', 'Globos centras'],
    ]) {
      await call('PUT /v1/org/units/{unitId}', {
        params: { unitId: unitId! },
        body: { version: 0, name },
      });
    }
    for (const [userId, unitIds] of [
      ['vadove@org-a', ['dienos-centras']],
      ['ona@org-a', ['dienos-centras']],
      ['jonas@org-a', ['globos-centras']],
    ] as const) {
      await call('PUT /v1/org/members/{userId}', {
        params: { userId },
        body: { version: 0, name: userId, unitIds },
      });
    }
    await call('PUT /v1/cycles/{year}', {
      params: { year },
      body: { version: 0, budgetApprovedOn: '2026-02-10' },
    });
  });
  afterAll(async () => {
    await table.drop();
  });

  let itemId: string;

  it('lets a unit head add to their own unit’s plan, not another’s, and staff not at all', async () => {
    const created = await call('POST /v1/cycles/{year}/plan-items', {
      ...head,
      params: { year },
      body: anItem(),
    });
    expect(created.status).toBe(201);
    expect(created.json).toMatchObject({
      unitName: 'Dienos centras',
      status: 'planned',
      statusLabel: 'Suplanuota',
      version: 1,
    });
    itemId = created.json.id;
    const other = await call('POST /v1/cycles/{year}/plan-items', {
      ...head,
      params: { year },
      body: anItem({ unitId: 'globos-centras' }),
    });
    expect(other.status).toBe(403);
    expect(other.json.detail).toBe('Galite keisti tik savo skyriaus įrašus.');
    expect(
      (
        await call('POST /v1/cycles/{year}/plan-items', {
          ...staff,
          params: { year },
          body: anItem(),
        })
      ).status,
    ).toBe(403);
  });

  it('names bad fields and missing links', async () => {
    const res = await call('POST /v1/cycles/{year}/plan-items', {
      ...head,
      params: { year },
      body: anItem({ dueOn: '2027-01-10', origin: ['nera'] }),
    });
    expect(res.status).toBe(400);
    expect(res.json.errors.map((e: { field: string }) => e.field)).toEqual(['dueOn', 'origin.0']);
    const missing = await call('POST /v1/cycles/{year}/plan-items', {
      ...head,
      params: { year: '2031' },
      body: anItem(),
    });
    expect(missing.status).toBe(404);
  });

  it('records progress by the unit’s staff, not by another unit’s', async () => {
    const res = await call('POST /v1/cycles/{year}/plan-items/{itemId}/progress', {
      ...staff,
      params: { year, itemId },
      body: { version: 1, checkpoint: 'H1', percent: 40, comment: 'Vyksta 8 užsiėmimai' },
    });
    expect(res.status).toBe(200);
    expect(res.json).toMatchObject({ status: 'inProgress', latestPercent: 40, version: 2 });
    const foreign = await call('POST /v1/cycles/{year}/plan-items/{itemId}/progress', {
      ...otherStaff,
      params: { year, itemId },
      body: { version: 2, checkpoint: 'H1', percent: 50, comment: 'x' },
    });
    expect(foreign.status).toBe(403);
    const both = await call('POST /v1/cycles/{year}/plan-items/{itemId}/progress', {
      ...staff,
      params: { year, itemId },
      body: { version: 2, checkpoint: 'H1', percent: 50, done: true, comment: 'x' },
    });
    expect(both.status).toBe(400);
    expect(both.json.errors[0].field).toBe('percent');
  });

  it('compiles the annual plan from unit plans and takes it through submission and approval', async () => {
    const draft = await call('GET /v1/cycles/{year}/annual-plan', { params: { year } });
    expect(draft.json).toMatchObject({ state: 'draft', editability: 'editable', version: 0 });
    expect(draft.json.content.totals).toMatchObject({ items: 1, units: 1 });
    expect(draft.json.deadline).toMatchObject({ dueOn: '2026-04-10', status: 'upcoming' });

    expect(
      (
        await call('POST /v1/cycles/{year}/annual-plan/submit', {
          ...staff,
          params: { year },
          body: { version: 0 },
        })
      ).status,
    ).toBe(403);
    const submitted = await call('POST /v1/cycles/{year}/annual-plan/submit', {
      ...deputy,
      params: { year },
      body: { version: 0 },
    });
    expect(submitted.json).toMatchObject({
      state: 'submitted',
      editability: 'underReview',
      version: 1,
    });

    const editWhileReviewed = await call('PUT /v1/cycles/{year}/plan-items/{itemId}', {
      ...head,
      params: { year, itemId },
      body: { ...anItem({ targetValue: '25' }), version: 2 },
    });
    expect(editWhileReviewed.status).toBe(409);

    expect(
      (
        await call('POST /v1/cycles/{year}/annual-plan/decision', {
          ...deputy,
          params: { year },
          body: { version: 1, decision: 'approve' },
        })
      ).status,
    ).toBe(403);
    const noFounder = await call('POST /v1/cycles/{year}/annual-plan/decision', {
      ...director,
      params: { year },
      body: { version: 1, decision: 'approve' },
    });
    expect(noFounder.status).toBe(409);
    expect(noFounder.json.detail).toContain('steigėju');

    const returnedWithout = await call('POST /v1/cycles/{year}/annual-plan/decision', {
      ...director,
      params: { year },
      body: { version: 1, decision: 'return' },
    });
    expect(returnedWithout.status).toBe(400);

    const agreed = await call('POST /v1/cycles/{year}/annual-plan/founder-agreement', {
      ...deputy,
      params: { year },
      body: {
        version: 1,
        agreedOn: '2026-02-27',
        reference: 'Savivaldybės raštas 2026-02-27 Nr. S-123',
      },
    });
    expect(agreed.json.founderAgreement).toMatchObject({
      agreedOn: '2026-02-27',
      recordedBy: 'pavaduotoja@org-a',
    });
    const approved = await call('POST /v1/cycles/{year}/annual-plan/decision', {
      ...director,
      params: { year },
      body: { version: 2, decision: 'approve', comment: 'Tvirtinu' },
    });
    expect(approved.json).toMatchObject({
      state: 'approved',
      approvedOn: '2026-03-01',
      editability: 'frozen',
    });
    expect(approved.json.approvedContent.totals.items).toBe(1);

    const cycle = await call('GET /v1/cycles/{year}', { params: { year } });
    expect(cycle.json.milestones).toMatchObject({
      planApprovedOn: '2026-03-01',
      founderAgreedOn: '2026-02-27',
    });
    expect(cycle.json.phase).toBe('implementation');
    expect(cycle.json.deadlines[0].status).toBe('done');
  });

  it('refuses an edit of the approved plan that is not an amendment, and takes one through an amendment', async () => {
    const frozen = await call('PUT /v1/cycles/{year}/plan-items/{itemId}', {
      ...head,
      params: { year, itemId },
      body: { ...anItem({ targetValue: '25' }), version: 2 },
    });
    expect(frozen.status).toBe(409);
    expect(frozen.json.detail).toContain('Pradėkite plano pakeitimą');

    const halfYear = await call('POST /v1/cycles/{year}/plan-items', {
      ...head,
      params: { year },
      body: anItem({ period: 'H2', startOn: '2026-07-01', dueOn: '2026-12-31' }),
    });
    expect(halfYear.status).toBe(201);

    const opened = await call('POST /v1/cycles/{year}/annual-plan/amendments', {
      ...deputy,
      params: { year },
      body: { version: 3, reason: 'Padidėjo grupės dalyvių skaičius' },
    });
    expect(opened.json.editability).toBe('editable');
    const amendmentId = opened.json.amendments[0].id;
    const edited = await call('PUT /v1/cycles/{year}/plan-items/{itemId}', {
      ...head,
      params: { year, itemId },
      body: { ...anItem({ targetValue: '25' }), version: 2 },
    });
    expect(edited.status).toBe(200);
    const withChanges = await call('GET /v1/cycles/{year}/annual-plan', {
      params: { year },
      lang: 'en',
    });
    expect(withChanges.json.changesSinceApproval).toEqual({
      added: [],
      changed: [itemId],
      removed: [],
    });
    expect(withChanges.json.amendments[0].stateLabel).toBe('Open');

    await call('POST /v1/cycles/{year}/annual-plan/amendments/{amendmentId}/submit', {
      ...deputy,
      params: { year, amendmentId },
      body: { version: 4 },
    });
    const decided = await call(
      'POST /v1/cycles/{year}/annual-plan/amendments/{amendmentId}/decision',
      {
        ...director,
        params: { year, amendmentId },
        body: { version: 5, decision: 'approve' },
      },
    );
    expect(decided.json.amendments[0].state).toBe('approved');
    expect(decided.json.approvedContent.units[0].items[0].targetValue).toBe('25');
    expect(decided.json.changesSinceApproval).toEqual({ added: [], changed: [], removed: [] });
    expect(decided.json.editability).toBe('frozen');
  });

  it('answers a stale plan version with 409 and records every step in the audit log', async () => {
    const stale = await call('POST /v1/cycles/{year}/annual-plan/amendments', {
      ...deputy,
      params: { year },
      body: { version: 1, reason: 'Dar vienas pakeitimas' },
    });
    expect(stale.status).toBe(409);
    const audit = await call('GET /v1/audit', {
      query: { entityType: 'annualPlan', entityId: 'plan', cycle: year, limit: '50' },
    });
    expect(audit.json.items).toHaveLength(6);
  });

  it('shows nothing of the plan to another organisation', async () => {
    const res = await call('GET /v1/cycles/{year}/plan-items', { org: 'org-b', params: { year } });
    expect(res.status).toBe(404);
  });
});

describe('a plan approved before Ciklas', () => {
  it('counts as approved when only the cycle records the approval date', async () => {
    const table = await createTestTable('2026-05-01T09:00:00Z');
    const call = createTestApi(table);
    await call('PUT /v1/cycles/{year}', {
      params: { year: '2026' },
      body: {
        version: 0,
        budgetApprovedOn: '2026-02-10',
        milestones: { planApprovedOn: '2026-03-20' },
      },
    });
    const plan = await call('GET /v1/cycles/{year}/annual-plan', { params: { year: '2026' } });
    expect(plan.json).toMatchObject({
      state: 'approved',
      approvedOn: '2026-03-20',
      editability: 'frozen',
      version: 0,
    });
    const amendment = await call('POST /v1/cycles/{year}/annual-plan/amendments', {
      roles: ['deputy'],
      params: { year: '2026' },
      body: { version: 0, reason: 'Naujas skyriaus planas' },
    });
    expect(amendment.json.editability).toBe('editable');
    await table.drop();
  });
});
