import { ActionSheetRow } from '../contracts/improvement-actions';
import { ProjectSheetRow } from '../contracts/improvement-projects';
import { actionsSheet } from '../domain/improvement/actions/actions-sheet';
import { projectsSheet } from '../domain/improvement/projects/projects-sheet';
import { sheet, type AnySheet } from './workbook-sheet';

/** The improvement area's sheets of the planning workbook (see workbook-sheet.ts). */
export const improvementWorkbookSheets: AnySheet[] = [
  sheet(actionsSheet, ActionSheetRow),
  sheet(projectsSheet, ProjectSheetRow),
];
