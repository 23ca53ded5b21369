import { derivePhase } from '../../../../functions/domain/cycle/phase';
import { aCycle } from '../../../fixtures/builders';

describe('the phase of a cycle', () => {
  it('is planning before the year and until the plan is approved', () => {
    expect(derivePhase(aCycle({ year: 2027 }), '2026-11-24')).toBe('planning');
    expect(derivePhase(aCycle(), '2026-03-01')).toBe('planning');
  });

  it('is implementation once the plan is approved, until December', () => {
    const cycle = aCycle({ milestones: { planApprovedOn: '2026-04-02' } });
    expect(derivePhase(cycle, '2026-04-01')).toBe('planning');
    expect(derivePhase(cycle, '2026-04-02')).toBe('implementation');
    expect(derivePhase(cycle, '2026-11-30')).toBe('implementation');
  });

  it('is evaluation from December until the annual report is approved, even if the plan never was', () => {
    expect(
      derivePhase(aCycle({ milestones: { planApprovedOn: '2026-04-02' } }), '2026-12-01'),
    ).toBe('evaluation');
    expect(derivePhase(aCycle(), '2027-02-01')).toBe('evaluation');
  });

  it('is improvement after the report is approved, and closed once closed', () => {
    const reported = aCycle({
      milestones: { planApprovedOn: '2026-04-02', annualReportApprovedOn: '2027-04-20' },
    });
    expect(derivePhase(reported, '2027-04-20')).toBe('improvement');
    const closed = aCycle({ milestones: { ...reported.milestones, closedOn: '2027-06-01' } });
    expect(derivePhase(closed, '2027-05-31')).toBe('improvement');
    expect(derivePhase(closed, '2027-06-01')).toBe('closed');
  });
});
