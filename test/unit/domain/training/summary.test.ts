import { summariseNeeds } from '../../../../functions/domain/training/summary';
import { aNeed, aTraining } from './builders';

describe('summariseNeeds', () => {
  const needs = [
    aNeed({ id: 'n1', employee: 'ona', employeeName: 'Ona', topic: 'Darbas su trauma' }),
    aNeed({
      id: 'n2',
      employee: 'jonas',
      employeeName: 'Jonas',
      unitId: 'globos-skyrius',
      topic: 'darbas su  TRAUMA',
    }),
    aNeed({ id: 'n3', employee: 'petras', employeeName: 'Petras', topic: 'Darbas su trauma' }),
    aNeed({ id: 'n4', employee: 'ona', employeeName: 'Ona', area: 'digital', topic: 'Excel' }),
    aNeed({ id: 'n5', employee: 'ona', employeeName: 'Ona', topic: 'Smurto atpažinimas' }),
  ];

  it('groups needs by area and normalised topic, most asked for first', () => {
    const summary = summariseNeeds(needs, []);
    expect(summary.total).toBe(5);
    expect(summary.areas.map((a) => [a.area, a.count])).toEqual([
      ['psychologyTrauma', 4],
      ['digital', 1],
    ]);
    const [trauma, violence] = summary.areas[0]!.topics;
    expect(trauma).toMatchObject({
      key: 'darbas su trauma',
      topic: 'Darbas su trauma',
      count: 3,
      unitIds: ['dienos-centras', 'globos-skyrius'],
      needIds: ['n1', 'n2', 'n3'],
    });
    expect(trauma!.employees.map((e) => e.userId)).toEqual(['ona', 'jonas', 'petras']);
    expect(violence).toMatchObject({ topic: 'Smurto atpažinimas', count: 1 });
  });

  it('counts an employee once per topic even with two needs', () => {
    const summary = summariseNeeds(
      [
        aNeed({ id: 'a', employee: 'ona' }),
        aNeed({ id: 'b', employee: 'ona', topic: ' darbas su trauma' }),
      ],
      [],
    );
    expect(summary.areas[0]!.topics[0]).toMatchObject({ count: 2, employees: [{ userId: 'ona' }] });
  });

  it('shows which training items answer a topic and whether fully', () => {
    const training = [
      aTraining({ id: 't1', topic: 'Trauma 1', needIds: ['n1', 'n2'] }),
      aTraining({ id: 't2', topic: 'Excel pradžiamokslis', needIds: ['n4'] }),
      aTraining({ id: 't3', topic: 'Trauma 2', needIds: ['n1'] }),
    ];
    const summary = summariseNeeds(needs, training);
    const trauma = summary.areas[0]!.topics[0]!;
    expect(trauma).toMatchObject({ coveredNeeds: 2, coverage: 'partial' });
    expect(trauma.coveredBy).toEqual([
      { id: 't1', topic: 'Trauma 1' },
      { id: 't3', topic: 'Trauma 2' },
    ]);
    expect(summary.areas[0]!.topics[1]).toMatchObject({ coverage: 'none', coveredBy: [] });
    expect(summary.areas[1]!.topics[0]).toMatchObject({ coverage: 'full', coveredNeeds: 1 });
    expect(summary.coveredNeeds).toBe(3);
  });

  it('is empty without needs', () => {
    expect(summariseNeeds([], [aTraining()])).toEqual({ total: 0, coveredNeeds: 0, areas: [] });
  });
});
