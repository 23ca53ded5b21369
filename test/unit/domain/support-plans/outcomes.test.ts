import {
  goalFigures,
  outcomeFigures,
  pairedChange,
} from '../../../../functions/domain/support-plans/outcomes';
import {
  recipientChange,
  type Goal,
  type GoalStatus,
  type Measure,
  type SupportPlan,
} from '../../../../functions/domain/support-plans/plan';
import { normalSurvival } from '../../../../functions/domain/surveys/statistics';

const aPlan = (id: string, overrides: Partial<SupportPlan> = {}): SupportPlan => ({
  id,
  recipientCode: `VG-${id}`,
  unitId: 'dienos-centras',
  responsibleWorker: 'ona@org-a',
  startedOn: '2026-01-05',
  needs: [],
  goals: [],
  measures: [],
  notes: null,
  ...overrides,
});

const aGoal = (id: string, statuses: [string, GoalStatus][]): Goal => ({
  id,
  domain: 'educationEmployment',
  text: 'Lankyti mokyklą',
  result: 'Dienos mokykloje per savaitę',
  baseline: 1,
  target: 5,
  dueOn: '2026-12-31',
  reviewOn: ['2026-06-30'],
  reviews: statuses.map(([reviewedOn, status], i) => ({
    id: `${id}-r${i}`,
    reviewedOn,
    valueReached: 3,
    status,
    reason: status === 'dropped' ? 'Persikėlė gyventi kitur' : null,
    note: null,
    reviewedBy: 'ona@org-a',
  })),
});

const selfRating = (
  id: string,
  occasion: Measure['occasion'],
  recordedOn: string,
  scores: Record<string, number>,
): Measure => ({ id, occasion, recordedOn, scale: 'selfRating', scores, recordedBy: 'ona@org-a' });

describe('paired change of a group', () => {
  it('matches the textbook Wilcoxon signed-rank example (Wikipedia, “Wilcoxon signed-rank test”)', () => {
    const before = [110, 122, 125, 120, 140, 124, 123, 137, 135, 145];
    const after = [125, 115, 130, 140, 140, 115, 140, 125, 140, 135];

    const change = pairedChange(before, after)!;

    // d = 15, −7, 5, 20, 0, −9, 17, −12, 5, −10; the zero is dropped, n = 9
    // |d| ranked: 5, 5 → 1.5 each; 7 → 3; 9 → 4; 10 → 5; 12 → 6; 15 → 7; 17 → 8; 20 → 9
    // W+ = 7 + 1.5 + 9 + 8 + 1.5 = 27; W− = 3 + 4 + 6 + 5 = 18
    expect(change.wilcoxon).toMatchObject({ pairs: 10, zeros: 1, n: 9, wPlus: 27, wMinus: 18 });
    // tied |d| → normal: σ² = 9·10·19/24 − (2³ − 2)/48 = 71.125; z = (|27 − 22.5| − ½)/σ
    expect(change.wilcoxon.method).toBe('normal');
    expect(change.wilcoxon.p).toBeCloseTo(0.6353, 4); // R: wilcox.test(after, before, paired = TRUE)
    expect(change.wilcoxon.significant).toBe(false);
    expect(change).toMatchObject({
      n: 10,
      meanBefore: 128.1,
      meanAfter: 130.5,
      improved: 5,
      unchanged: 1,
      worsened: 4,
      medianChange: 2.5, // sorted d: …, −7, 0, 5, … → (0 + 5)/2
    });
    expect(change.meanChange).toBeCloseTo(2.4, 10);
  });

  it('finds a significant improvement on a 1–10 self-rating', () => {
    const before = [3, 4, 2, 5, 6, 3, 4, 5];
    const after = [6, 5, 4, 5, 8, 2, 7, 6];

    const change = pairedChange(before, after)!;

    // d = 3, 1, 2, 0, 2, −1, 3, 1 → n = 7; |d| 1,1,1 → rank 2; 2,2 → 4.5; 3,3 → 6.5
    // W+ = 6.5 + 2 + 4.5 + 4.5 + 6.5 + 2 = 26, W− = 2
    expect(change.wilcoxon).toMatchObject({ n: 7, wPlus: 26, wMinus: 2, method: 'normal' });
    // σ² = 7·8·15/24 − (24 + 6 + 6)/48 = 34.25; z = (26 − 14 − ½)/√34.25
    const z = 11.5 / Math.sqrt(34.25);
    expect(change.wilcoxon.p).toBeCloseTo(2 * normalSurvival(z), 12);
    expect(change.wilcoxon.p).toBeCloseTo(0.0494, 4);
    expect(change.wilcoxon.significant).toBe(true);
  });

  it('has nothing to say without pairs', () => {
    expect(pairedChange([], [])).toBeNull();
  });
});

