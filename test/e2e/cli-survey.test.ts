import { copyFileSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as XLSX from 'xlsx';
import { describeRun, jsonOf, PlannedCliRuns, type CliResult } from '../support/cli';
import { buildZip, sheetjsBook, unzip } from '../unit/adapters/excel/stream/xlsx-builders';

/**
 * `ciklas survey analyze|compare` against real exports written by openpyxl 3.0.9 and SheetJS
 * 0.18.5 (test/fixtures/surveys/exports/, see its README for what each file holds).
 *
 * Every expected figure was computed outside Ciklas: exports/expected.py reads each fixture back
 * with openpyxl and computes with Python's statistics module; means, shares and NPS are written
 * here as the fractions it printed (sum of scores / n, top-2 count / n, 100 × (promoters −
 * detractors) / n) so they can be checked by counting the digit strings in the generator
 * scripts. Example, Google Forms (openpyxl), "Centro darbuotojai su manimi elgiasi pagarbiai":
 * codes 55445435254-45354425 → 19 answers, eight 5s, seven 4s, two 3s, two 2s: mean
 * (40 + 28 + 6 + 4) / 19 = 78 / 19, median the 10th of 19 sorted = 4, top-2-box 15 / 19.
 * Medians of an even n are the mean of the middle two (statistics.median).
 */

const EXPORTS = join(__dirname, '..', 'fixtures', 'surveys', 'exports');
const fixture = (name: string) => join(EXPORTS, name);

type Kind = 'likert' | 'scale0to10' | 'single' | 'multi' | 'text' | 'meta';
interface Question {
  header: string;
  kind: Kind;
  n: number;
  mean: number | null;
  median: number | null;
  top2box: number | null;
  distribution: Record<string, number>;
  nps?: number | null;
}
interface Analysis {
  responses: number;
  questions: Question[];
}
interface Comparison {
  questions: Array<{ header: string; delta_mean: number; p_value: number; significant: boolean }>;
}

type Expected =
  | {
      kind: 'likert' | 'scale0to10';
      n: number;
      mean: number;
      median: number;
      top2box: number;
      distribution: Record<string, number>;
      nps?: number;
    }
  | { kind: 'single' | 'multi'; n: number; distribution: Record<string, number> }
  | { kind: 'text'; n: number };

/** Counts above zero: whether a figure lists empty scale points is not part of the contract. */
const nonZero = (d: Record<string, number> | undefined) =>
  Object.fromEntries(Object.entries(d ?? {}).filter(([, v]) => v !== 0));

const questionOf = (a: Analysis, header: string): Question => {
  const q = a.questions.find((x) => x.header === header);
  if (!q) {
    throw new Error(
      `no question "${header}"; got ${JSON.stringify(a.questions.map((x) => x.header))}`,
    );
  }
  return q;
};

const expectFigures = (q: Question, e: Expected) => {
  expect(q.kind).toBe(e.kind);
  expect(q.n).toBe(e.n);
  if (e.kind === 'likert' || e.kind === 'scale0to10') {
    expect(q.mean).toBeCloseTo(e.mean, 6);
    expect(q.median).toBeCloseTo(e.median, 6);
    expect(q.top2box).toBeCloseTo(e.top2box, 6);
    expect(nonZero(q.distribution)).toEqual(e.distribution);
    if (e.kind === 'scale0to10') expect(q.nps).toBeCloseTo(e.nps ?? NaN, 6);
    else expect(q.nps ?? null).toBeNull();
    return;
  }
  expect(q.mean).toBeNull();
  expect(q.median).toBeNull();
  expect(q.top2box).toBeNull();
  expect(q.nps ?? null).toBeNull();
  if (e.kind !== 'text') expect(nonZero(q.distribution)).toEqual(e.distribution);
};

/** The expected headers appear in the output in sheet order (others may sit between them). */
const expectSheetOrder = (a: Analysis, headers: string[]) => {
  const seen = a.questions.map((q) => q.header).filter((h) => headers.includes(h));
  expect(seen).toEqual(headers);
};

/**
 * The CLI runs of the analyze and compare suites are planned while the suites are declared and
 * started together in the first beforeAll, three at a time (each is a Node process of about a
 * second); the bad-input suite starts its own.
 */
const cli = new PlannedCliRuns(3);
beforeAll(() => cli.start());

/**
 * One export: run `analyze --json` once, then check responses, every question's figures, sheet
 * order, and that the metadata columns are `meta` (`required`: timestamp/id/email columns, which
 * must be listed; `optional`: other metadata, which may be left out but must not be analysed).
 */
const describeExport = (
  file: string,
  spec: {
    responses: number | number[];
    questions: Record<string, Expected>;
    meta: { required: string[]; optional?: string[]; answered?: Record<string, number> };
    sheet?: string;
    extra?: (get: () => Analysis) => void;
  },
) =>
  describe(file + (spec.sheet ? ` --sheet "${spec.sheet}"` : ''), () => {
    const planned = cli.plan([
      'survey',
      'analyze',
      fixture(file),
      ...(spec.sheet ? ['--sheet', spec.sheet] : []),
      '--json',
    ]);
    let run: CliResult;
    let analysis: Analysis | undefined;
    beforeAll(async () => {
      run = await planned();
    }, 120_000);
    const get = () => (analysis ??= jsonOf<Analysis>(run));

    it('exits 0 and prints one JSON document with the count of responses', () => {
      const a = get(); // throws with the command's stderr when it failed
      expect(run.code).toBe(0);
      if (Array.isArray(spec.responses)) expect(spec.responses).toContain(a.responses);
      else expect(a.responses).toBe(spec.responses);
    });

    it.each(Object.entries(spec.questions))('%s', (header, expected) => {
      expectFigures(questionOf(get(), header), expected);
    });

    it('lists the questions in sheet order', () => {
      expectSheetOrder(get(), Object.keys(spec.questions));
    });

    it('reads the metadata columns as meta', () => {
      for (const header of spec.meta.required) expect(questionOf(get(), header).kind).toBe('meta');
      for (const header of spec.meta.optional ?? []) {
        const q = get().questions.find((x) => x.header === header);
        if (q) expect(q.kind).toBe('meta');
      }
      // Non-blank cells among the accepted rows, though only the submission time is ever kept.
      for (const [header, n] of Object.entries(spec.meta.answered ?? {}))
        expect(questionOf(get(), header).n).toBe(n);
    });

    spec.extra?.(get);
  });

// Scale answers in every fixture: 1 = least favourable … 5 = most favourable.
const RECOMMEND = 'Ar rekomenduotumėte mūsų centrą draugui? (0–10)';
const AGREE_RESPECT = 'Centro darbuotojai su manimi elgiasi pagarbiai';

describe('ciklas survey analyze: Google Forms', () => {
  describeExport('google-forms-openpyxl.xlsx', {
    responses: 20,
    meta: { required: ['Timestamp', 'Email Address'], answered: { Timestamp: 20 } },
    questions: {
      'Kuriame padalinyje gaunate paslaugas?': {
        kind: 'single',
        n: 20,
        distribution: { 'Dienos centras': 9, 'Globos namai': 6, 'Socialinės dirbtuvės': 5 },
      },
      [AGREE_RESPECT]: {
        kind: 'likert',
        n: 19,
        mean: 78 / 19,
        median: 4,
        top2box: 15 / 19,
        distribution: { '2': 2, '3': 2, '4': 7, '5': 8 },
      },
      'Kaip vertinate paslaugas? [Maitinimas]': {
        kind: 'likert',
        n: 20,
        mean: 74 / 20,
        median: 4,
        top2box: 12 / 20,
        distribution: { '2': 2, '3': 6, '4': 8, '5': 4 },
      },
      'Kaip vertinate paslaugas? [Tvarka]': {
        kind: 'likert',
        n: 19,
        mean: 84 / 19,
        median: 5,
        top2box: 17 / 19,
        distribution: { '3': 2, '4': 7, '5': 10 },
      },
      'Kaip vertinate paslaugas? [Užimtumo veiklos]': {
        kind: 'likert',
        n: 18,
        mean: 63 / 18,
        median: 4,
        top2box: 10 / 18,
        distribution: { '1': 1, '2': 2, '3': 5, '4': 7, '5': 3 },
      },
      // "Dailė, rankdarbiai" is one option although the cell joins options with ", ".
      'Kokiose veiklose dalyvaujate?': {
        kind: 'multi',
        n: 18,
        distribution: { 'Dailė, rankdarbiai': 9, Sportas: 9, Muzika: 6, Išvykos: 6 },
      },
      [RECOMMEND]: {
        kind: 'scale0to10',
        n: 19,
        mean: 147 / 19,
        median: 9,
        top2box: 10 / 19,
        distribution: { '0': 1, '3': 1, '5': 1, '6': 1, '7': 2, '8': 3, '9': 5, '10': 5 },
        nps: (100 * (10 - 4)) / 19,
      },
      'Ką galėtume patobulinti?': { kind: 'text', n: 11 },
    },
  });

  // Lithuanian tab and meta headers; dates as serial numbers with a date format.
  describeExport('google-forms-sheetjs.xlsx', {
    responses: 16,
    meta: { required: ['Laiko žyma', 'El. pašto adresas'] },
    questions: {
      [AGREE_RESPECT]: {
        kind: 'likert',
        n: 15,
        mean: 57 / 15,
        median: 4,
        top2box: 10 / 15,
        distribution: { '1': 1, '2': 1, '3': 3, '4': 5, '5': 5 },
      },
      'Kaip vertinate paslaugas? [Maitinimas]': {
        kind: 'likert',
        n: 15,
        mean: 45 / 15,
        median: 3,
        top2box: 5 / 15,
        distribution: { '1': 1, '2': 3, '3': 6, '4': 5 },
      },
      'Kaip vertinate paslaugas? [Tvarka]': {
        kind: 'likert',
        n: 16,
        mean: 69 / 16,
        median: 4,
        top2box: 14 / 16,
        distribution: { '3': 2, '4': 7, '5': 7 },
      },
      'Kokiose veiklose dalyvaujate?': {
        kind: 'multi',
        n: 15,
        distribution: { 'Dailė, rankdarbiai': 8, Sportas: 6, Muzika: 5, Išvykos: 4 },
      },
      [RECOMMEND]: {
        kind: 'scale0to10',
        n: 15,
        mean: 119 / 15,
        median: 9,
        top2box: 8 / 15,
        distribution: { '2': 1, '5': 1, '6': 1, '7': 2, '8': 2, '9': 4, '10': 4 },
        nps: (100 * (8 - 3)) / 15,
      },
      'Ką galėtume patobulinti?': { kind: 'text', n: 7 },
      // Added to the form after six responses: the first six rows are blank.
      'Informacija apie paslaugas yra aiški': {
        kind: 'likert',
        n: 10,
        mean: 41 / 10,
        median: 4,
        top2box: 8 / 10,
        distribution: { '3': 2, '4': 5, '5': 3 },
      },
    },
  });
});

describe('ciklas survey analyze: Microsoft Forms', () => {
  describeExport('ms-forms-openpyxl.xlsx', {
    responses: 15,
    meta: {
      required: ['ID', 'Start time', 'Completion time', 'Email'],
      optional: ['Name', 'Last modified time'],
      // make_openpyxl.py: five respondents without a name ("anonymous" e-mail), one modified.
      answered: { ID: 15, Email: 15, Name: 10, 'Last modified time': 1 },
    },
    questions: {
      'Staff treat me with respect': {
        kind: 'likert',
        n: 15,
        mean: 65 / 15,
        median: 4,
        top2box: 13 / 15,
        distribution: { '3': 2, '4': 6, '5': 7 },
      },
      'I feel safe at the centre': {
        kind: 'likert',
        n: 14,
        mean: 55 / 14,
        median: 4,
        top2box: 10 / 14,
        distribution: { '2': 1, '3': 3, '4': 6, '5': 4 },
      },
      'I get help when I need it': {
        kind: 'likert',
        n: 15,
        mean: 50 / 15,
        median: 3,
        top2box: 7 / 15,
        distribution: { '1': 1, '2': 2, '3': 5, '4': 5, '5': 2 },
      },
      'How satisfied are you with the services overall?': {
        kind: 'likert',
        n: 14,
        mean: 57 / 14,
        median: 4,
        top2box: 11 / 14,
        distribution: { '2': 1, '3': 2, '4': 6, '5': 5 },
      },
      // "Art;Sport;" — the trailing ";" is no option.
      'Which activities do you take part in?': {
        kind: 'multi',
        n: 13,
        distribution: { Art: 7, Sport: 7, Music: 5, Trips: 5 },
      },
      'Rate the meals': {
        kind: 'likert',
        n: 14,
        mean: 50 / 14,
        median: 4,
        top2box: 8 / 14,
        distribution: { '1': 1, '2': 2, '3': 3, '4': 4, '5': 4 },
      },
      'Any other comments?': { kind: 'text', n: 6 },
    },
  });

  // Dates as t="d" ISO cells; Lithuanian statements with English Likert labels.
  describeExport('ms-forms-sheetjs.xlsx', {
    responses: 18,
    meta: {
      required: ['ID', 'Start time', 'Completion time', 'Email'],
      optional: ['Name', 'Last modified time'],
    },
    questions: {
      'Darbuotojai su manimi elgiasi pagarbiai': {
        kind: 'likert',
        n: 18,
        mean: 79 / 18,
        median: 4.5,
        top2box: 16 / 18,
        distribution: { '3': 2, '4': 7, '5': 9 },
      },
      'Centre jaučiuosi saugiai': {
        kind: 'likert',
        n: 17,
        mean: 73 / 17,
        median: 4,
        top2box: 15 / 17,
        distribution: { '3': 2, '4': 8, '5': 7 },
      },
      'Gaunu pagalbą, kai jos reikia': {
        kind: 'likert',
        n: 18,
        mean: 63 / 18,
        median: 4,
        top2box: 10 / 18,
        distribution: { '1': 1, '2': 2, '3': 5, '4': 7, '5': 3 },
      },
      'Kaip esate patenkinti centro paslaugomis?': {
        kind: 'likert',
        n: 17,
        mean: 74 / 17,
        median: 4,
        top2box: 15 / 17,
        distribution: { '3': 2, '4': 7, '5': 8 },
      },
      'Kokiose veiklose dalyvaujate?': {
        kind: 'multi',
        n: 16,
        distribution: { Dailė: 8, Sportas: 7, Muzika: 6, 'Kompiuterių kursai': 5 },
      },
      'Įvertinkite maitinimą': {
        kind: 'likert',
        n: 17,
        mean: 61 / 17,
        median: 4,
        top2box: 10 / 17,
        distribution: { '1': 1, '2': 2, '3': 4, '4': 6, '5': 4 },
      },
      'Ką norėtumėte pasakyti centrui?': { kind: 'text', n: 7 },
    },
  });
});

/**
 * A LimeSurvey multiple-choice option column (`Q3[SQ001]` with Y/empty, `… [Dailė]` with Yes/No):
 * how many chose it, whether the importer keeps the column as its own question (count of "Y" /
 * "Yes") or folds the options into one multi question (keyed by the subquestion or the header).
 */
const limeChosen = (a: Analysis, column: string, yes: string): number | undefined => {
  const own = a.questions.find((q) => q.header === column);
  if (own && own.distribution[yes] !== undefined) return own.distribution[yes];
  const sub = /\[([^\]]+)\]$/.exec(column)?.[1];
  for (const q of a.questions)
    for (const [key, count] of Object.entries(q.distribution ?? {}))
      if (key === column || key === sub) return count;
  return undefined;
};

