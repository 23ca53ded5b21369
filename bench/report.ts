/**
 * The annual report workbook (issue 5): an organisation with 10 surveys × 40 questions, 300 plan
 * items and 12 charts, model → .xlsx (charts rendered one after another, the workbook written in
 * memory). The model is built synthetically (test/fixtures/report-workbook-models.ts): loading
 * is the report service's and the stores' cost, measured with the API elsewhere.
 *
 * Goal: under 2 s and under 300 MB, so it fits a 512 MB Lambda well inside API Gateway's 29 s.
 * Time: the first run (cold: vega, resvg and the font load) and the median of the next ones.
 * Memory: the kernel's peak resident set of this process (VmHWM), imports included.
 */
import { readFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import {
  DEFAULT_MAX_CHARTS,
  writeAnnualReportWorkbook,
} from '../functions/adapters/excel/report-workbook';
import { syntheticAnnualReport } from '../test/fixtures/report-workbook-models';

const SIZE = { surveys: 10, questions: 40, planItems: 300 };
const CHARTS = 12;
const RUNS = 5;
const GOAL = { ms: 2000, mb: 300 };
const MB = 1024 * 1024;

/** VmHWM: the kernel's own peak resident set of this process, in MB (Linux); else sampled RSS. */
const peakRssMb = (sampled: number): number => {
  try {
    const status = readFileSync('/proc/self/status', 'utf8');
    const kb = /VmHWM:\s+(\d+) kB/.exec(status)?.[1];
    if (kb) return Number(kb) / 1024;
  } catch {
    // not Linux
  }
  return sampled / MB;
};

const median = (values: number[]): number => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)]!;
};

const main = async () => {
  let sampled = process.memoryUsage.rss();
  const sampler = setInterval(() => (sampled = Math.max(sampled, process.memoryUsage.rss())), 5);
  const model = syntheticAnnualReport(SIZE);
  const before = process.memoryUsage.rss() / MB;

  const run = async (maxCharts: number) => {
    const started = performance.now();
    const written = await writeAnnualReportWorkbook(model, { locale: 'lt', maxCharts });
    return { ms: performance.now() - started, written };
  };

  const times: number[] = [];
  let last = await run(CHARTS);
  const cold = last.ms;
  for (let i = 1; i < RUNS; i++) {
    last = await run(CHARTS);
    times.push(last.ms);
  }
  const peak12 = peakRssMb(sampled);
  const capped = await run(DEFAULT_MAX_CHARTS);
  clearInterval(sampler);
  const peakAll = peakRssMb(sampled);

  const warm = median(times);
  const ok = (ms: number, mb: number) => (ms < GOAL.ms && mb < GOAL.mb ? 'ok' : 'OVER GOAL');
  const questions = SIZE.surveys * SIZE.questions;
  console.log(
    `\nannual report workbook: ${SIZE.surveys} surveys × ${SIZE.questions} questions (${questions} question rows), ${SIZE.planItems} plan items`,
  );
  console.log(
    `  ${CHARTS} charts          cold ${cold.toFixed(0).padStart(5)} ms  warm ${warm.toFixed(0).padStart(5)} ms (median of ${times.length})  ` +
      `peak RSS ${peak12.toFixed(0)} MB (model built: ${before.toFixed(0)} MB)  ` +
      `${(last.written.bytes.length / 1024).toFixed(0)} KB, ${last.written.sheets.length} sheets  [${ok(Math.max(cold, warm), peak12)}; goal < ${GOAL.ms} ms, < ${GOAL.mb} MB]`,
  );
  console.log(
    `  ${String(capped.written.charts).padStart(2)} charts (default cap) ${capped.ms.toFixed(0).padStart(5)} ms  peak RSS ${peakAll.toFixed(0)} MB  ${(capped.written.bytes.length / 1024).toFixed(0)} KB`,
  );
};

void main();
