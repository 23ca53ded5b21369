import { ProposalSheetRow } from '../contracts/proposals';
import { proposalsSheet } from '../domain/proposals/proposals-sheet';
import { sheet, type AnySheet } from './workbook-sheet';

/** The proposals area's sheets of the planning workbook (see workbook-sheet.ts). */
export const proposalsWorkbookSheets: AnySheet[] = [sheet(proposalsSheet, ProposalSheetRow)];
