import { existsSync, readFileSync } from 'node:fs';
import * as path from 'node:path';

/**
 * The files charts need at run time besides code: resvg's WebAssembly and the two DejaVu fonts.
 * esbuild cannot inline them, so the Lambda bundle carries copies in an `assets/` directory next
 * to `index.js` (infra/constructs/api-function.ts copies them after bundling). Everywhere else
 * (node, tsx, jest) they are read from node_modules.
 *
 * `file` is the name in `assets/`; `module` is how `require.resolve` finds the original.
 */
export const CHART_ASSETS = {
  resvgWasm: { file: 'index_bg.wasm', module: '@resvg/resvg-wasm/index_bg.wasm' },
  fontRegular: { file: 'DejaVuSans.ttf', module: 'dejavu-fonts-ttf/ttf/DejaVuSans.ttf' },
  fontBold: { file: 'DejaVuSans-Bold.ttf', module: 'dejavu-fonts-ttf/ttf/DejaVuSans-Bold.ttf' },
} as const;

export type ChartAsset = keyof typeof CHART_ASSETS;

/** Name of the directory beside the bundle that holds the copies. */
export const CHART_ASSET_DIR = 'assets';

/**
 * Where an asset is: `<dir of the bundle>/assets/<file>` when that exists (Lambda: `__dirname` of
 * the CommonJS bundle is /var/task), otherwise the file in node_modules. (An ESM bundle would
 * need `import.meta.dirname` here instead.)
 */
export const chartAssetPath = (asset: ChartAsset, bundleDir: string = __dirname): string => {
  const { file, module } = CHART_ASSETS[asset];
  const beside = path.join(bundleDir, CHART_ASSET_DIR, file);
  return existsSync(beside) ? beside : require.resolve(module);
};

const cache = new Map<ChartAsset, Buffer>();

/** The asset's bytes, read once per process. */
export const chartAsset = (asset: ChartAsset): Buffer => {
  let bytes = cache.get(asset);
  if (!bytes) {
    bytes = readFileSync(chartAssetPath(asset));
    cache.set(asset, bytes);
  }
  return bytes;
};
