import type { MessageKey } from '../../i18n';
import { ForbiddenError, ValidationError } from '../errors';
import type { SheetDef } from '../spreadsheets/sheet';
import type { WorkbookEntity } from '../spreadsheets/workbook-entity';
import { COMPETENCE_AREAS, NEED_SOURCES, type Need } from './need';
import { listNeeds, prepareCreateNeed, prepareUpdateNeed, type NeedInput } from './needs-service';

export const NEEDS_SHEET: SheetDef = {
  id: 'needs',
  title: 'training.sheet.needs',
  columns: [
    { key: 'id', header: 'sheet.col.id', kind: 'id', width: 22 },
    { key: 'version', header: 'sheet.col.version', kind: 'version', width: 10 },
    { key: 'employee', header: 'training.col.employee', kind: 'text', maxLength: 128, width: 22 },
    {
      key: 'employeeName',
      header: 'training.col.employeeName',
      kind: 'text',
      readOnly: true,
      width: 24,
    },
    { key: 'unitId', header: 'training.col.unit', kind: 'unit', width: 24 },
    {
      key: 'area',
      header: 'training.col.area',
      kind: 'enum',
      values: COMPETENCE_AREAS,
      labelKey: (c) => `training.area.${c}` as MessageKey,
      required: true,
      width: 30,
    },
    {
      key: 'topic',
      header: 'training.col.topic',
      kind: 'text',
      required: true,
      maxLength: 300,
      width: 36,
    },
    { key: 'reason', header: 'training.col.reason', kind: 'text', maxLength: 2000, width: 40 },
    {
      key: 'source',
      header: 'training.col.source',
      kind: 'enum',
      values: NEED_SOURCES,
      labelKey: (c) => `training.source.${c}` as MessageKey,
      width: 30,
    },
  ],
};

/**
 * Someone else's need refused to a member of staff belongs on the employee's cell (the engine
 * puts a refusal on the unit's).
 */
const onEmployeeCell = async <T>(write: Promise<T>): Promise<T> => {
  try {
    return await write;
  } catch (error) {
    if (error instanceof ForbiddenError && error.key === 'training.ownNeedsOnly') {
      throw new ValidationError([{ path: ['employee'], key: error.key }], { cause: error });
    }
    throw error;
  }
};

/**
 * The competence needs the user may see as a sheet, by the API's rules: staff write their own,
 * unit heads their unit's, management anyone's. The employee's name is shown for reference.
 */
export const needsSheet: WorkbookEntity<Need, NeedInput> = {
  sheet: NEEDS_SHEET,
  list: (ctx, year, deps) => listNeeds(ctx, year, {}, deps),
  toValues: (need) => ({ ...need }),
  prepareCreate: (ctx, year, input, deps) =>
    onEmployeeCell(prepareCreateNeed(ctx, year, input, deps)),
  prepareUpdate: (ctx, year, current, input, version, deps) =>
    onEmployeeCell(prepareUpdateNeed(ctx, year, current, input, version, deps)),
};
