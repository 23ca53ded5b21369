import { checkCycleInput, describeCycle } from '../../../../functions/domain/cycle/cycle-service';
import { aStoredCycle } from '../../../fixtures/builders';

const SETTINGS = { halfYearReports: true, founderAgreement: false };

describe('describing a cycle', () => {
  it('warns about each overdue deadline with the days overdue', () => {
    const state = describeCycle(
      aStoredCycle({ budgetApprovedOn: '2026-02-10' }),
      SETTINGS,
      '2026-04-20',
    );
    expect(state.phase).toBe('planning');
    expect(state.warnings).toEqual([
      { code: 'deadlineOverdue', deadline: 'annualPlanApproval', days: 10 },
    ]);
  });

  it('warns that the budget date is missing once the year has begun', () => {
    const state = describeCycle(aStoredCycle({ budgetApprovedOn: null }), SETTINGS, '2026-01-15');
    expect(state.warnings).toContainEqual({ code: 'budgetDateMissing' });
  });

  it('says nothing about a closed cycle', () => {
    const closed = aStoredCycle({ budgetApprovedOn: null, milestones: { closedOn: '2026-06-01' } });
    expect(describeCycle(closed, SETTINGS, '2026-07-01').warnings).toEqual([]);
  });
});

describe('checking cycle input', () => {
  const today = '2026-11-24';

  it('accepts sensible dates', () => {
    const input = {
      budgetApprovedOn: '2026-02-10',
      milestones: { planApprovedOn: '2026-04-02' },
      notes: '',
    };
    expect(checkCycleInput(2026, input, today)).toEqual([]);
  });

  it('names each bad date: outside the cycle, before the budget, in the future', () => {
    const input = {
      budgetApprovedOn: '2024-02-10',
      milestones: { planApprovedOn: '2026-01-05', halfYearReportSubmittedOn: '2026-12-10' },
      notes: '',
    };
    const issues = checkCycleInput(2026, { ...input }, today);
    expect(issues.map((i) => [i.path.join('.'), i.key])).toEqual([
      ['budgetApprovedOn', 'validation.dateOutsideCycle'],
      ['milestones.halfYearReportSubmittedOn', 'validation.dateInFuture'],
    ]);
    const beforeBudget = checkCycleInput(
      2026,
      { budgetApprovedOn: '2026-02-10', milestones: { planApprovedOn: '2026-01-05' }, notes: '' },
      today,
    );
    expect(beforeBudget).toEqual([
      {
        path: ['milestones', 'planApprovedOn'],
        key: 'validation.dateBeforeBudget',
        params: { budget: '2026-02-10' },
      },
    ]);
  });
});
