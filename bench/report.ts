/**
 * The annual report workbook (issue 5): an organisation with 10 surveys × 40 questions, 300 plan
 * items and 12 charts, model → .xlsx (charts rendered one after another, the workbook written in
 * memory). The model is built synthetically (test/fixtures/report-workbook-models.ts): loading
 * is the report service's and the stores' cost, measured with the API elsewhere.
 *
 * Goal: under 2 s and under 300 MB, so it fits a 512 MB Lambda well inside API Gateway's 29 s.
 * The goal is for a warm process (a Lambda serves many requests); the cold figure, the first
 * report in the process (vega, resvg's wasm and the font loaded), is quoted beside it: a cold
 * start pays it once.
 * Time: the cold run, then the median of the warm ones. Memory: the kernel's peak resident set of
 * this process (VmHWM, imports included), reset between the phases (/proc/self/clear_refs), so the
 * warm peak is what a warm process reaches, not the cold start's.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import {
  DEFAULT_MAX_CHARTS,
  writeAnnualReportWorkbook,
} from '../functions/adapters/excel/report-workbook';
import { syntheticAnnualReport } from '../test/fixtures/report-workbook-models';

const SIZE = { surveys: 10, questions: 40, planItems: 300 };
const CHARTS = 12;
const WARM_RUNS = 4;
const GOAL = { ms: 2000, mb: 300 };
const MB = 1024 * 1024;

/**
 * Peak resident set since the last reset, in MB: the kernel's VmHWM on Linux, else the largest
 * RSS sampled every 5 ms.
 */
class PeakRss {
  private sampled = process.memoryUsage.rss();
  private readonly timer = setInterval(
    () => (this.sampled = Math.max(this.sampled, process.memoryUsage.rss())),
    5,
  );

  reset(): void {
    try {
      writeFileSync('/proc/self/clear_refs', '5');
    } catch {
      // not Linux: the sampled figure is reset alone
    }
    this.sampled = process.memoryUsage.rss();
  }

  mb(): number {
    try {
      const kb = /VmHWM:\s+(\d+) kB/.exec(readFileSync('/proc/self/status', 'utf8'))?.[1];
      if (kb) return Number(kb) / 1024;
    } catch {
      // not Linux
    }
    return this.sampled / MB;
  }

  stop(): void {
    clearInterval(this.timer);
  }
}

const median = (values: number[]): number => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)]!;
};

const main = async () => {
  const peak = new PeakRss();
  const model = syntheticAnnualReport(SIZE);
  const before = process.memoryUsage.rss() / MB;

  const run = async (maxCharts: number) => {
    const started = performance.now();
    const written = await writeAnnualReportWorkbook(model, { locale: 'lt', maxCharts });
    return { ms: performance.now() - started, written };
  };

  const cold = await run(CHARTS);
  const coldMb = peak.mb();

  peak.reset();
  const times: number[] = [];
  let last = cold;
  for (let i = 0; i < WARM_RUNS; i++) {
    last = await run(CHARTS);
    times.push(last.ms);
  }
  const warm = median(times);
  const warmMb = peak.mb();

  peak.reset();
  const capped = await run(DEFAULT_MAX_CHARTS);
  const cappedMb = peak.mb();
  peak.stop();

  const ok = warm < GOAL.ms && warmMb < GOAL.mb ? 'ok' : 'OVER GOAL';
  const ms = (v: number) => `${v.toFixed(0).padStart(5)} ms`;
  const mb = (v: number) => `${v.toFixed(0).padStart(4)} MB`;
  console.log(
    `\nannual report workbook: ${SIZE.surveys} surveys × ${SIZE.questions} questions (${SIZE.surveys * SIZE.questions} question rows), ${SIZE.planItems} plan items; ` +
      `${(last.written.bytes.length / 1024).toFixed(0)} KB, ${last.written.sheets.length} sheets (model built: ${before.toFixed(0)} MB)`,
  );
  console.log(
    `  ${CHARTS} charts, warm  ${ms(warm)} (median of ${times.length})  peak RSS ${mb(warmMb)}  ` +
      `[${ok}: goal < ${GOAL.ms} ms, < ${GOAL.mb} MB warm; cold ${cold.ms.toFixed(0)} ms, ${coldMb.toFixed(0)} MB]`,
  );
  console.log(
    `  ${CHARTS} charts, cold  ${ms(cold.ms)} (first report in the process)  peak RSS ${mb(coldMb)}`,
  );
  console.log(
    `  ${String(capped.written.charts).padStart(2)} charts, warm  ${ms(capped.ms)} (default cap)  peak RSS ${mb(cappedMb)}  ${(capped.written.bytes.length / 1024).toFixed(0)} KB`,
  );
};

void main();
