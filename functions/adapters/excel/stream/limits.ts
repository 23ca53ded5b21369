/** Caps that keep a hostile or broken upload from exhausting memory or CPU. */
export interface XlsxLimits {
  /**
   * Compressed size of the file; the API bounds uploads by the same figure.
   * @default 50 MiB
   */
  maxFileBytes: number;
  /**
   * Bytes inflated across every part read from one workbook.
   * @default 1 GiB
   */
  maxInflatedBytes: number;
  /**
   * Inflated ÷ compressed size of one part, enforced once it has inflated `ratioGraceBytes`.
   * Real sheets stay below ~50:1; long runs of one byte reach 1000:1.
   * @default 200
   */
  maxCompressionRatio: number;
  /** @default 8 MiB */
  ratioGraceBytes: number;
  /**
   * Inflated size of each small part read whole: workbook, relationships, styles.
   * @default 32 MiB
   */
  maxPartBytes: number;
  /**
   * Count of shared strings, which stay in memory while a sheet is read.
   * @default 2,000,000
   */
  maxSharedStrings: number;
  /**
   * UTF-16 code units across all shared strings (about one byte each for Latin text).
   * @default 128 Mi
   */
  maxSharedStringChars: number;
  /**
   * One XML element (a cell, a shared string, a tag) split across inflated chunks; Excel's own
   * limit of 32,767 characters a cell keeps real ones far below this.
   * @default 4 MiB
   */
  maxElementChars: number;
  /**
   * Entries in the zip's central directory.
   * @default 10,000
   */
  maxEntries: number;
}

const MiB = 1024 * 1024;

export const DEFAULT_XLSX_LIMITS: Readonly<XlsxLimits> = Object.freeze({
  maxFileBytes: 50 * MiB,
  maxInflatedBytes: 1024 * MiB,
  maxCompressionRatio: 200,
  ratioGraceBytes: 8 * MiB,
  maxPartBytes: 32 * MiB,
  maxSharedStrings: 2_000_000,
  maxSharedStringChars: 128 * MiB,
  maxElementChars: 4 * MiB,
  maxEntries: 10_000,
});

export const resolveLimits = (limits: Partial<XlsxLimits> | undefined): XlsxLimits => ({
  ...DEFAULT_XLSX_LIMITS,
  ...limits,
});
