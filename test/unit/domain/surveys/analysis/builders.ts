import type {
  Answer,
  ResponseColumns,
  SurveyQuestion,
} from '../../../../../functions/domain/surveys/model';

/** Test data builders for the analysis tests: questions with overrides, responses by column. */

export const aLikert = (key: string, overrides: Partial<SurveyQuestion> = {}): SurveyQuestion => ({
  key,
  header: `Klausimas ${key}`,
  kind: 'likert',
  columns: [1],
  scale: { min: 1, max: 5, family: 'agreement' },
  ...overrides,
});

export const aZeroToTen = (
  key: string,
  overrides: Partial<SurveyQuestion> = {},
): SurveyQuestion => ({
  key,
  header: `Ar rekomenduotumėte? ${key}`,
  kind: 'scale0to10',
  columns: [1],
  scale: { min: 0, max: 10, family: 'numeric' },
  ...overrides,
});

export const aChoice = (
  key: string,
  options: string[],
  overrides: Partial<SurveyQuestion> = {},
): SurveyQuestion => ({
  key,
  header: `Pasirinkimas ${key}`,
  kind: 'single',
  columns: [1],
  options,
  ...overrides,
});

export const aText = (key: string, overrides: Partial<SurveyQuestion> = {}): SurveyQuestion => ({
  key,
  header: `Komentaras ${key}`,
  kind: 'text',
  columns: [1],
  ...overrides,
});

export const aUnitColumn = (units: string[]): SurveyQuestion =>
  aChoice('unit', units, { header: 'Padalinys', isUnitColumn: true });

/** Columns of equal length: `{ q1: [5, 4, null], … }`. */
export const columns = (answers: Record<string, Answer[]>): ResponseColumns => {
  const lengths = new Set(Object.values(answers).map((column) => column.length));
  if (lengths.size > 1) throw new Error(`columns of different lengths: ${[...lengths].join(', ')}`);
  return { count: [...lengths][0] ?? 0, answers };
};

/** `count` copies of `value`. */
export const times = <T>(count: number, value: T): T[] =>
  Array.from({ length: count }, () => value);

/** Unit column answers: `unitAnswers([12, 3, 6])` = 12 × option 0, then 3 × option 1, 6 × option 2. */
export const unitAnswers = (sizes: number[]): number[] =>
  sizes.flatMap((size, option) => times(size, option));
