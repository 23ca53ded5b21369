import type { MessageKey } from '../../../i18n';
import type { Stored } from '../../ports';
import type { SheetDef } from '../../spreadsheets/sheet';
import type { WorkbookEntity } from '../../spreadsheets/workbook-entity';
import type { IsoDate } from '../../time';
import { ASSESSMENTS } from '../assessment';
import { onColumns } from '../sheet-issues';
import {
  ACTION_STATUSES,
  FINDING_KINDS,
  type Action,
  type ActionInput,
  type ActionStatus,
  type FindingKind,
} from './action';
import {
  listActions,
  prepareActionCreate,
  prepareActionUpdate,
  type ActionEffect,
} from './action-service';

export const OVERDUE_FLAGS = ['yes', 'no'] as const;

export const ACTIONS_SHEET: SheetDef = {
  id: 'improvementActions',
  title: 'improvement.sheet.actions',
  columns: [
    { key: 'id', header: 'sheet.col.id', kind: 'id', width: 22 },
    { key: 'version', header: 'sheet.col.version', kind: 'version', width: 10 },
    {
      key: 'findingKind',
      header: 'improvement.col.findingKind',
      kind: 'enum',
      values: FINDING_KINDS,
      labelKey: (c) => `improvement.findingKind.${c}` as MessageKey,
      required: true,
      width: 18,
    },
    {
      key: 'findingReference',
      header: 'improvement.col.findingReference',
      kind: 'text',
      maxLength: 200,
      width: 14,
    },
    {
      key: 'findingText',
      header: 'improvement.col.findingText',
      kind: 'text',
      required: true,
      maxLength: 4000,
      width: 40,
    },
    {
      key: 'title',
      header: 'improvement.col.actionTitle',
      kind: 'text',
      required: true,
      maxLength: 300,
      width: 36,
    },
    {
      key: 'description',
      header: 'improvement.col.description',
      kind: 'text',
      maxLength: 4000,
      width: 36,
    },
    {
      key: 'ownerUserId',
      header: 'improvement.col.ownerUserId',
      kind: 'text',
      required: true,
      maxLength: 128,
      width: 22,
    },
    {
      key: 'ownerName',
      header: 'improvement.col.ownerName',
      kind: 'text',
      readOnly: true,
      width: 22,
    },
    { key: 'unitId', header: 'improvement.col.unit', kind: 'unit', width: 24 },
    { key: 'dueOn', header: 'improvement.col.dueOn', kind: 'date', required: true, width: 12 },
    {
      key: 'overdue',
      header: 'improvement.col.overdue',
      kind: 'enum',
      values: OVERDUE_FLAGS,
      labelKey: (c) => `improvement.overdueFlag.${c}` as MessageKey,
      readOnly: true,
      width: 10,
    },
    {
      key: 'status',
      header: 'improvement.col.status',
      kind: 'enum',
      values: ACTION_STATUSES,
      labelKey: (c) => `improvement.actionStatus.${c}` as MessageKey,
      width: 14,
    },
    { key: 'doneOn', header: 'improvement.col.doneOn', kind: 'date', width: 12 },
    {
      key: 'cancelReason',
      header: 'improvement.col.cancelReason',
      kind: 'text',
      maxLength: 1000,
      width: 28,
    },
    {
      key: 'progress',
      header: 'improvement.col.progress',
      kind: 'text',
      maxLength: 4000,
      width: 36,
    },
    { key: 'goalId', header: 'improvement.col.goalId', kind: 'text', maxLength: 40, width: 22 },
    {
      key: 'indicatorId',
      header: 'improvement.col.indicatorId',
      kind: 'text',
      maxLength: 40,
      width: 22,
    },
    {
      key: 'indicatorBaseline',
      header: 'improvement.col.indicatorBaseline',
      kind: 'number',
      readOnly: true,
      width: 14,
    },
    {
      key: 'indicatorEffect',
      header: 'improvement.col.indicatorEffect',
      kind: 'number',
      readOnly: true,
      width: 14,
    },
    {
      key: 'effectAssessment',
      header: 'improvement.col.effectAssessment',
      kind: 'enum',
      values: ASSESSMENTS,
      labelKey: (c) => `improvement.assessment.${c}` as MessageKey,
      readOnly: true,
      width: 18,
    },
  ],
};

/** An action as a row shows it: with what is derived from it as of today, for reference. */
export interface ActionSheetItem extends Action {
  overdue: boolean;
  effect: ActionEffect | null;
}

/** A row as the sheet's contract gives it: the action's editable fields, the finding's flat. */
export interface ActionSheetInput {
  findingKind: FindingKind;
  findingReference: string;
  findingText: string;
  title: string;
  description: string;
  ownerUserId: string;
  unitId: string | null;
  dueOn: IsoDate;
  status: ActionStatus;
  doneOn: IsoDate | null;
  cancelReason: string;
  progress: string;
  goalId: string | null;
  indicatorId: string | null;
}

/** The API's input from a row; the owner's name is left to the rules (kept, or the member's). */
export const actionInputOf = (row: ActionSheetInput): ActionInput => {
  const { findingKind, findingReference, findingText, ...rest } = row;
  return {
    ...rest,
    finding: { kind: findingKind, reference: findingReference, text: findingText },
    ownerName: null,
  };
};

/** Where the API's nested fields sit on the sheet. */
const FINDING_COLUMNS = {
  'finding.kind': 'findingKind',
  'finding.reference': 'findingReference',
  'finding.text': 'findingText',
} as const;

/** A stored action's value for each column (codes and ids; the engine makes cells of them). */
export const actionSheetValues = (item: Stored<ActionSheetItem>): Record<string, unknown> => {
  const { effect } = item;
  return {
    findingKind: item.finding.kind,
    findingReference: item.finding.reference,
    findingText: item.finding.text,
    title: item.title,
    description: item.description,
    ownerUserId: item.ownerUserId,
    ownerName: item.ownerName,
    unitId: item.unitId,
    dueOn: item.dueOn,
    overdue: item.overdue ? 'yes' : 'no',
    status: item.status,
    doneOn: item.doneOn,
    cancelReason: item.cancelReason,
    progress: item.progress,
    goalId: item.goalId,
    indicatorId: item.indicatorId,
    indicatorBaseline: effect?.comparison.previous?.value ?? null,
    indicatorEffect: effect?.comparison.current?.value ?? null,
    effectAssessment: effect?.comparison.assessment ?? null,
  };
};

/**
 * The cycle's improvement actions as a sheet of the planning workbook, by due date. A row obeys
 * the API's rules: a unit head for their unit, an owner only the status and progress of theirs,
 * a cancelled action says why, dates within the cycle's reach.
 */
export const actionsSheet: WorkbookEntity<ActionSheetItem, ActionSheetInput> = {
  sheet: ACTIONS_SHEET,
  list: async (ctx, year, deps) =>
    (await listActions(ctx, year, {}, deps)).items.map((state) => ({
      ...state.action,
      overdue: state.overdue,
      effect: state.effect,
    })),
  toValues: actionSheetValues,
  prepareCreate: (ctx, year, input, deps) =>
    onColumns(prepareActionCreate(ctx, year, actionInputOf(input), deps), FINDING_COLUMNS),
  prepareUpdate: (ctx, year, current, input, expectedVersion, deps) =>
    onColumns(
      prepareActionUpdate(ctx, year, current, actionInputOf(input), expectedVersion, deps),
      FINDING_COLUMNS,
    ),
};
