import {
  checkCompletion,
  checkTrainingInput,
  maxCompletionHours,
  withCompletion,
  type TrainingInput,
} from '../../../../functions/domain/training/training';
import { aCompletion, aTraining } from './builders';

const input = (overrides: Partial<TrainingInput> = {}): TrainingInput => {
  const { id: _id, completions: _c, ...rest } = aTraining();
  return { ...rest, ...overrides };
};

const members = new Map([
  ['ona@org-a', { active: true }],
  ['petras@org-a', { active: true }],
  ['jonas@org-a', { active: true }],
  ['buves@org-a', { active: false }],
]);
const context = { members, needIds: new Set(['n1', 'n2']) };
const keys = (issues: { path: readonly (string | number)[]; key?: string }[]) =>
  issues.map((i) => [i.path.join('.'), i.key]);

describe('checkTrainingInput', () => {
  it('accepts a valid item', () => {
    expect(checkTrainingInput(2026, input({ needIds: ['n1'] }), context)).toEqual([]);
  });

  it('refuses an end before the start and dates outside the cycle', () => {
    expect(
      keys(checkTrainingInput(2026, input({ from: '2026-06-02', to: '2026-06-01' }), context)),
    ).toEqual([['to', 'training.toBeforeFrom']]);
    expect(
      keys(checkTrainingInput(2026, input({ from: '2025-12-30', to: '2027-04-01' }), context)),
    ).toEqual([
      ['from', 'validation.dateOutsideCycle'],
      ['to', 'validation.dateOutsideCycle'],
    ]);
  });

  it('lets a course started in autumn end in the next year’s first quarter', () => {
    expect(
      checkTrainingInput(2026, input({ from: '2026-11-10', to: '2027-03-31' }), context),
    ).toEqual([]);
  });

  it('names each repeated, unknown or departed participant by position', () => {
    const issues = checkTrainingInput(
      2026,
      input({ participants: ['ona@org-a', 'nera@org-a', 'ona@org-a', 'buves@org-a'] }),
      context,
    );
    expect(keys(issues)).toEqual([
      ['participants.1', 'training.unknownMember'],
      ['participants.2', 'training.duplicateParticipant'],
      ['participants.3', 'training.inactiveMember'],
    ]);
  });

  it('keeps a departed participant who was already on the item', () => {
    const current = aTraining({ participants: ['buves@org-a'] });
    expect(
      checkTrainingInput(2026, input({ participants: ['buves@org-a'] }), { ...context, current }),
    ).toEqual([]);
  });

  it('refuses needs that do not exist in the cycle or repeat', () => {
    expect(keys(checkTrainingInput(2026, input({ needIds: ['n1', 'n9', 'n1'] }), context))).toEqual(
      [
        ['needIds.1', 'training.unknownNeed'],
        ['needIds.2', 'training.duplicateNeed'],
      ],
    );
  });

  it('keeps participants with a completion and hours that fit the completions', () => {
    const current = aTraining({ completions: [aCompletion({ userId: 'ona@org-a', hours: 15 })] });
    const issues = checkTrainingInput(
      2026,
      input({ participants: ['petras@org-a'], plannedHours: 7.4 }),
      { ...context, current },
    );
    expect(issues).toEqual([
      {
        path: ['participants'],
        key: 'training.participantHasCompletion',
        params: { userId: 'ona@org-a' },
      },
      {
        path: ['plannedHours'],
        key: 'training.plannedBelowCompletions',
        params: { hours: 15, min: 7.5 },
      },
    ]);
  });
});

describe('checkCompletion', () => {
  const training = aTraining({ plannedHours: 6.5, from: '2026-03-01' });
  const completion = {
    userId: 'ona@org-a',
    hours: 6.5,
    completedOn: '2026-03-02',
    certificate: true,
  };

  it('accepts a participant’s completion up to twice the planned hours', () => {
    expect(maxCompletionHours(6.5)).toBe(13);
    expect(checkCompletion(training, { ...completion, hours: 13 }, '2026-11-24')).toEqual([]);
  });

  it('refuses a non-participant, too many hours, and dates before the start or in the future', () => {
    expect(
      checkCompletion(training, { ...completion, userId: 'rasa@org-a', hours: 13.1 }, '2026-11-24'),
    ).toEqual([
      { path: ['userId'], key: 'training.notParticipant' },
      { path: ['hours'], key: 'training.hoursTooMany', params: { max: 13 } },
    ]);
    expect(
      keys(checkCompletion(training, { ...completion, completedOn: '2026-02-28' }, '2026-11-24')),
    ).toEqual([['completedOn', 'training.completedBeforeStart']]);
    expect(
      keys(checkCompletion(training, { ...completion, completedOn: '2026-11-25' }, '2026-11-24')),
    ).toEqual([['completedOn', 'validation.dateInFuture']]);
  });
});

describe('withCompletion', () => {
  it('replaces a participant’s earlier completion and keeps participant order', () => {
    const training = aTraining({
      completions: [
        aCompletion({ userId: 'jonas@org-a', hours: 4 }),
        aCompletion({ userId: 'ona@org-a', hours: 2 }),
      ],
    });
    const next = withCompletion(training, aCompletion({ userId: 'jonas@org-a', hours: 8 }));
    expect(next.completions.map((c) => [c.userId, c.hours])).toEqual([
      ['ona@org-a', 2],
      ['jonas@org-a', 8],
    ]);
  });
});
