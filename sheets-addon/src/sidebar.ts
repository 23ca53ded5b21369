/** The state the sidebar shows (sheets-addon/src/sidebar-contract.ts). */
import { AddonError, call, type Connection } from './api';
import { t } from './i18n';
import { diffSheet } from './sheet';
import { getLang, lastPush, progress, savedConnection, sheetRecord } from './settings';
import type { Deadline, SidebarState } from './sidebar-contract';

interface Me {
  userId: string;
  orgId: string;
}

interface CycleView {
  year: number;
  phase: string;
  phaseLabel: string;
  deadlines: {
    id: string;
    label: string;
    dueOn: string | null;
    status: Deadline['status'];
    statusLabel: string;
  }[];
}

const messageOf = (e: unknown, lang: Connection['lang']): string =>
  e instanceof AddonError ? e.message : t(lang, 'error.unexpected');

/** Rows Push would send; 0 when the sheet cannot be read (its header was changed). */
const changedRowsOf = (
  sheet: GoogleAppsScript.Sheet,
  record: NonNullable<ReturnType<typeof sheetRecord>>,
  lang: Connection['lang'],
): number => {
  try {
    const { diff } = diffSheet(sheet, record, lang);
    return diff.creates.length + diff.updates.length;
  } catch {
    return 0;
  }
};

export const sidebarStateOf = (): SidebarState => {
  const lang = getLang();
  const { apiUrl, token } = savedConnection();
  const book = SpreadsheetApp.getActiveSpreadsheet();
  const state: SidebarState = {
    lang,
    connection: { connected: false, apiUrl, user: null, organisation: null, error: null },
    sheet: null,
    cycle: null,
    lastPull: null,
    lastPush: lastPush(book.getId()),
    progress: progress(),
  };
  const active = book.getActiveSheet();
  const record = sheetRecord(active.getSheetId());
  if (record) {
    state.lastPull = record.lastPull;
    const changedRows = changedRowsOf(active, record, lang);
    state.sheet = {
      name: active.getName(),
      entity: record.layout.entity,
      entityLabel: record.layout.title,
      year: record.layout.year,
      changedRows,
    };
  }
  if (!apiUrl || !token) {
    state.connection.error = t(lang, 'error.notConnected');
    return state;
  }
  const conn: Connection = { apiUrl, token, lang };
  try {
    const me = call<Me>(conn, 'GET', '/v1/me');
    state.connection = {
      connected: true,
      apiUrl,
      user: me.userId,
      organisation: me.orgId,
      error: null,
    };
  } catch (e) {
    state.connection.error = messageOf(e, lang);
    return state;
  }
  const year =
    record?.layout.year ??
    Number(Utilities.formatDate(new Date(), book.getSpreadsheetTimeZone(), 'yyyy'));
  try {
    const cycle = call<CycleView>(conn, 'GET', `/v1/cycles/${year}`);
    state.cycle = {
      year: cycle.year,
      phase: cycle.phase,
      phaseLabel: cycle.phaseLabel,
      deadlines: cycle.deadlines.map((d) => ({
        key: d.id,
        label: d.label,
        dueOn: d.dueOn,
        status: d.status,
        statusLabel: d.statusLabel,
      })),
    };
  } catch {
    state.cycle = null;
  }
  return state;
};
