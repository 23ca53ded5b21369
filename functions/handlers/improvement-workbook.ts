import type { AnySheet } from './workbook-sheet';

/** The improvement area's sheets of the planning workbook (see workbook-sheet.ts). */
export const improvementWorkbookSheets: AnySheet[] = [];