const LIME_META = ['lastpage', 'startlanguage', 'seed'];

describe('ciklas survey analyze: LimeSurvey', () => {
  // 16 rows, 2 of them incomplete (empty submitdate, no answers): whether an incomplete response
  // counts is the importer's choice, so either 14 or 16; the question figures are the same.
  describeExport('limesurvey-codes-openpyxl.xlsx', {
    responses: [14, 16],
    meta: { required: ['id', 'submitdate', 'startdate', 'datestamp'], optional: LIME_META },
    questions: {
      Q1: {
        kind: 'likert',
        n: 14,
        mean: 53 / 14,
        median: 4,
        top2box: 10 / 14,
        distribution: { '1': 1, '2': 1, '3': 2, '4': 6, '5': 4 },
      },
      'Q2[SQ001]': {
        kind: 'likert',
        n: 14,
        mean: 48 / 14,
        median: 4,
        top2box: 8 / 14,
        distribution: { '1': 2, '2': 1, '3': 3, '4': 5, '5': 3 },
      },
      'Q2[SQ002]': {
        kind: 'likert',
        n: 14,
        mean: 50 / 14,
        median: 4,
        top2box: 8 / 14,
        distribution: { '1': 1, '2': 1, '3': 4, '4': 5, '5': 3 },
      },
      'Q2[SQ003]': {
        kind: 'likert',
        n: 14,
        mean: 36 / 14,
        median: 2.5,
        top2box: 3 / 14,
        distribution: { '1': 3, '2': 4, '3': 4, '4': 2, '5': 1 },
      },
      Q4: { kind: 'text', n: 6 },
    },
    extra: (get) => {
      it('counts each multiple-choice option marked Y', () => {
        const a = get();
        expect(['Q3[SQ001]', 'Q3[SQ002]', 'Q3[SQ003]'].map((c) => limeChosen(a, c, 'Y'))).toEqual([
          8, 6, 7,
        ]);
      });
    },
  });

  // 17 rows, 1 incomplete; full-text headings and full answer labels.
  const q = 'Ar sutinkate su šiais teiginiais?';
  const m = 'Kokiose veiklose dalyvavote?';
  describeExport('limesurvey-fulltext-sheetjs.xlsx', {
    responses: [16, 17],
    meta: { required: ['id', 'submitdate', 'startdate', 'datestamp'], optional: LIME_META },
    questions: {
      'Kaip vertinate paslaugas apskritai?': {
        kind: 'likert',
        n: 16,
        mean: 62 / 16,
        median: 4,
        top2box: 12 / 16,
        distribution: { '1': 1, '2': 1, '3': 2, '4': 7, '5': 5 },
      },
      [`${q} [Darbuotojai mandagūs]`]: {
        kind: 'likert',
        n: 16,
        mean: 69 / 16,
        median: 4.5,
        top2box: 14 / 16,
        distribution: { '2': 1, '3': 1, '4': 6, '5': 8 },
      },
      [`${q} [Informacija suprantama]`]: {
        kind: 'likert',
        n: 16,
        mean: 53 / 16,
        median: 3,
        top2box: 7 / 16,
        distribution: { '1': 1, '2': 2, '3': 6, '4': 5, '5': 2 },
      },
      [`${q} [Jaučiuosi saugiai]`]: {
        kind: 'likert',
        n: 16,
        mean: 70 / 16,
        median: 4.5,
        top2box: 14 / 16,
        distribution: { '3': 2, '4': 6, '5': 8 },
      },
      'Ką norėtumėte pakeisti?': { kind: 'text', n: 6 },
    },
    extra: (get) => {
      it('counts each multiple-choice option answered Yes (not No)', () => {
        const a = get();
        expect(
          ['Dailė', 'Sportas', 'Muzika'].map((o) => limeChosen(a, `${m} [${o}]`, 'Yes')),
        ).toEqual([9, 8, 8]);
      });
    },
  });
});

