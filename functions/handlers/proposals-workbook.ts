import type { AnySheet } from './workbook-sheet';

/** The proposals area's sheets of the planning workbook (see workbook-sheet.ts). */
export const proposalsWorkbookSheets: AnySheet[] = [];
