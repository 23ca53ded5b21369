import {
  CiklasError,
  ConflictError,
  ForbiddenError,
  StateError,
  ValidationError,
  type FieldIssue,
} from '../errors';
import type { Locale, MessageKey } from '../../i18n';
import { requireCycle } from '../cycle/require-cycle';
import { listUnits } from '../org/org-service';
import {
  MAX_CHANGES_PER_TRANSACTION,
  type Change,
  type Deps,
  type RequestContext,
  type Stored,
} from '../ports';
import {
  isBlankRow,
  issueAt,
  parseRow,
  sheetName,
  toCell,
  type Lookup,
} from '../spreadsheets/rows';
import {
  cellText,
  type CellIssue,
  type CellValue,
  type SheetDef,
  type SheetRow,
} from '../spreadsheets/sheet';
import { PLAN_ITEM_STATUSES, PLAN_PERIODS, type PlanItem } from './plan-item';
import { prepareCreate, prepareUpdate, type PlanItemInput } from './plan-items';

export const PLAN_ITEMS_SHEET: SheetDef = {
  id: 'planItems',
  title: 'planning.sheet.planItems',
  columns: [
    { key: 'id', header: 'sheet.col.id', kind: 'id', width: 22 },
    { key: 'version', header: 'sheet.col.version', kind: 'version', width: 10 },
    { key: 'unitId', header: 'planning.col.unit', kind: 'unit', required: true, width: 24 },
    {
      key: 'period',
      header: 'planning.col.period',
      kind: 'enum',
      values: PLAN_PERIODS,
      labelKey: (c) => `planning.period.${c}` as MessageKey,
      required: true,
      width: 14,
    },
    {
      key: 'goal',
      header: 'planning.col.goal',
      kind: 'text',
      required: true,
      maxLength: 1000,
      width: 40,
    },
    {
      key: 'activity',
      header: 'planning.col.activity',
      kind: 'text',
      required: true,
      maxLength: 2000,
      width: 40,
    },
    {
      key: 'responsible',
      header: 'planning.col.responsible',
      kind: 'text',
      required: true,
      maxLength: 200,
      width: 22,
    },
    { key: 'startOn', header: 'planning.col.startOn', kind: 'date', width: 12 },
    { key: 'dueOn', header: 'planning.col.dueOn', kind: 'date', width: 12 },
    {
      key: 'indicator',
      header: 'planning.col.indicator',
      kind: 'text',
      maxLength: 1000,
      width: 30,
    },
    {
      key: 'targetValue',
      header: 'planning.col.targetValue',
      kind: 'text',
      maxLength: 200,
      width: 16,
    },
    {
      key: 'status',
      header: 'planning.col.status',
      kind: 'enum',
      values: PLAN_ITEM_STATUSES,
      labelKey: (c) => `planning.status.${c}` as MessageKey,
      width: 18,
    },
    {
      key: 'statusComment',
      header: 'planning.col.statusComment',
      kind: 'text',
      maxLength: 2000,
      width: 30,
    },
  ],
};

/** A sheet as the writer takes it: a def, its name in the user's language, rows in column order. */
export interface SheetModel {
  def: SheetDef;
  name: string;
  rows: CellValue[][];
  lookup: Lookup;
}

const load = async (ctx: RequestContext, year: number, deps: Deps) => {
  await requireCycle(ctx, year, deps);
  const [units, items] = await Promise.all([
    listUnits(ctx, deps),
    deps.store.list<PlanItem>(ctx, 'planItem', { cycle: year }),
  ]);
  return { lookup: { units: units.filter((u) => u.active) }, items };
};

/** The planning workbook's content for a cycle, in the user's language. */
export const planningWorkbookModel = async (
  ctx: RequestContext,
  year: number,
  locale: Locale,
  deps: Deps,
): Promise<SheetModel[]> => {
  const { lookup, items } = await load(ctx, year, deps);
  const sorted = [...items].sort(
    (a, b) =>
      a.unitId.localeCompare(b.unitId) ||
      a.period.localeCompare(b.period) ||
      a.createdAt.localeCompare(b.createdAt),
  );
  const def = PLAN_ITEMS_SHEET;
  const rows = sorted.map((item) =>
    def.columns.map((c) =>
      toCell(c, (item as unknown as Record<string, unknown>)[c.key], lookup, locale),
    ),
  );
  return [{ def, name: sheetName(def, locale), rows, lookup }];
};

