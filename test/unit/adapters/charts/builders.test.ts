import {
  ChartInputError,
  distributionChart,
  executionByUnitChart,
  trendChart,
} from '../../../../functions/adapters/charts';
import { aDistribution, anExecutionByUnit, aTrend } from '../../../fixtures/charts/builders';

type Row = Record<string, unknown>;
/** The inline rows of a spec or of one of its layers. */
const rows = (spec: object): Row[] =>
  ((spec as { data?: { values?: Row[] } }).data?.values ?? []) as Row[];

describe('distributionChart', () => {
  it('marks the last two options favourable and writes Lithuanian percentages', () => {
    const spec = distributionChart(aDistribution());

    expect(rows(spec).map((r) => r.favourable)).toEqual([false, false, false, true, true]);
    expect(rows(spec).map((r) => r.shareText)).toEqual([
      '4\u00a0%',
      '8\u00a0%',
      '19\u00a0%',
      '44\u00a0%',
      '25\u00a0%',
    ]);
    expect(spec).toMatchObject({ width: 640, height: 320, config: { font: 'DejaVu Sans' } });
  });

  it('highlights as many top boxes as asked, and writes English percentages on request', () => {
    const spec = distributionChart(aDistribution({ highlightTop: 3, locale: 'en' }));

    expect(rows(spec).map((r) => r.favourable)).toEqual([false, false, true, true, true]);
    expect(rows(spec)[3]?.shareText).toBe('44%');
  });

  it.each([
    ['no options', { points: [] }],
    ['a share above 1', { points: [{ label: 'Taip', count: 3, share: 1.2 }] }],
    ['a negative count', { points: [{ label: 'Taip', count: -1, share: 0.2 }] }],
    [
      'a repeated option',
      {
        points: [
          { label: 'Taip', count: 1, share: 0.5 },
          { label: 'Taip', count: 1, share: 0.5 },
        ],
      },
    ],
    ['more top boxes than options', { highlightTop: 6 }],
  ])('rejects %s', (_, overrides) => {
    expect(() => distributionChart(aDistribution(overrides))).toThrow(ChartInputError);
  });
});

describe('trendChart', () => {
  it('draws the target with its label and shades the side that counts as met', () => {
    const up = trendChart(aTrend());
    const down = trendChart(aTrend({ direction: 'down' }));

    const text = JSON.stringify(up);
    expect(text).toContain('"text":"Tikslas: 80"');
    expect(text).toContain('"y2":{"value":0}');
    expect(JSON.stringify(down)).toContain('"y2":{"value":{"expr":"height"}}');
  });

  it('keeps years as labels and writes values with a decimal comma', () => {
    const spec = trendChart(aTrend({ target: undefined } as never));

    const text = JSON.stringify(spec);
    expect(text).toContain('"year":"2024"');
    expect(text).toContain('"valueText":"78,9"');
    expect(text).not.toContain('Tikslas');
  });

  it.each([
    ['no points', { series: [{ name: 'A', points: [] }] }],
    [
      'a repeated series',
      {
        series: [
          { name: 'A', points: [{ year: 2024, value: 1 }] },
          { name: 'A', points: [{ year: 2025, value: 1 }] },
        ],
      },
    ],
    [
      'a value that is not a number',
      { series: [{ name: 'A', points: [{ year: 2024, value: NaN }] }] },
    ],
    ['a target that is not a number', { target: Infinity }],
  ])('rejects %s', (_, overrides) => {
    expect(() => trendChart(aTrend(overrides))).toThrow(ChartInputError);
  });
});

describe('executionByUnitChart', () => {
  it('stacks done, partly, not done and overdue in that order and keeps the units in order', () => {
    const spec = executionByUnitChart(anExecutionByUnit());

    const first = rows(spec).filter((r) => r.unit === 'Dienos centras');
    expect(first.map((r) => [r.status, r.start, r.end])).toEqual([
      ['Įvykdyta', 0, 14],
      ['Iš dalies', 14, 17],
      ['Neįvykdyta', 17, 19],
      ['Vėluoja', 19, 20],
    ]);
    expect(JSON.stringify(spec)).toContain(
      '"sort":["Dienos centras","Globos namai „Ąžuolas“","Pagalba į namus"]',
    );
  });

  it('leaves out empty segments and grows taller for many units', () => {
    const units = Array.from({ length: 12 }, (_, i) => ({
      unit: `Padalinys ${i + 1}`,
      done: 1,
      partly: 0,
      notDone: 0,
      overdue: 0,
    }));

    const spec = executionByUnitChart(anExecutionByUnit({ units }));

    expect(rows(spec)).toHaveLength(12);
    expect((spec as { height: number }).height).toBeGreaterThan(320);
  });

  it.each([
    ['no units', { units: [] }],
    [
      'a repeated unit',
      {
        units: [
          { unit: 'A', done: 1, partly: 0, notDone: 0, overdue: 0 },
          { unit: 'A', done: 1, partly: 0, notDone: 0, overdue: 0 },
        ],
      },
    ],
    [
      'a fractional count',
      { units: [{ unit: 'A', done: 1.5, partly: 0, notDone: 0, overdue: 0 }] },
    ],
    [
      'two statuses with one label',
      { labels: { done: 'X', partly: 'X', notDone: 'Y', overdue: 'Z' } },
    ],
  ])('rejects %s', (_, overrides) => {
    expect(() => executionByUnitChart(anExecutionByUnit(overrides))).toThrow(ChartInputError);
  });
});
