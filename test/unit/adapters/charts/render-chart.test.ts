import {
  ChartRenderError,
  distributionChart,
  executionByUnitChart,
  renderChart,
  trendChart,
} from '../../../../functions/adapters/charts';
import type { TopLevelSpec } from 'vega-lite';
import { aDistribution, anExecutionByUnit, aTrend } from '../../../fixtures/charts/builders';
import { colourCounts, decodePng, PNG_SIGNATURE } from './png';

const charts: Array<[string, () => TopLevelSpec, string]> = [
  ['distribution', () => distributionChart(aDistribution()), aDistribution().title],
  ['trend', () => trendChart(aTrend()), aTrend().title],
  ['execution by unit', () => executionByUnitChart(anExecutionByUnit()), anExecutionByUnit().title],
];

const xmlEscape = (text: string) =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

describe('renderChart', () => {
  it.each(charts)(
    'renders the %s chart as a 2× PNG of 640×320 with its title',
    async (_, build, title) => {
      // Prepare
      const spec = build();

      // Act
      const chart = await renderChart(spec);

      // Assess
      expect(chart.png.subarray(0, 8).equals(PNG_SIGNATURE)).toBe(true);
      const png = decodePng(chart.png);
      expect([png.width, png.height]).toEqual([1280, 640]);
      expect([chart.width, chart.height, chart.scale]).toEqual([640, 320, 2]);
      expect(chart.svg).toContain(xmlEscape(title));
      const families = new Set([...chart.svg.matchAll(/font-family="([^"]*)"/g)].map((m) => m[1]));
      expect([...families]).toEqual(['DejaVu Sans']);
    },
  );

  it.each(charts)(
    'draws the %s chart on white with real ink, not a blank page',
    async (_, build) => {
      const png = decodePng((await renderChart(build())).png);

      const counts = colourCounts(png);
      const pixels = png.width * png.height;
      const white = counts.get('#ffffff') ?? 0;
      expect(white / pixels).toBeGreaterThan(0.4); // the background
      expect(white / pixels).toBeLessThan(0.97); // bars, lines and text
      expect(counts.size).toBeGreaterThan(50); // anti-aliased text and several fills
      // Every pixel is opaque: the PNG has a white background, not transparency.
      for (let i = 3; i < png.rgba.length; i += 4)
        if (png.rgba[i] !== 255) throw new Error(`alpha at ${i}`);
    },
  );

  it('paints the favourable boxes in the accent colour and the others in grey', async () => {
    const png = decodePng((await renderChart(distributionChart(aDistribution()))).png);

    const counts = colourCounts(png);
    expect(counts.get('#1a7f64')).toBeGreaterThan(10_000);
    expect(counts.get('#b8c2cc')).toBeGreaterThan(5_000);
  });

  it('renders at the scale it is given', async () => {
    const chart = await renderChart(trendChart(aTrend()), { scale: 1 });

    const png = decodePng(chart.png);
    expect([png.width, png.height]).toEqual([640, 320]);
    expect([chart.width, chart.height]).toEqual([640, 320]);
  });

  it('rejects a spec vega-lite cannot compile, with the cause attached', async () => {
    const broken = { data: { values: [] }, mark: 'pie-in-the-sky' } as unknown as TopLevelSpec;

    await expect(renderChart(broken)).rejects.toBeInstanceOf(ChartRenderError);
    await expect(renderChart(broken)).rejects.toMatchObject({
      code: 'chart_render',
      cause: expect.any(Error),
    });
  });

  it('rejects an impossible scale', async () => {
    await expect(renderChart(trendChart(aTrend()), { scale: 0 })).rejects.toBeInstanceOf(
      ChartRenderError,
    );
  });

  it('never fetches data a spec points at', async () => {
    const warnings: unknown[] = [];
    const logger = {
      debug: () => undefined,
      info: () => undefined,
      warn: (_: string, fields?: unknown) => void warnings.push(fields),
      error: (_: string, fields?: unknown) => void warnings.push(fields),
    };
    const remote: TopLevelSpec = {
      data: { url: 'http://127.0.0.1:9/secret.json' },
      mark: 'bar',
      encoding: { x: { field: 'a', type: 'nominal' } },
    };

    const chart = await renderChart(remote, { logger });

    expect(JSON.stringify(warnings)).toContain('Charts take inline data only');
    expect(chart.svg).not.toContain('secret');
  });
});
