/**
 * Insert sheet, Pull, Push and conflict resolution: the Apps Script side of the pure modules
 * (rows, diff, validation, escape) against the sheet rows API (docs/sheet-rows.md).
 */
import { AddonError, call, type Connection } from './api';
import { MAX_ROWS_PER_PUSH } from './config';
import { chunk, diffRows, pendingClientRowId, type SheetDiff } from './diff';
import { t } from './i18n';
import {
  a1,
  changedKeys,
  columnOf,
  conflictingKeys,
  editableColumns,
  headerRow,
  metaColumn,
  NEW_ROW_PREFIX,
  readRow,
  rowCells,
  rowFingerprint,
  type ColumnSpec,
  type ServerCell,
  type ServerRow,
  type SheetLayout,
  type SheetRowRead,
} from './rows';
import {
  conflicts,
  knownIds,
  saveConflicts,
  saveKnownIds,
  saveLastPush,
  saveSheetRecord,
  setProgress,
  sheetRecord,
  updateLastPushRow,
  type Conflicts,
  type SheetRecord,
} from './settings';
import type { ConflictCell, PushedRow, PushSummary, RowError } from './sidebar-contract';
import { columnPlans } from './validation';

export interface SheetRowsView {
  entity: string;
  year: number;
  title: string;
  headers: string[];
  columns: ColumnSpec[];
  rows: ServerRow[];
}

type RowResult =
  | {
      clientRowId: string;
      status: 'applied';
      id: string;
      version: number;
      values: Record<string, ServerCell>;
      changed: string[];
    }
  | {
      clientRowId: string;
      status: 'unchanged';
      id: string;
      version: number;
      values: Record<string, ServerCell>;
    }
  | {
      clientRowId: string;
      status: 'conflict';
      id: string;
      version: number;
      values: Record<string, ServerCell>;
      changed: string[];
    }
  | {
      clientRowId: string;
      status: 'rejected';
      id: string | null;
      errors: { column: string | null; header: string | null; message: string }[];
    };

interface DeleteResult {
  id: string;
  status: 'deleted' | 'conflict' | 'rejected' | 'gone';
  version?: number;
  errors?: { message: string }[];
}

interface PutResult {
  rows: RowResult[];
  deleted?: DeleteResult[];
}

const CONFLICT_COLOUR = '#f4cccc';
const REJECTED_COLOUR = '#fce8b2';

const ss = () => SpreadsheetApp.getActiveSpreadsheet();

const dateFormatter = (book: GoogleAppsScript.Spreadsheet) => {
  const tz = book.getSpreadsheetTimeZone();
  return (d: Date) => Utilities.formatDate(d, tz, 'yyyy-MM-dd');
};

export const fingerprint = (
  values: Readonly<Record<string, ServerCell>>,
  layout: SheetLayout,
): string => rowFingerprint(values, layout);

export const fetchSheetRows = (conn: Connection, entity: string, year: number): SheetRowsView =>
  call<SheetRowsView>(conn, 'GET', `/v1/cycles/${year}/sheets/${encodeURIComponent(entity)}`);

/** A known id with the version it was pulled or applied at: `id:version`. */
const knownEntry = (id: string, version: number) => `${id}:${version}`;
const parseKnown = (entry: string): { id: string; version: number } => {
  const at = entry.lastIndexOf(':');
  return { id: entry.slice(0, at), version: Number(entry.slice(at + 1)) };
};

/** The Ciklas sheet `sheet` is, or an error in the user's language. */
export const ciklasSheet = (
  sheet: GoogleAppsScript.Sheet,
  lang: Connection['lang'],
): SheetRecord => {
  const record = sheetRecord(sheet.getSheetId());
  if (!record) throw new AddonError(t(lang, 'error.notCiklasSheet'));
  return record;
};

/** The data rows (row 2 on), after checking the header row still matches the layout. */
export const readSheet = (
  sheet: GoogleAppsScript.Sheet,
  layout: SheetLayout,
  lang: Connection['lang'],
): SheetRowRead[] => {
  const width = metaColumn(layout);
  const headers = sheet.getRange(1, 1, 1, width).getValues()[0] ?? [];
  const expected = headerRow(layout, t(lang, 'column.meta'));
  layout.columns.forEach((c, i) => {
    if (String(headers[i] ?? '') !== c.header)
      throw new AddonError(
        t(lang, 'error.sheetChanged', { sheet: sheet.getName(), header: expected[i] ?? c.key }),
      );
  });
  const last = sheet.getLastRow();
  if (last < 2) return [];
  const format = dateFormatter(ss());
  return sheet
    .getRange(2, 1, last - 1, width)
    .getValues()
    .map((cells, i) => readRow(cells, i + 2, layout, format));
};

