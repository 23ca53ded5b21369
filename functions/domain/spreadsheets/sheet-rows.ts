import { t, type Locale } from '../../i18n';
import { requireCycle } from '../cycle/require-cycle';
import { CiklasError, ConflictError, ValidationError, type FieldIssue } from '../errors';
import { forEachLimited } from '../parallel';
import { withRememberedReads } from '../read-cache';
import {
  MAX_CHANGES_PER_TRANSACTION,
  type Change,
  type Deps,
  type EntityRef,
  type RequestContext,
  type Stored,
} from '../ports';
import type { Lookup } from './rows';
import { sheetName } from './rows';
import type { CellIssue, CellValue, ColumnDef, ColumnKind, SheetDef } from './sheet';
import { editableKeys, itemCells, lookupFor, reviewRow, workbookModel } from './workbook';
import type { RowContext } from './workbook';
import type { WorkbookSheet } from './workbook-entity';

/**
 * The sheet rows API's engine: an entity of the planning workbook as rows of JSON values, read
 * and written row by row. Every row goes through the workbook's `reviewRow` (cells parsed by
 * column kind, the entity's request contract, the version, the area's prepareCreate and
 * prepareUpdate), so a row obeys exactly the rules of the workbook and of the API's writes.
 */

/** A value as JSON carries it: what a cell shows (labels, unit names, ISO dates) or a code. */
export type SheetValue = string | number | boolean | null | string[];

/** A cell value as the API answers it: dates as ISO `YYYY-MM-DD` text. */
export type JsonCell = string | number | boolean | null;

export interface SheetRowInput {
  id?: string | undefined;
  version?: number | undefined;
  values: Record<string, SheetValue>;
  clientRowId: string;
}

/** A problem of a row: on a column (its key), or on the whole row (`null`). */
export interface RowIssue {
  column: string | null;
  issue: FieldIssue;
}

export type SheetRowResult =
  | {
      clientRowId: string;
      status: 'applied';
      id: string;
      version: number;
      values: Record<string, JsonCell>;
      changed: string[];
      /** The create was already applied by an earlier request with this clientRowId. */
      replayed: boolean;
    }
  | {
      clientRowId: string;
      status: 'unchanged';
      id: string;
      version: number;
      values: Record<string, JsonCell>;
    }
  | {
      clientRowId: string;
      status: 'conflict';
      id: string;
      sentVersion: number | null;
      version: number;
      values: Record<string, JsonCell>;
      changed: string[];
    }
  | { clientRowId: string; status: 'rejected'; id: string | null; issues: RowIssue[] };

export interface SheetColumn {
  key: string;
  header: string;
  type: ColumnKind;
  readOnly: boolean;
  required: boolean;
  /** The value is free text: write it as text, never as a formula (`=`, `+`, `-`, `@`). */
  text: boolean;
  maxLength?: number;
  /** `enum` and `unit` columns: the choices, their code and their label in the user's language. */
  options?: { value: string; label: string }[];
}

export interface SheetRowsView<E extends string = string> {
  entity: E;
  year: number;
  title: string;
  headers: string[];
  columns: SheetColumn[];
  textColumns: string[];
  rows: { id: string; version: number; values: Record<string, JsonCell> }[];
}

/** Column kinds whose values are text a spreadsheet could take for a formula. */
const TEXT_KINDS: readonly ColumnKind[] = ['id', 'text', 'idList', 'enum', 'unit'];

const isFixed = (c: ColumnDef) => c.kind === 'id' || c.kind === 'version';

const jsonCell = (value: CellValue): JsonCell =>
  value instanceof Date ? value.toISOString().slice(0, 10) : value;

