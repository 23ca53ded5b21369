import type { NumberLocale } from 'vega';
import type { Config, TopLevelSpec } from 'vega-lite';
import { CHART_FONT_FAMILY } from './font';

/** Languages chart numbers are written in; labels arrive already translated. */
export type ChartLocale = 'lt' | 'en';

/** What every builder takes besides its data. */
export interface ChartFrame {
  title: string;
  subtitle?: string;
  /** Number format: `lt` writes 42,5 % and 1 234; `en` writes 42.5% and 1,234. @default 'lt' */
  locale?: ChartLocale;
  /** Whole chart in CSS px at 1×, title and legend included. @default 640 */
  width?: number;
  /** @default 320 */
  height?: number;
}

/** Fits an Excel sheet about ten default columns wide and sixteen rows high. */
export const CHART_WIDTH = 640;
export const CHART_HEIGHT = 320;

export const palette = {
  favourable: '#1a7f64',
  neutral: '#b8c2cc',
  done: '#1a7f64',
  partly: '#e3b23c',
  notDone: '#b8c2cc',
  overdue: '#c0392b',
  targetZone: '#e3f4ec',
  target: '#1a7f64',
  text: '#1f2933',
  muted: '#52606d',
  series: ['#2f6f9f', '#e07b39', '#6b8e23', '#8e44ad', '#7f8c8d', '#c0392b'],
} as const;

/** d3-format locales (vega formats axis numbers with these); NBSP keeps "42 %" on one line. */
const NUMBER_LOCALES: Record<ChartLocale, NumberLocale> = {
  lt: {
    decimal: ',',
    thousands: '\u00a0',
    grouping: [3],
    currency: ['', '\u00a0€'],
    percent: '\u00a0%',
  },
  en: { decimal: '.', thousands: ',', grouping: [3], currency: ['€', ''] },
};

export const percentFormat = (locale: ChartLocale): Intl.NumberFormat =>
  new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 0 });

export const numberFormat = (locale: ChartLocale): Intl.NumberFormat =>
  new Intl.NumberFormat(locale, { maximumFractionDigits: 1 });

/** Applied by `renderChart` under every spec: the bundled font and a white page. */
export const baseConfig: Config = {
  font: CHART_FONT_FAMILY,
  background: '#ffffff',
};

/** The house look; a builder's own `config` goes on top. */
export const chartConfig = (locale: ChartLocale): Config => ({
  ...baseConfig,
  padding: 8,
  view: { stroke: null },
  locale: { number: NUMBER_LOCALES[locale] },
  title: {
    anchor: 'start',
    fontSize: 15,
    fontWeight: 'bold',
    color: palette.text,
    subtitleFontSize: 12,
    subtitleColor: palette.muted,
    offset: 12,
  },
  axis: {
    labelFontSize: 12,
    titleFontSize: 12,
    titleFontWeight: 'normal',
    labelColor: palette.text,
    titleColor: palette.muted,
    domainColor: '#9aa5b1',
    tickColor: '#9aa5b1',
    gridColor: '#e4e7eb',
  },
  legend: {
    orient: 'bottom',
    direction: 'horizontal',
    title: null,
    labelFontSize: 12,
    labelColor: palette.text,
    symbolType: 'square',
    symbolSize: 140,
  },
});

/** Title, size and config every builder's spec starts from. */
export const frameSpec = (frame: ChartFrame, defaultHeight = CHART_HEIGHT) => {
  const title =
    frame.subtitle === undefined
      ? { text: frame.title }
      : { text: frame.title, subtitle: frame.subtitle };
  return {
    title,
    width: frame.width ?? CHART_WIDTH,
    height: frame.height ?? defaultHeight,
    // The sizes above are the whole picture, so the report can reserve its cells in advance.
    autosize: { type: 'fit', contains: 'padding' },
    config: chartConfig(frame.locale ?? 'lt'),
  } satisfies Partial<TopLevelSpec>;
};
