import {
  checkProject,
  type ProjectInput,
} from '../../../../functions/domain/improvement/projects/project';

const aProject = (overrides: Partial<ProjectInput> = {}): ProjectInput => ({
  kind: 'partnership',
  title: 'Bendradarbiavimas su Utenos kolegija',
  description: '',
  partners: ['Utenos kolegija'],
  fundedBy: null,
  from: '2025-09-01',
  to: null,
  status: 'ongoing',
  result: '',
  unitId: null,
  goalId: null,
  ...overrides,
});

describe('checkProject', () => {
  it('accepts an open-ended partnership running into the year', () => {
    expect(checkProject(2026, aProject())).toEqual([]);
  });

  it('refuses an end before the start', () => {
    expect(checkProject(2026, aProject({ from: '2026-05-01', to: '2026-04-30' }))).toEqual([
      {
        path: ['to'],
        key: 'improvement.validation.endBeforeStart',
        params: { from: '2026-05-01' },
      },
    ]);
  });

  it('refuses an activity that does not run in the cycle’s year', () => {
    expect(checkProject(2026, aProject({ from: '2025-01-01', to: '2025-12-31' }))).toEqual([
      { path: ['from'], key: 'improvement.validation.outsideYear', params: { year: 2026 } },
    ]);
    expect(checkProject(2026, aProject({ from: '2027-01-01' }))).toHaveLength(1);
  });

  it('wants the end date of a completed activity', () => {
    expect(checkProject(2026, aProject({ status: 'completed' }))).toEqual([
      { path: ['to'], key: 'improvement.validation.endRequired' },
    ]);
  });
});
