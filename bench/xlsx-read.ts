/**
 * `tsx bench/xlsx-read.ts`: reading a large survey export with our streaming reader beside
 * exceljs (in memory and streaming), SheetJS, and merely inflating the sheet's XML with zlib.
 * Each reader runs in its own child process, so peaks do not mix; each reads the same file and
 * runs the same analysis (answer distributions, sums), whose checksum must agree across readers.
 *
 * BENCH_SURVEY_ROWS (default 100000) sets the size; the file is written once with exceljs'
 * streaming writer into the temp folder and reused. BENCH_REPEAT (default 1) repeats each reader
 * and keeps the fastest time and the highest peak; BENCH_READERS (e.g. `ciklas,zlib`) runs only
 * the readers whose names start so.
 */
import { spawn } from 'node:child_process';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { Worker } from 'node:worker_threads';
import { createInflateRaw } from 'node:zlib';
import type ExcelJS from 'exceljs';
import { readZipDirectory, toZipSource } from '../functions/adapters/excel/stream/zip';

import { COLUMNS, LIKERT, QUESTIONS, surveyFile, writeSurvey } from './survey-export';

/** The same analysis for every reader: per column, counts of each text answer; sums and counts. */
class Analysis {
  rows = 0;
  numbers = 0;
  sum = 0;
  strings = 0;
  dates = 0;
  dateSum = 0;
  booleans = 0;
  trues = 0;
  readonly answers = Array.from({ length: COLUMNS }, () => new Map<string, number>());

  add(values: ArrayLike<unknown>, offset = 0): void {
    this.rows++;
    for (let c = offset; c < values.length; c++) {
      const v = values[c];
      if (typeof v === 'number') {
        this.numbers++;
        this.sum += v;
      } else if (typeof v === 'string') {
        this.strings++;
        const column = this.answers[c - offset];
        if (column && c - offset >= 4 && c - offset < 4 + QUESTIONS)
          column.set(v, (column.get(v) ?? 0) + 1);
      } else if (v instanceof Date) {
        this.dates++;
        // To the second: SheetJS truncates where exceljs and we round to the millisecond.
        this.dateSum += Math.round(v.getTime() / 1000);
      } else if (typeof v === 'boolean') {
        this.booleans++;
        if (v) this.trues++;
      }
    }
  }

  /** Mean top-2-box share over the questions: what the importer will compute first. */
  checksum(): string {
    let t2b = 0;
    for (let q = 4; q < 4 + QUESTIONS; q++) {
      const m = this.answers[q]!;
      const n = [...m.values()].reduce((a, b) => a + b, 0);
      t2b += n === 0 ? 0 : ((m.get(LIKERT[3]!) ?? 0) + (m.get(LIKERT[4]!) ?? 0)) / n;
    }
    return [
      `rows=${this.rows}`,
      `num=${this.numbers}/${this.sum.toFixed(2)}`,
      `str=${this.strings}`,
      `date=${this.dates}/${this.dateSum}`,
      `bool=${this.trues}/${this.booleans}`,
      `t2b=${((t2b / QUESTIONS) * 100).toFixed(3)}%`,
    ].join(' ');
  }
}

/** Loads a reader's library (not timed), then returns the timed read. */
type Reader = () => Promise<(file: string, analysis: Analysis) => Promise<unknown>>;

const exceljsValue = (v: ExcelJS.CellValue): unknown => {
  if (v !== null && typeof v === 'object' && !(v instanceof Date)) {
    if ('richText' in v) return v.richText.map((r) => r.text).join('');
    if ('result' in v) return v.result;
    return null;
  }
  return v;
};

const loadOurs = async () => (await import('../functions/adapters/excel/stream')).openXlsx;

const PIPELINE = 'ciklas import + analysis';

