import type { MessageKey } from '../../i18n';
import type { SheetDef } from '../spreadsheets/sheet';
import type { WorkbookEntity } from '../spreadsheets/workbook-entity';
import { COMPETENCE_AREAS } from './need';
import { listTraining, prepareCreateTraining, prepareUpdateTraining } from './training-service';
import { tenths, TRAINING_FORMATS, type Training, type TrainingInput } from './training';

export const TRAINING_SHEET: SheetDef = {
  id: 'training',
  title: 'training.sheet.training',
  columns: [
    { key: 'id', header: 'sheet.col.id', kind: 'id', width: 22 },
    { key: 'version', header: 'sheet.col.version', kind: 'version', width: 10 },
    {
      key: 'topic',
      header: 'training.col.topic',
      kind: 'text',
      required: true,
      maxLength: 300,
      width: 36,
    },
    {
      key: 'area',
      header: 'training.col.area',
      kind: 'enum',
      values: COMPETENCE_AREAS,
      labelKey: (c) => `training.area.${c}` as MessageKey,
      required: true,
      width: 30,
    },
    { key: 'provider', header: 'training.col.provider', kind: 'text', maxLength: 300, width: 28 },
    {
      key: 'format',
      header: 'training.col.format',
      kind: 'enum',
      values: TRAINING_FORMATS,
      labelKey: (c) => `training.format.${c}` as MessageKey,
      required: true,
      width: 22,
    },
    {
      key: 'plannedHours',
      header: 'training.col.plannedHours',
      kind: 'number',
      required: true,
      width: 12,
    },
    { key: 'participants', header: 'training.col.participants', kind: 'idList', width: 40 },
    { key: 'from', header: 'training.col.from', kind: 'date', required: true, width: 12 },
    { key: 'to', header: 'training.col.to', kind: 'date', required: true, width: 12 },
    { key: 'costEur', header: 'training.col.costEur', kind: 'number', width: 12 },
    { key: 'needIds', header: 'training.col.needIds', kind: 'idList', width: 30 },
    {
      key: 'doneHours',
      header: 'training.col.doneHours',
      kind: 'number',
      readOnly: true,
      width: 12,
    },
    {
      key: 'completionCount',
      header: 'training.col.completions',
      kind: 'number',
      readOnly: true,
      width: 12,
    },
  ],
};

/** Person-hours done and who completed, for reference: completions are recorded on their own. */
export const completionFigures = (
  training: Pick<Training, 'completions'>,
): { doneHours: number; completionCount: number } => ({
  doneHours: training.completions.reduce((s, c) => s + tenths(c.hours), 0) / 10,
  completionCount: training.completions.length,
});

/**
 * The training plan as a sheet, by the API's rules: only the deputy and the director change it,
 * and only while the annual plan may change. Completions are not edited here and stay as recorded.
 */
export const trainingSheet: WorkbookEntity<Training, TrainingInput> = {
  sheet: TRAINING_SHEET,
  list: (ctx, year, deps) => listTraining(ctx, year, {}, deps),
  toValues: (item) => ({ ...item, ...completionFigures(item) }),
  prepareCreate: (ctx, year, input, deps) => prepareCreateTraining(ctx, year, input, deps),
  prepareUpdate: (ctx, year, current, input, version, deps) =>
    prepareUpdateTraining(ctx, year, current, input, version, deps),
};
