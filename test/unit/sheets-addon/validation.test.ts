import { columnPlans, DATE_FORMAT, ruleFor } from '../../../sheets-addon/src/validation';
import type { SheetLayout } from '../../../sheets-addon/src/rows';

const layout: SheetLayout = {
  entity: 'plan-items',
  year: 2026,
  title: 'Skyrių planai',
  columns: [
    { key: 'id', header: 'ID', type: 'id', readOnly: true, required: false, text: true },
    {
      key: 'version',
      header: 'Versija',
      type: 'version',
      readOnly: true,
      required: false,
      text: false,
    },
    {
      key: 'unitId',
      header: 'Skyrius',
      type: 'unit',
      readOnly: false,
      required: true,
      text: true,
      options: [
        { value: 'dienos-centras', label: 'Dienos centras' },
        { value: 'globos-centras', label: 'Globos centras' },
      ],
    },
    {
      key: 'dueOn',
      header: 'Terminas',
      type: 'date',
      readOnly: false,
      required: false,
      text: false,
    },
    {
      key: 'status',
      header: 'Būsena',
      type: 'enum',
      readOnly: true,
      required: false,
      text: true,
      options: [{ value: 'new', label: 'Nauja' }],
    },
  ],
};

describe('the rules Insert sheet puts on columns', () => {
  it('makes dropdowns of the labels the API gives and date validation for dates', () => {
    expect(ruleFor(layout.columns[2]!)).toEqual({
      kind: 'list',
      values: ['Dienos centras', 'Globos centras'],
    });
    expect(ruleFor(layout.columns[3]!)).toEqual({ kind: 'date' });
    expect(ruleFor({ ...layout.columns[2]!, options: [] })).toEqual({ kind: 'none' });
  });

  it('hides and protects id, version and the fingerprint, protects read-only columns, formats text as text', () => {
    const plans = columnPlans(layout);
    expect(
      plans.map((p) => [p.column, p.hidden, p.protectedColumn, p.numberFormat, p.rule.kind]),
    ).toEqual([
      [1, true, true, '@', 'none'],
      [2, true, true, null, 'none'],
      [3, false, false, '@', 'list'],
      [4, false, false, DATE_FORMAT, 'date'],
      [5, false, true, '@', 'none'],
      [6, true, true, '@', 'none'],
    ]);
  });
});
