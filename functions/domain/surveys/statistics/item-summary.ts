import {
  distribution,
  meanWithCi,
  median,
  ordinalMedian,
  type Distribution,
  type EstimateOptions,
  type MeanEstimate,
} from './descriptive';
import { responseRate, topTwoBox, type ProportionEstimate } from './proportions';
import type { Scale } from './scale';

export interface ItemSummary {
  n: number;
  /** The surveyed (eligible or served) population N, when known. */
  population: number | null;
  /** n ÷ N (0–1); null when N is unknown or zero. */
  responseRate: number | null;
  /** The full distribution: always shown with n and N. */
  distribution: Distribution;
  /** Top-2-box share with its Wilson interval (finite-population corrected when N is known): the headline figure. */
  topTwoBox: ProportionEstimate;
  /** Mean with its t interval: a secondary figure for a single item. */
  mean: MeanEstimate;
  median: number | null;
  ordinalMedian: number | null;
}

/** Every figure the survey conventions ask for one scored item, for one group and year. */
export const summariseItem = (
  values: readonly number[],
  scale: Scale,
  options: EstimateOptions = {},
): ItemSummary => ({
  n: values.length,
  population: options.population ?? null,
  responseRate: responseRate(values.length, options.population),
  distribution: distribution(values, scale),
  topTwoBox: topTwoBox(values, scale, options),
  mean: meanWithCi(values, options),
  median: median(values),
  ordinalMedian: ordinalMedian(values),
});