const READERS: Record<string, Reader> = {
  ciklas: async () => {
    const openXlsx = await loadOurs();
    return async (file, analysis) => {
      const book = await openXlsx(await readFile(file));
      for await (const row of book.readSheet()) analysis.add(row.values);
    };
  },
  'ciklas (file path)': async () => {
    const openXlsx = await loadOurs();
    return async (file, analysis) => {
      const book = await openXlsx(file);
      for await (const row of book.readSheet()) analysis.add(row.values);
    };
  },
  // The whole import: read, detect the export, infer kinds, score, identities, then analyse.
  [PIPELINE]: async () => {
    const { readSurveyFile } = await import('../functions/adapters/excel/survey-file');
    const { analyseSurvey } = await import('../functions/domain/surveys/analysis');
    return async (file) => {
      const read = await readSurveyFile(file);
      const analysis = analyseSurvey({ questions: read.questions, responses: read.responses });
      let t2b = 0;
      let likert = 0;
      for (const q of analysis.questions) {
        const o = q.overall as { kind?: string; topTwoBox?: { share: number | null } };
        if (o.kind !== 'likert' || !/^Klausimas /.test(q.header)) continue;
        t2b += o.topTwoBox?.share ?? 0;
        likert++;
      }
      return `rows=${read.responses.count} t2b=${((t2b / Math.max(1, likert)) * 100).toFixed(3)}%`;
    };
  },
  'exceljs in-memory': async () => {
    const { default: Excel } = await import('exceljs');
    return async (file, analysis) => {
      const wb = new Excel.Workbook();
      await wb.xlsx.load((await readFile(file)) as unknown as ExcelJS.Buffer);
      wb.worksheets[0]!.eachRow((row) => {
        analysis.add((row.values as ExcelJS.CellValue[]).map(exceljsValue), 1);
      });
      return wb;
    };
  },
  'exceljs streaming': async () => {
    const { default: Excel } = await import('exceljs');
    return async (file, analysis) => {
      const reader = new Excel.stream.xlsx.WorkbookReader(file, {
        sharedStrings: 'cache',
        styles: 'cache',
        hyperlinks: 'ignore',
        worksheets: 'emit',
        entries: 'emit',
      });
      for await (const ws of reader) {
        for await (const row of ws)
          analysis.add((row.values as ExcelJS.CellValue[]).map(exceljsValue), 1);
        break;
      }
    };
  },
  SheetJS: async () => {
    const XLSX = await import('xlsx');
    return async (file, analysis) => {
      const wb = XLSX.read(await readFile(file), { type: 'buffer', cellDates: true });
      const ws = wb.Sheets[wb.SheetNames[0]!]!;
      const rows = XLSX.utils.sheet_to_json<unknown[]>(ws, { header: 1, raw: true });
      for (const values of rows) analysis.add(values);
      return wb;
    };
  },
  'zlib inflate of the sheet': async () => async (file) => {
    const bytes = await readFile(file);
    const zip = await readZipDirectory(await toZipSource(bytes, Infinity), { maxEntries: 1e6 });
    const entry = zip.find('xl/worksheets/sheet1.xml')!;
    const start =
      entry.localHeaderOffset +
      30 +
      bytes.readUInt16LE(entry.localHeaderOffset + 26) +
      bytes.readUInt16LE(entry.localHeaderOffset + 28);
    const inflater = createInflateRaw({ chunkSize: 64 * 1024 });
    inflater.end(bytes.subarray(start, start + entry.compressedSize));
    let inflated = 0;
    for await (const chunk of inflater) inflated += (chunk as Buffer).length;
    return inflated;
  },
};

interface ChildResult {
  reader: string;
  seconds: number;
  baseRssMb: number;
  peakRssMb: number;
  hwmMb: number;
  peakHeapMb: number;
  checksum: string;
}

const MB = 1024 * 1024;

const peakSampler = () =>
  new Worker(
    `const { parentPort } = require('node:worker_threads');
     let peak = process.memoryUsage.rss();
     const timer = setInterval(() => { const r = process.memoryUsage.rss(); if (r > peak) peak = r; }, 2);
     parentPort.on('message', () => { clearInterval(timer); parentPort.postMessage(peak); });`,
    { eval: true },
  );

/** VmHWM: the kernel's own peak resident set, to cross-check the sampled one. */
const highWaterMark = (): number => {
  const m = /VmHWM:\s+(\d+) kB/.exec(readFileSync('/proc/self/status', 'utf8'));
  return m ? Number(m[1]) * 1024 : 0;
};