export const diffSheet = (
  sheet: GoogleAppsScript.Sheet,
  record: SheetRecord,
  lang: Connection['lang'],
): { rows: SheetRowRead[]; diff: SheetDiff } => {
  const rows = readSheet(sheet, record.layout, lang);
  const known = knownIds(sheet.getSheetId()).map((e) => parseKnown(e).id);
  return { rows, diff: diffRows(rows, known, record.layout) };
};

const ensureRows = (sheet: GoogleAppsScript.Sheet, lastNeeded: number): void => {
  const max = sheet.getMaxRows();
  if (lastNeeded > max) sheet.insertRowsAfter(max, lastNeeded - max);
};

const writeRow = (
  sheet: GoogleAppsScript.Sheet,
  rowNumber: number,
  row: ServerRow,
  layout: SheetLayout,
): void => {
  sheet
    .getRange(rowNumber, 1, 1, metaColumn(layout))
    .setValues([rowCells(row, layout, fingerprint(row.values, layout))]);
};

const clearMarks = (
  sheet: GoogleAppsScript.Sheet,
  rowNumber: number,
  layout: SheetLayout,
): void => {
  const range = sheet.getRange(rowNumber, 1, 1, metaColumn(layout));
  range.setBackground(null);
  range.setNote(null);
};

/** Replaces every data row with the server's rows and remembers their ids and versions. */
const writeAll = (sheet: GoogleAppsScript.Sheet, record: SheetRecord, rows: ServerRow[]): void => {
  const { layout } = record;
  const width = metaColumn(layout);
  const last = sheet.getLastRow();
  if (last >= 2) {
    const old = sheet.getRange(2, 1, last - 1, width);
    old.clearContent();
    old.setBackground(null);
    old.setNote(null);
  }
  if (rows.length) {
    ensureRows(sheet, rows.length + 1);
    sheet
      .getRange(2, 1, rows.length, width)
      .setValues(rows.map((r) => rowCells(r, layout, fingerprint(r.values, layout))));
  }
  const id = sheet.getSheetId();
  saveKnownIds(
    id,
    rows.map((r) => knownEntry(r.id, r.version)),
  );
  saveConflicts(id, {});
  saveSheetRecord(id, { ...record, lastPull: { at: new Date().toISOString(), rows: rows.length } });
};

const uniqueName = (book: GoogleAppsScript.Spreadsheet, title: string, year: number): string => {
  const candidates = [`${title} ${year}`];
  for (let n = 2; n < 100; n += 1) candidates.push(`${title} ${year} (${n})`);
  return (
    candidates.find((name) => !book.getSheetByName(name)) ??
    `${title} ${year} ${Utilities.getUuid().slice(0, 8)}`
  );
};

/** Insert sheet: headers, dropdowns, date validation, text format, hidden and protected columns, the rows. */
export const insertSheet = (
  conn: Connection,
  entity: string,
  year: number,
): { sheet: string; rows: number } => {
  const view = fetchSheetRows(conn, entity, year);
  const layout: SheetLayout = { entity, year, title: view.title, columns: view.columns };
  const book = ss();
  const sheet = book.insertSheet(uniqueName(book, view.title, year));
  const width = metaColumn(layout);
  const rowsNeeded = Math.max(view.rows.length + 1, 200);
  ensureRows(sheet, rowsNeeded);
  const maxRows = sheet.getMaxRows();
  const header = sheet.getRange(1, 1, 1, width);
  header.setNumberFormat('@');
  header.setValues([headerRow(layout, t(conn.lang, 'column.meta'))]);
  header.setFontWeight('bold');
  sheet.setFrozenRows(1);
  for (const plan of columnPlans(layout)) {
    const body = sheet.getRange(2, plan.column, maxRows - 1, 1);
    if (plan.numberFormat) body.setNumberFormat(plan.numberFormat);
    if (plan.rule.kind === 'list') {
      body.setDataValidation(
        SpreadsheetApp.newDataValidation()
          .requireValueInList(plan.rule.values, true)
          .setAllowInvalid(false)
          .build(),
      );
    } else if (plan.rule.kind === 'date') {
      body.setDataValidation(
        SpreadsheetApp.newDataValidation().requireDate().setAllowInvalid(false).build(),
      );
    }
    if (plan.hidden) sheet.hideColumns(plan.column, 1);
    if (plan.protectedColumn) {
      // Warning-only: a full protection would stop other staff's pushes writing ids back.
      sheet
        .getRange(1, plan.column, maxRows, 1)
        .protect()
        .setDescription(t(conn.lang, 'protect.description'))
        .setWarningOnly(true);
    }
  }
  const record: SheetRecord = { layout, lastPull: null };
  saveSheetRecord(sheet.getSheetId(), record);
  writeAll(sheet, record, view.rows);
  sheet.activate();
  return { sheet: sheet.getName(), rows: view.rows.length };
};

