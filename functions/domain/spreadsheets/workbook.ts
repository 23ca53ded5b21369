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
import { cellAddress, isBlankRow, issueAt, parseRow, sheetName, toCell, type Lookup } from './rows';
import { cellText, type CellIssue, type CellValue, type SheetDef, type SheetRow } from './sheet';
import type { WorkbookSheet } from './workbook-entity';
import { withRememberedReads } from '../read-cache';

/** A sheet as the writer takes it: a def, its name in the user's language, rows in column order. */
export interface SheetModel {
  def: SheetDef;
  name: string;
  rows: CellValue[][];
  lookup: Lookup;
}

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
    /** The row’s id cell, as rejected cells are named. */
    cell: string;
    sheet: string;
    row: number;
    id: string;
    sentVersion: number;
    currentVersion: number;
  }[];
  changes: Change[];
}

export interface I18n {
  locale: Locale;
  locales: readonly Locale[];
  t: (locale: Locale, key: MessageKey) => string;
}

/** The organisation's active units, for `unit` columns. */
export const lookupFor = async (ctx: RequestContext, deps: Deps): Promise<Lookup> => ({
  units: (await listUnits(ctx, deps)).filter((u) => u.active),
});

/** A stored item's cells in column order, as a sheet shows them. */
export const itemCells = (
  def: SheetDef,
  item: Stored<{ id: string }>,
  values: Record<string, unknown>,
  lookup: Lookup,
  locale: Locale,
): CellValue[] =>
  def.columns.map((c) =>
    c.kind === 'id'
      ? item.id
      : c.kind === 'version'
        ? item.version
        : toCell(c, values[c.key], lookup, locale),
  );

/** The columns a row writes: neither the id, the version nor a read-only column. */
export const editableKeys = (def: SheetDef): string[] =>
  def.columns
    .filter((c) => c.kind !== 'id' && c.kind !== 'version' && !c.readOnly)
    .map((c) => c.key);

/** The workbook's sheets for a cycle, in the user's language. */
export const workbookModel = async (
  ctx: RequestContext,
  year: number,
  sheets: WorkbookSheet[],
  locale: Locale,
  deps: Deps,
): Promise<SheetModel[]> => {
  await requireCycle(ctx, year, deps);
  const lookup = await lookupFor(ctx, deps);
  return Promise.all(
    sheets.map(async ({ entity }) => {
      const items = await entity.list(ctx, year, deps);
      const def = entity.sheet;
      const rows = items.map((item) => itemCells(def, item, entity.toValues(item), lookup, locale));
      return { def, name: sheetName(def, locale), rows, lookup };
    }),
  );
};

const fold = (s: string) => s.trim().toLocaleLowerCase('lt');

/** Header cells to column keys, by the header text in either language (never by position). */
const mapHeader = (def: SheetDef, header: CellValue[], i18n: I18n) => {
  const positions = new Map<string, number>();
  header.forEach((cell, index) => {
    const text = fold(cellText(cell));
    const column = def.columns.find(
      (c) => i18n.locales.some((l) => fold(i18n.t(l, c.header)) === text) || fold(c.key) === text,
    );
    if (column && !positions.has(column.key)) positions.set(column.key, index);
  });
  return positions;
};

/** The row's problems from an area's own error: every field issue, or one for the row. */
const errorToIssues = (error: unknown): FieldIssue[] | undefined => {
  if (error instanceof ValidationError) return error.issues;
  if (error instanceof ForbiddenError)
    return [{ path: ['unitId'], key: error.key ?? 'forbidden.notYourUnit' }];
  if (error instanceof StateError) return [{ path: [], key: error.key, params: error.params }];
  return undefined;
};

/** Values compare as the sheet shows them: empty is empty, lists by their items. */
const same = (a: unknown, b: unknown): boolean => {
  const norm = (v: unknown) =>
    v === undefined || v === null || v === '' ? null : Array.isArray(v) ? v.join('\u0000') : v;
  return norm(a) === norm(b);
};

/** What a sheet's rows are checked against: the units, the items the user sees, ids met so far. */
export interface RowContext {
  lookup: Lookup;
  byId: Map<string, Stored<{ id: string }>>;
  /** Ids already met, with the row they were on (a second row with one is rejected). */
  seen: Map<string, number>;
}

/** One row's review: what it would do, and what the caller needs to report or write it. */
export type RowReview =
  | { action: 'rejected'; id: string | null; issues: CellIssue[] }
  | {
      action: 'conflict';
      id: string;
      current: Stored<{ id: string }>;
      sentVersion: number;
      /** The editable columns whose sent value differs from the current item's. */
      changed: string[];
    }
  | { action: 'unchanged'; id: string; current: Stored<{ id: string }> }
  | {
      action: 'create' | 'update';
      id: string | null;
      current: Stored<{ id: string }> | undefined;
      change: Change;
      changed: string[];
    };

/**
 * Reviews one row of a sheet by the workbook's rules: cells parsed by column kind, the row
 * through the entity's request contract, the version checked, then the area's own prepareCreate
 * or prepareUpdate (access, links, state). `undefined` for a blank row. Writes nothing.
 */
