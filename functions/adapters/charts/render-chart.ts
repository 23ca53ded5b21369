// vega 5 / vega-lite 5 on purpose: vega 6 and vega-lite 6 are ESM-only ("type": "module"), and
// jest (CommonJS via @swc/jest) on Node 20 can neither require them nor `import()` them without
// --experimental-vm-modules; vega-lite 6 also requires Node >= 22. The 5.x builds ship CommonJS.
import * as vega from 'vega';
import { compile, type TopLevelSpec } from 'vega-lite';
import type { Logger } from '../../shared/logger';
import { ChartRenderError } from './errors';
import { fontMetrics } from './font';
import { rasterise } from './raster';
import { baseConfig } from './theme';

export interface RenderChartOptions {
  /** Device pixels per CSS pixel of the PNG; 2 prints sharply at the chart's 1× size. @default 2 */
  scale?: number;
  /** Receives vega-lite's and vega's warnings; without one they are dropped. */
  logger?: Logger;
}

export interface RenderedChart {
  png: Buffer;
  svg: string;
  /** Size at 1× in CSS px: the size to show the image at (exceljs `ext`); the PNG is `scale` times it. */
  width: number;
  height: number;
  scale: number;
}

/**
 * vega-lite spec → SVG (vega's headless view, no canvas) → PNG (resvg's WebAssembly build, bundled
 * font only; see ./raster.ts).
 */
export const renderChart = async (
  spec: TopLevelSpec,
  options: RenderChartOptions = {},
): Promise<RenderedChart> => {
  const scale = options.scale ?? 2;
  if (!(scale > 0 && scale <= 8)) throw new ChartRenderError(`Scale ${scale} is outside (0, 8]`);
  useBundledFontMetrics();
  const logger = vegaLogger(options.logger);

  let svg: string;
  try {
    const compiled = compile(spec, { config: baseConfig, logger }).spec;
    const view = new vega.View(vega.parse(compiled), { renderer: 'none', loader, logger });
    try {
      svg = await view.toSVG();
    } finally {
      view.finalize();
    }
  } catch (error) {
    throw new ChartRenderError('vega could not draw the chart', { cause: error });
  }

  try {
    const image = await rasterise(svg, scale);
    return { png: image.png, svg, width: image.width / scale, height: image.height / scale, scale };
  } catch (error) {
    throw new ChartRenderError('resvg could not rasterise the chart', { cause: error });
  }
};

interface TextItem {
  fontSize?: number | string;
  fontWeight?: number | string;
  limit?: number;
}

let metricsInstalled = false;

/**
 * Without a canvas, vega guesses every text as 0.8 em per character, so it lays out labels and
 * padding for text wider than DejaVu draws it. vega lets a headless host supply the widths instead
 * (vl-convert does the same); this is process-wide, and charts are the only vega user here.
 */
const useBundledFontMetrics = (): void => {
  if (metricsInstalled) return;
  const metrics = (
    vega as unknown as { textMetrics: { width: (item: TextItem, text: unknown) => number } }
  ).textMetrics;
  metrics.width = (item, text) => {
    const size = item.fontSize == null ? 11 : Number(item.fontSize) || 0;
    const line = text == null ? '' : String(text).trim();
    const width = fontMetrics(isBold(item.fontWeight) ? 'bold' : 'regular').width(line, size);
    // vega truncates to `limit` itself; a label cut there is never wider than the limit.
    return item.limit !== undefined && item.limit > 0 ? Math.min(width, item.limit) : width;
  };
  metricsInstalled = true;
};

const isBold = (weight: number | string | undefined): boolean =>
  weight === 'bold' || weight === 'bolder' || Number(weight) >= 600;

/** Charts carry their data inline; nothing in a spec may fetch a URL or read a file. */
const loader = (() => {
  const refuse = () => Promise.reject(new Error('Charts take inline data only'));
  const base = vega.loader();
  return Object.assign(base, { load: refuse, sanitize: refuse, http: refuse, file: refuse });
})();

/** vega's logger interface, writing warnings and errors to ours. */
const vegaLogger = (logger: Logger | undefined) =>
  vega.logger(vega.Warn, undefined, (_method, level, input) => {
    const detail = Array.from(input, String);
    if (level === 'ERROR') logger?.error('chart: vega error', { detail });
    else if (level === 'WARN') logger?.warn('chart: vega warning', { detail });
  });
