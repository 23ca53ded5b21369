import type {
  ExportFamily,
  QuestionOverride,
  RejectedCell,
  ResponseColumns,
  SurveyQuestion,
} from '../model';

/** A cell as a sheet reader hands it over; structurally the Excel adapter's `XlsxValue`. */
export type SheetValue = string | number | boolean | Date | null;

/** One sheet row; structurally the Excel adapter's `XlsxRow`. */
export interface SheetRow {
  /** 1-based row number in the sheet. */
  row: number;
  /** Column A at index 0; gaps are null, trailing blanks are left off. */
  values: SheetValue[];
}

/** A merged range, 1-based and inclusive. */
export interface MergedRange {
  ref: string;
  top: number;
  left: number;
  bottom: number;
  right: number;
}

export interface SheetInfo {
  /**
   * Ranges starting below the header are filled with their top-left value before the columns are
   * read (row identities stay those of the cells as written); ranges in title rows and the header
   * row are ignored.
   */
  merges?: MergedRange[];
  formulaCells?: number;
}

export interface ImportOptions {
  overrides?: QuestionOverride[];
  /** Cap on the rejected cells listed; all of them are counted. @default 1000 */
  maxRejectedListed?: number;
  /**
   * Read only after the rows are consumed, so a reader that learns its merges at the end of the
   * sheet can pass a function (or an object it fills in while iterating).
   */
  sheetInfo?: SheetInfo | (() => SheetInfo | undefined);
}

export interface ImportWarning {
  key: string;
  params: Record<string, string | number>;
}

export interface ImportCounts {
  /** Non-blank rows below the header: accepted + incomplete + duplicatesInFile. */
  rows: number;
  /** Blank rows below the header that the reader handed over; skipped. */
  blankRows: number;
  /** LimeSurvey rows without a `submitdate`. */
  incomplete: number;
  /** Rows whose identity an earlier row of the same file already had. */
  duplicatesInFile: number;
  accepted: number;
  rejectedCells: number;
}

export interface ParsedImport {
  family: ExportFamily;
  /** 1-based. */
  headerRow: number;
  /** Skipped questions left out; meta questions included with their `metaRole`. */
  questions: SurveyQuestion[];
  /** Accepted rows only; only `submittedAt` of the meta questions has answers. */
  responses: ResponseColumns;
  /** The sheet row of each accepted response. */
  rowNumbers: number[];
  /** Per accepted response: 24 hex characters (96 bits of SHA-256), stable across uploads. */
  identities: string[];
  /**
   * Per kept question: accepted rows with a non-blank cell (for a folded multi-select, any of its
   * choice columns). Metadata too, though only the submission time keeps its values.
   */
  answered: Record<string, number>;
  counts: ImportCounts;
  /** The first `maxRejectedListed`, in sheet order. */
  rejected: RejectedCell[];
  warnings: ImportWarning[];
}
