/**
 * What the add-on remembers. The API URL, the token, the language, progress and the last push
 * are the user's (user properties: never in the sheet, never seen by other editors); a Ciklas
 * sheet's layout, the ids of its last pull and its unresolved conflicts belong to the document.
 */
import { AddonError, type Connection } from './api';
import { MAX_PROPERTY_CHARS } from './config';
import { langFromLocale, t } from './i18n';
import type { SheetLayout } from './rows';
import type { Lang, PushedRow, PushSummary, SidebarState } from './sidebar-contract';

const K = {
  apiUrl: 'ciklas.apiUrl',
  token: 'ciklas.token',
  lang: 'ciklas.lang',
  progress: 'ciklas.progress',
  lastPush: (ssId: string) => `ciklas.lastPush.${ssId}`,
  sheet: (sheetId: number) => `ciklas.sheet.${sheetId}`,
  idsCount: (sheetId: number) => `ciklas.ids.${sheetId}.n`,
  ids: (sheetId: number, n: number) => `ciklas.ids.${sheetId}.${n}`,
  conflicts: (sheetId: number) => `ciklas.conflicts.${sheetId}`,
};

const user = () => PropertiesService.getUserProperties();
const doc = () => PropertiesService.getDocumentProperties();

export const getLang = (): Lang => {
  try {
    const saved = user().getProperty(K.lang);
    if (saved === 'lt' || saved === 'en') return saved;
  } catch {
    // onOpen in AuthMode.NONE cannot read properties.
  }
  try {
    return langFromLocale(Session.getActiveUserLocale());
  } catch {
    return 'lt';
  }
};

export const setLang = (lang: Lang): void => {
  user().setProperty(K.lang, lang);
};

export const savedConnection = (): { apiUrl: string | null; token: string | null } => ({
  apiUrl: user().getProperty(K.apiUrl),
  token: user().getProperty(K.token),
});

export const saveConnection = (apiUrl: string, token: string): void => {
  user().setProperty(K.apiUrl, apiUrl);
  user().setProperty(K.token, token);
};

export const connection = (): Connection => {
  const lang = getLang();
  const { apiUrl, token } = savedConnection();
  if (!apiUrl || !token) throw new AddonError(t(lang, 'error.notConnected'));
  return { apiUrl, token, lang };
};

const setJson = (props: GoogleAppsScript.Properties, key: string, value: unknown): void => {
  const text = JSON.stringify(value);
  if (text.length > MAX_PROPERTY_CHARS)
    throw new AddonError(t(getLang(), 'error.tooLarge', { what: key }));
  props.setProperty(key, text);
};

const getJson = <T>(props: GoogleAppsScript.Properties, key: string): T | null => {
  const text = props.getProperty(key);
  if (!text) return null;
  try {
    return JSON.parse(text) as T;
  } catch {
    return null;
  }
};

export interface SheetRecord {
  layout: SheetLayout;
  lastPull: { at: string; rows: number } | null;
}

/** Options (dropdown lists) are only needed while inserting; the record keeps the rest. */
export const saveSheetRecord = (sheetId: number, record: SheetRecord): void => {
  const columns = record.layout.columns.map((c) => {
    const { options: _options, ...rest } = c;
    return rest;
  });
  setJson(doc(), K.sheet(sheetId), { ...record, layout: { ...record.layout, columns } });
};

export const sheetRecord = (sheetId: number): SheetRecord | null =>
  getJson<SheetRecord>(doc(), K.sheet(sheetId));

/** The ids of the last pull and of rows created since, in chunks under the property limit. */
export const saveKnownIds = (sheetId: number, ids: readonly string[]): void => {
  const props = doc();
  const old = Number(props.getProperty(K.idsCount(sheetId)) ?? '0');
  const chunks: string[] = [];
  let current = '';
  for (const id of ids) {
    if (current.length + id.length + 1 > MAX_PROPERTY_CHARS) {
      chunks.push(current);
      current = '';
    }
    current = current ? `${current},${id}` : id;
  }
  if (current) chunks.push(current);
  chunks.forEach((c, n) => props.setProperty(K.ids(sheetId, n), c));
  for (let n = chunks.length; n < old; n += 1) props.deleteProperty(K.ids(sheetId, n));
  props.setProperty(K.idsCount(sheetId), String(chunks.length));
};

export const knownIds = (sheetId: number): string[] => {
  const props = doc();
  const n = Number(props.getProperty(K.idsCount(sheetId)) ?? '0');
  const ids: string[] = [];
  for (let i = 0; i < n; i += 1) {
    const c = props.getProperty(K.ids(sheetId, i));
    if (c) ids.push(...c.split(','));
  }
  return ids;
};

/** Unresolved conflicts of a sheet: by item id, the server's version and the differing columns. */
export type Conflicts = Record<string, { version: number; changed: string[] }>;

export const conflicts = (sheetId: number): Conflicts =>
  getJson<Conflicts>(doc(), K.conflicts(sheetId)) ?? {};

export const saveConflicts = (sheetId: number, value: Conflicts): void => {
  if (Object.keys(value).length === 0) doc().deleteProperty(K.conflicts(sheetId));
  else setJson(doc(), K.conflicts(sheetId), value);
};

export type Progress = SidebarState['progress'];

export const setProgress = (progress: Progress): void => {
  if (progress === null) user().deleteProperty(K.progress);
  else user().setProperty(K.progress, JSON.stringify(progress));
};

export const progress = (): Progress => getJson<NonNullable<Progress>>(user(), K.progress);

export type LastPush = NonNullable<SidebarState['lastPush']>;

const clip = (v: string | number | boolean | null): string | number | boolean | null =>
  typeof v === 'string' && v.length > 120 ? `${v.slice(0, 119)}…` : v;

/** The last push, shrunk to fit one property: long texts clipped, then fewer rows. */
export const saveLastPush = (
  ssId: string,
  at: string,
  summary: PushSummary,
  rows: PushedRow[],
): void => {
  const shown = rows
    .filter((r) => r.status === 'conflict' || r.status === 'rejected')
    .concat(rows.filter((r) => r.status === 'applied'))
    .map((r) => ({
      ...r,
      ...(r.conflict
        ? {
            conflict: r.conflict.map((c) => ({ ...c, mine: clip(c.mine), server: clip(c.server) })),
          }
        : {}),
    }));
  for (let n = Math.min(shown.length, 60); n >= 0; n = n === 0 ? -1 : Math.floor(n / 2)) {
    const text = JSON.stringify({ at, summary, rows: shown.slice(0, n) });
    if (text.length <= MAX_PROPERTY_CHARS) {
      user().setProperty(K.lastPush(ssId), text);
      return;
    }
  }
};

export const lastPush = (ssId: string): LastPush | null =>
  getJson<LastPush>(user(), K.lastPush(ssId));

export const updateLastPushRow = (ssId: string, rowNumber: number, row: PushedRow | null): void => {
  const last = lastPush(ssId);
  if (!last) return;
  const rows = last.rows.flatMap((r) => (r.rowNumber === rowNumber ? (row ? [row] : []) : [r]));
  saveLastPush(ssId, last.at, last.summary, rows);
};
