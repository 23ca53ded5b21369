import { catalogues } from '../../../../functions/i18n';
import { lt, en } from '../../../../functions/i18n/benchmark';
import { BENCHMARK_FIGURE_CODES } from '../../../../functions/domain/benchmark/figures';
import type { BenchmarkEntry } from '../../../../functions/domain/benchmark/repository';
import { figureView, positionOf } from '../../../../functions/domain/benchmark/view';

const entry = (value: number, overrides: Partial<BenchmarkEntry> = {}): BenchmarkEntry => ({
  value,
  respondents: null,
  peer: { orgType: 'familyChildWelfare', municipality: 'utenos r. sav.' },
  own: false,
  ...overrides,
});
const self = { orgType: 'familyChildWelfare', municipality: 'utenos r. sav.' } as const;

describe('a figure’s peer view', () => {
  it('shows a group of five with type 7 quartiles and the own percentile rank and position', () => {
    // Prepare: values 10, 20, 30, 40, 50; own = 50.
    const entries = [10, 20, 30, 40].map((v) => entry(v)).concat(entry(50, { own: true }));
    // Act
    const view = figureView('planDonePercent', 2026, entries, self);
    // Assess: h = 4·p → Q1 = x₁ = 20, median = x₂ = 30, Q3 = x₃ = 40; PR = (4 + ½) ÷ 5 = 90 %.
    expect(view.peerGroups[0]).toEqual({
      group: 'all',
      result: {
        status: 'shown',
        organisations: 5,
        lowerQuartile: 20,
        median: 30,
        upperQuartile: 40,
        own: { value: 50, respondents: null },
        percentileRank: 90,
        position: 'top',
      },
    });
  });

  it('says only “not enough data” below five organisations, without their number', () => {
    const view = figureView(
      'planDonePercent',
      2026,
      [1, 2, 3, 4].map((v) => entry(v)),
      self,
    );
    for (const { result } of view.peerGroups) {
      expect(result).toEqual({
        status: 'notEnoughData',
        minimumOrganisations: 5,
        minimumRespondents: null,
      });
    }
  });

  it('counts a survey figure only for organisations with at least ten respondents', () => {
    const entries = [
      ...[60, 70, 80, 90].map((v) => entry(v, { respondents: 10 })),
      entry(99, { respondents: 9 }),
    ];
    const thin = figureView('recipientSatisfactionPercent', 2026, entries, self);
    expect(thin.peerGroups[0]?.result).toEqual({
      status: 'notEnoughData',
      minimumOrganisations: 5,
      minimumRespondents: 10,
    });
    const enough = figureView(
      'recipientSatisfactionPercent',
      2026,
      [...entries, entry(50, { respondents: 120 })],
      self,
    );
    expect(enough.peerGroups[0]?.result).toMatchObject({ status: 'shown', organisations: 5 });
  });

  it('forms peer groups by organisation type and by municipality, each with the minimum', () => {
    const others = { orgType: 'fosterCare', municipality: 'panevėžio m. sav.' } as const;
    const entries = [
      ...[1, 2, 3, 4, 5].map((v) => entry(v)),
      ...[6, 7, 8].map((v) => entry(v, { peer: others })),
      entry(9, { peer: { orgType: 'familyChildWelfare', municipality: 'panevėžio m. sav.' } }),
    ];
    const view = figureView('trainingHoursPerEmployee', 2026, entries, self);
    const byGroup = Object.fromEntries(view.peerGroups.map((g) => [g.group, g.result]));
    expect(byGroup.all).toMatchObject({ status: 'shown', organisations: 9, median: 5 });
    expect(byGroup.orgType).toMatchObject({ status: 'shown', organisations: 6, median: 3.5 });
    expect(byGroup.municipality).toMatchObject({ status: 'shown', organisations: 5, median: 3 });
    expect(byGroup.all).toMatchObject({ own: null, percentileRank: null, position: null });
  });

  it('places a value by the figure’s direction', () => {
    expect(positionOf(9, 2, 8, 'up')).toBe('top');
    expect(positionOf(1, 2, 8, 'up')).toBe('bottom');
    expect(positionOf(8, 2, 8, 'up')).toBe('middle');
    expect(positionOf(9, 2, 8, 'down')).toBe('bottom');
  });
});

describe('the benchmark messages', () => {
  it('have every key in Lithuanian and English, with the same placeholders', () => {
    const holes = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
    expect(Object.keys(en).sort()).toEqual(Object.keys(lt).sort());
    for (const key of Object.keys(lt) as (keyof typeof lt)[]) {
      expect(en[key].trim()).not.toBe('');
      expect([key, holes(en[key])]).toEqual([key, holes(lt[key])]);
    }
  });

  it('name every shared figure in both languages and are merged into the catalogue', () => {
    for (const code of BENCHMARK_FIGURE_CODES) {
      expect(catalogues.lt[`benchmark.figure.${code}`]).toBeTruthy();
      expect(catalogues.en[`benchmark.figure.${code}`]).toBeTruthy();
    }
  });
});
