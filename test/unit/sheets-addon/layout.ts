import type { ColumnSpec, SheetLayout } from '../../../sheets-addon/src/rows';

/** A small layout of the sheet rows API's column kinds, for the add-on's unit tests. */
const column = (
  key: string,
  type: ColumnSpec['type'],
  extra: Partial<ColumnSpec> = {},
): ColumnSpec => ({
  key,
  header: key.toUpperCase(),
  type,
  readOnly: type === 'id' || type === 'version',
  required: false,
  text: type === 'text' || type === 'id' || type === 'enum' || type === 'unit',
  ...extra,
});

export const LAYOUT: SheetLayout = {
  entity: 'plan-items',
  year: 2026,
  title: 'Skyrių planai',
  columns: [
    column('id', 'id'),
    column('version', 'version'),
    column('unitId', 'unit'),
    column('goal', 'text'),
    column('dueOn', 'date'),
    column('count', 'number'),
    column('completions', 'number', { readOnly: true }),
  ],
};
