import type { TopLevelSpec } from 'vega-lite';
import { ChartInputError } from './errors';
import { CHART_HEIGHT, CHART_WIDTH, frameSpec, palette, type ChartFrame } from './theme';

type Status = 'done' | 'partly' | 'notDone' | 'overdue';
const STATUSES: readonly Status[] = ['done', 'partly', 'notDone', 'overdue'];
/** Light segments get dark numbers; the others white. */
const DARK_TEXT: ReadonlySet<Status> = new Set(['partly', 'notDone']);

/** One unit's plan items; the four counts do not overlap (an overdue item is only `overdue`). */
export type UnitExecution = { unit: string } & Record<Status, number>;

export interface ExecutionByUnitChartInput extends ChartFrame {
  units: readonly UnitExecution[];
  /** Legend words, translated ("Įvykdyta", "Iš dalies", "Neįvykdyta", "Vėluoja"). */
  labels: Record<Status, string>;
}

/** The plot takes roughly this share of the chart's width; the rest is unit names and padding. */
const PLOT_SHARE = 0.7;

/** A stacked bar of plan items per unit: done, partly, not done, overdue, with counts inside. */
export const executionByUnitChart = (input: ExecutionByUnitChartInput): TopLevelSpec => {
  validate(input);
  const longest = Math.max(1, ...input.units.map((u) => STATUSES.reduce((n, s) => n + u[s], 0)));
  const pxPerItem = ((input.width ?? CHART_WIDTH) * PLOT_SHARE) / longest;
  // A number goes inside its segment only where it fits: ~7 px per digit plus a margin.
  const fits = (count: number) => count * pxPerItem >= 8 + 7 * String(count).length;
  const values = input.units.flatMap((u) => {
    let start = 0;
    return STATUSES.filter((s) => u[s] > 0).map((s) => {
      const segment = {
        unit: u.unit,
        status: input.labels[s],
        count: u[s],
        start,
        end: start + u[s],
        middle: start + u[s] / 2,
        countText: fits(u[s]) ? String(u[s]) : '',
        darkText: DARK_TEXT.has(s),
      };
      start += u[s];
      return segment;
    });
  });
  // More than eight units need more height than the default to keep the bars readable.
  const height = Math.max(CHART_HEIGHT, 110 + 26 * input.units.length);

  return {
    ...frameSpec(input, height),
    data: { values },
    encoding: {
      y: {
        field: 'unit',
        type: 'nominal',
        sort: input.units.map((u) => u.unit),
        axis: { title: null, ticks: false, domain: false, labelLimit: 200, labelPadding: 8 },
      },
    },
    layer: [
      {
        mark: { type: 'bar', height: { band: 0.7 }, stroke: '#ffffff', strokeWidth: 1 },
        encoding: {
          x: {
            field: 'start',
            type: 'quantitative',
            // Whole items only: with few items vega's own ticks fall between them (0 0.5 1 …).
            axis: {
              title: null,
              format: 'd',
              grid: true,
              ...(longest <= 12
                ? { values: Array.from({ length: longest + 1 }, (_, i) => i) }
                : { tickMinStep: 1 }),
            },
            scale: { domain: [0, longest], nice: false },
          },
          x2: { field: 'end' },
          color: {
            field: 'status',
            type: 'nominal',
            scale: {
              domain: STATUSES.map((s) => input.labels[s]),
              range: STATUSES.map((s) => palette[s]),
            },
          },
        },
      },
      {
        mark: { type: 'text', baseline: 'middle', fontSize: 11 },
        encoding: {
          x: { field: 'middle', type: 'quantitative' },
          text: { field: 'countText' },
          color: { condition: { test: 'datum.darkText', value: palette.text }, value: '#ffffff' },
        },
      },
    ],
  };
};

const validate = (input: ExecutionByUnitChartInput): void => {
  if (input.units.length === 0) throw new ChartInputError('An execution chart needs units');
  const names = new Set<string>();
  for (const u of input.units) {
    if (names.has(u.unit)) throw new ChartInputError(`Unit "${u.unit}" appears twice`);
    names.add(u.unit);
    for (const s of STATUSES) {
      if (!(Number.isInteger(u[s]) && u[s] >= 0)) {
        throw new ChartInputError(`Unit "${u.unit}" has ${u[s]} ${s} items`);
      }
    }
  }
  const legend = new Set(STATUSES.map((s) => input.labels[s]));
  if (legend.size !== STATUSES.length) throw new ChartInputError('Status labels must differ');
};