/** Pull: the server's rows replace the sheet's, after a yes when unpushed changes would be lost. */
export const pullSheet = (
  conn: Connection,
  sheet: GoogleAppsScript.Sheet,
  confirm: (message: string) => boolean,
): { rows: number } | null => {
  const record = ciklasSheet(sheet, conn.lang);
  const { diff } = diffSheet(sheet, record, conn.lang);
  const pending = diff.creates.length + diff.updates.length;
  if (
    pending > 0 &&
    !confirm(t(conn.lang, 'pull.overwrite', { sheet: sheet.getName(), count: pending }))
  )
    return null;
  const view = fetchSheetRows(conn, record.layout.entity, record.layout.year);
  writeAll(sheet, record, view.rows);
  return { rows: view.rows.length };
};

const headerOf = (layout: SheetLayout, key: string): string =>
  layout.columns.find((c) => c.key === key)?.header ?? key;

const firstEditableColumn = (layout: SheetLayout): number => {
  const first = editableColumns(layout)[0];
  return first ? columnOf(layout, first.key) : 1;
};

interface Applied {
  pushed: PushedRow;
  known?: { id: string; version: number };
}

/** Writes one row's result into the sheet (values, marks, notes) and says what happened. */
const applyResult = (
  sheet: GoogleAppsScript.Sheet,
  layout: SheetLayout,
  row: SheetRowRead,
  result: RowResult,
  pending: Conflicts,
  lang: Connection['lang'],
): Applied => {
  const name = sheet.getName();
  if (result.status === 'applied' || result.status === 'unchanged') {
    writeRow(
      sheet,
      row.rowNumber,
      { id: result.id, version: result.version, values: result.values },
      layout,
    );
    clearMarks(sheet, row.rowNumber, layout);
    delete pending[result.id];
    const changed =
      result.status === 'applied' ? result.changed.map((k) => headerOf(layout, k)) : [];
    return {
      pushed: { rowNumber: row.rowNumber, status: result.status, changed },
      known: { id: result.id, version: result.version },
    };
  }
  if (result.status === 'conflict') {
    clearMarks(sheet, row.rowNumber, layout);
    const overlap = conflictingKeys(row, result.values, layout);
    const keys = overlap.length ? overlap : result.changed;
    pending[result.id] = { version: result.version, changed: keys };
    const cells: ConflictCell[] = [];
    for (const key of keys) {
      if (!layout.columns.some((c) => c.key === key)) continue;
      const column = columnOf(layout, key);
      const mine = row.values[key] ?? null;
      const server = result.values[key] ?? null;
      const cell = sheet.getRange(row.rowNumber, column, 1, 1);
      cell.setBackground(CONFLICT_COLOUR);
      cell.setNote(
        t(lang, 'push.conflictNote', {
          server: server === null || server === '' ? t(lang, 'empty') : String(server),
          mine: mine === null || mine === '' ? t(lang, 'empty') : String(mine),
        }),
      );
      cells.push({
        key,
        header: headerOf(layout, key),
        a1: a1(name, row.rowNumber, column),
        mine,
        server,
      });
    }
    return {
      pushed: {
        rowNumber: row.rowNumber,
        status: 'conflict',
        changed: cells.map((c) => c.header),
        conflict: cells,
      },
    };
  }
  clearMarks(sheet, row.rowNumber, layout);
  const errors: RowError[] = result.errors.map((e) => {
    const column =
      e.column !== null && layout.columns.some((c) => c.key === e.column)
        ? columnOf(layout, e.column)
        : firstEditableColumn(layout);
    const cell = sheet.getRange(row.rowNumber, column, 1, 1);
    cell.setBackground(REJECTED_COLOUR);
    cell.setNote(t(lang, 'push.rejectedNote', { message: e.message }));
    return {
      column: e.column,
      header: e.header,
      a1: a1(name, row.rowNumber, column),
      message: e.message,
    };
  });
  return { pushed: { rowNumber: row.rowNumber, status: 'rejected', changed: [], errors } };
};

/**
 * Conflicts whose changes do not overlap (the colleague changed other cells than the user) are
 * sent once more at the server's version with the user's cells only: the server keeps both.
 * A row that conflicts again stays a conflict for the user to resolve.
 */
