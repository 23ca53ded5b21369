import {
  checkAction,
  daysOverdue,
  isOverdue,
  resolveStatus,
  sameDefinition,
  type Action,
  type ActionInput,
} from '../../../../functions/domain/improvement/actions/action';

const anAction = (overrides: Partial<Action> = {}): Action => ({
  id: 'a1',
  cycle: 2025,
  finding: { kind: 'survey', reference: 'Q7', text: 'Tėvai mažai žino apie grupių užsiėmimus' },
  title: 'Informuoti tėvus apie užsiėmimus',
  description: '',
  ownerUserId: 'ona@org-a',
  ownerName: 'Ona Onaitė',
  unitId: 'dienos-centras',
  dueOn: '2026-03-31',
  status: 'open',
  doneOn: null,
  cancelReason: '',
  progress: '',
  goalId: null,
  indicatorId: null,
  ...overrides,
});

const anInput = (overrides: Partial<ActionInput> = {}): ActionInput => {
  const { id: _id, cycle: _cycle, ...rest } = anAction();
  return { ...rest, ownerName: null, doneOn: null, ...overrides };
};

describe('overdue improvement actions', () => {
  it('is overdue when still open after its due date', () => {
    expect(isOverdue(anAction(), '2026-04-01')).toBe(true);
    expect(daysOverdue(anAction({ status: 'inProgress' }), '2026-04-10')).toBe(10);
  });

  it('is not overdue on its due date, nor once done or cancelled', () => {
    expect(isOverdue(anAction(), '2026-03-31')).toBe(false);
    expect(isOverdue(anAction({ status: 'done' }), '2026-06-01')).toBe(false);
    expect(isOverdue(anAction({ status: 'cancelled' }), '2026-06-01')).toBe(false);
    expect(daysOverdue(anAction({ status: 'done' }), '2026-06-01')).toBeNull();
  });
});

describe('checkAction', () => {
  const today = '2026-02-01';

  it('accepts a well-formed action', () => {
    expect(checkAction(2025, anInput(), today)).toEqual([]);
  });

  it('wants a reason to cancel', () => {
    expect(checkAction(2025, anInput({ status: 'cancelled', cancelReason: '  ' }), today)).toEqual([
      { path: ['cancelReason'], key: 'improvement.validation.reasonRequired' },
    ]);
  });

  it('refuses a due date before the cycle’s year or far beyond it', () => {
    const early = checkAction(2025, anInput({ dueOn: '2024-12-31' }), today);
    expect(early).toEqual([
      {
        path: ['dueOn'],
        key: 'validation.dateOutsideCycle',
        params: { from: '2025-01-01', to: '2030-12-31' },
      },
    ]);
    expect(checkAction(2025, anInput({ dueOn: '2031-01-01' }), today)).toHaveLength(1);
  });

  it('takes a completion date only for a done action and not from the future', () => {
    expect(checkAction(2025, anInput({ doneOn: '2026-01-10' }), today)).toEqual([
      { path: ['doneOn'], key: 'improvement.validation.doneOnNeedsDone' },
    ]);
    expect(checkAction(2025, anInput({ status: 'done', doneOn: '2026-02-02' }), today)).toEqual([
      { path: ['doneOn'], key: 'validation.dateInFuture', params: { today } },
    ]);
  });
});

describe('resolveStatus', () => {
  const today = '2026-02-01';

  it('records today when an action becomes done, unless a date is given', () => {
    expect(resolveStatus(anInput({ status: 'done' }), anAction(), today)).toEqual({
      status: 'done',
      doneOn: today,
      cancelReason: '',
    });
    expect(
      resolveStatus(anInput({ status: 'done', doneOn: '2026-01-20' }), anAction(), today).doneOn,
    ).toBe('2026-01-20');
  });

  it('keeps the completion date already recorded', () => {
    const done = anAction({ status: 'done', doneOn: '2026-01-05' });
    expect(resolveStatus(anInput({ status: 'done' }), done, today).doneOn).toBe('2026-01-05');
  });

  it('forgets the date and the reason when the action is reopened', () => {
    const reopened = resolveStatus(
      anInput({ status: 'inProgress', cancelReason: 'nebeaktualu' }),
      anAction({ status: 'done', doneOn: '2026-01-05' }),
      today,
    );
    expect(reopened).toEqual({ status: 'inProgress', doneOn: null, cancelReason: '' });
  });
});

describe('sameDefinition', () => {
  it('ignores status and progress but not the due date', () => {
    const a = anAction();
    expect(sameDefinition(a, { ...a, status: 'done', doneOn: '2026-01-05', progress: 'x' })).toBe(
      true,
    );
    expect(sameDefinition(a, { ...a, dueOn: '2026-12-31' })).toBe(false);
    expect(sameDefinition(a, { ...a, finding: { ...a.finding, text: 'kita' } })).toBe(false);
  });
});
