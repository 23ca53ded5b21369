import { compilePlan, diffPlans } from '../../../../functions/domain/planning/compile';
import {
  latestPercent,
  statusFromProgress,
  withProgress,
  type PlanItem,
} from '../../../../functions/domain/planning/plan-item';
import type { Stored } from '../../../../functions/domain/ports';

const meta = {
  version: 1,
  createdAt: '2026-01-10T00:00:00Z',
  createdBy: 'u',
  updatedAt: '2026-01-10T00:00:00Z',
  updatedBy: 'u',
};
const anItem = (overrides: Partial<Stored<PlanItem>> = {}): Stored<PlanItem> => ({
  id: 'i1',
  unitId: 'dienos-centras',
  period: 'annual',
  goal: 'Tikslas',
  activity: 'Veikla',
  responsible: 'Ona',
  startOn: null,
  dueOn: null,
  indicator: '',
  targetValue: '',
  indicatorId: null,
  strategyGoalId: null,
  origin: [],
  status: 'planned',
  statusComment: '',
  progress: [],
  ...meta,
  ...overrides,
});

describe('plan item progress', () => {
  it.each([
    ['H1', 40, null, 'inProgress'],
    ['H1', 100, null, 'done'],
    ['yearEnd', 60, null, 'partlyDone'],
    ['yearEnd', 0, null, 'notDone'],
    ['yearEnd', null, true, 'done'],
    ['yearEnd', null, false, 'notDone'],
  ] as const)('%s with %p%% / done %p is %s', (checkpoint, percent, done, status) => {
    expect(statusFromProgress({ checkpoint, percent, done })).toBe(status);
  });

  it('keeps one entry per checkpoint, in order, and reads the latest share', () => {
    const entry = (checkpoint: 'H1' | 'yearEnd', percent: number) => ({
      checkpoint,
      percent,
      done: null,
      comment: '',
      recordedOn: '2026-07-01',
      recordedBy: 'u',
    });
    let item: PlanItem = anItem();
    item = withProgress(item, entry('yearEnd', 80));
    item = withProgress(item, entry('H1', 30));
    item = withProgress(item, entry('H1', 50));
    expect(item.progress.map((p) => [p.checkpoint, p.percent])).toEqual([
      ['H1', 50],
      ['yearEnd', 80],
    ]);
    expect(latestPercent(item)).toBe(80);
    expect(latestPercent(anItem())).toBeNull();
  });
});

describe('compiling the annual plan', () => {
  const units = [
    { id: 'globos-centras', name: 'Globos centras', active: true, ...meta },
    { id: 'dienos-centras', name: 'Dienos centras', active: true, ...meta },
  ];

  it('takes annual, not cancelled items by unit and the training plan with its hours', () => {
    const plan = compilePlan(
      units,
      [
        anItem({ id: 'a', unitId: 'globos-centras' }),
        anItem({ id: 'b' }),
        anItem({ id: 'c', period: 'H2' }),
        anItem({ id: 'd', status: 'cancelled' }),
      ],
      [
        {
          id: 't1',
          topic: 'Smurto atpažinimas',
          provider: 'VšĮ Mokymai',
          plannedHours: 8,
          participants: ['a', 'b'],
          ...meta,
        },
        {
          id: 't2',
          topic: 'Supervizija',
          provider: '',
          plannedHours: 12.5,
          participants: [],
          ...meta,
        },
      ],
    );
    expect(plan.units.map((u) => [u.unitName, u.items.map((i) => i.id)])).toEqual([
      ['Dienos centras', ['b']],
      ['Globos centras', ['a']],
    ]);
    expect(plan.totals).toEqual({ items: 2, units: 2, trainingItems: 2, trainingHours: 20.5 });
    expect(plan.training[0]).toMatchObject({ topic: 'Smurto atpažinimas', participants: 2 });
  });

  it('lists what was added, changed and removed since approval', () => {
    const before = compilePlan(units, [anItem({ id: 'a' }), anItem({ id: 'b' })], []);
    const after = compilePlan(
      units,
      [anItem({ id: 'a', version: 2, goal: 'Kitas tikslas' }), anItem({ id: 'c' })],
      [],
    );
    expect(diffPlans(before, after)).toEqual({ added: ['c'], changed: ['a'], removed: ['b'] });
    const progressOnly = compilePlan(
      units,
      [anItem({ id: 'a', version: 3 }), anItem({ id: 'b' })],
      [],
    );
    expect(diffPlans(before, progressOnly)).toEqual({ added: [], changed: [], removed: [] });
  });
});
