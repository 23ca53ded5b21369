import { getCycle, listCycles, saveCycle } from '../../functions/domain/cycle/cycle-service';
import { ConflictError, NotFoundError, ValidationError } from '../../functions/domain/errors';
import { saveOrganisation } from '../../functions/domain/org/org-service';
import { aContext, anOrganisation } from '../fixtures/builders';
import { createTestTable, type TestTable } from '../support/table';

describe('cycles on DynamoDB Local', () => {
  let table: TestTable;
  const ctx = aContext({ orgId: 'utena' });

  beforeAll(async () => {
    table = await createTestTable('2026-05-01T09:00:00Z');
  });
  afterAll(async () => {
    await table.drop();
  });

  it('creates a cycle and derives its deadlines from the organisation’s settings', async () => {
    await saveOrganisation(
      ctx,
      anOrganisation({ settings: { halfYearReports: false, founderAgreement: false } }),
      0,
      table.deps,
    );
    const state = await saveCycle(
      ctx,
      2026,
      { budgetApprovedOn: '2026-02-20', milestones: {}, notes: '' },
      0,
      table.deps,
    );
    expect(state.phase).toBe('planning');
    expect(state.deadlines.map((d) => [d.id, d.dueOn, d.status])).toEqual([
      ['annualPlanApproval', '2026-04-20', 'overdue'],
      ['annualReport', '2027-04-30', 'upcoming'],
    ]);
    expect(state.warnings).toEqual([
      { code: 'deadlineOverdue', deadline: 'annualPlanApproval', days: 11 },
    ]);
  });

  it('moves to implementation once the plan approval is recorded', async () => {
    const current = await getCycle(ctx, 2026, table.deps);
    const state = await saveCycle(
      ctx,
      2026,
      { budgetApprovedOn: '2026-02-20', milestones: { planApprovedOn: '2026-04-24' }, notes: '' },
      current.cycle.version,
      table.deps,
    );
    expect(state.phase).toBe('implementation');
    expect(state.deadlines[0]).toMatchObject({ status: 'doneLate', doneOn: '2026-04-24' });
  });

  it('refuses dates that break the rules, storing nothing', async () => {
    const attempt = saveCycle(
      ctx,
      2026,
      { budgetApprovedOn: '2026-02-20', milestones: { closedOn: '2026-06-01' }, notes: '' },
      2,
      table.deps,
    );
    await expect(attempt).rejects.toBeInstanceOf(ValidationError);
    expect((await getCycle(ctx, 2026, table.deps)).cycle.version).toBe(2);
  });

  it('refuses a stale write, answering with the cycle as it is now', async () => {
    const attempt = saveCycle(
      ctx,
      2026,
      { budgetApprovedOn: null, milestones: {}, notes: '' },
      1,
      table.deps,
    );
    await expect(attempt).rejects.toBeInstanceOf(ConflictError);
    await expect(attempt).rejects.toMatchObject({
      current: { phase: 'implementation', cycle: { version: 2, budgetApprovedOn: '2026-02-20' } },
    });
  });

  it('does not show one organisation’s cycle to another', async () => {
    await expect(
      getCycle(aContext({ orgId: 'panevezys' }), 2026, table.deps),
    ).rejects.toBeInstanceOf(NotFoundError);
    expect(await listCycles(aContext({ orgId: 'panevezys' }), table.deps)).toEqual([]);
  });
});