/**
 * The Kobo multi-select, found by kind: its per-choice columns `question/choice` fold into it.
 * Distribution keys may be the choice label or the whole per-choice header.
 */
const expectKoboMulti = (
  a: Analysis,
  header: string,
  n: number,
  counts: Record<string, number>,
) => {
  const multi = a.questions.filter((x) => x.kind === 'multi');
  expect(multi).toHaveLength(1);
  const q = multi[0] as Question;
  expect(q.header.startsWith(header)).toBe(true);
  expect(q.n).toBe(n);
  const byChoice = Object.fromEntries(
    Object.entries(nonZero(q.distribution)).map(([k, v]) => [
      k.startsWith(`${header}/`) ? k.slice(header.length + 1) : k,
      v,
    ]),
  );
  expect(byChoice).toEqual(counts);
  expect(q.mean).toBeNull();
};

const KOBO_META = {
  required: ['start', 'end', 'today', '_id', '_uuid', '_submission_time'],
  optional: [
    '_validation_status',
    '_notes',
    '_status',
    '_submitted_by',
    '__version__',
    '_tags',
    '_index',
  ],
};

describe('ciklas survey analyze: KoboToolbox', () => {
  // Every value is text, as Kobo exports by default: "1"/"0", "9", "298114520".
  const activities = 'Kokiose veiklose dalyvaujate?';
  describeExport('kobo-text-openpyxl.xlsx', {
    responses: 14,
    meta: KOBO_META,
    questions: {
      'Kaip dažnai jaučiatės saugiai centre?': {
        kind: 'likert',
        n: 13,
        mean: 55 / 13,
        median: 4,
        top2box: 11 / 13,
        distribution: { '3': 2, '4': 6, '5': 5 },
      },
      'Kaip dažnai darbuotojai jus išklauso?': {
        kind: 'likert',
        n: 14,
        mean: 50 / 14,
        median: 4,
        top2box: 8 / 14,
        distribution: { '2': 2, '3': 4, '4': 6, '5': 2 },
      },
      [RECOMMEND]: {
        kind: 'scale0to10',
        n: 14,
        mean: 111 / 14,
        median: 9,
        top2box: 8 / 14,
        distribution: { '2': 1, '4': 1, '6': 1, '7': 1, '8': 2, '9': 4, '10': 4 },
        nps: (100 * (8 - 3)) / 14,
      },
      Komentarai: { kind: 'text', n: 5 },
    },
    extra: (get) => {
      // "Kompiuterių kursai" has a space: the space-joined summary alone cannot tell it apart.
      it('folds the per-choice 1/0 columns into one multi question', () => {
        expectKoboMulti(get(), activities, 13, {
          Dailė: 6,
          Sportas: 5,
          'Kompiuterių kursai': 6,
          Muzika: 4,
        });
      });
    },
  });

  // "Store numbers as numbers": per-choice 1/0 and the rating are numbers.
  const services = 'Kokios paslaugos jums buvo suteiktos?';
  describeExport('kobo-numbers-sheetjs.xlsx', {
    responses: 12,
    meta: KOBO_META,
    questions: {
      'Kaip dažnai gaunate reikiamą pagalbą?': {
        kind: 'likert',
        n: 12,
        mean: 48 / 12,
        median: 4,
        top2box: 9 / 12,
        distribution: { '2': 1, '3': 2, '4': 5, '5': 4 },
      },
      'Įvertinkite paslaugų kokybę (1–5)': {
        kind: 'likert',
        n: 12,
        mean: 41 / 12,
        median: 4,
        top2box: 7 / 12,
        distribution: { '1': 2, '2': 1, '3': 2, '4': 4, '5': 3 },
      },
      Komentarai: { kind: 'text', n: 4 },
    },
    extra: (get) => {
      it('folds the per-choice 1/0 columns into one multi question', () => {
        expectKoboMulti(get(), services, 11, {
          Konsultacija: 6,
          'Maisto paketas': 6,
          Transportas: 3,
          'Asmens higiena': 4,
        });
      });
    },
  });
});