const child = async (name: string, file: string): Promise<void> => {
  const load = READERS[name];
  if (!load) throw new Error(`unknown reader ${name}`);
  const reader = await load();
  const sampler = peakSampler();
  await new Promise((r) => setTimeout(r, 50));
  const baseRss = process.memoryUsage.rss();
  let peakHeap = process.memoryUsage().heapUsed;
  // Sampled on the main thread, so a reader that blocks it (SheetJS) shows only its end state.
  const heapTimer = setInterval(() => {
    peakHeap = Math.max(peakHeap, process.memoryUsage().heapUsed);
  }, 5);
  const analysis = new Analysis();
  const t0 = performance.now();
  const kept = await reader(file, analysis);
  const seconds = (performance.now() - t0) / 1000;
  peakHeap = Math.max(peakHeap, process.memoryUsage().heapUsed);
  clearInterval(heapTimer);
  const peakRss = await new Promise<number>((r) => {
    sampler.once('message', r);
    sampler.postMessage('stop');
  });
  await sampler.terminate();
  const result: ChildResult = {
    reader: name,
    seconds,
    baseRssMb: baseRss / MB,
    peakRssMb: peakRss / MB,
    hwmMb: highWaterMark() / MB,
    peakHeapMb: peakHeap / MB,
    checksum: name.startsWith('zlib')
      ? `inflated=${String(kept)}`
      : name === PIPELINE
        ? String(kept)
        : analysis.checksum(),
  };
  process.stdout.write(`${JSON.stringify(result)}\n`);
};

