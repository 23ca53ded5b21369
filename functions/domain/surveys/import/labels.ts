import type { LikertFamily } from '../model';

/** Trimmed, whitespace collapsed, lower case, NFC: how labels and headers are compared. */
export const normaliseLabel = (s: string): string =>
  // Fast path: printable ASCII without runs of spaces needs no NFC or whitespace work.
  /^(?:[\x21-\x7e]+(?: [\x21-\x7e]+)*)?$/.test(s)
    ? s.toLowerCase()
    : s.normalize('NFC').replace(/\s+/g, ' ').trim().toLowerCase();

/**
 * Looser than `normaliseLabel`, for matching scale labels only: no diacritics (people type
 * "visiskai sutinku"), curly apostrophes straightened, full stops dropped, other punctuation as
 * spaces ("Nei sutinku, nei nesutinku" = "Nei sutinku nei nesutinku").
 */
export const foldLabel = (s: string): string =>
  s
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[’‘`]/g, "'")
    .replace(/\./g, '')
    .replace(/[,;:!()[\]"„“”]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .toLowerCase();

export interface LikertScaleDef {
  id: string;
  family: Exclude<LikertFamily, 'numeric'>;
  points: number;
  /** Display labels, lowest point first. */
  labels: { lt?: string[]; en: string[] };
  /** Accepted spellings per point (index 0 = score 1), display labels included. */
  variants: string[][];
}

const a = (...xs: string[]): string[] => xs;

/** Label sets, lowest (least favourable) point first. Order matters: on a tie the first wins. */
export const LIKERT_SCALES: readonly LikertScaleDef[] = [
  {
    id: 'agreement5',
    family: 'agreement',
    points: 5,
    labels: {
      lt: a(
        'Visiškai nesutinku',
        'Nesutinku',
        'Nei sutinku, nei nesutinku',
        'Sutinku',
        'Visiškai sutinku',
      ),
      en: a(
        'Strongly disagree',
        'Disagree',
        'Neither agree nor disagree',
        'Agree',
        'Strongly agree',
      ),
    },
    variants: [
      a(
        'visiškai nesutinku',
        'labai nesutinku',
        'visai nesutinku',
        'strongly disagree',
        'completely disagree',
      ),
      a('nesutinku', 'nelabai sutinku', 'disagree'),
      a(
        'nei sutinku nei nesutinku',
        'iš dalies sutinku',
        'nei sutinku, nei nesutinku',
        'neither agree nor disagree',
        'neither agree or disagree',
        'neither agree nor disagree (neutral)',
        'neutral',
        'undecided',
      ),
      a('sutinku', 'agree'),
      a('visiškai sutinku', 'labai sutinku', 'strongly agree', 'completely agree'),
    ],
  },
  {
    id: 'agreement7',
    family: 'agreement',
    points: 7,
    labels: {
      en: a(
        'Strongly disagree',
        'Disagree',
        'Somewhat disagree',
        'Neither agree nor disagree',
        'Somewhat agree',
        'Agree',
        'Strongly agree',
      ),
    },
    variants: [
      a('visiškai nesutinku', 'strongly disagree', 'completely disagree'),
      a('nesutinku', 'disagree'),
      a('šiek tiek nesutinku', 'iš dalies nesutinku', 'somewhat disagree', 'slightly disagree'),
      a(
        'nei sutinku nei nesutinku',
        'neither agree nor disagree',
        'neither agree or disagree',
        'neither agree nor disagree (neutral)',
        'neutral',
        'undecided',
      ),
      a('šiek tiek sutinku', 'iš dalies sutinku', 'somewhat agree', 'slightly agree'),
      a('sutinku', 'agree'),
      a('visiškai sutinku', 'strongly agree', 'completely agree'),
    ],
  },
  {
    id: 'satisfaction5',
    family: 'satisfaction',
    points: 5,
    labels: {
      lt: a(
        'Labai nepatenkintas',
        'Nepatenkintas',
        'Nei patenkintas, nei nepatenkintas',
        'Patenkintas',
        'Labai patenkintas',
      ),
      en: a(
        'Very dissatisfied',
        'Dissatisfied',
        'Neither satisfied nor dissatisfied',
        'Satisfied',
        'Very satisfied',
      ),
    },
    variants: [
      a(
        'labai nepatenkintas',
        'labai nepatenkinta',
        'labai nepatenkinti',
        'very dissatisfied',
        'very unsatisfied',
      ),
      a(
        'nepatenkintas',
        'nepatenkinta',
        'nepatenkinti',
        'dissatisfied',
        'unsatisfied',
        'somewhat dissatisfied',
      ),
      a(
        'nei patenkintas nei nepatenkintas',
        'nei patenkinta nei nepatenkinta',
        'nei patenkinti nei nepatenkinti',
        'iš dalies patenkintas',
        'iš dalies patenkinta',
        'neither satisfied nor dissatisfied',
        'neither satisfied or dissatisfied',
        'neutral',
      ),
      a('patenkintas', 'patenkinta', 'patenkinti', 'satisfied', 'somewhat satisfied'),
      a('labai patenkintas', 'labai patenkinta', 'labai patenkinti', 'very satisfied'),
    ],
  },
  {
    id: 'frequency5',
    family: 'frequency',
    points: 5,
    labels: {
      lt: a('Niekada', 'Retai', 'Kartais', 'Dažnai', 'Visada'),
      en: a('Never', 'Rarely', 'Sometimes', 'Often', 'Always'),
    },
    variants: [
      a('niekada', 'niekad', 'never'),
      a('retai', 'rarely', 'seldom'),
      a('kartais', 'sometimes', 'occasionally'),
      a('dažnai', 'often', 'usually', 'frequently'),
      a('visada', 'visuomet', 'always'),
    ],
  },
  {
    id: 'quality5',
    family: 'quality',
    points: 5,
    labels: {
      lt: a('Labai blogai', 'Blogai', 'Vidutiniškai', 'Gerai', 'Labai gerai'),
      en: a('Very poor', 'Poor', 'Fair', 'Good', 'Very good'),
    },
    variants: [
      a('labai blogai', 'labai blogas', 'labai bloga', 'very poor', 'very bad'),
      a('blogai', 'blogas', 'bloga', 'poor', 'bad'),
      a('vidutiniškai', 'vidutinis', 'vidutiniška', 'patenkinamai', 'fair', 'average'),
      a('gerai', 'geras', 'gera', 'good'),
      a('labai gerai', 'labai geras', 'labai gera', 'puikiai', 'very good', 'excellent'),
    ],
  },
];

/**
 * Answers that mean "no answer on this scale": blank, not rejected, in Likert and 0–10 columns.
 * "Neturiu nuomonės" is here too, although some forms use it as the midpoint.
 */
const DONT_KNOW = new Set(
  [
    'nežinau',
    'negaliu atsakyti',
    'sunku pasakyti',
    'sunku atsakyti',
    'neturiu nuomonės',
    'netaikoma',
    'neaktualu',
    'nenoriu atsakyti',
    "don't know",
    'dont know',
    'do not know',
    'not sure',
    'n/a',
    'na',
    'not applicable',
    'no opinion',
    'prefer not to say',
    '-',
    '–',
    '—',
  ].map(foldLabel),
);

/** Longer text is never a scale label nor a "don't know". */
export const MAX_LABEL_LENGTH = 60;

/** `folded`: `foldLabel(s)` when the caller has it already. */
export const isDontKnow = (s: string, folded?: string): boolean =>
  s.length <= MAX_LABEL_LENGTH && DONT_KNOW.has(folded ?? foldLabel(s));

interface LabelHit {
  scale: number;
  score: number;
  lang: 'lt' | 'en';
}

const LT_LETTERS =
  /[ąčęėįšųūž]|nesutinku|sutinku|patenkint|niekada|retai|kartais|visada|gerai|blogai/;

const LABEL_INDEX: ReadonlyMap<string, LabelHit[]> = (() => {
  const index = new Map<string, LabelHit[]>();
  LIKERT_SCALES.forEach((def, scale) =>
    def.variants.forEach((spellings, i) => {
      for (const spelling of spellings) {
        const key = foldLabel(spelling);
        const lang = LT_LETTERS.test(spelling) ? 'lt' : 'en';
        const hits = index.get(key) ?? [];
        if (!hits.some((h) => h.scale === scale)) hits.push({ scale, score: i + 1, lang });
        index.set(key, hits);
      }
    }),
  );
  return index;
})();

/** "5 – Visiškai sutinku", "Sutinku (4)": a number around a label. */
const NUMBERED = /^(?:\d{1,2}\s*[-–—=.):]\s*(.+)|(.+?)\s*[-–—(]\s*\d{1,2}\s*\)?)$/;

/** Every scale a label belongs to, with its score there. `folded`: `foldLabel(label)`, if known. */
export const labelHits = (label: string, folded?: string): readonly LabelHit[] => {
  if (label.length > MAX_LABEL_LENGTH) return [];
  const direct = LABEL_INDEX.get(folded ?? foldLabel(label));
  if (direct) return direct;
  const numbered = NUMBERED.exec(label.trim());
  const inner = numbered?.[1] ?? numbered?.[2];
  return inner === undefined ? [] : (LABEL_INDEX.get(foldLabel(inner)) ?? []);
};

export interface LikertMatch {
  family: Exclude<LikertFamily, 'numeric'>;
  points: number;
  score: number;
}

/** The first scale (5-point before 7-point) whose labels include `label`, with its score. */
export const matchLikertLabel = (label: string): LikertMatch | undefined => {
  const hit = labelHits(label)[0];
  const def = hit && LIKERT_SCALES[hit.scale];
  return hit && def ? { family: def.family, points: def.points, score: hit.score } : undefined;
};

const NUMERIC_TEXT = /^[+-]?\d+(?:[.,]\d+)?$/;

/** A number cell or a number stored as text ("4", " 5 ", "4,5"). */
export const numericValue = (value: unknown): number | undefined => {
  if (typeof value === 'number') return Number.isFinite(value) ? value : undefined;
  if (typeof value !== 'string') return undefined;
  const t = value.trim();
  return NUMERIC_TEXT.test(t) ? Number(t.replace(',', '.')) : undefined;
};

const ERROR_VALUES = new Set([
  '#n/a',
  '#div/0!',
  '#value!',
  '#ref!',
  '#name?',
  '#num!',
  '#null!',
  '#error!',
  '#spill!',
  '#calc!',
  '#getting_data',
]);

export const isErrorValue = (s: string): boolean => ERROR_VALUES.has(s.trim().toLowerCase());
