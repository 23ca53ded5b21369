import type { TopLevelSpec } from 'vega-lite';
import { ChartInputError } from './errors';
import { frameSpec, palette, percentFormat, type ChartFrame } from './theme';

export interface DistributionPoint {
  /** The answer option as the user reads it ("Visiškai sutinku"). */
  label: string;
  count: number;
  /** Fraction of answers, 0–1. */
  share: number;
}

export interface DistributionChartInput extends ChartFrame {
  /** In scale order, least favourable first: the last `highlightTop` are the favourable boxes. */
  points: readonly DistributionPoint[];
  /** How many of the last options count as favourable (top-2-box). @default 2 */
  highlightTop?: number;
}

/**
 * One horizontal bar per answer option with its percentage, the favourable (top) boxes in the
 * accent colour. The axis runs 0–100 % so questions compare at a glance. The caller never passes a
 * suppressed group.
 */
export const distributionChart = (input: DistributionChartInput): TopLevelSpec => {
  const { points } = input;
  const highlightTop = input.highlightTop ?? 2;
  validate(points, highlightTop);
  const percent = percentFormat(input.locale ?? 'lt');
  const firstFavourable = points.length - highlightTop;

  return {
    ...frameSpec(input),
    data: {
      values: points.map((p, i) => ({
        label: p.label,
        count: p.count,
        share: p.share,
        shareText: percent.format(p.share),
        favourable: i >= firstFavourable,
      })),
    },
    encoding: {
      y: {
        field: 'label',
        type: 'nominal',
        sort: null,
        axis: { title: null, ticks: false, domain: false, labelLimit: 240, labelPadding: 8 },
      },
      x: { field: 'share', type: 'quantitative', scale: { domain: [0, 1] }, axis: null },
    },
    layer: [
      {
        mark: { type: 'bar', cornerRadiusEnd: 2, height: { band: 0.7 } },
        encoding: {
          color: {
            condition: { test: 'datum.favourable', value: palette.favourable },
            value: palette.neutral,
          },
        },
      },
      {
        mark: { type: 'text', align: 'left', baseline: 'middle', dx: 5, fontSize: 12 },
        encoding: { text: { field: 'shareText' }, color: { value: palette.text } },
      },
    ],
  };
};

const validate = (points: readonly DistributionPoint[], highlightTop: number): void => {
  if (points.length === 0) throw new ChartInputError('A distribution chart needs answer options');
  if (!Number.isInteger(highlightTop) || highlightTop < 0 || highlightTop > points.length) {
    throw new ChartInputError(`highlightTop ${highlightTop} is not 0–${points.length}`);
  }
  const labels = new Set<string>();
  for (const p of points) {
    if (!(p.share >= 0 && p.share <= 1)) {
      throw new ChartInputError(`Share of "${p.label}" is ${p.share}, not a fraction 0–1`);
    }
    if (!(Number.isInteger(p.count) && p.count >= 0)) {
      throw new ChartInputError(`Count of "${p.label}" is ${p.count}`);
    }
    if (labels.has(p.label)) throw new ChartInputError(`Answer option "${p.label}" appears twice`);
    labels.add(p.label);
  }
};
