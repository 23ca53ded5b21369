/**
 * The add-on's entry points. Apps Script calls only top-level functions: the build adds one
 * stub per export here (`function onOpen(e) { return Ciklas.onOpen(e); }` …). Every entry point
 * shows failures as messages in the user's language, never as raw exceptions.
 */
import { AddonError, call, type Connection } from './api';
import { allowedApiUrls, ENTITIES } from './config';
import { t, type MessageKey } from './i18n';
import { pullSheet, pushSheet, resolveConflict, insertSheet, type PushOutcome } from './sheet';
import { connection, getLang, progress, saveConnection, setLang } from './settings';
import { sidebarStateOf } from './sidebar';
import type { Lang, SidebarState } from './sidebar-contract';
import { importSurveyResponses, listSurveys } from './survey-import';

const ui = () => SpreadsheetApp.getUi();

const messageOf = (e: unknown, lang: Lang): string =>
  e instanceof AddonError ? e.message : t(lang, 'error.unexpected');

const show = (message: string): void => {
  const u = ui();
  u.alert(t(getLang(), 'title'), message, u.ButtonSet.OK);
};

/** Runs a menu command; any failure becomes an alert in the user's language. */
const guard = (fn: () => void): void => {
  try {
    fn();
  } catch (e) {
    show(messageOf(e, getLang()));
  }
};

/** Runs a sidebar call; failures reach the sidebar's failure handler already translated. */
const forSidebar = <T>(fn: () => T): T => {
  try {
    return fn();
  } catch (e) {
    // Only the translated message reaches the sidebar (google.script.run passes the message on).
    // eslint-disable-next-line preserve-caught-error -- ES2020 (Apps Script typings here) has no Error cause
    throw new Error(messageOf(e, getLang()));
  }
};

const confirm = (message: string): boolean => {
  const u = ui();
  return u.alert(t(getLang(), 'title'), message, u.ButtonSet.YES_NO) === u.Button.YES;
};

/** A prompt's text, or null when cancelled. */
const ask = (message: string): string | null => {
  const u = ui();
  const res = u.prompt(t(getLang(), 'title'), message, u.ButtonSet.OK_CANCEL);
  return res.getSelectedButton() === u.Button.OK ? res.getResponseText().trim() : null;
};

const thisYear = (): number =>
  Number(
    Utilities.formatDate(
      new Date(),
      SpreadsheetApp.getActiveSpreadsheet().getSpreadsheetTimeZone(),
      'yyyy',
    ),
  );

const askYear = (lang: Lang, key: MessageKey): number | null => {
  const answer = ask(`${t(lang, key)} (${thisYear()})`);
  if (answer === null) return null;
  if (answer === '') return thisYear();
  const year = Number(answer);
  if (!/^\d{4}$/.test(answer) || year < 2000 || year > 2100)
    throw new AddonError(t(lang, 'insert.badYear', { value: answer }));
  return year;
};

const askChoice = <T>(
  lang: Lang,
  key: MessageKey,
  options: readonly T[],
  label: (o: T) => string,
): T | null => {
  const list = options.map((o, i) => `${i + 1}. ${label(o)}`).join('\n');
  const answer = ask(t(lang, key, { list }));
  if (answer === null) return null;
  const choice = options[Number(answer) - 1];
  if (!/^\d+$/.test(answer) || choice === undefined)
    throw new AddonError(t(lang, 'insert.badChoice', { value: answer }));
  return choice;
};

export function onOpen(_e?: unknown): void {
  const lang = getLang();
  ui()
    .createAddonMenu()
    .addItem(t(lang, 'menu.connect'), 'menuConnect')
    .addItem(t(lang, 'menu.insert'), 'menuInsertSheet')
    .addSeparator()
    .addItem(t(lang, 'menu.pull'), 'menuPull')
    .addItem(t(lang, 'menu.push'), 'menuPush')
    .addSeparator()
    .addItem(t(lang, 'menu.import'), 'menuImportSurvey')
    .addItem(t(lang, 'menu.sidebar'), 'showSidebar')
    .addToUi();
}

export function onInstall(e?: unknown): void {
  onOpen(e);
}

/** `https://host[:port][/path]` without query or fragment; no `URL` in Apps Script's V8. */
const URL_SHAPE = /^https?:\/\/[A-Za-z0-9.-]+(:\d{1,5})?(\/[A-Za-z0-9._~\-/]*)?$/;
const normalise = (url: string) => url.replace(/\/+$/, '');

export const checkApiUrl = (url: string, lang: Lang): string => {
  const allowed = allowedApiUrls().map(normalise);
  const example = allowed[0] ?? 'https://api.example.org';
  if (!URL_SHAPE.test(url)) throw new AddonError(t(lang, 'connect.urlInvalid', { url, example }));
  const clean = normalise(url);
  if (!allowed.some((a) => clean === a || clean.startsWith(`${a}/`)))
    throw new AddonError(
      t(lang, 'connect.urlNotAllowed', { url, allowed: allowed.join(', ') || '—' }),
    );
  return clean;
};