describe("ciklas survey analyze: an organisation's own sheet", () => {
  // Two title rows (merged) above the header in row 3, two blank rows among the data, labels in
  // any case with stray spaces, numbers stored as text (" 5 ").
  describeExport('own-sheet-openpyxl.xlsx', {
    responses: 18,
    meta: { required: ['Data'] },
    questions: {
      Padalinys: {
        kind: 'single',
        n: 18,
        distribution: { 'Dienos centras': 10, 'Globos namai': 8 },
      },
      'Ar esate patenkinti gaunamomis paslaugomis?': {
        kind: 'likert',
        n: 17,
        mean: 67 / 17,
        median: 4,
        top2box: 13 / 17,
        distribution: { '1': 1, '2': 1, '3': 2, '4': 7, '5': 6 },
      },
      'Kaip vertinate darbuotojų darbą?': {
        kind: 'likert',
        n: 17,
        mean: 68 / 17,
        median: 4,
        top2box: 13 / 17,
        distribution: { '1': 1, '2': 1, '3': 2, '4': 6, '5': 7 },
      },
      'Darbuotojai išklauso mano nuomonę': {
        kind: 'likert',
        n: 17,
        mean: 65 / 17,
        median: 4,
        top2box: 12 / 17,
        distribution: { '1': 1, '2': 2, '3': 2, '4': 6, '5': 6 },
      },
      'Įvertinkite maitinimą nuo 1 iki 5': {
        kind: 'likert',
        n: 17,
        mean: 63 / 17,
        median: 4,
        top2box: 11 / 17,
        distribution: { '1': 1, '2': 2, '3': 3, '4': 6, '5': 5 },
      },
      Komentaras: { kind: 'text', n: 8 },
    },
    extra: (get) => {
      it('does not take the title rows or the row numbers for questions', () => {
        const headers = get().questions.map((q) => q.header);
        expect(headers).not.toContain('Paslaugų gavėjų apklausa 2025');
        const number = get().questions.find((q) => q.header === 'Eil. Nr.');
        if (number) expect(['likert', 'scale0to10']).not.toContain(number.kind);
      });
    },
  });

  describeExport('own-sheet-sheetjs.xlsx', {
    responses: 15,
    meta: { required: ['Data'] },
    questions: {
      Padalinys: {
        kind: 'single',
        n: 15,
        distribution: { 'Globos namai': 9, 'Savarankiško gyvenimo namai': 6 },
      },
      'Ar esate patenkinti maitinimu?': {
        kind: 'likert',
        n: 14,
        mean: 52 / 14,
        median: 4,
        top2box: 10 / 14,
        distribution: { '1': 1, '2': 2, '3': 1, '4': 6, '5': 4 },
      },
      'Kaip vertinate kambarių tvarką?': {
        kind: 'likert',
        n: 15,
        mean: 56 / 15,
        median: 4,
        top2box: 10 / 15,
        distribution: { '1': 1, '2': 1, '3': 3, '4': 6, '5': 4 },
      },
      'Įvertinkite darbuotojų pagalbą (1–5)': {
        kind: 'likert',
        n: 14,
        mean: 54 / 14,
        median: 4,
        top2box: 10 / 14,
        distribution: { '1': 1, '2': 1, '3': 2, '4': 5, '5': 5 },
      },
      Pastabos: { kind: 'text', n: 5 },
    },
  });
});

