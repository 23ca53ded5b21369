import { initWasm, Resvg, type ResvgRenderOptions } from '@resvg/resvg-wasm';
import { chartAsset } from './assets';
import { CHART_FONT_FAMILY, chartFontBuffers } from './font';

/**
 * SVG → PNG with resvg's WebAssembly build (@resvg/resvg-wasm), not the native @resvg/resvg-js:
 * the native addon is a per-platform `.node` binary that esbuild cannot bundle, and a bundle
 * built on an x64 or darwin-arm64 host would carry the wrong one for the ARM64 Lambda. The same
 * resvg compiled to wasm runs anywhere Node does; it needs its `index_bg.wasm` (see ./assets.ts).
 */

let ready: Promise<void> | undefined;

/**
 * Instantiates the wasm module once per process, on the first chart (requests without charts
 * never pay for it). resvg-wasm throws if `initWasm` runs twice, hence the shared promise; a
 * failed attempt is forgotten so the next chart tries again.
 */
export const initResvg = (): Promise<void> => {
  ready ??= initWasm(chartAsset('resvgWasm')).catch((error: unknown) => {
    // Someone else in this process already initialised this copy of resvg-wasm: that will do.
    if (error instanceof Error && /already initialized/i.test(error.message)) return;
    ready = undefined;
    throw error;
  });
  return ready;
};

/**
 * resvg options: only the bundled font, so output is the same on every machine. The wasm build
 * takes fonts as bytes (`fontBuffers`; it has no `fontFiles` and never loads system fonts).
 */
export const rasterOptions = (scale: number): ResvgRenderOptions => ({
  fitTo: { mode: 'zoom', value: scale },
  background: '#ffffff',
  font: {
    fontBuffers: chartFontBuffers(),
    defaultFontFamily: CHART_FONT_FAMILY,
    sansSerifFamily: CHART_FONT_FAMILY,
  },
});

export interface RasterImage {
  png: Buffer;
  /** In device pixels. */
  width: number;
  height: number;
}

/** Draws `svg` at `scale` device pixels per CSS pixel; frees resvg's wasm memory afterwards. */
export const rasterise = async (svg: string, scale: number): Promise<RasterImage> => {
  await initResvg();
  const resvg = new Resvg(svg, rasterOptions(scale));
  try {
    const image = resvg.render();
    try {
      const png = image.asPng();
      return {
        png: Buffer.from(png.buffer, png.byteOffset, png.byteLength),
        width: image.width,
        height: image.height,
      };
    } finally {
      image.free();
    }
  } finally {
    resvg.free();
  }
};
