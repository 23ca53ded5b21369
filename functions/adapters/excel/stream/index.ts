export * from './errors';
export { DEFAULT_XLSX_LIMITS, type XlsxLimits } from './limits';
export {
  openXlsx,
  type OpenXlsxOptions,
  type ReadSheetOptions,
  type SheetSelector,
  type SheetState,
  type XlsxSheetInfo,
  type XlsxSheetReader,
  type XlsxSheetSummary,
  type XlsxSource,
  type XlsxWorkbook,
} from './read-xlsx';
export type { CellRange, XlsxRow, XlsxValue } from './sheet-scanner';
export { serialToDate } from './dates';
export { isDateFormatCode } from './styles';
