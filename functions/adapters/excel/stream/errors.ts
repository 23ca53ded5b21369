/**
 * Why a workbook could not be read. Codes are literal so the importer can map each to a catalogue
 * message and an HTTP status; messages here are for developers and logs only.
 *
 * These do not extend the domain's `CiklasError`: the HTTP table knows nothing of them, and the
 * importer decides how each one is shown (most become a validation problem on the upload).
 */
export type XlsxErrorCode =
  'not_xlsx' | 'truncated' | 'zip_bomb' | 'too_large' | 'no_sheet' | 'empty_sheet' | 'encrypted';

export abstract class XlsxReadError extends Error {
  abstract readonly code: XlsxErrorCode;
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
  }
}

/** Not a zip, a zip without a workbook (.ods, .xlsb, .docx), an old .xls, or malformed XML. */
export class NotXlsxError extends XlsxReadError {
  readonly code = 'not_xlsx' as const;
  override readonly name = 'NotXlsxError';
}

/** The zip ends early or its compressed data is damaged (bad deflate stream, CRC mismatch). */
export class TruncatedXlsxError extends XlsxReadError {
  readonly code = 'truncated' as const;
  override readonly name = 'TruncatedXlsxError';
}

/** Inflating would exceed a cap: total bytes, a part's bytes, its declared size, or its ratio. */
export class ZipBombError extends XlsxReadError {
  readonly code = 'zip_bomb' as const;
  override readonly name = 'ZipBombError';
  constructor(
    message: string,
    readonly entry: string,
    readonly inflatedBytes: number,
    options?: { cause?: unknown },
  ) {
    super(message, options);
  }
}

/** The compressed file, or a count held in memory (shared strings), is over its limit. */
export class XlsxTooLargeError extends XlsxReadError {
  readonly code = 'too_large' as const;
  override readonly name = 'XlsxTooLargeError';
  constructor(
    message: string,
    readonly size: number,
    readonly limit: number,
    options?: { cause?: unknown },
  ) {
    super(message, options);
  }
}

/** The workbook has no worksheet to read: none at all, none visible, or none of that name. */
export class NoSheetError extends XlsxReadError {
  readonly code = 'no_sheet' as const;
  override readonly name = 'NoSheetError';
  constructor(
    message: string,
    /** The name asked for, when one was. */
    readonly requested: string | undefined,
    /** Names of the worksheets there are, hidden ones included. */
    readonly available: readonly string[],
    options?: { cause?: unknown },
  ) {
    super(message, options);
  }
}

/** The chosen sheet has no cell with a value. */
export class EmptySheetError extends XlsxReadError {
  readonly code = 'empty_sheet' as const;
  override readonly name = 'EmptySheetError';
  constructor(
    message: string,
    readonly sheet: string,
    options?: { cause?: unknown },
  ) {
    super(message, options);
  }
}

/** A password-protected workbook: an OLE compound file holding an `EncryptedPackage`. */
export class EncryptedXlsxError extends XlsxReadError {
  readonly code = 'encrypted' as const;
  override readonly name = 'EncryptedXlsxError';
}
