import { chartAsset, type ChartAsset } from './assets';

/**
 * The one font charts are laid out and drawn with. DejaVu Sans covers Lithuanian (ą č ę ė į š ų ū ž),
 * „quotes“ and the en dash; it ships as TrueType on npm (`dejavu-fonts-ttf`), which resvg needs (no
 * woff2). resvg gets only these bytes (the WebAssembly build cannot see system fonts at all), so a
 * chart looks the same on every machine.
 *
 * Bundling note: esbuild cannot inline the .ttf files. The Lambda bundle carries copies in
 * `assets/` beside `index.js` (see ./assets.ts and infra/constructs/api-function.ts); node, tsx
 * and jest read them from node_modules.
 */
export const CHART_FONT_FAMILY = 'DejaVu Sans';

const FONT_ASSETS = { regular: 'fontRegular', bold: 'fontBold' } as const satisfies Record<
  string,
  ChartAsset
>;

export type FontWeight = keyof typeof FONT_ASSETS;

/** The bytes of the bundled font files, regular first (read once per process). */
export const chartFontBuffers = (): Buffer[] =>
  Object.values(FONT_ASSETS).map((asset) => chartAsset(asset));

/** Advance widths of one TrueType font, read from its `cmap`, `hmtx`, `hhea` and `head` tables. */
export interface FontMetrics {
  /** Whether the font has a glyph for every character of `text` (not the .notdef box). */
  covers(text: string): boolean;
  /** Width of `text` at `fontSize` px, without kerning (DejaVu's kerning moves text by ~1 %). */
  width(text: string, fontSize: number): number;
}

const cache = new Map<FontWeight, FontMetrics>();

export const fontMetrics = (weight: FontWeight): FontMetrics => {
  let metrics = cache.get(weight);
  if (!metrics) {
    metrics = parseFontMetrics(chartAsset(FONT_ASSETS[weight]));
    cache.set(weight, metrics);
  }
  return metrics;
};

/**
 * A minimal TrueType reader: enough to measure text the way resvg will draw it, so vega's layout
 * (label widths, axis title offsets, padding) uses real widths instead of its 0.8 em-per-character
 * estimate. Reference: OpenType spec, tables `cmap` (format 4), `hhea`, `hmtx`, `head`.
 */
export const parseFontMetrics = (font: Buffer): FontMetrics => {
  const tables = new Map<string, number>();
  const numTables = font.readUInt16BE(4);
  for (let i = 0; i < numTables; i++) {
    const record = 12 + i * 16;
    tables.set(font.toString('latin1', record, record + 4), font.readUInt32BE(record + 8));
  }
  const table = (tag: string): number => {
    const offset = tables.get(tag);
    if (offset === undefined) throw new Error(`Font has no ${tag} table`);
    return offset;
  };

  const unitsPerEm = font.readUInt16BE(table('head') + 18);
  const numberOfHMetrics = font.readUInt16BE(table('hhea') + 34);
  const hmtx = table('hmtx');
  const advance = (glyph: number): number =>
    font.readUInt16BE(hmtx + 4 * Math.min(glyph, numberOfHMetrics - 1));

  const glyphOf = cmapFormat4(font, table('cmap'));
  const widths = new Map<number, number>();
  const charWidth = (codePoint: number): number => {
    let w = widths.get(codePoint);
    if (w === undefined) {
      w = advance(glyphOf(codePoint)) / unitsPerEm;
      widths.set(codePoint, w);
    }
    return w;
  };

  return {
    covers: (text) => [...text].every((ch) => glyphOf(ch.codePointAt(0) ?? 0) !== 0),
    width: (text, fontSize) => {
      let em = 0;
      for (const ch of text) em += charWidth(ch.codePointAt(0) ?? 0);
      return em * fontSize;
    },
  };
};

/** Maps a code point to a glyph id through the Windows Unicode BMP subtable; 0 = .notdef. */
const cmapFormat4 = (font: Buffer, cmap: number): ((codePoint: number) => number) => {
  const numSubtables = font.readUInt16BE(cmap + 2);
  let sub = -1;
  for (let i = 0; i < numSubtables && sub < 0; i++) {
    const record = cmap + 4 + i * 8;
    const platform = font.readUInt16BE(record);
    const encoding = font.readUInt16BE(record + 2);
    const offset = cmap + font.readUInt32BE(record + 4);
    if (platform === 3 && encoding === 1 && font.readUInt16BE(offset) === 4) sub = offset;
  }
  if (sub < 0) throw new Error('Font has no format-4 Unicode cmap');

  const segCount = font.readUInt16BE(sub + 6) / 2;
  const endCodes = sub + 14;
  const startCodes = endCodes + 2 * segCount + 2;
  const idDeltas = startCodes + 2 * segCount;
  const idRangeOffsets = idDeltas + 2 * segCount;

  return (codePoint) => {
    if (codePoint > 0xffff) return 0;
    for (let i = 0; i < segCount; i++) {
      if (font.readUInt16BE(endCodes + 2 * i) < codePoint) continue;
      const start = font.readUInt16BE(startCodes + 2 * i);
      if (start > codePoint) return 0;
      const delta = font.readUInt16BE(idDeltas + 2 * i);
      const rangeOffsetAt = idRangeOffsets + 2 * i;
      const rangeOffset = font.readUInt16BE(rangeOffsetAt);
      if (rangeOffset === 0) return (codePoint + delta) & 0xffff;
      const glyph = font.readUInt16BE(rangeOffsetAt + rangeOffset + 2 * (codePoint - start));
      return glyph === 0 ? 0 : (glyph + delta) & 0xffff;
    }
    return 0;
  };
};