const columnsOf = (def: SheetDef, lookup: Lookup, locale: Locale): SheetColumn[] =>
  def.columns.map((c) => {
    const options =
      c.kind === 'enum'
        ? (c.values ?? []).map((code) => ({
            value: code,
            label: c.labelKey ? t(locale, c.labelKey(code)) : code,
          }))
        : c.kind === 'unit'
          ? lookup.units.map((u) => ({ value: u.id, label: u.name }))
          : undefined;
    return {
      key: c.key,
      header: t(locale, c.header),
      type: c.kind,
      readOnly: isFixed(c) || c.readOnly === true,
      required: c.required === true,
      text: TEXT_KINDS.includes(c.kind),
      ...(c.maxLength !== undefined ? { maxLength: c.maxLength } : {}),
      ...(options ? { options } : {}),
    };
  });

/** A row's values by column key (not the id and version, which the row carries itself). */
const valuesOf = (def: SheetDef, cells: CellValue[]): Record<string, JsonCell> =>
  Object.fromEntries(
    def.columns
      .map((c, i): [ColumnDef, CellValue] => [c, cells[i] ?? null])
      .filter(([c]) => !isFixed(c))
      .map(([c, v]) => [c.key, jsonCell(v)]),
  );

/** A stored item's values by column key, as `GET` gives them. */
export const rowValuesOf = (
  sheet: WorkbookSheet,
  item: Stored<{ id: string }>,
  lookup: Lookup,
  locale: Locale,
): Record<string, JsonCell> => {
  const def = sheet.entity.sheet;
  return valuesOf(def, itemCells(def, item, sheet.entity.toValues(item), lookup, locale));
};

/** Whole groups of changes (a row's, a delete's) in transactions of at most MAX_CHANGES_PER_TRANSACTION. */
/** Transactions of one request in flight at once (DynamoDB takes them in parallel; 4 × 100 items). */
export const PARALLEL_TRANSACTIONS = 4;

export const transactionBatches = <P extends { changes: Change[] }>(pending: P[]): P[][] => {
  const batches: P[][] = [];
  for (const p of pending) {
    const last = batches.at(-1);
    const size = last?.reduce((n, q) => n + q.changes.length, 0) ?? Infinity;
    if (last && size + p.changes.length <= MAX_CHANGES_PER_TRANSACTION) last.push(p);
    else batches.push([p]);
  }
  return batches;
};

/** The entity's rows of a cycle, with its columns and headers in the user's language. */
export const readSheetRows = async <E extends string>(
  ctx: RequestContext,
  year: number,
  entity: E,
  sheet: WorkbookSheet,
  locale: Locale,
  deps: Deps,
): Promise<SheetRowsView<E>> => {
  const [model] = await workbookModel(ctx, year, [sheet], locale, deps);
  const def = sheet.entity.sheet;
  const columns = columnsOf(def, model!.lookup, locale);
  return {
    entity,
    year,
    title: sheetName(def, locale),
    headers: columns.map((c) => c.header),
    columns,
    textColumns: columns.filter((c) => c.text).map((c) => c.key),
    rows: model!.rows.map((cells) => ({
      id: String(cells[0]),
      version: Number(cells[1]),
      values: valuesOf(def, cells),
    })),
  };
};

/** The receipt of a create through this API: `(entity, clientRowId)` to the item created. */
export interface SheetRowReceipt {
  entity: string;
  clientRowId: string;
  itemType: string;
  itemId: string;
}

export const receiptRef = (year: number, entity: string, clientRowId: string): EntityRef => ({
  type: 'sheetRowReceipt',
  id: `${entity}.${clientRowId}`,
  cycle: year,
});

const toCellValue = (value: SheetValue | undefined): CellValue =>
  value === undefined ? null : Array.isArray(value) ? value.join(', ') : value;

type Item = Stored<{ id: string }>;

/**
 * An entity whose rows live inside another stored item (a support plan's goals): its change
 * writes that item, and the entity names the row a create made.
 */
interface NestedRows {
  rowIdOf(change: Change): string | undefined;
}

const isNested = (entity: object): entity is NestedRows =>
  typeof (entity as Partial<NestedRows>).rowIdOf === 'function';