describe('ciklas survey analyze: workbook quirks', () => {
  // Formula cells with cached values (numbers and t="str" strings): the cached values count.
  describeExport('formulas-sheetjs.xlsx', {
    responses: 12,
    meta: { required: ['Pateikta'] },
    questions: {
      'Maitinimas (1–5)': {
        kind: 'likert',
        n: 12,
        mean: 43 / 12,
        median: 4,
        top2box: 7 / 12,
        distribution: { '1': 1, '2': 1, '3': 3, '4': 4, '5': 3 },
      },
      'Tvarka (1–5)': {
        kind: 'likert',
        n: 12,
        mean: 46 / 12,
        median: 4,
        top2box: 8 / 12,
        distribution: { '2': 2, '3': 2, '4': 4, '5': 4 },
      },
      'Bendras įvertinimas': {
        kind: 'likert',
        n: 12,
        mean: 50 / 12,
        median: 4.5,
        top2box: 9 / 12,
        distribution: { '2': 1, '3': 2, '4': 3, '5': 6 },
      },
      'Ar sutinkate, kad centras jums padeda?': {
        kind: 'likert',
        n: 12,
        mean: 50 / 12,
        median: 4.5,
        top2box: 9 / 12,
        distribution: { '2': 1, '3': 2, '4': 3, '5': 6 },
      },
    },
  });

  // Padalinys merged down A2:A7, A8:A12, A13:A15; only the top-left cell of a merge holds a value.
  describeExport('merged-cells-openpyxl.xlsx', {
    responses: 14,
    meta: { required: ['Pateikta'] },
    questions: {
      'Darbuotojai su manimi elgiasi pagarbiai': {
        kind: 'likert',
        n: 14,
        mean: 57 / 14,
        median: 4,
        top2box: 11 / 14,
        distribution: { '2': 1, '3': 2, '4': 6, '5': 5 },
      },
      'Ar esate patenkinti gaunamomis paslaugomis?': {
        kind: 'likert',
        n: 13,
        mean: 55 / 13,
        median: 4,
        top2box: 11 / 13,
        distribution: { '3': 2, '4': 6, '5': 5 },
      },
      Pastabos: { kind: 'text', n: 4 },
    },
    extra: (get) => {
      it('fills the merged unit cells down: each top-left value covers its block', () => {
        const unit = get().questions.find((q) => q.header === 'Padalinys');
        expect(unit).toMatchObject({ kind: 'single', n: 14 });
        expect(nonZero(unit!.distribution)).toEqual({
          'Dienos centras': 6,
          'Globos namai': 5,
          'Socialinės dirbtuvės': 3,
        });
      });
    },
  });

  const hiddenQuestions = (current: boolean): Record<string, Expected> => ({
    'Darbuotojai su manimi elgiasi pagarbiai': current
      ? {
          kind: 'likert',
          n: 12,
          mean: 51 / 12,
          median: 4,
          top2box: 10 / 12,
          distribution: { '3': 2, '4': 5, '5': 5 },
        }
      : {
          kind: 'likert',
          n: 15,
          mean: 49 / 15,
          median: 3,
          top2box: 6 / 15,
          distribution: { '2': 3, '3': 6, '4': 5, '5': 1 },
        },
    [RECOMMEND]: current
      ? {
          kind: 'scale0to10',
          n: 12,
          mean: 105 / 12,
          median: 9,
          top2box: 8 / 12,
          distribution: { '6': 1, '7': 1, '8': 2, '9': 4, '10': 4 },
          nps: (100 * (8 - 1)) / 12,
        }
      : {
          kind: 'scale0to10',
          n: 15,
          mean: 106 / 15,
          median: 7,
          top2box: 3 / 15,
          distribution: { '3': 1, '5': 2, '6': 2, '7': 3, '8': 4, '9': 2, '10': 1 },
          nps: (100 * (3 - 5)) / 15,
        },
  });

  // Sheets: "Instrukcija" (hidden, a decoy table of 3 rows), "Atsakymai" (12), "Archyvas 2024" (15).
  describeExport('hidden-first-sheet-openpyxl.xlsx', {
    responses: 12,
    meta: { required: ['Pateikta'] },
    questions: hiddenQuestions(true),
    extra: (get) => {
      it('reads the first visible sheet, not the hidden one', () => {
        expect(get().questions.map((q) => q.header)).not.toContain('Klausimas');
      });
    },
  });

  describeExport('hidden-first-sheet-openpyxl.xlsx', {
    sheet: 'Archyvas 2024',
    responses: 15,
    meta: { required: ['Pateikta'] },
    questions: hiddenQuestions(false),
  });
});

