/**
 * The large survey export the benchmarks read: a Google Forms-like response sheet of
 * 100,000 × 30 by default, written once with exceljs' streaming writer and reused from the temp
 * folder. Deterministic, so every run reads the same cells.
 */
import { renameSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export const COLUMNS = 30;
export const QUESTIONS = 20;
export const LIKERT = [
  'Visiškai nesutinku',
  'Nesutinku',
  'Nei sutinku, nei nesutinku',
  'Sutinku',
  'Visiškai sutinku',
];
export const GROUPS = [
  'Dienos centras',
  'Globos namai',
  'Vaikų dienos centras',
  'Šeimos paslaugos',
];
const OPTIONS = ['Maitinimas', 'Transportas', 'Užimtumas', 'Konsultacijos', 'Sveikata'];
const WORDS =
  'labai gera paslauga darbuotojai malonūs norėtųsi daugiau užsiėmimų ilgesnis darbo laikas ačiū už pagalbą kartais trūksta informacijos'.split(
    ' ',
  );

/** A small deterministic generator (mulberry32), so every run writes the same file. */
export const random = (seed: number) => () => {
  seed = (seed + 0x6d2b79f5) | 0;
  let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
  t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
  return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
};

/** Bump the version when the generator changes, so a stale cached file is not reused. */
export const surveyFile = (rows: number) =>
  join(tmpdir(), `ciklas-bench-survey-v2-${rows}x${COLUMNS}.xlsx`);

export const writeSurvey = async (path: string, rows: number): Promise<void> => {
  const { default: Excel } = await import('exceljs');
  const partial = `${path}.${process.pid}.part`;
  const wb = new Excel.stream.xlsx.WorkbookWriter({
    filename: partial,
    useSharedStrings: true,
    useStyles: true,
  });
  const ws = wb.addWorksheet('Form Responses 1');
  ws.columns = [
    { header: 'Timestamp', key: 'ts', style: { numFmt: 'yyyy-mm-dd hh:mm:ss' } },
    { header: 'ID', key: 'id' },
    { header: 'Padalinys', key: 'group' },
    { header: 'Amžius', key: 'age' },
    ...Array.from({ length: QUESTIONS }, (_, q) => ({
      header: `Klausimas ${q + 1}`,
      key: `q${q}`,
    })),
    { header: 'Ar rekomenduotumėte? (0–10)', key: 'nps' },
    { header: 'Bendras balas', key: 'score' },
    { header: 'Kokias paslaugas naudojate?', key: 'multi' },
    { header: 'Sutikimas', key: 'consent' },
    { header: 'Užpildyta', key: 'done', style: { numFmt: 'yyyy.mm.dd' } },
    { header: 'Komentaras', key: 'comment' },
  ];
  const rnd = random(20240615);
  const start = Date.UTC(2024, 0, 1);
  for (let i = 0; i < rows; i++) {
    // Whole seconds, as form exports have them.
    const ts = new Date(start + Math.floor(rnd() * 365 * 86_400) * 1000);
    const record: Record<string, unknown> = {
      ts,
      id: i + 1,
      group: GROUPS[Math.floor(rnd() * GROUPS.length)],
      age: 18 + Math.floor(rnd() * 70),
      nps: Math.floor(rnd() * 11),
      score: Math.round(rnd() * 400) / 100 + 1,
      multi: OPTIONS.filter(() => rnd() < 0.35).join(';') || null,
      consent: rnd() < 0.9,
      done: new Date(Date.UTC(ts.getUTCFullYear(), ts.getUTCMonth(), ts.getUTCDate())),
      comment:
        rnd() < 0.3
          ? Array.from(
              { length: 4 + Math.floor(rnd() * 12) },
              () => WORDS[Math.floor(rnd() * WORDS.length)],
            ).join(' ') + ` #${i}`
          : null,
    };
    for (let q = 0; q < QUESTIONS; q++)
      record[`q${q}`] =
        rnd() < 0.05 ? null : LIKERT[Math.min(4, Math.floor(rnd() * rnd() * 6 + rnd() * 2))];
    ws.addRow(record).commit();
  }
  ws.commit();
  await wb.commit();
  renameSync(partial, path);
};