export const reviewRow = async (
  ctx: RequestContext,
  year: number,
  { entity, validate }: WorkbookSheet,
  name: string,
  row: SheetRow,
  rows: RowContext,
  deps: Deps,
): Promise<RowReview | undefined> => {
  const def = entity.sheet;
  if (isBlankRow(row)) return undefined;
  const reject = (issues: CellIssue[]): RowReview => ({
    action: 'rejected',
    id: cellText(row.cells.id ?? null) || null,
    issues,
  });
  const { values, issues } = parseRow(def, name, row, rows.lookup);
  const id = typeof values.id === 'string' && values.id !== '' ? values.id : null;
  const current = id ? rows.byId.get(id) : undefined;
  if (id && !current)
    issues.push(issueAt(def, name, row.row, { path: ['id'], key: 'sheet.unknownId' }));
  if (id && rows.seen.has(id)) {
    issues.push(
      issueAt(def, name, row.row, {
        path: ['id'],
        key: 'sheet.duplicateId',
        params: { row: rows.seen.get(id)! },
      }),
    );
  }
  if (id) rows.seen.set(id, row.row);
  if (current && typeof values.version !== 'number') {
    issues.push(issueAt(def, name, row.row, { path: ['version'], key: 'sheet.badVersion' }));
  }
  if (issues.length > 0) return reject(issues);
  const editable = editableKeys(def);
  const fields = Object.fromEntries(
    editable
      .filter((k) => values[k] !== null && values[k] !== '' && values[k] !== undefined)
      .map((k) => [k, values[k]]),
  );
  const checked = validate(fields);
  if (!checked.ok) return reject(checked.issues.map((i) => issueAt(def, name, row.row, i)));
  const before = current ? entity.toValues(current) : {};
  const input = checked.value as Record<string, unknown>;
  const changed = editable.filter((k) =>
    current ? !same(input[k], before[k]) : !same(input[k], null),
  );
  if (current && values.version !== current.version) {
    return {
      action: 'conflict',
      id: current.id,
      current,
      sentVersion: values.version as number,
      changed,
    };
  }
  if (current && changed.length === 0) return { action: 'unchanged', id: current.id, current };
  try {
    const change = current
      ? await entity.prepareUpdate(ctx, year, current, checked.value, current.version, deps)
      : await entity.prepareCreate(ctx, year, checked.value, deps);
    return {
      action: current ? 'update' : 'create',
      id: current?.id ?? null,
      current,
      change,
      changed,
    };
  } catch (error) {
    const found = errorToIssues(error);
    if (!found || !(error instanceof CiklasError)) throw error;
    return reject(found.map((issue) => issueAt(def, name, row.row, issue)));
  }
};

/**
 * What an uploaded workbook would change, sheet by sheet: each row created, updated, unchanged,
 * rejected (every bad cell named) or in conflict (its version is stale). Sheets the file lacks
 * are left alone; rows missing from a sheet are not deleted. Nothing is written here.
 */
export const reviewWorkbook = async (
  ctx: RequestContext,
  year: number,
  read: ReadSheet[],
  sheets: WorkbookSheet[],
  i18n: I18n,
  deps: Deps,
): Promise<WorkbookReview> => {
  await requireCycle(ctx, year, deps);
  const lookup = await lookupFor(ctx, deps);
  const review: WorkbookReview = { rows: [], rejected: [], conflicts: [], changes: [] };
  const found = sheets
    .map((s) => ({
      ...s,
      read: read.find((r) =>
        i18n.locales.some((l) => fold(sheetName(s.entity.sheet, l)) === fold(r.name)),
      ),
    }))
    .filter((s) => s.read);
  if (found.length === 0) {
    const names = sheets.map((s) => sheetName(s.entity.sheet, i18n.locale)).join('“, „');
    throw new ValidationError([{ path: ['file'], key: 'sheet.noSheet', params: { sheet: names } }]);
  }
  for (const { entity, validate, read: sheet } of found) {
    const def = entity.sheet;
    const name = sheet!.name;
    const [header, ...body] = sheet!.rows.filter((r) => r.values.some((v) => cellText(v) !== ''));
    const positions = mapHeader(def, header?.values ?? [], i18n);
    const missing = def.columns.filter((c) => !positions.has(c.key));
    if (missing.length > 0) {
      throw new ValidationError(
        missing.map((c) => ({
          path: ['file'],
          key: 'sheet.badHeader',
          params: { sheet: name, column: i18n.t(i18n.locale, c.header) },
        })),
      );
    }
    const rows: RowContext = {
      lookup,
      byId: new Map(
        (await entity.list(ctx, year, deps)).map((i): [string, Stored<{ id: string }>] => [
          i.id,
          i,
        ]),
      ),
      seen: new Map(),
    };
    // Every row is checked against the same cycle, plan state and units: read them once.
    const reviewDeps = withRememberedReads(deps);
    for (const raw of body) {
      const row: SheetRow = {
        row: raw.row,
        cells: Object.fromEntries(
          def.columns.map((c) => [c.key, raw.values[positions.get(c.key)!] ?? null]),
        ),
      };
      const reviewed = await reviewRow(
        ctx,
        year,
        { entity, validate },
        name,
        row,
        rows,
        reviewDeps,
      );
      if (!reviewed) continue;
      const { action, id } = reviewed;
      if (reviewed.action === 'rejected') review.rejected.push(...reviewed.issues);
      if (reviewed.action === 'conflict') {
        review.conflicts.push({
          cell: cellAddress(name, def, 'id', row.row),
          sheet: name,
          row: row.row,
          id: reviewed.current.id,
          sentVersion: reviewed.sentVersion,
          currentVersion: reviewed.current.version,
        });
      }
      if (reviewed.action === 'create' || reviewed.action === 'update')
        review.changes.push(reviewed.change);
      const changed =
        reviewed.action === 'create' || reviewed.action === 'update' ? reviewed.changed : [];
      review.rows.push({ sheet: name, row: row.row, id, action, changed });
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
        cell: c.cell,
        id: c.id,
        sentVersion: c.sentVersion,
        currentVersion: c.currentVersion,
      })),
    );
  }
  for (let i = 0; i < review.changes.length; i += MAX_CHANGES_PER_TRANSACTION) {
    await deps.store.apply(ctx, review.changes.slice(i, i + MAX_CHANGES_PER_TRANSACTION));
  }
  return review.changes.length;
};
