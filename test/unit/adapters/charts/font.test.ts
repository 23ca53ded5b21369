import { Resvg } from '@resvg/resvg-wasm';
import { CHART_FONT_FAMILY, fontMetrics } from '../../../../functions/adapters/charts/font';
import { initResvg, rasterOptions } from '../../../../functions/adapters/charts/raster';

const LITHUANIAN = [...'ąčęėįšųūžĄČĘĖĮŠŲŪŽ„“–'];
/** CJK ideographs: DejaVu Sans has none, so these can only come out as the .notdef box. */
const MISSING = ['中', '丁'];

/** One character, drawn exactly as charts draw text: resvg (wasm) with the bundled font only. */
const glyphPixels = (char: string): Buffer => {
  const svg =
    `<svg xmlns="http://www.w3.org/2000/svg" width="60" height="60">` +
    `<text x="10" y="45" font-family="${CHART_FONT_FAMILY}" font-size="40">${char}</text></svg>`;
  const resvg = new Resvg(svg, rasterOptions(1));
  try {
    const image = resvg.render();
    const pixels = Buffer.from(image.pixels);
    image.free();
    return pixels;
  } finally {
    resvg.free();
  }
};

const hasInk = (rgba: Buffer) => rgba.some((v, i) => i % 4 !== 3 && v < 128);

describe('the bundled chart font', () => {
  beforeAll(() => initResvg());

  it('has a glyph for every Lithuanian letter, the „quotes“ and the en dash', () => {
    expect(fontMetrics('regular').covers(LITHUANIAN.join(''))).toBe(true);
    expect(fontMetrics('bold').covers(LITHUANIAN.join(''))).toBe(true);
    expect(fontMetrics('regular').covers('中')).toBe(false);
  });

  it('draws missing characters as identical .notdef boxes (so the next check can see a box)', () => {
    const [first, second] = MISSING.map(glyphPixels);

    expect(first && hasInk(first)).toBe(true);
    expect(first?.equals(second ?? Buffer.alloc(0))).toBe(true);
  });

  it.each(LITHUANIAN)('draws %s as a real glyph, not the .notdef box', (char) => {
    const notdef = glyphPixels(MISSING[0] ?? '');

    const pixels = glyphPixels(char);

    expect(hasInk(pixels)).toBe(true);
    expect(pixels.equals(notdef)).toBe(false);
  });

  it('draws accented letters differently from their base letters (the accent is there)', () => {
    for (const [accented, base] of [
      ['Ą', 'A'],
      ['ž', 'z'],
      ['ė', 'e'],
      ['Ū', 'U'],
    ] as const) {
      expect(glyphPixels(accented).equals(glyphPixels(base))).toBe(false);
    }
  });

  it('measures text with the font the rasteriser draws (DejaVu Sans advance widths)', () => {
    const regular = fontMetrics('regular');

    // DejaVu Sans: "A" advances 1401 of 2048 units per em; bold is wider.
    expect(regular.width('A', 2048)).toBe(1401);
    expect(fontMetrics('bold').width('Ąžuolas', 16)).toBeGreaterThan(regular.width('Ąžuolas', 16));
    expect(regular.width('Ąžuolas čiuožia', 16)).toBeCloseTo(122.77, 1);
  });
});
