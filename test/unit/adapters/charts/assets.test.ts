import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import {
  CHART_ASSET_DIR,
  CHART_ASSETS,
  chartAssetPath,
  type ChartAsset,
} from '../../../../functions/adapters/charts/assets';
import { initResvg, rasterise } from '../../../../functions/adapters/charts/raster';
import { decodePng } from './png';

const ASSETS = Object.keys(CHART_ASSETS) as ChartAsset[];

describe('chart assets', () => {
  let bundleDir: string;

  beforeEach(() => {
    bundleDir = mkdtempSync(path.join(tmpdir(), 'ciklas-chart-assets-'));
  });

  afterEach(() => rmSync(bundleDir, { recursive: true, force: true }));

  it.each(ASSETS)('finds %s in node_modules when no assets/ lies beside the code', (asset) => {
    expect(chartAssetPath(asset, bundleDir)).toBe(require.resolve(CHART_ASSETS[asset].module));
  });

  it.each(ASSETS)('prefers the copy of %s in assets/ beside the bundle (Lambda)', (asset) => {
    const copy = path.join(bundleDir, CHART_ASSET_DIR, CHART_ASSETS[asset].file);
    mkdirSync(path.dirname(copy), { recursive: true });
    writeFileSync(copy, 'copy');

    expect(chartAssetPath(asset, bundleDir)).toBe(copy);
  });
});

describe('the wasm rasteriser', () => {
  it('initialises resvg once, however many charts ask at the same time', async () => {
    await expect(Promise.all([initResvg(), initResvg(), initResvg()])).resolves.toBeDefined();
    await expect(initResvg()).resolves.toBeUndefined();
  });

  it('draws an SVG at the requested scale', async () => {
    const svg =
      '<svg xmlns="http://www.w3.org/2000/svg" width="30" height="20">' +
      '<rect width="10" height="20" fill="#1a7f64"/></svg>';

    const [one, three] = await Promise.all([rasterise(svg, 1), rasterise(svg, 3)]);

    expect([one.width, one.height, three.width, three.height]).toEqual([30, 20, 90, 60]);
    const png = decodePng(three.png);
    expect(png.rgba.subarray(0, 4).toString('hex')).toBe('1a7f64ff');
    expect(png.rgba.subarray(-4).toString('hex')).toBe('ffffffff');
  });
});