const createdRowId = (entity: object, change: Change): string =>
  (isNested(entity) ? entity.rowIdOf(change) : undefined) ?? change.ref.id;

/** A row that passed review and waits for its write: the item's change, a create's receipt. */
interface Pending {
  index: number;
  changes: Change[];
  /** The row's item id: the stored item's, or for a nested row (a plan's goal) its own. */
  rowId: string;
  create: boolean;
  /** An update of what an earlier request with this clientRowId created. */
  replay: boolean;
  changed: string[];
}

/**
 * Writes rows of one entity, each on its own: a rejected or conflicting row leaves the others
 * to apply. Rows without an id are created, each with a receipt by `(entity, clientRowId)` in the
 * same transaction, so a retried request finds the receipt and creates nothing; an update whose
 * stored values already equal the sent ones is `unchanged` whatever version it names. Rows not
 * sent are left alone. Writes go in transactions of up to MAX_CHANGES_PER_TRANSACTION changes
 * (a row's changes are never split); should one fail, its rows are written one by one.
 */
export const writeSheetRows = async (
  ctx: RequestContext,
  year: number,
  entity: string,
  sheet: WorkbookSheet,
  input: SheetRowInput[],
  locale: Locale,
  deps: Deps,
): Promise<SheetRowResult[]> => {
  await requireCycle(ctx, year, deps);
  const def = sheet.entity.sheet;
  const name = sheetName(def, locale);
  const lookup = await lookupFor(ctx, deps);
  const listById = async () =>
    new Map((await sheet.entity.list(ctx, year, deps)).map((i): [string, Item] => [i.id, i]));
  const rowContext: RowContext = { lookup, byId: await listById(), seen: new Map() };
  const known = new Set(def.columns.map((c) => c.key));
  const writable = new Set(editableKeys(def));
  const receipts = await Promise.all(
    input.map((row) =>
      row.id === undefined
        ? deps.store.get<SheetRowReceipt>(ctx, receiptRef(year, entity, row.clientRowId))
        : Promise.resolve(undefined),
    ),
  );

  const results: (SheetRowResult | undefined)[] = input.map(() => undefined);
  const rejected = (index: number, issues: RowIssue[]): SheetRowResult => ({
    clientRowId: input[index]!.clientRowId,
    status: 'rejected',
    id: input[index]!.id ?? null,
    issues,
  });
  const asRowIssue = (cell: CellIssue): RowIssue => {
    const { issue } = cell;
    if (issue.key === 'sheet.duplicateId') {
      const first = input[Number(issue.params?.row) - 1];
      return {
        column: 'id',
        issue: {
          path: ['id'],
          key: 'sheetRows.duplicateId',
          params: { clientRowId: first?.clientRowId ?? '' },
        },
      };
    }
    const head = issue.path[0];
    return { column: typeof head === 'string' && known.has(head) ? head : null, issue };
  };
  const withValues = (item: Item) => ({
    id: item.id,
    version: item.version,
    values: rowValuesOf(sheet, item, lookup, locale),
  });
  /** A create already applied: the row is the created item, at the version its create gave. */
  const replayed = (
    index: number,
    receipt: Stored<SheetRowReceipt>,
  ): SheetRowResult | { id: string; version: number } => {
    if (receipt.createdBy !== ctx.actor.userId) {
      return rejected(index, [
        { column: null, issue: { path: [], key: 'sheetRows.clientRowIdTaken' } },
      ]);
    }
    if (!rowContext.byId.has(receipt.itemId)) {
      return rejected(index, [
        {
          column: null,
          issue: { path: [], key: 'sheetRows.createdGone', params: { id: receipt.itemId } },
        },
      ]);
    }
    return { id: receipt.itemId, version: 1 };
  };

  const pending: Pending[] = [];
  // Every row is checked against the same cycle, plan state and units: read them once.
  const reviewDeps = withRememberedReads(deps);
  for (const [index, row] of input.entries()) {
    const { clientRowId } = row;
    const receipt = receipts[index];
    const target = receipt ? replayed(index, receipt) : { id: row.id, version: row.version };
    if ('status' in target) {
      results[index] = target;
      continue;
    }
    const replay = receipt !== undefined;
    const unknown = Object.keys(row.values).filter((k) => !known.has(k));
    if (unknown.length > 0) {
      results[index] = rejected(
        index,
        unknown.map((column) => ({
          column: null,
          issue: { path: [column], key: 'sheetRows.unknownColumn', params: { column } },
        })),
      );
      continue;
    }
    const current = target.id === undefined ? undefined : rowContext.byId.get(target.id);
    const currentCells = current
      ? itemCells(def, current, sheet.entity.toValues(current), lookup, locale)
      : undefined;
    const reviewed = await reviewRow(
      ctx,
      year,
      sheet,
      name,
      {
        row: index + 1,
        cells: Object.fromEntries(
          def.columns.map((c, i) => [
            c.key,
            c.kind === 'id'
              ? (target.id ?? null)
              : c.kind === 'version'
                ? (target.version ?? null)
                : // A column the row leaves out keeps the stored value; null or '' clears it.
                  writable.has(c.key) && !(c.key in row.values) && currentCells
                  ? (currentCells[i] ?? null)
                  : toCellValue(row.values[c.key]),
          ]),
        ),
      },
      rowContext,
      reviewDeps,
    );
    const settled = (item: Item): SheetRowResult =>
      replay
        ? { clientRowId, status: 'applied', ...withValues(item), changed: [], replayed: true }
        : { clientRowId, status: 'unchanged', ...withValues(item) };
    if (!reviewed) {
      results[index] = rejected(index, [
        { column: null, issue: { path: [], key: 'sheetRows.blankRow' } },
      ]);
    } else if (reviewed.action === 'rejected') {
      results[index] = rejected(index, reviewed.issues.map(asRowIssue));
    } else if (reviewed.action === 'unchanged') {
      results[index] = settled(reviewed.current);
    } else if (reviewed.action === 'conflict') {
      // A retried write that already landed sends an old version with the values now stored.
      results[index] =
        reviewed.changed.length === 0
          ? settled(reviewed.current)
          : {
              clientRowId,
              status: 'conflict',
              sentVersion: replay ? null : reviewed.sentVersion,
              changed: reviewed.changed,
              ...withValues(reviewed.current),
            };
    } else {
      const { change } = reviewed;
      const create = reviewed.action === 'create';
      const rowId = reviewed.current?.id ?? createdRowId(sheet.entity, change);
      const receiptData: SheetRowReceipt = {
        entity,
        clientRowId,
        itemType: change.ref.type,
        itemId: rowId,
      };
      pending.push({
        index,
        create,
        replay,
        rowId,
        changed: reviewed.changed,
        changes: create
          ? [
              change,
              {
                ref: receiptRef(year, entity, clientRowId),
                data: receiptData,
                expectedVersion: 0,
              },
            ]
          : [change],
      });
    }
  }

  const batches = transactionBatches(pending);
  const written = new Map<number, Stored<object>>();
  const lost: Pending[] = [];
  // Rows name distinct items (a repeated id is rejected above), so transactions never contend
  // with each other: a few at a time, not one after another.
  await forEachLimited(batches, PARALLEL_TRANSACTIONS, async (batch) => {
    try {
      const saved = await deps.store.apply(
        ctx,
        batch.flatMap((p) => p.changes),
      );
      let at = 0;
      for (const p of batch) {
        written.set(p.index, saved[at]!);
        at += p.changes.length;
      }
    } catch (error) {
      if (!(error instanceof CiklasError)) throw error;
      // Someone wrote in between (or the batch broke a store rule): each row on its own.
      for (const p of batch) {
        try {
          const [saved] = await deps.store.apply(ctx, p.changes);
          written.set(p.index, saved!);
        } catch (rowError) {
          if (rowError instanceof ValidationError) {
            results[p.index] = rejected(
              p.index,
              rowError.issues.map((issue) => ({ column: null, issue })),
            );
          } else if (!(rowError instanceof ConflictError)) throw rowError;
          lost.push(p);
        }
      }
    }
  });

  // What the rows are now, as the entity lists them (derived columns included).
  const now = written.size > 0 || lost.length > 0 ? await listById() : rowContext.byId;
  for (const p of pending) {
    const clientRowId = input[p.index]!.clientRowId;
    const saved = written.get(p.index);
    if (saved) {
      const item = now.get(p.rowId) ?? ({ ...saved, id: p.rowId } as Item);
      results[p.index] = {
        clientRowId,
        status: 'applied',
        ...withValues(item),
        changed: p.changed,
        replayed: p.replay,
      };
      continue;
    }
    if (results[p.index]) continue;
    // Lost to a concurrent write: the same create already landed, or the item changed.
    const receipt = p.create
      ? await deps.store.get<SheetRowReceipt>(ctx, receiptRef(year, entity, clientRowId))
      : undefined;
    if (receipt && receipt.createdBy !== ctx.actor.userId) {
      results[p.index] = rejected(p.index, [
        { column: null, issue: { path: [], key: 'sheetRows.clientRowIdTaken' } },
      ]);
      continue;
    }
    const created = receipt && now.get(receipt.itemId);
    if (created) {
      results[p.index] = {
        clientRowId,
        status: 'applied',
        ...withValues(created),
        changed: [],
        replayed: true,
      };
      continue;
    }
    const item = now.get(p.rowId);
    results[p.index] = item
      ? {
          clientRowId,
          status: 'conflict',
          sentVersion: input[p.index]!.version ?? null,
          changed: p.changed,
          ...withValues(item),
        }
      : rejected(p.index, [{ column: 'id', issue: { path: ['id'], key: 'sheet.unknownId' } }]);
  }
  return results.map((r) => r!);
};

