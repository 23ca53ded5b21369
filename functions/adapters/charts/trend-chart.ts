import type { TopLevelSpec } from 'vega-lite';
// vega-lite exports only the top-level spec type from its root.
import type { Field } from 'vega-lite/build/src/channeldef';
import type { LayerSpec, UnitSpec } from 'vega-lite/build/src/spec';
import { ChartInputError } from './errors';
import { frameSpec, numberFormat, palette, type ChartFrame } from './theme';

export interface TrendSeries {
  /** Shown in the legend when there is more than one series ("Gyventojai", "Darbuotojai"). */
  name: string;
  points: ReadonlyArray<{ year: number; value: number }>;
}

export interface TrendChartInput extends ChartFrame {
  /** The y-axis title ("%", "dienos"); values are plotted as given. */
  unit?: string;
  series: readonly TrendSeries[];
  target?: number;
  /** Words before the target's value on its line ("Tikslas"); without it the value stands alone. */
  targetLabel?: string;
  /** Which way is better: the side of the target that counts as met is shaded. */
  direction: 'up' | 'down';
}

/** A layer without data draws nothing; the target's marks need exactly one datum. */
const ONE_ROW = { values: [{}] };

/** An indicator across years: a line per series, values on the points, the target as a dashed rule. */
export const trendChart = (input: TrendChartInput): TopLevelSpec => {
  validate(input);
  const number = numberFormat(input.locale ?? 'lt');
  const single = input.series.length === 1;
  const values = input.series.flatMap((s) =>
    s.points.map((p) => ({
      series: s.name,
      // A string keeps years as labels ("2024", never "2 024") on an ordinal axis.
      year: String(p.year),
      value: p.value,
      valueText: number.format(p.value),
    })),
  );
  const target = input.target;
  const targetText =
    target === undefined
      ? ''
      : input.targetLabel === undefined
        ? number.format(target)
        : `${input.targetLabel}: ${number.format(target)}`;
  const up = input.direction === 'up';
  // One series: its values stand on the points; more: the legend and grid read them.
  const valueLabels: UnitSpec<Field>[] = single
    ? [
        {
          mark: { type: 'text', dy: -12, fontSize: 11, color: palette.text },
          encoding: { text: { field: 'valueText' } },
        },
      ]
    : [];
  const targetLayers: UnitSpec<Field>[] =
    target === undefined
      ? []
      : [
          {
            // The met side of the target, shaded up to the plot's top (pixel 0) or bottom edge.
            data: ONE_ROW,
            mark: { type: 'rect', color: palette.targetZone, opacity: 0.7 },
            encoding: {
              y: { datum: target, type: 'quantitative' },
              y2: { value: up ? 0 : { expr: 'height' } },
            },
          },
          {
            data: ONE_ROW,
            mark: { type: 'rule', color: palette.target, strokeDash: [6, 4], strokeWidth: 1.5 },
            encoding: { y: { datum: target, type: 'quantitative' } },
          },
          {
            data: ONE_ROW,
            mark: {
              type: 'text',
              align: 'right',
              baseline: up ? 'bottom' : 'top',
              dy: up ? -3 : 3,
              x: { expr: 'width' },
              fontSize: 11,
              color: palette.target,
              text: targetText,
            },
            encoding: { y: { datum: target, type: 'quantitative' } },
          },
        ];

  const lines: LayerSpec<Field> = {
    data: { values },
    encoding: {
      x: {
        field: 'year',
        type: 'ordinal',
        sort: 'ascending',
        axis: { title: null, labelAngle: 0, ticks: false },
      },
      y: {
        field: 'value',
        type: 'quantitative',
        scale: { zero: false, nice: true, padding: 12 },
        axis: { title: input.unit ?? null, tickCount: 5, grid: true },
      },
      color: {
        field: 'series',
        type: 'nominal',
        sort: null,
        scale: { range: [...palette.series] },
        legend: single ? null : {},
      },
    },
    layer: [
      { mark: { type: 'line', strokeWidth: 2.5, point: { size: 60, filled: true } } },
      ...valueLabels,
    ],
  };

  return { ...frameSpec(input), layer: [...targetLayers, lines] };
};

const validate = (input: TrendChartInput): void => {
  if (input.series.length === 0 || input.series.every((s) => s.points.length === 0)) {
    throw new ChartInputError('A trend chart needs at least one point');
  }
  const names = new Set<string>();
  for (const s of input.series) {
    if (names.has(s.name)) throw new ChartInputError(`Series "${s.name}" appears twice`);
    names.add(s.name);
    for (const p of s.points) {
      if (!Number.isInteger(p.year) || !Number.isFinite(p.value)) {
        throw new ChartInputError(`Series "${s.name}" has a point ${p.year}: ${p.value}`);
      }
    }
  }
  if (input.target !== undefined && !Number.isFinite(input.target)) {
    throw new ChartInputError(`Target ${input.target} is not a number`);
  }
};
