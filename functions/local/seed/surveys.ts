import { parseSurveyRows, type SheetRow } from '../../domain/surveys/import';
import { commitImport } from '../../domain/surveys/survey-service';
import { on, type Calendar } from './calendar';
import { by, DEMO_UNITS, PEOPLE } from './people';
import { addSurvey, mapSurvey } from './requests';

/**
 * The year-end surveys of the year before last, last year and this year: the recipients'
 * satisfaction survey (a Google Forms export: lt labels, a unit column, a 0–10 question, comments)
 * and the staff survey (a Microsoft Forms export). Answers are drawn from a fixed generator, each
 * year a little better on the items the year's improvement actions aimed at, so each annual
 * report's comparison with the year before has something to show. Each import goes through the
 * same importer and commit as an upload.
 */

const AGREE = [
  'Visiškai nesutinku',
  'Nesutinku',
  'Nei sutinku, nei nesutinku',
  'Sutinku',
  'Visiškai sutinku',
];
const SATISFIED = [
  'Labai nepatenkintas',
  'Nepatenkintas',
  'Nei patenkintas, nei nepatenkintas',
  'Patenkintas',
  'Labai patenkintas',
];
const QUALITY = ['Labai blogai', 'Blogai', 'Vidutiniškai', 'Gerai', 'Labai gerai'];
const COMMENTS = [
  'Ačiū darbuotojams už kantrybę ir supratingumą.',
  'Norėtųsi daugiau užsiėmimų vaikams savaitgaliais.',
  'Ne visada laiku gaunu informaciją apie pasikeitimus.',
  'Labai padėjo psichologo konsultacijos.',
  'Trūksta vietų automobiliams prie centro.',
  'Maistas geras, bet porcijos galėtų būti didesnės.',
  'Jaučiuosi išklausytas ir gerbiamas.',
  'Norėčiau, kad būtų galima užsiregistruoti internetu.',
  'Darbuotojai visada pasiruošę padėti.',
  'Patalpos jaukios ir švarios.',
  'Būtų gerai daugiau grupinių užsiėmimų suaugusiems.',
  'Ilgai reikėjo laukti pirmo susitikimo.',
];

/** mulberry32: a fixed sequence, so every start seeds the same answers. */
const random = (seed: number) => () => {
  seed = (seed + 0x6d2b79f5) | 0;
  let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
  t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
  return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
};

/** A 1–5 answer leaning to `mean`. */
const score = (rnd: () => number, mean: number): number =>
  Math.max(1, Math.min(5, Math.round(mean + (rnd() + rnd() + rnd() - 1.5) * 1.6)));

interface Item {
  header: string;
  labels: string[];
  /** Mean answer the year before last, last year and this year. */
  mean: [number, number, number];
  domain: 'satisfaction' | 'qualityOfLife' | 'empowerment' | 'serviceBenefit';
}

const RECIPIENT_ITEMS: Item[] = [
  {
    header: 'Ar esate patenkinti gaunamomis paslaugomis?',
    labels: SATISFIED,
    mean: [3.8, 3.9, 4.1],
    domain: 'satisfaction',
  },
  {
    header: 'Darbuotojai mane išklauso ir gerbia',
    labels: AGREE,
    mean: [4.1, 4.2, 4.3],
    domain: 'satisfaction',
  },
  {
    header: 'Informaciją apie paslaugas gaunu laiku',
    labels: AGREE,
    mean: [3.1, 3.2, 3.9],
    domain: 'satisfaction',
  },
  {
    header: 'Kaip vertinate paslaugas? [Užimtumas]',
    labels: QUALITY,
    mean: [3.3, 3.6, 3.8],
    domain: 'serviceBenefit',
  },
  {
    header: 'Kaip vertinate paslaugas? [Konsultacijos]',
    labels: QUALITY,
    mean: [3.9, 4.0, 4.1],
    domain: 'serviceBenefit',
  },
  {
    header: 'Paslaugos padėjo pagerinti mano (šeimos) gyvenimą',
    labels: AGREE,
    mean: [3.7, 3.8, 4.0],
    domain: 'qualityOfLife',
  },
  {
    header: 'Galiu pats (pati) spręsti, kokių paslaugų man reikia',
    labels: AGREE,
    mean: [3.4, 3.5, 3.7],
    domain: 'empowerment',
  },
];
const RECOMMEND = 'Ar rekomenduotumėte mūsų centrą draugui ar pažįstamam? (0–10)';
const STAFF_ITEMS: Item[] = [
  {
    header: 'Esu patenkintas (-a) savo darbu centre',
    labels: AGREE,
    mean: [3.7, 3.8, 3.9],
    domain: 'satisfaction',
  },
  {
    header: 'Turiu galimybių tobulinti kompetencijas',
    labels: AGREE,
    mean: [2.9, 3.4, 3.9],
    domain: 'empowerment',
  },
  {
    header: 'Vadovai išklauso darbuotojų pasiūlymus',
    labels: AGREE,
    mean: [3.5, 3.6, 3.7],
    domain: 'empowerment',
  },
  {
    header: 'Darbo krūvis yra tinkamas',
    labels: AGREE,
    mean: [2.9, 2.9, 3.1],
    domain: 'qualityOfLife',
  },
];

