import { computeFigures, percent } from '../../../../functions/domain/training/figures';
import { aCompletion, aNeed, aTraining } from './builders';

/**
 * The hand-computed example (also used by the integration test):
 * T1 16 h × ona, petras, jonas = 48; T2 6.5 h × ona, rasa = 13; planned 61 participant hours.
 * Done: ona 16 (certificate), jonas 12.5, rasa 6.5 (certificate) = 35 → 35/61 = 57.4 %.
 * Five active members → 7.0 h each; four participants → 8.75 → 8.8 h each.
 * Needs n1, n2 linked of n1–n4 → 50 %. Cost 450.00 EUR, T2 without a cost.
 */
const members = [
  { userId: 'ona', name: 'Ona Onaitė', active: true },
  { userId: 'petras', name: 'Petras Petraitis', active: true },
  { userId: 'jonas', name: 'Jonas Jonaitis', active: true },
  { userId: 'rasa', name: 'Rasa Rasaitė', active: true },
  { userId: 'pavaduotoja', name: 'Vida Vadovė', active: true },
  { userId: 'buves', name: 'Buvęs Darbuotojas', active: false },
];
const trainings = [
  aTraining({
    id: 't1',
    plannedHours: 16,
    participants: ['ona', 'petras', 'jonas'],
    costEur: 450,
    needIds: ['n1', 'n2', 'gone'],
    completions: [
      aCompletion({ userId: 'ona', hours: 16, certificate: true }),
      aCompletion({ userId: 'jonas', hours: 12.5, certificate: false }),
    ],
  }),
  aTraining({
    id: 't2',
    area: 'socialWorkMethods',
    format: 'supervision',
    plannedHours: 6.5,
    participants: ['ona', 'rasa'],
    costEur: null,
    completions: [aCompletion({ userId: 'rasa', hours: 6.5, certificate: true })],
  }),
];
const needs = [
  aNeed({ id: 'n1' }),
  aNeed({ id: 'n2' }),
  aNeed({ id: 'n3', area: 'digital' }),
  aNeed({ id: 'n4', area: 'legal' }),
];

describe('computeFigures', () => {
  const figures = computeFigures(trainings, needs, members);

  it('matches the hand-computed totals', () => {
    expect(figures.totals).toEqual({
      items: 2,
      courseHours: 22.5,
      plannedHours: 61,
      doneHours: 35,
      donePercent: 57.4,
      activeMembers: 5,
      participants: 4,
      hoursPerActiveMember: 7,
      hoursPerParticipant: 8.8,
      needs: 4,
      needsCovered: 2,
      needsCoveredPercent: 50,
      certificates: 2,
      costPlanned: 450,
      costUnknownItems: 1,
    });
  });

  it('lists every active member and participant with their own hours, by name', () => {
    expect(
      figures.perEmployee.map((e) => [e.userId, e.plannedHours, e.doneHours, e.donePercent]),
    ).toEqual([
      ['jonas', 16, 12.5, 78.1],
      ['ona', 22.5, 16, 71.1],
      ['petras', 16, 0, 0],
      ['rasa', 6.5, 6.5, 100],
      ['pavaduotoja', 0, 0, null],
    ]);
    expect(figures.perEmployee.find((e) => e.userId === 'ona')).toMatchObject({
      items: 2,
      certificates: 1,
    });
  });

  it('breaks hours and needs down by area', () => {
    expect(figures.byArea).toEqual([
      {
        area: 'socialWorkMethods',
        items: 1,
        plannedHours: 13,
        doneHours: 6.5,
        needs: 0,
        needsCovered: 0,
      },
      {
        area: 'psychologyTrauma',
        items: 1,
        plannedHours: 48,
        doneHours: 28.5,
        needs: 2,
        needsCovered: 2,
      },
      { area: 'legal', items: 0, plannedHours: 0, doneHours: 0, needs: 1, needsCovered: 0 },
      { area: 'digital', items: 0, plannedHours: 0, doneHours: 0, needs: 1, needsCovered: 0 },
    ]);
  });

  it('adds decimal hours and cents exactly', () => {
    const many = Array.from({ length: 10 }, (_, i) =>
      aTraining({ id: `t${i}`, plannedHours: 0.1, participants: ['ona'], costEur: 0.1 }),
    );
    const { totals } = computeFigures(many, [], members);
    expect([totals.courseHours, totals.plannedHours, totals.costPlanned]).toEqual([1, 1, 1]);
  });

  it('leaves ratios empty when there is nothing to divide by', () => {
    const { totals } = computeFigures([], [], []);
    expect(totals).toMatchObject({
      donePercent: null,
      hoursPerActiveMember: null,
      hoursPerParticipant: null,
      needsCoveredPercent: null,
      costPlanned: 0,
    });
  });

  it('rounds a share to 0.1 per cent', () => {
    expect([percent(1, 3), percent(2, 3), percent(0, 5), percent(3, 0)]).toEqual([
      33.3,
      66.7,
      0,
      null,
    ]);
  });
});