describe('a recipient’s change', () => {
  it('pairs the intake with the latest review, per domain rated both times', () => {
    const plan = aPlan('1', {
      measures: [
        selfRating('m1', 'intake', '2026-01-10', { health: 4, housing: 6, safety: 5 }),
        selfRating('m2', 'review', '2026-06-10', { health: 5, housing: 6 }),
        selfRating('m3', 'review', '2026-12-10', { health: 7, housing: 8 }),
      ],
    });

    expect(recipientChange(plan, 'selfRating', '2026-06-30')).toMatchObject({
      reviewOn: '2026-06-10',
      before: 5,
      after: 5.5,
      change: 0.5,
    });
    expect(recipientChange(plan, 'selfRating')).toMatchObject({
      intakeOn: '2026-01-10',
      reviewOn: '2026-12-10',
      domains: { health: { before: 4, after: 7, change: 3 }, housing: { change: 2 } },
      change: 2.5,
    });
    expect(recipientChange(plan, 'qualityOfLife')).toBeNull();
  });
});

describe('share of goals achieved', () => {
  it('counts each goal by its latest review of the year and leaves dropped goals out of the share', () => {
    const plans = [
      aPlan('1', {
        goals: [
          aGoal('a', [
            ['2026-03-01', 'not'],
            ['2026-09-01', 'achieved'],
          ]),
        ],
      }),
      aPlan('2', {
        goals: [aGoal('b', [['2026-06-01', 'achieved']]), aGoal('c', [['2026-06-01', 'partly']])],
      }),
      aPlan('3', {
        goals: [aGoal('d', [['2026-06-01', 'not']]), aGoal('e', [['2026-07-01', 'dropped']])],
      }),
      aPlan('4', { goals: [aGoal('f', [['2026-10-01', 'achieved']])] }),
      aPlan('5', { goals: [aGoal('g', [['2026-11-01', 'partly']])] }),
      // reviewed only last year, or only next year: not this year's
      aPlan('6', {
        goals: [aGoal('h', [['2025-11-01', 'achieved']]), aGoal('i', [['2027-01-10', 'not']])],
      }),
    ];

    const figures = goalFigures(plans, 2026);

    // achieved a, b, f = 3; partly c, g = 2; not d = 1; dropped e = 1 → 3 / (3 + 2 + 1) = 0.5
    expect(figures).toEqual({
      n: 5,
      goals: 7,
      byStatus: { achieved: 3, partly: 2, not: 1, dropped: 1 },
      achievedShare: 0.5,
      partlyShare: 2 / 6,
    });
  });
});

describe('the aggregated outcome view', () => {
  const withPair = (id: string, before: number, after: number) =>
    aPlan(id, {
      measures: [
        selfRating(`${id}-i`, 'intake', '2026-01-10', { health: before, safety: before }),
        selfRating(`${id}-r`, 'review', '2026-11-10', { health: after }),
      ],
      goals: [aGoal(`${id}-g`, [['2026-11-10', 'achieved']])],
    });

  it('shows figures from five recipients up', () => {
    const plans = [1, 2, 3, 4, 5].map((i) => withPair(String(i), 3, 3 + i));

    const figures = outcomeFigures(plans, 2026, 'selfRating', null);

    expect(figures.overall).toMatchObject({ n: 5, meanChange: 3, improved: 5 });
    expect(figures.domains.find((d) => d.domain === 'health')?.change).toMatchObject({ n: 5 });
    // safety was rated only at intake: no pairs
    expect(figures.domains.find((d) => d.domain === 'safety')?.change).toBeNull();
    expect(figures.goals).toMatchObject({ n: 5, achievedShare: 1 });
    expect(JSON.stringify(figures)).not.toContain('VG-');
  });

  it('hides every figure of fewer than five recipients', () => {
    const plans = [1, 2, 3, 4].map((i) => withPair(String(i), 3, 3 + i));

    const figures = outcomeFigures(plans, 2026, 'selfRating', null);

    const hidden = { suppressed: true, reason: 'belowMinimumN', minimumN: 5 };
    expect(figures.overall).toEqual(hidden);
    expect(figures.domains.find((d) => d.domain === 'health')?.change).toEqual(hidden);
    expect(figures.goals).toEqual(hidden);
  });
});