/** Which of the three years: the year before last (0), last year (1), this year (2). */
type Which = 0 | 1 | 2;

const at = (year: number, rnd: () => number) =>
  new Date(
    Date.UTC(
      year,
      10,
      3 + Math.floor(rnd() * 18),
      7 + Math.floor(rnd() * 10),
      Math.floor(rnd() * 60),
    ),
  );

/** Rows of a Google Forms response sheet: `Laiko žyma`, the unit, the items, 0–10, a comment. */
const recipientRows = (year: number, which: Which, n: number): SheetRow[] => {
  const rnd = random(year * 7 + 1);
  const header = [
    'Laiko žyma',
    'Padalinys',
    ...RECIPIENT_ITEMS.map((i) => i.header),
    RECOMMEND,
    'Jūsų pastabos ir pasiūlymai',
  ];
  const rows: SheetRow[] = [{ row: 1, values: header }];
  for (let r = 0; r < n; r++) {
    const unit = DEMO_UNITS[Math.floor(rnd() * rnd() * DEMO_UNITS.length)]!.name;
    const answers = RECIPIENT_ITEMS.map((i) =>
      rnd() < 0.04 ? null : i.labels[score(rnd, i.mean[which]) - 1]!,
    );
    const nps = Math.max(0, Math.min(10, Math.round(7 + which * 0.4 + (rnd() + rnd() - 1) * 5)));
    const comment = rnd() < 0.22 ? COMMENTS[Math.floor(rnd() * COMMENTS.length)]! : null;
    rows.push({ row: r + 2, values: [at(year, rnd), unit, ...answers, nps, comment] });
  }
  return rows;
};

/** Rows of a Microsoft Forms export: `ID`, times, e-mail, name (anonymous), the statements. */
const staffRows = (year: number, which: Which, n: number): SheetRow[] => {
  const rnd = random(year * 11 + 3);
  const header = [
    'ID',
    'Start time',
    'Completion time',
    'Email',
    'Name',
    ...STAFF_ITEMS.map((i) => i.header),
  ];
  const rows: SheetRow[] = [{ row: 1, values: header }];
  for (let r = 0; r < n; r++) {
    const done = at(year, rnd);
    rows.push({
      row: r + 2,
      values: [
        r + 1,
        new Date(done.getTime() - 240_000),
        done,
        'anonymous',
        null,
        ...STAFF_ITEMS.map((i) => i.labels[score(rnd, i.mean[which]) - 1]!),
      ],
    });
  }
  return rows;
};

const domainMapping = (items: Item[]) => items.map((i) => ({ header: i.header, domain: i.domain }));

/** One survey of one year: described, mapped, imported; `null` when its day has not come. */
const seedSurvey = async (
  cal: Calendar,
  year: number,
  which: Which,
  kind: 'recipients' | 'staff',
): Promise<void> => {
  const importedOn = on(year, '11-21');
  if (!cal.reached(importedOn)) return;
  const deputy = by(PEOPLE.deputy);
  const deps = cal.at(importedOn);
  const recipients = kind === 'recipients';
  const survey = await addSurvey(deputy, deps, year, {
    title: recipients
      ? `Paslaugų gavėjų pasitenkinimo apklausa ${year}`
      : `Darbuotojų apklausa ${year}`,
    instrument: recipients
      ? 'Paslaugų gavėjų pasitenkinimo klausimynas'
      : 'Darbuotojų nuomonės klausimynas',
    audience: kind,
    period: { from: on(year, '11-03'), to: on(year, '11-20') },
    population: recipients ? 260 : 46,
    populationByUnit: recipients
      ? {
          'Dienos centras': 90,
          'Globos centras': 60,
          'Šeimos gerovės skyrius': 70,
          'Krizių centras': 40,
        }
      : {},
  });
  const mapped = await mapSurvey(deputy, deps, year, survey.id, {
    version: survey.version,
    mapping: [
      ...domainMapping(recipients ? RECIPIENT_ITEMS : STAFF_ITEMS),
      ...(recipients
        ? // The 0–10 question stays out of the satisfaction domain: its top two boxes are 9–10,
          // which would pull the domain's top-2-box far below the Likert items'.
          [{ header: 'Padalinys', isUnitColumn: true }]
        : []),
    ],
  });
  const rows = recipients
    ? recipientRows(year, which, [121, 128, 142][which]!)
    : staffRows(year, which, [37, 39, 41][which]!);
  const parsed = await parseSurveyRows(rows, { overrides: mapped.mapping });
  await commitImport(
    deputy,
    year,
    survey.id,
    parsed,
    {
      fileName: recipients ? 'Formos atsakymai.xlsx' : 'Darbuotojų apklausa.xlsx',
      sha256: '',
      sheet: 'demo',
    },
    deps,
  );
};

export const seedSurveys = async (cal: Calendar): Promise<void> => {
  await Promise.all([
    seedSurvey(cal, cal.previous, 0, 'recipients'),
    seedSurvey(cal, cal.previous, 0, 'staff'),
    seedSurvey(cal, cal.last, 1, 'recipients'),
    seedSurvey(cal, cal.last, 1, 'staff'),
    seedSurvey(cal, cal.year, 2, 'recipients'),
    seedSurvey(cal, cal.year, 2, 'staff'),
  ]);
};