const runChild = (name: string, file: string): Promise<ChildResult> =>
  new Promise((resolvePromise, reject) => {
    const proc = spawn(process.execPath, ['--import', 'tsx', __filename, '--child', name, file], {
      cwd: resolve(__dirname, '..'),
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    let out = '';
    proc.stdout.on('data', (d: Buffer) => (out += d.toString()));
    proc.on('error', reject);
    proc.on('close', (code) => {
      const line = out.trim().split('\n').pop() ?? '';
      if (code !== 0 || !line.startsWith('{'))
        reject(new Error(`${name} exited with ${code}: ${out}`));
      else resolvePromise(JSON.parse(line) as ChildResult);
    });
  });

const main = async (): Promise<void> => {
  const rows = Number(process.env.BENCH_SURVEY_ROWS ?? 100_000);
  const repeat = Math.max(1, Number(process.env.BENCH_REPEAT ?? 1));
  const file = surveyFile(rows);
  if (!existsSync(file)) {
    const t0 = performance.now();
    console.log(
      `writing ${rows} × ${COLUMNS} survey export to ${file} (exceljs streaming writer)…`,
    );
    await writeSurvey(file, rows);
    console.log(`  written in ${((performance.now() - t0) / 1000).toFixed(1)} s`);
  }
  const bytes = await readFile(file);
  const zip = await readZipDirectory(await toZipSource(bytes, Infinity), { maxEntries: 1e6 });
  const sheet = zip.find('xl/worksheets/sheet1.xml');
  const sst = zip.find('xl/sharedStrings.xml');
  console.log(
    `${file}: ${(statSync(file).size / MB).toFixed(1)} MB; sheet XML ${((sheet?.size ?? 0) / MB).toFixed(0)} MB ` +
      `(${((sheet?.size ?? 0) / (sheet?.compressedSize ?? 1)).toFixed(1)}:1), shared strings ${((sst?.size ?? 0) / MB).toFixed(1)} MB; ` +
      `node ${process.version}, ${rows} rows × ${COLUMNS} columns, best of ${repeat}\n`,
  );

  const only = process.env.BENCH_READERS?.toLowerCase().split(',');
  const names = Object.keys(READERS).filter(
    (name) => !only || only.some((o) => name.toLowerCase().startsWith(o.trim())),
  );
  const results: ChildResult[] = [];
  for (const name of names) {
    let best: ChildResult | undefined;
    for (let i = 0; i < repeat; i++) {
      const r = await runChild(name, file);
      best = !best
        ? r
        : {
            ...r,
            seconds: Math.min(best.seconds, r.seconds),
            peakRssMb: Math.max(best.peakRssMb, r.peakRssMb),
            hwmMb: Math.max(best.hwmMb, r.hwmMb),
            peakHeapMb: Math.max(best.peakHeapMb, r.peakHeapMb),
          };
    }
    results.push(best!);
    console.log(
      `  ${name.padEnd(26)} ${best!.seconds.toFixed(2).padStart(6)} s  ${best!.checksum}`,
    );
  }

  const ours = results[0]!;
  const columns: Array<[string, number, (r: ChildResult) => string]> = [
    ['reader', -26, (r) => r.reader],
    ['time s', 7, (r) => r.seconds.toFixed(2)],
    ['÷ ours', 7, (r) => `${(r.seconds / ours.seconds).toFixed(1)}×`],
    ['peak RSS MB', 11, (r) => r.peakRssMb.toFixed(0)],
    ['VmHWM', 6, (r) => r.hwmMb.toFixed(0)],
    ['before MB', 9, (r) => r.baseRssMb.toFixed(0)],
    ['Δ RSS MB', 8, (r) => (r.peakRssMb - r.baseRssMb).toFixed(0)],
    ['ours ÷ peak', 11, (r) => (ours.peakRssMb / r.peakRssMb).toFixed(2)],
    ['heap MB', 7, (r) => r.peakHeapMb.toFixed(0)],
  ];
  const line = (cells: string[]) =>
    cells
      .map((c, i) => {
        const width = columns[i]![1];
        return width < 0 ? c.padEnd(-width) : c.padStart(width);
      })
      .join('  ');
  const header = line(columns.map(([title]) => title));
  console.log(`\n${header}\n${'-'.repeat(header.length)}`);
  for (const r of results) console.log(line(columns.map(([, , cell]) => cell(r))));
  console.log(
    '\n÷ ours: its time over ours. before: RSS with its library loaded, before reading. Peak RSS is ' +
      'sampled every 2 ms from a worker thread (so blocking readers are seen); VmHWM is the ' +
      "kernel's high-water mark; heap is sampled on the main thread.",
  );
  const checksums = new Set(
    results
      .filter((r) => !r.reader.startsWith('zlib') && r.reader !== PIPELINE)
      .map((r) => r.checksum),
  );
  const pipeline = results.find((r) => r.reader === PIPELINE);
  const t2bOf = (checksum: string) => /t2b=([\d.]+)%/.exec(checksum)?.[1];
  if (pipeline)
    console.log(
      t2bOf(pipeline.checksum) === t2bOf(ours.checksum)
        ? `the import pipeline's top-2-box agrees with the readers' (${t2bOf(ours.checksum)} %)`
        : `the import pipeline disagrees: ${pipeline.checksum} vs ${ours.checksum}`,
    );
  console.log(
    checksums.size === 1
      ? '\nevery reader computed the same analysis'
      : `\nreaders disagree: ${[...checksums].join(' | ')}`,
  );
  const inMemory = results.find((r) => r.reader === 'exceljs in-memory');
  const streaming = results.find((r) => r.reader === 'exceljs streaming');
  if (!inMemory || !streaming || ours.reader !== 'ciklas') return;
  const goalsFor = (r: ChildResult) =>
    [
      [
        `${r.reader}: ≥ 6× faster than exceljs in-memory`,
        inMemory.seconds / r.seconds >= 6,
        `${(inMemory.seconds / r.seconds).toFixed(1)}×`,
      ],
      [
        `${r.reader}: ≥ 2× faster than exceljs streaming`,
        streaming.seconds / r.seconds >= 2,
        `${(streaming.seconds / r.seconds).toFixed(1)}×`,
      ],
      [
        `${r.reader}: peak RSS ≤ 1/5 of exceljs in-memory`,
        r.peakRssMb <= inMemory.peakRssMb / 5,
        `${(r.peakRssMb / inMemory.peakRssMb).toFixed(2)}`,
      ],
    ] as const;
  const goals = [...goalsFor(ours), ...(pipeline ? goalsFor(pipeline) : [])];
  for (const [goal, met, figure] of goals)
    console.log(`${met ? 'met   ' : 'MISSED'} ${goal}: ${figure}`);
};

if (process.argv[2] === '--child') {
  child(process.argv[3] ?? '', process.argv[4] ?? '').catch((error: unknown) => {
    console.error(error);
    process.exit(1);
  });
} else {
  main().catch((error: unknown) => {
    console.error(error);
    process.exit(1);
  });
}