/**
 * Writes rows whose changes may share one stored item (a support plan's goals, each a row, all
 * in the plan) in passes: a pass takes at most one row per stored item (`itemOf`, by the items as
 * listed before the first pass; rows of one id stay together) and sees the items as the pass
 * before left them. Without `itemOf`, one pass. The results are in the order sent.
 */
export const writeSheetRowsInPasses = async (
  ctx: RequestContext,
  year: number,
  entity: string,
  sheet: WorkbookSheet,
  input: SheetRowInput[],
  locale: Locale,
  deps: Deps,
  itemOf?: (row: SheetRowInput, items: ReadonlyMap<string, Item>) => string | undefined,
): Promise<SheetRowResult[]> => {
  if (!itemOf) return writeSheetRows(ctx, year, entity, sheet, input, locale, deps);
  await requireCycle(ctx, year, deps);
  const items = new Map((await sheet.entity.list(ctx, year, deps)).map((i) => [i.id, i]));
  const passes: number[][] = [];
  const nextPass = new Map<string, number>();
  const passOfId = new Map<string, number>();
  input.forEach((row, index) => {
    let pass = row.id === undefined ? undefined : passOfId.get(row.id);
    if (pass === undefined) {
      const key = itemOf(row, items);
      pass = key === undefined ? 0 : (nextPass.get(key) ?? 0);
      if (key !== undefined) nextPass.set(key, pass + 1);
      if (row.id !== undefined) passOfId.set(row.id, pass);
    }
    (passes[pass] ??= []).push(index);
  });
  const results: SheetRowResult[] = [];
  for (const pass of passes) {
    if (!pass) continue;
    const written = await writeSheetRows(
      ctx,
      year,
      entity,
      sheet,
      pass.map((i) => input[i]!),
      locale,
      deps,
    );
    pass.forEach((i, j) => (results[i] = written[j]!));
  }
  return results;
};