export function menuConnect(): void {
  guard(() => {
    const lang = getLang();
    const example = allowedApiUrls()[0] ?? 'https://api.example.org';
    const url = ask(t(lang, 'connect.urlPrompt', { example }));
    if (url === null) return show(t(lang, 'connect.cancelled'));
    const apiUrl = checkApiUrl(url, lang);
    const token = ask(t(lang, 'connect.tokenPrompt'));
    if (token === null) return show(t(lang, 'connect.cancelled'));
    if (token === '') throw new AddonError(t(lang, 'connect.tokenEmpty'));
    const conn: Connection = { apiUrl, token, lang };
    const me = call<{ userId: string; orgId: string }>(conn, 'GET', '/v1/me');
    saveConnection(apiUrl, token);
    show(t(lang, 'connect.ok', { user: me.userId, organisation: me.orgId }));
  });
}

export function menuInsertSheet(): void {
  guard(() => {
    const conn = connection();
    const entity = askChoice(conn.lang, 'insert.entityPrompt', ENTITIES, (e) =>
      t(conn.lang, `entity.${e}`),
    );
    if (entity === null) return;
    const year = askYear(conn.lang, 'insert.yearPrompt');
    if (year === null) return;
    const done = insertSheet(conn, entity, year);
    SpreadsheetApp.getActiveSpreadsheet().toast(
      t(conn.lang, 'insert.done', { sheet: done.sheet, rows: done.rows }),
      t(conn.lang, 'title'),
    );
  });
}

const pull = (conn: Connection): void => {
  const sheet = SpreadsheetApp.getActiveSpreadsheet().getActiveSheet();
  const done = pullSheet(conn, sheet, confirm);
  SpreadsheetApp.getActiveSpreadsheet().toast(
    done
      ? t(conn.lang, 'pull.done', { rows: done.rows, sheet: sheet.getName() })
      : t(conn.lang, 'pull.cancelled'),
    t(conn.lang, 'title'),
  );
};

const pushReport = (conn: Connection, out: PushOutcome, sheetName: string): string => {
  if (out.nothing) return t(conn.lang, 'push.nothing', { sheet: sheetName });
  const lines = [t(conn.lang, 'push.done', { ...out.summary, deleted: out.deleted })];
  for (const row of out.rows) for (const e of row.errors ?? []) lines.push(`${e.a1}: ${e.message}`);
  for (const row of out.rows)
    for (const c of row.conflict ?? []) lines.push(`${c.a1}: ${c.header}`);
  return [...lines, ...out.messages].join('\n');
};

const push = (conn: Connection): void => {
  const sheet = SpreadsheetApp.getActiveSpreadsheet().getActiveSheet();
  const out = pushSheet(conn, sheet, confirm);
  show(pushReport(conn, out, sheet.getName()));
};

export function menuPull(): void {
  guard(() => pull(connection()));
}

export function menuPush(): void {
  guard(() => push(connection()));
}

export function menuImportSurvey(): void {
  guard(() => {
    const conn = connection();
    const book = SpreadsheetApp.getActiveSpreadsheet();
    const name = ask(t(conn.lang, 'import.sheetPrompt') + `\n(${book.getActiveSheet().getName()})`);
    if (name === null) return;
    const sheet = name === '' ? book.getActiveSheet() : book.getSheetByName(name);
    if (!sheet) throw new AddonError(t(conn.lang, 'error.noSheet', { sheet: name }));
    const year = askYear(conn.lang, 'import.yearPrompt');
    if (year === null) return;
    const surveys = listSurveys(conn, year);
    if (surveys.length === 0) throw new AddonError(t(conn.lang, 'import.noSurveys', { year }));
    const survey = askChoice(
      conn.lang,
      'import.surveyPrompt',
      surveys,
      (s) => `${s.title} (${s.responses})`,
    );
    if (survey === null) return;
    const out = importSurveyResponses(conn, sheet, year, survey, confirm);
    if (out.status === 'empty') show(t(conn.lang, 'import.empty', { sheet: sheet.getName() }));
    else if (out.status === 'cancelled') show(t(conn.lang, 'import.cancelled'));
    else if (out.status === 'refused') show(out.message);
    else if (out.status === 'imported')
      show(t(conn.lang, 'import.done', { added: out.added, already: out.alreadyImported }));
  });
}

export function showSidebar(): void {
  guard(() => {
    const html = HtmlService.createHtmlOutputFromFile('Sidebar').setTitle(t(getLang(), 'title'));
    ui().showSidebar(html);
  });
}

export function sidebarState(): SidebarState {
  return forSidebar(sidebarStateOf);
}

export function sidebarPull(): SidebarState {
  return forSidebar(() => {
    const conn = connection();
    pullSheet(conn, SpreadsheetApp.getActiveSpreadsheet().getActiveSheet(), confirm);
    return sidebarStateOf();
  });
}

export function sidebarPush(): SidebarState {
  return forSidebar(() => {
    pushSheet(connection(), SpreadsheetApp.getActiveSpreadsheet().getActiveSheet(), confirm);
    return sidebarStateOf();
  });
}

export function sidebarResolve(
  sheetName: string,
  rowNumber: number,
  choice: 'mine' | 'server',
): SidebarState {
  return forSidebar(() => {
    if (choice !== 'mine' && choice !== 'server')
      throw new AddonError(t(getLang(), 'error.unexpected'));
    resolveConflict(connection(), sheetName, rowNumber, choice);
    return sidebarStateOf();
  });
}

export function sidebarProgress(): SidebarState['progress'] {
  return forSidebar(progress);
}

export function sidebarSetLanguage(lang: Lang): SidebarState {
  return forSidebar(() => {
    setLang(lang === 'en' ? 'en' : 'lt');
    return sidebarStateOf();
  });
}
