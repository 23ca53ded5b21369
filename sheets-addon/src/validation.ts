/**
 * What Insert sheet puts on each column: dropdowns from the options the API gives (the
 * organisation's units, statuses, periods…), date validation, text format, and which columns
 * are hidden and protected. Pure: the Apps Script side only applies these specs.
 */
import { editableColumns, metaColumn, type ColumnSpec, type SheetLayout } from './rows';

export type ColumnRule = { kind: 'list'; values: string[] } | { kind: 'date' } | { kind: 'none' };

export const ruleFor = (column: ColumnSpec): ColumnRule => {
  if ((column.type === 'enum' || column.type === 'unit') && column.options?.length)
    return { kind: 'list', values: column.options.map((o) => o.label) };
  if (column.type === 'date') return { kind: 'date' };
  return { kind: 'none' };
};

export interface ColumnPlan {
  /** 1-based. */
  column: number;
  key: string;
  rule: ColumnRule;
  /** Number format: `@` plain text for text columns, an ISO date for dates. */
  numberFormat: string | null;
  hidden: boolean;
  /** Warning-only protection (id, version, fingerprint, read-only columns). */
  protectedColumn: boolean;
}

export const DATE_FORMAT = 'yyyy-mm-dd';

export const columnPlans = (layout: SheetLayout): ColumnPlan[] => {
  const editable = new Set(editableColumns(layout).map((c) => c.key));
  const plans = layout.columns.map((c, i): ColumnPlan => {
    const system = c.type === 'id' || c.type === 'version';
    return {
      column: i + 1,
      key: c.key,
      rule: editable.has(c.key) ? ruleFor(c) : { kind: 'none' },
      numberFormat: c.text ? '@' : c.type === 'date' ? DATE_FORMAT : null,
      hidden: system,
      protectedColumn: system || !editable.has(c.key),
    };
  });
  plans.push({
    column: metaColumn(layout),
    key: '',
    rule: { kind: 'none' },
    numberFormat: '@',
    hidden: true,
    protectedColumn: true,
  });
  return plans;
};
