import {
  goalRowPlanKey,
  goalVersion,
  nextReviewOf,
  type GoalRow,
} from '../../../../functions/domain/support-plans/goal-sheet';
import type { Goal, Review } from '../../../../functions/domain/support-plans/plan';

const aGoal = (overrides: Partial<Goal> = {}): Goal => ({
  id: 'g1',
  domain: 'health',
  text: 'Kasdien mankštintis',
  result: 'Mankštos dienų per savaitę',
  baseline: 0,
  target: 3,
  dueOn: '2026-12-31',
  reviewOn: ['2026-03-31', '2026-06-30', '2026-12-15'],
  reviews: [],
  ...overrides,
});

const aReview = (reviewedOn: string): Review => ({
  id: `r-${reviewedOn}`,
  reviewedOn,
  valueReached: 1,
  status: 'partly',
  reason: null,
  note: null,
  reviewedBy: 'ona@org-a',
});

describe('support-plan goals as sheet rows', () => {
  it('show as the next review the first planned date after the latest review', () => {
    expect(nextReviewOf(aGoal())).toBe('2026-03-31');
    expect(nextReviewOf(aGoal({ reviews: [aReview('2026-04-02')] }))).toBe('2026-06-30');
    expect(nextReviewOf(aGoal({ reviews: [aReview('2026-06-30')] }))).toBe('2026-12-15');
    // Every planned review done: the last planned date stays shown.
    expect(nextReviewOf(aGoal({ reviews: [aReview('2026-12-20')] }))).toBe('2026-12-15');
    expect(nextReviewOf(aGoal({ reviewOn: [] }))).toBeNull();
  });

  it('version a goal by its content: the same goal the same number, any change another', () => {
    const base = goalVersion(aGoal());
    expect(Number.isInteger(base) && base >= 1 && base <= 0x7fffffff).toBe(true);
    expect(goalVersion(aGoal())).toBe(base);
    const changed = [
      aGoal({ target: 4 }),
      aGoal({ text: 'Kasdien mankštintis lauke' }),
      aGoal({ reviewOn: ['2026-03-31', '2026-12-15'] }),
      aGoal({ reviews: [aReview('2026-04-02')] }),
    ].map(goalVersion);
    expect(new Set([base, ...changed]).size).toBe(5);
  });

  it('key a row by its plan: by its goal’s id, or by the recipient code of a new row', () => {
    const rows = new Map<string, Partial<GoalRow>>([
      ['g1', { id: 'g1', planId: 'p1', recipientCode: 'VG-100' }],
      ['g2', { id: 'g2', planId: 'p2', recipientCode: 'GC-7' }],
    ]);
    expect(goalRowPlanKey({ id: 'g2', values: {} }, rows)).toBe('p2');
    expect(goalRowPlanKey({ values: { recipientCode: ' vg-100 ' } }, rows)).toBe('p1');
    expect(goalRowPlanKey({ values: { recipientCode: 'NONE' } }, rows)).toBeUndefined();
    expect(goalRowPlanKey({ id: 'unknown', values: { recipientCode: 'VG-100' } }, rows)).toBe(
      undefined,
    );
  });
});
