/** The survey importer: a sheet's rows in, questions, scored responses and rejected cells out. Pure. */
export { parseSurveyRows } from './parse-survey-rows';
export { rowsFromValues, sheetValueOf } from './from-values';
export { SurveyImportError, type SurveyImportErrorCode } from './errors';
export {
  foldLabel,
  isDontKnow,
  LIKERT_SCALES,
  matchLikertLabel,
  normaliseLabel,
  numericValue,
  type LikertMatch,
  type LikertScaleDef,
} from './labels';
export { detectFamily, metaRoleOf } from './families';
export { parseTimestamp } from './dates';
export { canonicalValue, questionKey, questionKeys } from './identity';
export { learnMulti, type LearnedMulti, type MultiDelimiter } from './multi';
export { columnLetter } from '../../spreadsheets/sheet';
export type {
  ImportCounts,
  ImportOptions,
  ImportWarning,
  MergedRange,
  ParsedImport,
  SheetInfo,
  SheetRow,
  SheetValue,
} from './types';
