import { parseSurveyRows, SurveyImportError, type ParsedImport } from '../../domain/surveys/import';
import type { QuestionOverride } from '../../domain/surveys/model';
import type { MessageKey } from '../../i18n';
import {
  NoSheetError,
  openXlsx,
  XlsxReadError,
  XlsxTooLargeError,
  ZipBombError,
  type XlsxLimits,
  type XlsxSource,
} from './stream';

/** Why a survey file could not be imported, as a catalogue key: the API and the CLI word it. */
export class SurveyFileError extends Error {
  override readonly name = 'SurveyFileError';
  constructor(
    readonly key: MessageKey,
    readonly params: Record<string, string | number> = {},
    options?: { cause?: unknown },
  ) {
    super(key, options);
  }
}

export interface SurveyFileOptions {
  /** A worksheet by name; by default the first visible one. */
  sheet?: string;
  overrides?: QuestionOverride[];
  limits?: Partial<XlsxLimits>;
}

export interface ReadSurvey extends ParsedImport {
  /** The worksheet read. */
  sheet: string;
}

const MB = (bytes: number): string => (bytes / (1024 * 1024)).toFixed(1);

const fileError = (error: XlsxReadError, sheet: string | undefined): SurveyFileError => {
  if (error instanceof XlsxTooLargeError)
    return new SurveyFileError(
      'surveys.file.too_large',
      { size: MB(error.size), limit: MB(error.limit) },
      { cause: error },
    );
  if (error instanceof ZipBombError)
    return new SurveyFileError('surveys.file.zip_bomb', { part: error.entry }, { cause: error });
  if (error instanceof NoSheetError) {
    const available = error.available.join(', ') || '—';
    return error.requested === undefined
      ? new SurveyFileError('surveys.file.no_visible_sheet', { available }, { cause: error })
      : new SurveyFileError(
          'surveys.file.no_sheet',
          { sheet: error.requested, available },
          { cause: error },
        );
  }
  if (error.code === 'empty_sheet')
    return new SurveyFileError(
      'surveys.file.empty_sheet',
      { sheet: sheet ?? '' },
      { cause: error },
    );
  return new SurveyFileError(`surveys.file.${error.code}`, {}, { cause: error });
};

/**
 * Reads one worksheet of a survey export with the streaming reader and parses it as it streams:
 * the workbook is never held whole. Every reason to refuse the file is a `SurveyFileError`.
 */
export const readSurveyFile = async (
  source: XlsxSource,
  options: SurveyFileOptions = {},
): Promise<ReadSurvey> => {
  let sheetName: string | undefined = options.sheet;
  try {
    const workbook = await openXlsx(source, options.limits ? { limits: options.limits } : {});
    const selector = options.sheet === undefined ? {} : { name: options.sheet };
    const reader = workbook.readSheet(selector);
    sheetName = reader.sheet.name;
    const parsed = await parseSurveyRows(reader, {
      ...(options.overrides ? { overrides: options.overrides } : {}),
      sheetInfo: () => reader.summary,
    });
    return { ...parsed, sheet: reader.sheet.name };
  } catch (error) {
    if (error instanceof XlsxReadError) throw fileError(error, sheetName);
    if (error instanceof SurveyImportError)
      throw new SurveyFileError(
        `surveys.import.${error.code}`,
        { sheet: sheetName ?? '', ...error.params },
        { cause: error },
      );
    throw error;
  }
};
