import {
  computeDeadlines,
  deadlineStatus,
  DEADLINE_RULES,
} from '../../../../functions/domain/cycle/deadlines';
import { aCycle } from '../../../fixtures/builders';

const UTENA = { halfYearReports: false, founderAgreement: false };
const PANEVEZYS = { halfYearReports: true, founderAgreement: true };

describe('deadline rules', () => {
  it('puts the annual plan approval two months after the budget approval', () => {
    const [plan] = computeDeadlines(
      aCycle({ budgetApprovedOn: '2026-02-10' }),
      UTENA,
      '2026-03-01',
    );
    expect(plan).toMatchObject({
      id: 'annualPlanApproval',
      dueOn: '2026-04-10',
      status: 'upcoming',
      daysLeft: 40,
    });
  });

  it('leaves the plan unscheduled while the budget date is unknown', () => {
    const [plan] = computeDeadlines(aCycle({ budgetApprovedOn: null }), UTENA, '2026-03-01');
    expect(plan).toMatchObject({ dueOn: null, status: 'unscheduled', daysLeft: null });
  });

  it('puts the annual report four months after the year ends', () => {
    const report = computeDeadlines(aCycle(), UTENA, '2026-11-24').find(
      (d) => d.id === 'annualReport',
    );
    expect(report?.dueOn).toBe('2027-04-30');
  });

  it('applies the half-year report and founder agreement only where the organisation has them', () => {
    const ids = (settings: typeof UTENA) =>
      computeDeadlines(aCycle(), settings, '2026-05-01').map((d) => d.id);
    expect(ids(UTENA)).toEqual(['annualPlanApproval', 'annualReport']);
    expect(ids(PANEVEZYS)).toEqual([
      'annualPlanApproval',
      'founderAgreement',
      'halfYearReport',
      'annualReport',
    ]);
    const half = computeDeadlines(aCycle(), PANEVEZYS, '2026-05-01').find(
      (d) => d.id === 'halfYearReport',
    );
    expect(half?.dueOn).toBe('2026-07-31');
  });

  it('flags overdue, due soon, done and done late', () => {
    expect(deadlineStatus('2026-04-10', undefined, '2026-04-11')).toBe('overdue');
    expect(deadlineStatus('2026-04-10', undefined, '2026-03-27')).toBe('dueSoon');
    expect(deadlineStatus('2026-04-10', undefined, '2026-03-26')).toBe('upcoming');
    expect(deadlineStatus('2026-04-10', '2026-04-10', '2026-05-01')).toBe('done');
    expect(deadlineStatus('2026-04-10', '2026-04-12', '2026-05-01')).toBe('doneLate');
  });

  it('quotes its source text for every rule', () => {
    for (const rule of DEADLINE_RULES) {
      expect(rule.source.quote.length).toBeGreaterThan(40);
      expect(rule.source.clause).not.toBe('');
    }
  });
});
