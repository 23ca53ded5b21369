/**
 * Time and memory of the importer on the synthetic 100,000 × 30 sheet:
 *   node --expose-gc -r @swc-node/register … or: npx tsx test/unit/domain/surveys/import/bench-import.ts
 */
import { parseSurveyRows } from '../../../../../functions/domain/surveys/import';
import { syntheticRows } from './synthetic';

const N = Number(process.argv[2] ?? 100_000);
const gc = (globalThis as { gc?: () => void }).gc;

const main = async (): Promise<void> => {
  // Generating the rows is the reader's share; time it alone first.
  let t = process.hrtime.bigint();
  let cells = 0;
  for (const r of syntheticRows(N)) cells += r.values.length;
  const readMs = Number(process.hrtime.bigint() - t) / 1e6;

  gc?.();
  const heapBefore = process.memoryUsage().heapUsed;
  let peak = heapBefore;
  const timer = setInterval(() => (peak = Math.max(peak, process.memoryUsage().heapUsed)), 5);
  const cpu = process.cpuUsage();
  t = process.hrtime.bigint();
  const parsed = await parseSurveyRows(syntheticRows(N));
  const totalMs = Number(process.hrtime.bigint() - t) / 1e6;
  const cpuMs = (process.cpuUsage(cpu).user + process.cpuUsage(cpu).system) / 1000;
  clearInterval(timer);
  peak = Math.max(peak, process.memoryUsage().heapUsed);
  gc?.();
  const retained = process.memoryUsage().heapUsed - heapBefore;
  console.log(
    JSON.stringify({
      rows: N,
      cells,
      generateMs: Math.round(readMs),
      parseWithGenerateMs: Math.round(totalMs),
      importerOnlyMs: Math.round(totalMs - readMs),
      cpuMs: Math.round(cpuMs),
      peakHeapMB: Math.round((peak - heapBefore) / 2 ** 20),
      retainedResultMB: Math.round(retained / 2 ** 20),
      rssMB: Math.round(process.memoryUsage().rss / 2 ** 20),
      accepted: parsed.counts.accepted,
      rejected: parsed.counts.rejectedCells,
    }),
  );
  if (parsed.identities.length !== N) throw new Error('lost rows');
};

void main();
