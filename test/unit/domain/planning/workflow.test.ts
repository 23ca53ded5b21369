import {
  emptyPlan,
  planEditability,
} from '../../../../functions/domain/planning/annual-plan-state';
import {
  decideAmendment,
  decidePlan,
  startAmendment,
  submitAmendment,
  submitPlan,
} from '../../../../functions/domain/planning/annual-plan-workflow';
import type { CompiledPlan } from '../../../../functions/domain/planning/compile';
import { StateError, ValidationError } from '../../../../functions/domain/errors';

const step = (comment = '') => ({
  by: 'u',
  on: '2026-03-01',
  at: '2026-03-01T08:00:00.000Z',
  comment,
});
const content = (items: number): CompiledPlan => ({
  units: [],
  training: [],
  totals: { items, units: items ? 1 : 0, trainingItems: 0, trainingHours: 0 },
});

describe('the annual plan workflow', () => {
  it('goes draft → submitted → approved, freezing the approved content', () => {
    const submitted = submitPlan(emptyPlan(2026), content(3), step());
    expect(planEditability(submitted)).toBe('underReview');
    const approved = decidePlan(submitted, 'approve', content(3), false, step('Tvirtinu'));
    expect(approved).toMatchObject({
      state: 'approved',
      approvedOn: '2026-03-01',
      snapshot: content(3),
    });
    expect(approved.history.map((h) => h.state)).toEqual(['submitted', 'approved']);
    expect(planEditability(approved)).toBe('frozen');
  });

  it('refuses to submit an empty plan or to decide one not submitted', () => {
    expect(() => submitPlan(emptyPlan(2026), content(0), step())).toThrow(StateError);
    expect(() => decidePlan(emptyPlan(2026), 'approve', content(1), false, step())).toThrow(
      StateError,
    );
  });

  it('returns a plan only with comments, and then lets it change and be submitted again', () => {
    const submitted = submitPlan(emptyPlan(2026), content(1), step());
    expect(() => decidePlan(submitted, 'return', content(1), false, step())).toThrow(
      ValidationError,
    );
    const returned = decidePlan(
      submitted,
      'return',
      content(1),
      false,
      step('Patikslinti rodiklius'),
    );
    expect(planEditability(returned)).toBe('editable');
    expect(submitPlan(returned, content(1), step()).state).toBe('submitted');
  });

  it('needs the founder’s agreement before approval where the organisation has that step', () => {
    const submitted = submitPlan(emptyPlan(2026), content(1), step());
    expect(() => decidePlan(submitted, 'approve', content(1), true, step())).toThrow(StateError);
  });

  it('changes an approved plan only through one amendment at a time, with its own approval', () => {
    const approved = decidePlan(
      submitPlan(emptyPlan(2026), content(1), step()),
      'approve',
      content(1),
      false,
      step(),
    );
    const opened = startAmendment(approved, 'a1', 'Nauja veikla', step());
    expect(planEditability(opened)).toBe('editable');
    expect(() => startAmendment(opened, 'a2', 'Dar viena', step())).toThrow(StateError);
    const submitted = submitAmendment(opened, 'a1', step());
    expect(planEditability(submitted)).toBe('underReview');
    const decided = decideAmendment(submitted, 'a1', 'approve', content(2), step());
    expect(decided.snapshot).toEqual(content(2));
    expect(planEditability(decided)).toBe('frozen');
    expect(() => submitAmendment(decided, 'nope', step())).toThrow(StateError);
  });
});