describe('ciklas survey analyze without --json', () => {
  const planned = cli.plan(['survey', 'analyze', fixture('hidden-first-sheet-openpyxl.xlsx')]);
  let run: CliResult;
  beforeAll(async () => {
    run = await planned();
  }, 120_000);

  it('prints a readable table with every question', () => {
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('Darbuotojai su manimi elgiasi pagarbiai');
    expect(run.stdout).toContain(RECOMMEND);
    expect(() => JSON.parse(run.stdout)).toThrow();
  });
});

describe('ciklas survey compare: the recipients’ survey 2024 (openpyxl) → 2025 (SheetJS)', () => {
  const before = fixture('compare-2024-openpyxl.xlsx');
  const after = fixture('compare-2025-sheetjs.xlsx');
  const plannedJson = cli.plan(['survey', 'compare', before, after, '--json']);
  const plannedTable = cli.plan(['survey', 'compare', before, after]);
  let json: CliResult;
  let table: CliResult;
  beforeAll(async () => {
    json = await plannedJson();
    table = await plannedTable();
  }, 120_000);

  /**
   * delta_mean = mean 2025 − mean 2024 (sums of scores / n, n = 20 → 24). p_value: Mann–Whitney U
   * of the 2024 scores, two-sided, normal approximation with tie and continuity corrections, by
   * exports/expected.py: U₁ = R₁ − n₁(n₁+1)/2, μ = n₁n₂/2 = 240,
   * σ = √(n₁n₂/12 · ((N+1) − Σ(t³−t)/(N(N−1)))), z = (|U₁ − μ| − 0.5)/σ, p = erfc(z/√2).
   * U₁ was checked by counting pairs (2024 > 2025 plus half the ties).
   */
  const expected: Record<string, { delta_mean: number; p_value: number; significant: boolean }> = {
    // Mostly 2–3 in 2024, mostly 4–5 in 2025: U₁ 23, σ 41.160748, z 5.259866.
    'Informacija apie paslaugas man suprantama': {
      delta_mean: 105 / 24 - 50 / 20,
      p_value: 0.0000001442,
      significant: true,
    },
    // About the same: U₁ 247.5, σ 38.995853, z 0.179506.
    'Darbuotojai su manimi elgiasi pagarbiai': {
      delta_mean: 101 / 24 - 85 / 20,
      p_value: 0.8575401961,
      significant: false,
    },
    // A little better, not significant: U₁ 193.5, σ 40.338945, z 1.140337.
    'Kaip vertinate maitinimą?': {
      delta_mean: 89 / 24 - 68 / 20,
      p_value: 0.2541458353,
      significant: false,
    },
    // 0–10: U₁ 205, σ 41.464726, z 0.832033.
    [RECOMMEND]: {
      delta_mean: 199 / 24 - 157 / 20,
      p_value: 0.4053905904,
      significant: false,
    },
  };

  it('compares exactly the Likert and 0–10 questions present in both years', () => {
    const result = jsonOf<Comparison>(json);
    // Not "Užimtumo veiklos yra įdomios" (2025 only), nor single-choice or text questions.
    expect(result.questions.map((q) => q.header).sort()).toEqual(Object.keys(expected).sort());
  });

  it.each(Object.entries(expected))('%s', (header, e) => {
    const q = jsonOf<Comparison>(json).questions.find((x) => x.header === header);
    expect(q).toBeDefined();
    expect(q?.delta_mean).toBeCloseTo(e.delta_mean, 6);
    expect(q?.p_value).toBeCloseTo(e.p_value, 6);
    expect(q?.significant).toBe(e.significant);
  });

  it('prints a readable table without --json', () => {
    expect(table.code).toBe(0);
    expect(table.stdout).toContain('Informacija apie paslaugas man suprantama');
    expect(table.stdout).toContain('Kaip vertinate maitinimą?');
  });
});