/** A sheet as a reader found it: header text in the first non-empty row, then rows. */
export interface ReadSheet {
  name: string;
  rows: { row: number; values: CellValue[] }[];
}

export type RowAction = 'create' | 'update' | 'unchanged' | 'rejected' | 'conflict';

export interface RowOutcome {
  sheet: string;
  row: number;
  id: string | null;
  action: RowAction;
  changed: string[];
}

export interface WorkbookReview {
  rows: RowOutcome[];
  rejected: CellIssue[];
  conflicts: {
    sheet: string;
    row: number;
    id: string;
    sentVersion: number;
    current: Stored<PlanItem>;
  }[];
  changes: Change[];
}

export type ValidateInput = (
  values: Record<string, unknown>,
) => { ok: true; value: PlanItemInput } | { ok: false; issues: FieldIssue[] };

const COMPARED: (keyof PlanItemInput)[] = [
  'unitId',
  'period',
  'goal',
  'activity',
  'responsible',
  'startOn',
  'dueOn',
  'indicator',
  'targetValue',
  'status',
  'statusComment',
];

/** Header cells to column keys, by the header text in either language (never by position). */
const mapHeader = (
  def: SheetDef,
  header: CellValue[],
  locales: Locale[],
  t: (l: Locale, k: SheetDef['columns'][number]['header']) => string,
) => {
  const fold = (s: string) => s.trim().toLocaleLowerCase('lt');
  const positions = new Map<string, number>();
  header.forEach((cell, index) => {
    const text = fold(cellText(cell));
    const column = def.columns.find(
      (c) => locales.some((l) => fold(t(l, c.header)) === text) || fold(c.key) === text,
    );
    if (column && !positions.has(column.key)) positions.set(column.key, index);
  });
  return positions;
};

const errorToIssue = (error: unknown): FieldIssue | undefined => {
  if (error instanceof ValidationError) return error.issues[0];
  if (error instanceof ForbiddenError)
    return { path: ['unitId'], key: error.key ?? 'forbidden.notYourUnit' };
  if (error instanceof StateError) return { path: [], key: error.key, params: error.params };
  return undefined;
};

/**
 * What an uploaded workbook would change: each row created, updated, unchanged, rejected (with
 * every bad cell) or in conflict (its version is no longer current). Nothing is written here.
 */