const mergeNonOverlapping = (
  conn: Connection,
  layout: SheetLayout,
  batch: { row: SheetRowRead; values: Record<string, ServerCell> }[],
  answers: RowResult[],
): RowResult[] => {
  const again: { index: number; body: unknown }[] = [];
  answers.forEach((res, index) => {
    const sent = batch[index];
    if (res.status !== 'conflict' || !sent || sent.row.id === null) return;
    if (conflictingKeys(sent.row, res.values, layout).length > 0) return;
    again.push({
      index,
      body: {
        clientRowId: `row-${sent.row.rowNumber}`,
        id: res.id,
        version: res.version,
        values: sent.values,
      },
    });
  });
  if (again.length === 0) return answers;
  const retried = putRows(conn, layout, { rows: again.map((a) => a.body) }).rows;
  const merged = [...answers];
  again.forEach((a, i) => {
    const res = retried[i];
    if (res) merged[a.index] = res;
  });
  return merged;
};

export interface PushOutcome {
  summary: PushSummary;
  rows: PushedRow[];
  deleted: number;
  messages: string[];
  nothing: boolean;
}

const putRows = (conn: Connection, layout: SheetLayout, body: unknown): PutResult =>
  call<PutResult>(
    conn,
    'PUT',
    `/v1/cycles/${layout.year}/sheets/${encodeURIComponent(layout.entity)}`,
    body,
  );

/** Push: only rows changed since the pull, new rows, and (after a yes) rows removed from the sheet. */
export const pushSheet = (
  conn: Connection,
  sheet: GoogleAppsScript.Sheet,
  confirm: (message: string) => boolean,
): PushOutcome => {
  const record = ciklasSheet(sheet, conn.lang);
  const { layout } = record;
  const sheetId = sheet.getSheetId();
  const { diff } = diffSheet(sheet, record, conn.lang);
  const known = new Map(
    knownIds(sheetId).map((e) => [parseKnown(e).id, parseKnown(e).version] as const),
  );
  const summary: PushSummary = { applied: 0, unchanged: 0, conflict: 0, rejected: 0 };
  const deletes: { id: string; version: number }[] = [];
  if (
    diff.removedIds.length > 0 &&
    confirm(
      t(conn.lang, 'push.confirmDelete', { sheet: sheet.getName(), count: diff.removedIds.length }),
    )
  ) {
    for (const id of diff.removedIds) deletes.push({ id, version: known.get(id) ?? 0 });
  }
  // Updates carry only the cells changed since the pull: a column left out keeps the stored
  // value, so a colleague's edit of another cell of the row is no conflict.
  const toSend: { row: SheetRowRead; values: Record<string, ServerCell> }[] = [
    ...diff.updates.map((u) => ({
      row: u.row,
      values: Object.fromEntries(u.changed.map((k) => [k, u.row.values[k] ?? null])),
    })),
    ...diff.creates.map((row) => ({ row, values: row.values })),
  ];
  if (toSend.length === 0 && deletes.length === 0)
    return { summary, rows: [], deleted: 0, messages: [], nothing: true };

  // A new row gets its clientRowId in its hidden cell before it is sent, so a retry after a
  // lost answer sends the same one and the server creates nothing twice.
  const meta = metaColumn(layout);
  const clientIds = new Map<SheetRowRead, string>();
  for (const row of diff.creates) {
    let id = pendingClientRowId(row);
    if (id === null) {
      id = Utilities.getUuid();
      sheet.getRange(row.rowNumber, meta, 1, 1).setValue(`${NEW_ROW_PREFIX}${id}`);
    }
    clientIds.set(row, id);
  }
  if (diff.creates.length) SpreadsheetApp.flush();

  const pending = conflicts(sheetId);
  const pushed: PushedRow[] = [];
  const messages: string[] = [];
  let deleted = 0;
  const batches = chunk(toSend, MAX_ROWS_PER_PUSH);
  if (batches.length === 0) batches.push([]);
  const label = t(conn.lang, 'progress.push');
  setProgress({ label, done: 0, total: toSend.length });
  try {
    batches.forEach((batch, b) => {
      const body: { rows: unknown[]; deletes?: { id: string; version: number }[] } = {
        rows: batch.map(({ row, values }) =>
          row.id !== null
            ? { clientRowId: `row-${row.rowNumber}`, id: row.id, version: row.version ?? 0, values }
            : { clientRowId: clientIds.get(row) ?? Utilities.getUuid(), values },
        ),
      };
      if (b === 0 && deletes.length) body.deletes = deletes;
      const result = putRows(conn, layout, body);
      const answers = mergeNonOverlapping(conn, layout, batch, result.rows);
      answers.forEach((res, i) => {
        const row = batch[i]?.row;
        if (!row) return;
        summary[res.status] += 1;
        const applied = applyResult(sheet, layout, row, res, pending, conn.lang);
        pushed.push(applied.pushed);
        if (applied.known) known.set(applied.known.id, applied.known.version);
      });
      for (const d of result.deleted ?? []) {
        if (d.status === 'deleted' || d.status === 'gone') {
          known.delete(d.id);
          delete pending[d.id];
          if (d.status === 'deleted') deleted += 1;
        } else if (d.status === 'conflict') {
          messages.push(t(conn.lang, 'push.deleteConflict', { id: d.id }));
        } else {
          messages.push(
            t(conn.lang, 'push.deleteRejected', {
              id: d.id,
              message: (d.errors ?? []).map((e) => e.message).join('; '),
            }),
          );
        }
      }
      setProgress({
        label,
        done: Math.min(toSend.length, (b + 1) * MAX_ROWS_PER_PUSH),
        total: toSend.length,
      });
    });
  } finally {
    saveKnownIds(
      sheetId,
      [...known].map(([id, version]) => knownEntry(id, version)),
    );
    saveConflicts(sheetId, pending);
    setProgress(null);
  }
  saveLastPush(ss().getId(), new Date().toISOString(), summary, pushed);
  return { summary, rows: pushed, deleted, messages, nothing: false };
};

