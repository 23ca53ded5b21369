/** Whole-file problems; each code's message is `surveys.import.{code}` in the catalogue. */
export type SurveyImportErrorCode =
  | 'noHeader'
  | 'noQuestions'
  | 'noResponses'
  | 'unknownOverride'
  | 'impossibleKind'
  | 'invalidOverride';

export class SurveyImportError extends Error {
  override readonly name = 'SurveyImportError';
  constructor(
    readonly code: SurveyImportErrorCode,
    readonly params: Record<string, string | number> = {},
    options?: { cause?: unknown },
  ) {
    super(`surveys.import.${code}`, options);
  }

  get key(): string {
    return `surveys.import.${this.code}`;
  }
}