export const reviewPlanningWorkbook = async (
  ctx: RequestContext,
  year: number,
  sheets: ReadSheet[],
  validate: ValidateInput,
  i18n: {
    locale: Locale;
    t: (l: Locale, k: SheetDef['columns'][number]['header']) => string;
    locales: Locale[];
  },
  deps: Deps,
): Promise<WorkbookReview> => {
  const { lookup, items } = await load(ctx, year, deps);
  const def = PLAN_ITEMS_SHEET;
  const names = i18n.locales.map((l) => sheetName(def, l));
  const sheet = sheets.find((s) =>
    names.some((n) => n.toLocaleLowerCase('lt') === s.name.trim().toLocaleLowerCase('lt')),
  );
  const name = sheetName(def, i18n.locale);
  const review: WorkbookReview = { rows: [], rejected: [], conflicts: [], changes: [] };
  if (!sheet) {
    throw new ValidationError([{ path: ['file'], key: 'sheet.noSheet', params: { sheet: name } }]);
  }
  const [header, ...body] = sheet.rows.filter((r) => r.values.some((v) => cellText(v) !== ''));
  const positions = mapHeader(def, header?.values ?? [], i18n.locales, i18n.t);
  const missing = def.columns.filter((c) => !positions.has(c.key));
  if (missing.length > 0) {
    throw new ValidationError(
      missing.map((c) => ({
        path: ['file'],
        key: 'sheet.badHeader',
        params: { sheet: sheet.name, column: i18n.t(i18n.locale, c.header) },
      })),
    );
  }
  const byId = new Map(items.map((i) => [i.id, i]));
  const seen = new Map<string, number>();
  for (const raw of body) {
    const row: SheetRow = {
      row: raw.row,
      cells: Object.fromEntries(
        def.columns.map((c) => [c.key, raw.values[positions.get(c.key)!] ?? null]),
      ),
    };
    if (isBlankRow(row)) continue;
    const reject = (issues: CellIssue[]) => {
      review.rejected.push(...issues);
      review.rows.push({
        sheet: sheet.name,
        row: row.row,
        id: cellText(row.cells.id ?? null) || null,
        action: 'rejected',
        changed: [],
      });
    };
    const { values, issues } = parseRow(def, sheet.name, row, lookup);
    const id = typeof values.id === 'string' && values.id !== '' ? values.id : null;
    const current = id ? byId.get(id) : undefined;
    if (id && !current)
      issues.push(issueAt(def, sheet.name, row.row, { path: ['id'], key: 'sheet.unknownId' }));
    if (id && seen.has(id))
      issues.push(
        issueAt(def, sheet.name, row.row, {
          path: ['id'],
          key: 'sheet.duplicateId',
          params: { row: seen.get(id)! },
        }),
      );
    if (id) seen.set(id, row.row);
    if (current && typeof values.version !== 'number')
      issues.push(
        issueAt(def, sheet.name, row.row, { path: ['version'], key: 'sheet.badVersion' }),
      );
    if (issues.length > 0) {
      reject(issues);
      continue;
    }
    const { id: _id, version, ...fields } = values;
    const checked = validate({
      ...fields,
      ...(fields.status === null ? { status: undefined } : {}),
    });
    if (!checked.ok) {
      reject(checked.issues.map((i) => issueAt(def, sheet.name, row.row, i)));
      continue;
    }
    const input = checked.value;
    if (current && version !== current.version) {
      review.conflicts.push({
        sheet: sheet.name,
        row: row.row,
        id: current.id,
        sentVersion: version as number,
        current,
      });
      review.rows.push({
        sheet: sheet.name,
        row: row.row,
        id: current.id,
        action: 'conflict',
        changed: [],
      });
      continue;
    }
    const changed = current
      ? COMPARED.filter(
          (k) =>
            (input[k] ?? null) !== ((current as unknown as Record<string, unknown>)[k] ?? null) &&
            !(k === 'status' && input.status === undefined),
        )
      : COMPARED.filter((k) => input[k] !== undefined && input[k] !== null && input[k] !== '');
    if (current && changed.length === 0) {
      review.rows.push({
        sheet: sheet.name,
        row: row.row,
        id: current.id,
        action: 'unchanged',
        changed,
      });
      continue;
    }
    try {
      const change = current
        ? await prepareUpdate(
            ctx,
            year,
            current,
            {
              ...input,
              origin: current.origin,
              indicatorId: current.indicatorId,
              strategyGoalId: current.strategyGoalId,
            },
            current.version,
            deps,
          )
        : await prepareCreate(ctx, year, input, deps);
      review.changes.push(change);
      review.rows.push({
        sheet: sheet.name,
        row: row.row,
        id: current?.id ?? null,
        action: current ? 'update' : 'create',
        changed,
      });
    } catch (error) {
      const issue = errorToIssue(error);
      if (!issue || !(error instanceof CiklasError)) throw error;
      reject([issueAt(def, sheet.name, row.row, issue)]);
    }
  }
  return review;
};

/**
 * Applies a reviewed workbook only when every row is clean: a rejected cell or a stale version
 * applies nothing. Changes go in transactions of at most MAX_CHANGES_PER_TRANSACTION.
 */
export const applyReview = async (
  ctx: RequestContext,
  review: WorkbookReview,
  deps: Deps,
): Promise<number> => {
  if (review.rejected.length > 0) {
    throw new ValidationError(review.rejected.map((r) => ({ ...r.issue, path: [r.cell] })));
  }
  if (review.conflicts.length > 0) {
    throw new ConflictError(
      review.conflicts.map((c) => ({
        cell: `${c.sheet}!A${c.row}`,
        id: c.id,
        sentVersion: c.sentVersion,
        current: c.current,
      })),
    );
  }
  for (let i = 0; i < review.changes.length; i += MAX_CHANGES_PER_TRANSACTION) {
    await deps.store.apply(ctx, review.changes.slice(i, i + MAX_CHANGES_PER_TRANSACTION));
  }
  return review.changes.length;
};
