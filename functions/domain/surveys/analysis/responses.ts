import type { Answer, ResponseColumns, SurveyQuestion } from '../model';
import { NPS_SCALE, type Scale } from '../statistics';

/**
 * Reading the columnar responses: one column per question, validated as it is read. An answer
 * of the wrong type or off its scale is a programming error (the importer validates cells), so
 * it throws a RangeError naming the question and the response.
 */

/** The answers to one question; a column that is missing or too short reads as blank. */
export const columnOf = (responses: ResponseColumns, key: string): readonly Answer[] =>
  responses.answers[key] ?? [];

const bad = (question: SurveyQuestion, row: number, what: string, value: unknown): RangeError =>
  new RangeError(
    `question ${question.key} ("${question.header}"), response ${row}: ${what}, got ${JSON.stringify(value)}`,
  );

/** The question's rating scale: its own, or 0–10 for a 0–10 question that lacks one. */
export const scaleOf = (question: SurveyQuestion): Scale => {
  if (question.scale) return { min: question.scale.min, max: question.scale.max };
  if (question.kind === 'scale0to10') return NPS_SCALE;
  throw new RangeError(`question ${question.key} ("${question.header}") has no scale`);
};

/** A scored answer, checked against the scale; null when blank. */
export const scoreAt = (
  question: SurveyQuestion,
  column: readonly Answer[],
  row: number,
  scale: Scale,
): number | null => {
  const value = column[row] ?? null;
  if (value === null) return null;
  if (
    typeof value !== 'number' ||
    !Number.isInteger(value) ||
    value < scale.min ||
    value > scale.max
  ) {
    throw bad(question, row, `not a point of the ${scale.min}–${scale.max} scale`, value);
  }
  return value;
};

/** A single-choice answer (an option index), checked; null when blank. */
export const optionAt = (
  question: SurveyQuestion,
  column: readonly Answer[],
  row: number,
  optionCount: number,
): number | null => {
  const value = column[row] ?? null;
  if (value === null) return null;
  if (typeof value !== 'number' || !Number.isInteger(value) || value < 0 || value >= optionCount) {
    throw bad(question, row, `not an index of its ${optionCount} options`, value);
  }
  return value;
};

/**
 * A multi-choice answer (option indexes), checked, each option once; null when blank. An empty
 * selection counts as blank: the importer writes null for a question left unanswered, and a
 * respondent who ticks nothing has not answered it.
 */
export const optionsAt = (
  question: SurveyQuestion,
  column: readonly Answer[],
  row: number,
  optionCount: number,
): number[] | null => {
  const value = column[row] ?? null;
  if (value === null) return null;
  if (!Array.isArray(value)) throw bad(question, row, 'not a list of option indexes', value);
  if (value.length === 0) return null;
  const chosen = new Set<number>();
  for (const index of value) {
    if (!Number.isInteger(index) || index < 0 || index >= optionCount) {
      throw bad(question, row, `not an index of its ${optionCount} options`, value);
    }
    chosen.add(index);
  }
  return [...chosen];
};

/** A free-text answer, trimmed; null when blank. */
export const textAt = (
  question: SurveyQuestion,
  column: readonly Answer[],
  row: number,
): string | null => {
  const value = column[row] ?? null;
  if (value === null) return null;
  if (typeof value !== 'string') throw bad(question, row, 'not text', value);
  const trimmed = value.trim();
  return trimmed === '' ? null : trimmed;
};

/** The responses for which `predicate(index)` holds, every column cut alike. */
export const filterResponses = (
  responses: ResponseColumns,
  predicate: (index: number) => boolean,
): ResponseColumns => {
  const kept: number[] = [];
  for (let row = 0; row < responses.count; row++) if (predicate(row)) kept.push(row);
  const answers: Record<string, Answer[]> = {};
  for (const [key, column] of Object.entries(responses.answers)) {
    answers[key] = kept.map((row) => column[row] ?? null);
  }
  return { count: kept.length, answers };
};

/** The column that tells each respondent's unit: the first single-choice question marked so. */
export const unitQuestionOf = (questions: readonly SurveyQuestion[]): SurveyQuestion | null =>
  questions.find((q) => q.isUnitColumn === true && q.kind === 'single') ?? null;

export interface UnitGrouping {
  /** The unit question's key. */
  key: string;
  /** Distinct unit labels (the unit question's option labels), sorted (Lithuanian collation). */
  labels: string[];
  /** For each response, the index of its unit in `labels`, or −1 when the unit was left blank. */
  unitOf: Int32Array;
}

const byLabel = (a: string, b: string): number => a.localeCompare(b, 'lt');

/** Each respondent's unit; null when the survey has no unit column. */
export const groupByUnit = (
  questions: readonly SurveyQuestion[],
  responses: ResponseColumns,
): UnitGrouping | null => {
  const unitQuestion = unitQuestionOf(questions);
  if (!unitQuestion) return null;
  const options = unitQuestion.options ?? [];
  const labels = [...new Set(options)].sort(byLabel);
  const indexOfLabel = new Map(labels.map((label, index) => [label, index]));
  const optionToUnit = options.map((label) => indexOfLabel.get(label) as number);
  const column = columnOf(responses, unitQuestion.key);
  const unitOf = new Int32Array(responses.count);
  for (let row = 0; row < responses.count; row++) {
    const option = optionAt(unitQuestion, column, row, options.length);
    unitOf[row] = option === null ? -1 : (optionToUnit[option] as number);
  }
  return { key: unitQuestion.key, labels, unitOf };
};

/**
 * The responses of the respondents who named `unitLabel` in the unit column (none when no
 * option has that label). Throws when the survey has no unit column.
 */
export const responsesOfUnit = (
  questions: readonly SurveyQuestion[],
  responses: ResponseColumns,
  unitLabel: string,
): ResponseColumns => {
  const grouping = groupByUnit(questions, responses);
  if (!grouping) throw new RangeError('the survey has no unit column');
  const unit = grouping.labels.indexOf(unitLabel);
  return filterResponses(responses, (row) => unit >= 0 && grouping.unitOf[row] === unit);
};
