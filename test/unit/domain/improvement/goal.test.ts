import {
  checkGoal,
  coversYear,
  type Goal,
} from '../../../../functions/domain/improvement/goals/goal';

const aGoal = (overrides: Partial<Goal> = {}): Goal => ({
  id: 'g1',
  code: 'T1',
  title: 'Gerinti paslaugų gavėjų gyvenimo kokybę',
  titleEn: null,
  description: '',
  periodFrom: 2025,
  periodTo: 2027,
  active: true,
  ...overrides,
});

describe('strategy goals', () => {
  it('covers the years of its period, ends included', () => {
    const goal = aGoal();
    expect([2024, 2025, 2027, 2028].map((y) => coversYear(goal, y))).toEqual([
      false,
      true,
      true,
      false,
    ]);
  });

  it('refuses a period that ends before it begins', () => {
    const { id: _id, ...input } = aGoal({ periodFrom: 2027, periodTo: 2025 });
    expect(checkGoal(null, input, [])).toEqual([
      { path: ['periodTo'], key: 'improvement.validation.periodOrder', params: { from: 2027 } },
    ]);
  });

  it('refuses a code another goal has in an overlapping period, whatever its case', () => {
    const { id: _id, ...input } = aGoal({ code: ' t1 ', periodFrom: 2027, periodTo: 2029 });
    expect(checkGoal(null, input, [aGoal()])).toEqual([
      {
        path: ['code'],
        key: 'improvement.validation.duplicateGoalCode',
        params: { code: 'T1', from: 2025, to: 2027 },
      },
    ]);
  });

  it('lets the next strategy period reuse a code, and a goal keep its own', () => {
    const { id: _id, ...next } = aGoal({ periodFrom: 2028, periodTo: 2030 });
    expect(checkGoal(null, next, [aGoal()])).toEqual([]);
    const { id, ...same } = aGoal({ title: 'Nauja formuluotė' });
    expect(checkGoal(id, same, [aGoal()])).toEqual([]);
  });
});
