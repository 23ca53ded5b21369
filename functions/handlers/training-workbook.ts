import { CreateNeedRequest, CreateTrainingRequest } from '../contracts/training';
import { needsSheet } from '../domain/training/needs-sheet';
import { trainingSheet } from '../domain/training/training-sheet';
import { sheet, type AnySheet } from './workbook-sheet';

/** The training area's sheets of the planning workbook (see workbook-sheet.ts). */
export const trainingWorkbookSheets: AnySheet[] = [
  sheet(needsSheet, CreateNeedRequest),
  sheet(trainingSheet, CreateTrainingRequest),
];