describe('ciklas survey: refusing bad input', () => {
  // Started by this suite's beforeAll, not with the others, so that a run filtered with -t that
  // skips this suite writes no files (the zip bomb and the 51 MiB file) and leaves none behind.
  const runs = new PlannedCliRuns(3);
  let dir: string | undefined;
  const at = (name: string) => join((dir ??= mkdtempSync(join(tmpdir(), 'ciklas-cli-'))), name);
  const MiB = 1024 * 1024;

  /** A small valid workbook from SheetJS, to take parts from. */
  const small = () =>
    sheetjsBook([
      {
        name: 'Atsakymai',
        sheet: XLSX.utils.aoa_to_sheet([
          ['Pateikta', AGREE_RESPECT],
          ...Array.from({ length: 12 }, (_, i) => [`2025-03-${10 + i}`, 'Sutinku']),
        ]),
      },
    ]);

  const PNG =
    'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==';

  const cases: Array<{ name: string; args: () => string[]; names?: string }> = [
    {
      name: 'a CSV export renamed .xlsx',
      args: () => {
        writeFileSync(at('csv.xlsx'), 'Timestamp,Q1\n2025-03-15 10:00:00,Sutinku\n');
        return ['survey', 'analyze', at('csv.xlsx')];
      },
    },
    {
      name: 'a PNG image renamed .xlsx',
      args: () => {
        writeFileSync(at('image.xlsx'), Buffer.from(PNG, 'base64'));
        return ['survey', 'analyze', at('image.xlsx')];
      },
    },
    {
      name: 'the first half of a real export',
      args: () => {
        const bytes = readFileSync(fixture('google-forms-openpyxl.xlsx'));
        writeFileSync(at('half.xlsx'), bytes.subarray(0, Math.floor(bytes.length / 2)));
        return ['survey', 'analyze', at('half.xlsx')];
      },
    },
    {
      name: 'an empty workbook saved by openpyxl (one sheet, no cells)',
      args: () => {
        copyFileSync(fixture('empty-workbook-openpyxl.xlsx'), at('empty-openpyxl.xlsx'));
        return ['survey', 'analyze', at('empty-openpyxl.xlsx')];
      },
    },
    {
      name: 'an empty workbook saved by SheetJS',
      args: () => {
        writeFileSync(
          at('empty-sheetjs.xlsx'),
          sheetjsBook([{ name: 'Lapas1', sheet: XLSX.utils.aoa_to_sheet([]) }]),
        );
        return ['survey', 'analyze', at('empty-sheetjs.xlsx')];
      },
    },
    {
      name: 'a sheet of numbers with no header row',
      args: () => {
        const rows = Array.from({ length: 15 }, (_, i) => [(i % 5) + 1, ((i * 3) % 5) + 1, i % 11]);
        writeFileSync(
          at('numbers.xlsx'),
          sheetjsBook([{ name: 'Lapas1', sheet: XLSX.utils.aoa_to_sheet(rows) }]),
        );
        return ['survey', 'analyze', at('numbers.xlsx')];
      },
    },
    {
      name: 'a sheet with a title row and nothing else',
      args: () => {
        writeFileSync(
          at('title.xlsx'),
          sheetjsBook([
            {
              name: 'Lapas1',
              sheet: XLSX.utils.aoa_to_sheet([['Paslaugų gavėjų apklausa 2025']]),
            },
          ]),
        );
        return ['survey', 'analyze', at('title.xlsx')];
      },
    },
    {
      // 64 MiB of spaces in the sheet XML deflate to ~65 KB: past the 200:1 ratio cap.
      name: 'a zip bomb',
      args: () => {
        const sheet = Buffer.concat([
          Buffer.from(
            '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>Klausimas</t></is></c></row>',
          ),
          Buffer.alloc(64 * MiB, 0x20),
          Buffer.from('</sheetData></worksheet>'),
        ]);
        const parts = unzip(small()).map((p) =>
          p.name === 'xl/worksheets/sheet1.xml' ? { ...p, data: sheet } : p,
        );
        writeFileSync(at('bomb.xlsx'), buildZip(parts));
        return ['survey', 'analyze', at('bomb.xlsx')];
      },
    },
    {
      // A valid workbook carrying a stored 51 MiB part: over the 50 MiB limit on the file.
      name: 'a file over 50 MiB',
      args: () => {
        const parts = [
          ...unzip(small()),
          { name: 'xl/media/image1.png', data: Buffer.alloc(51 * MiB, 0x41), store: true },
        ];
        writeFileSync(at('large.xlsx'), buildZip(parts));
        return ['survey', 'analyze', at('large.xlsx')];
      },
    },
    {
      name: 'a file that does not exist',
      args: () => ['survey', 'analyze', at('nera.xlsx')],
    },
    {
      name: 'a sheet that does not exist (--sheet NOPE)',
      args: () => [
        'survey',
        'analyze',
        fixture('hidden-first-sheet-openpyxl.xlsx'),
        '--sheet',
        'NOPE',
      ],
      names: 'NOPE',
    },
    {
      name: 'compare with a file that does not exist',
      args: () => ['survey', 'compare', fixture('compare-2024-openpyxl.xlsx'), at('nera.xlsx')],
    },
  ];

  /** Each case in Lithuanian (the default) and with --lang en; the first also with CIKLAS_LANG=en. */
  const prepared = cases.map((c) => {
    let args: string[] | undefined;
    return () => (args ??= [...c.args(), '--json']);
  });
  const planned = prepared.map((prepare) => ({
    lt: runs.plan(prepare),
    en: runs.plan(() => [...prepare(), '--lang', 'en']),
  }));
  const envEn = runs.plan(() => prepared[0]?.() ?? [], { env: { CIKLAS_LANG: 'en' } });
  const results = new Map<string, { lt: CliResult; en: CliResult }>();
  let envEnResult: CliResult;

  beforeAll(async () => {
    for (const [i, c] of cases.entries()) {
      const p = planned[i];
      if (p) results.set(c.name, { lt: await p.lt(), en: await p.en() });
    }
    envEnResult = await envEn();
  }, 180_000);

  afterAll(() => {
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  const expectRefusal = (r: CliResult) => {
    const why = describeRun(r);
    expect({ code: r.code, why }).toEqual({ code: 2, why });
    expect(r.stdout).toBe('');
    const lines = r.stderr.replace(/\r?\n$/, '').split(/\r?\n/);
    expect(lines).toHaveLength(1);
    expect((lines[0] ?? '').trim()).not.toBe('');
    expect(r.stderr).not.toMatch(/^\s+at /m);
  };

  it.each(cases.map((c) => [c.name, c] as const))(
    'refuses %s: exit 2, one line on stderr in Lithuanian or English, nothing on stdout',
    (name, c) => {
      const r = results.get(name);
      if (!r) throw new Error(`no run for ${name}`);
      expectRefusal(r.lt);
      expectRefusal(r.en);
      expect(r.lt.stderr.trim()).not.toBe(r.en.stderr.trim());
      if (c.names) {
        expect(r.lt.stderr).toContain(c.names);
        expect(r.en.stderr).toContain(c.names);
      }
    },
  );

  it('speaks English when CIKLAS_LANG=en, as with --lang en', () => {
    const r = results.get(cases[0]?.name ?? '');
    if (!r) throw new Error('no run of the first case');
    expectRefusal(envEnResult);
    expect(envEnResult.stderr).toBe(r.en.stderr);
  });
});
