/**
 * The shapes every part of the survey feature shares: the importer produces them, storage packs
 * them, analysis and comparison read them. Pure data, no I/O.
 */

/** What a column of an export holds. */
export const COLUMN_KINDS = ['meta', 'likert', 'scale0to10', 'single', 'multi', 'text'] as const;
export type ColumnKind = (typeof COLUMN_KINDS)[number];

/** The evaluation domains of the cycle (mission.md): questions are tagged with one. */
export const SURVEY_DOMAINS = [
  'satisfaction',
  'qualityOfLife',
  'empowerment',
  'serviceBenefit',
] as const;
export type SurveyDomain = (typeof SURVEY_DOMAINS)[number];

/** The tools whose exports the importer recognises by their signature headers. */
export const EXPORT_FAMILIES = ['googleForms', 'msForms', 'limeSurvey', 'kobo', 'own'] as const;
export type ExportFamily = (typeof EXPORT_FAMILIES)[number];

/** What a metadata column is for. Only `submittedAt` is ever stored; the rest feed the row identity. */
export const META_ROLES = [
  'respondentId',
  'submittedAt',
  'startedAt',
  'email',
  'name',
  'other',
] as const;
export type MetaRole = (typeof META_ROLES)[number];

/** The label families a Likert scale can come from (each in lt and en). */
export const LIKERT_FAMILIES = [
  'agreement',
  'satisfaction',
  'frequency',
  'quality',
  'numeric',
] as const;
export type LikertFamily = (typeof LIKERT_FAMILIES)[number];

/**
 * One question as imported: one analysable item. A Google Forms grid row, a Microsoft Forms Likert
 * statement and a LimeSurvey subquestion are each their own question; a KoboToolbox multi-select's
 * per-choice columns fold into one `multi` question.
 */
export interface SurveyQuestion {
  /** Stable within the survey: derived from the header text (`q` + short hash), never a position. */
  key: string;
  /** The exact header text of the (first) source column. */
  header: string;
  /** Grid/matrix parent ("Question" of `Question [Row]`), when there is one. */
  group?: string;
  kind: ColumnKind;
  /** 1-based source columns this question was read from (one, or Kobo's per-choice columns). */
  columns: number[];
  /** Likert and 0–10: the whole-number points, higher = more favourable. */
  scale?: { min: number; max: number; family: LikertFamily; labels?: string[] };
  /** single / multi: option labels as they appear, first seen first; answers index into this. */
  options?: string[];
  /** meta only. */
  metaRole?: MetaRole;
  domain?: SurveyDomain;
  /** The unit the question is about, when it is about one unit. */
  unitId?: string;
  /** The column that tells each respondent's unit (a single-choice column the user marked). */
  isUnitColumn?: boolean;
}

/**
 * One answer. Likert and 0–10: the score. single: option index. multi: option indexes, sorted.
 * text: the trimmed text. meta: only `submittedAt` is kept, as an ISO string. Blank: null.
 */
export type Answer = number | number[] | string | null;

/**
 * Responses in columns: `answers[key][i]` is response i's answer to question `key`. Columnar so
 * that 100,000 responses × 30 questions stay compact and pack into a few storage chunks.
 */
export interface ResponseColumns {
  count: number;
  answers: Record<string, Answer[]>;
}

/** A user's correction to what the importer inferred for one question (by `key` or exact header). */
export interface QuestionOverride {
  key?: string;
  header?: string;
  kind?: ColumnKind;
  /** Likert: the scale's points when numbers were inferred wrongly (e.g. 1–7 not 1–5). */
  scale?: { min: number; max: number };
  /** Reverse-keyed item: scores are recoded max+min−score before storage. */
  reverse?: boolean;
  domain?: SurveyDomain | null;
  unitId?: string | null;
  isUnitColumn?: boolean;
  /** Leave the column out of the import altogether. */
  skip?: boolean;
}

/** Why a cell was not taken. */
export type RejectReason =
  'notOnScale' | 'unknownLabel' | 'notANumber' | 'formula' | 'error' | 'badDate' | 'tooLong';

export interface RejectedCell {
  /** A1 address on the sheet. */
  cell: string;
  row: number;
  header: string;
  reason: RejectReason;
  /** The value as found, shortened to 100 characters. */
  value: string;
}
