import type { AnySheet } from './workbook-sheet';

/** The training area's sheets of the planning workbook (see workbook-sheet.ts). */
export const trainingWorkbookSheets: AnySheet[] = [];