/** Resolve a conflicting row: the user's values again at the server's version, or the server's values. */
export const resolveConflict = (
  conn: Connection,
  sheetName: string,
  rowNumber: number,
  choice: 'mine' | 'server',
): PushedRow | null => {
  const book = ss();
  const sheet = book.getSheetByName(sheetName);
  if (!sheet) throw new AddonError(t(conn.lang, 'error.noSheet', { sheet: sheetName }));
  const record = ciklasSheet(sheet, conn.lang);
  const { layout } = record;
  const sheetId = sheet.getSheetId();
  const row = readSheet(sheet, layout, conn.lang).find((r) => r.rowNumber === rowNumber);
  const pending = conflicts(sheetId);
  const entry = row?.id ? pending[row.id] : undefined;
  if (!row || !row.id || !entry)
    throw new AddonError(t(conn.lang, 'resolve.noConflict', { row: rowNumber }));
  const id = row.id;
  let outcome: Applied;
  if (choice === 'server') {
    const current = fetchSheetRows(conn, layout.entity, layout.year).rows.find((r) => r.id === id);
    // The server's values for the cells both changed; the user's other edits of the row still go.
    const overlap = current ? new Set(conflictingKeys(row, current.values, layout)) : new Set();
    const keep = current ? changedKeys(row, layout).filter((k) => !overlap.has(k)) : [];
    if (current && keep.length > 0) {
      const res = putRows(conn, layout, {
        rows: [
          {
            clientRowId: `row-${rowNumber}`,
            id,
            version: current.version,
            values: Object.fromEntries(keep.map((k) => [k, row.values[k] ?? null])),
          },
        ],
      }).rows[0];
      if (!res) throw new AddonError(t(conn.lang, 'error.unexpected'));
      outcome = applyResult(sheet, layout, row, res, pending, conn.lang);
    } else if (current) {
      outcome = applyResult(
        sheet,
        layout,
        row,
        { clientRowId: '', status: 'unchanged', ...current },
        pending,
        conn.lang,
      );
    } else {
      clearMarks(sheet, rowNumber, layout);
      delete pending[id];
      outcome = { pushed: { rowNumber, status: 'unchanged', changed: [] } };
    }
  } else {
    const result = putRows(conn, layout, {
      rows: [
        {
          clientRowId: `row-${rowNumber}`,
          id,
          version: entry.version,
          values: Object.fromEntries(
            changedKeys(row, layout).map((k) => [k, row.values[k] ?? null]),
          ),
        },
      ],
    });
    const res = result.rows[0];
    if (!res) throw new AddonError(t(conn.lang, 'error.unexpected'));
    outcome = applyResult(sheet, layout, row, res, pending, conn.lang);
  }
  if (outcome.known) {
    const known = knownIds(sheetId).filter((e) => parseKnown(e).id !== id);
    saveKnownIds(sheetId, [...known, knownEntry(outcome.known.id, outcome.known.version)]);
  }
  saveConflicts(sheetId, pending);
  const still = outcome.pushed.status === 'conflict' || outcome.pushed.status === 'rejected';
  updateLastPushRow(book.getId(), rowNumber, still ? outcome.pushed : null);
  return outcome.pushed;
};
