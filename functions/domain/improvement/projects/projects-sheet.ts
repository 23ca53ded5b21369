import type { MessageKey } from '../../../i18n';
import type { Stored } from '../../ports';
import type { SheetDef } from '../../spreadsheets/sheet';
import type { WorkbookEntity } from '../../spreadsheets/workbook-entity';
import {
  PROJECT_KINDS,
  PROJECT_STATUSES,
  joinPartners,
  splitPartners,
  type Project,
  type ProjectInput,
} from './project';
import { listProjects, prepareProjectCreate, prepareProjectUpdate } from './project-service';

export const PROJECTS_SHEET: SheetDef = {
  id: 'improvementProjects',
  title: 'improvement.sheet.projects',
  columns: [
    { key: 'id', header: 'sheet.col.id', kind: 'id', width: 22 },
    { key: 'version', header: 'sheet.col.version', kind: 'version', width: 10 },
    {
      key: 'kind',
      header: 'improvement.col.projectKind',
      kind: 'enum',
      values: PROJECT_KINDS,
      labelKey: (c) => `improvement.projectKind.${c}` as MessageKey,
      required: true,
      width: 22,
    },
    {
      key: 'title',
      header: 'improvement.col.projectTitle',
      kind: 'text',
      required: true,
      maxLength: 300,
      width: 36,
    },
    {
      key: 'partners',
      header: 'improvement.col.partners',
      kind: 'text',
      maxLength: 10_000,
      width: 36,
    },
    {
      key: 'fundedBy',
      header: 'improvement.col.fundedBy',
      kind: 'text',
      maxLength: 300,
      width: 24,
    },
    { key: 'from', header: 'improvement.col.from', kind: 'date', required: true, width: 12 },
    { key: 'to', header: 'improvement.col.to', kind: 'date', width: 12 },
    {
      key: 'status',
      header: 'improvement.col.status',
      kind: 'enum',
      values: PROJECT_STATUSES,
      labelKey: (c) => `improvement.projectStatus.${c}` as MessageKey,
      width: 14,
    },
    { key: 'result', header: 'improvement.col.result', kind: 'text', maxLength: 4000, width: 36 },
    { key: 'unitId', header: 'improvement.col.unit', kind: 'unit', width: 24 },
    { key: 'goalId', header: 'improvement.col.goalId', kind: 'text', maxLength: 40, width: 22 },
  ],
};

/**
 * A row as the sheet's contract gives it: the entry's fields but its description (kept as it is),
 * the partners as one text, names separated by `;` (`joinPartners`).
 */
export type ProjectSheetInput = Omit<ProjectInput, 'description' | 'partners'> & {
  partners: string;
};

/** The API's input from a row; what the sheet does not show is kept from `current`. */
export const projectInputOf = (
  row: ProjectSheetInput,
  current: Pick<Project, 'description'> | null,
): ProjectInput => ({
  ...row,
  description: current?.description ?? '',
  partners: splitPartners(row.partners),
});

/** A stored entry's value for each column (codes and ids; the engine makes cells of them). */
export const projectSheetValues = (item: Stored<Project>): Record<string, unknown> => ({
  kind: item.kind,
  title: item.title,
  partners: joinPartners(item.partners),
  fundedBy: item.fundedBy,
  from: item.from,
  to: item.to,
  status: item.status,
  result: item.result,
  unitId: item.unitId,
  goalId: item.goalId,
});

/**
 * The cycle's register of projects, partnerships, innovations and social-responsibility
 * activities as a sheet of the planning workbook, by start date. A row obeys the API's rules: a
 * unit head for their unit, an end not before the start, a completed entry has ended.
 */
export const projectsSheet: WorkbookEntity<Project, ProjectSheetInput> = {
  sheet: PROJECTS_SHEET,
  list: async (ctx, year, deps) =>
    (await listProjects(ctx, year, {}, deps)).items.map((state) => state.project),
  toValues: projectSheetValues,
  prepareCreate: (ctx, year, input, deps) =>
    prepareProjectCreate(ctx, year, projectInputOf(input, null), deps),
  prepareUpdate: (ctx, year, current, input, expectedVersion, deps) =>
    prepareProjectUpdate(ctx, year, current, projectInputOf(input, current), expectedVersion, deps),
};
