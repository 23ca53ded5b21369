import { createHash, randomUUID } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import vm from 'node:vm';
import { FakeSpreadsheet, formatDate, type FakeValidation } from './spreadsheet';
import { SyncHttp } from './sync-fetch';

/**
 * In-memory fakes of the Apps Script services the add-on uses, and a `node:vm` context that
 * holds only them and ECMAScript's built-ins: the built bundle runs there as in Apps Script.
 * UrlFetchApp is synchronous and makes real HTTP requests (to the local test server).
 */

export type Answer =
  | { kind: 'prompt'; text: string; button?: 'OK' | 'CANCEL' }
  | { kind: 'alert'; button: 'YES' | 'NO' | 'OK' | 'CANCEL' };

export interface Dialog {
  kind: 'alert' | 'prompt';
  title: string;
  message: string;
  buttons: string;
}

export interface FetchLog {
  method: string;
  url: string;
  headers: Record<string, string>;
  body: unknown;
  status: number | null;
}

export class PropertiesStore {
  readonly data = new Map<string, string>();
  getProperty = (key: string) => this.data.get(key) ?? null;
  setProperty = (key: string, value: string) => {
    // Apps Script's quota: 9 KB per value.
    if (key.length + value.length > 9 * 1024)
      throw new Error('Exception: Argument too large: value');
    this.data.set(key, String(value));
    return this;
  };
  deleteProperty = (key: string) => {
    this.data.delete(key);
    return this;
  };
  getKeys = () => [...this.data.keys()];
  getProperties = () => Object.fromEntries(this.data);
}

export interface AppsScriptOptions {
  spreadsheet: FakeSpreadsheet;
  /** The user's properties (shared between sessions of the same user). */
  userProperties?: PropertiesStore;
  documentProperties?: PropertiesStore;
  locale?: string;
  /** Where `createHtmlOutputFromFile(name)` finds `name.html` (the build's dist). */
  htmlDir: string;
  http: SyncHttp;
}

export interface AppsScriptSession {
  context: vm.Context;
  spreadsheet: FakeSpreadsheet;
  userProperties: PropertiesStore;
  documentProperties: PropertiesStore;
  menus: { title: string; items: { caption: string; functionName: string }[] }[];
  dialogs: Dialog[];
  answers: Answer[];
  fetches: FetchLog[];
  sidebars: { title: string; html: string }[];
  /** Calls a top-level function of the bundle, as Apps Script does. */
  run: <T = unknown>(name: string, ...args: unknown[]) => T;
  /** The last alert's message. */
  lastMessage: () => string;
}

const BUTTONS = { OK: 'OK', CANCEL: 'CANCEL', YES: 'YES', NO: 'NO', CLOSE: 'CLOSE' } as const;
const BUTTON_SETS = { OK: 'OK', OK_CANCEL: 'OK_CANCEL', YES_NO: 'YES_NO' } as const;

const validationBuilder = () => {
  const rule: FakeValidation = {
    criteria: 'DATE_IS_VALID_DATE',
    values: [],
    allowInvalid: true,
    helpText: '',
  };
  const builder = {
    requireValueInList: (values: string[], showDropdown = true) => {
      rule.criteria = 'VALUE_IN_LIST';
      rule.values = [[...values], showDropdown];
      return builder;
    },
    requireDate: () => {
      rule.criteria = 'DATE_IS_VALID_DATE';
      rule.values = [];
      return builder;
    },
    setAllowInvalid: (allow: boolean) => ((rule.allowInvalid = allow), builder),
    setHelpText: (text: string) => ((rule.helpText = text), builder),
    build: () => ({
      ...rule,
      getCriteriaType: () => rule.criteria,
      getCriteriaValues: () => rule.values,
    }),
  };
  return builder;
};

export const createAppsScript = (options: AppsScriptOptions): AppsScriptSession => {
  const { spreadsheet, http } = options;
  const userProperties = options.userProperties ?? new PropertiesStore();
  const documentProperties = options.documentProperties ?? new PropertiesStore();
  const menus: AppsScriptSession['menus'] = [];
  const dialogs: Dialog[] = [];
  const answers: Answer[] = [];
  const fetches: FetchLog[] = [];
  const sidebars: AppsScriptSession['sidebars'] = [];

  const nextAnswer = (dialog: Dialog): Answer => {
    const answer = answers.shift();
    if (!answer)
      throw new Error(`fake Ui: no scripted answer for ${dialog.kind} "${dialog.message}"`);
    if (answer.kind !== dialog.kind)
      throw new Error(
        `fake Ui: expected a ${answer.kind}, the add-on opened a ${dialog.kind}: "${dialog.message}"`,
      );
    return answer;
  };

  const ui = {
    Button: BUTTONS,
    ButtonSet: BUTTON_SETS,
    createAddonMenu: () => {
      const menu = { title: 'Ciklas', items: [] as { caption: string; functionName: string }[] };
      const api = {
        addItem: (caption: string, functionName: string) => (
          menu.items.push({ caption, functionName }),
          api
        ),
        addSeparator: () => api,
        addToUi: () => {
          menus.push(menu);
        },
      };
      return api;
    },
    alert: (title: string, message: string, buttons: string): string => {
      const dialog: Dialog = { kind: 'alert', title, message, buttons };
      dialogs.push(dialog);
      if (buttons === BUTTON_SETS.OK) return BUTTONS.OK;
      return (nextAnswer(dialog) as Extract<Answer, { kind: 'alert' }>).button;
    },
    prompt: (title: string, message: string, buttons: string) => {
      const dialog: Dialog = { kind: 'prompt', title, message, buttons };
      dialogs.push(dialog);
      const answer = nextAnswer(dialog) as Extract<Answer, { kind: 'prompt' }>;
      return {
        getResponseText: () => answer.text,
        getSelectedButton: () => answer.button ?? BUTTONS.OK,
      };
    },
    showSidebar: (html: { title: string; html: string }) => {
      sidebars.push(html);
    },
  };
  const globals = {
    SpreadsheetApp: {
      getActiveSpreadsheet: () => spreadsheet,
      getActive: () => spreadsheet,
      getUi: () => ui,
      newDataValidation: validationBuilder,
      flush: () => undefined,
    },
    PropertiesService: {
      getUserProperties: () => userProperties,
      getDocumentProperties: () => documentProperties,
    },
    UrlFetchApp: {
      fetch: (url: string, params: Record<string, unknown> = {}) => {
        const method = String(params.method ?? 'get').toUpperCase();
        const headers: Record<string, string> = {
          ...((params.headers as Record<string, string>) ?? {}),
        };
        if (params.contentType) headers['Content-Type'] = String(params.contentType);
        const body = params.payload === undefined ? undefined : String(params.payload);
        const log: FetchLog = {
          method,
          url,
          headers,
          body: body === undefined ? undefined : safeJson(body),
          status: null,
        };
        fetches.push(log);
        const res = http.request({ url, method, headers, ...(body === undefined ? {} : { body }) });
        if ('error' in res) throw new Error(`Exception: Address unavailable: ${url}`);
        log.status = res.status;
        if (res.status >= 400 && params.muteHttpExceptions !== true)
          throw new Error(`Exception: Request failed for ${url} returned code ${res.status}`);
        return { getResponseCode: () => res.status, getContentText: () => res.text };
      },
    },
    HtmlService: {
      createHtmlOutputFromFile: (name: string) => {
        const file = join(options.htmlDir, `${name}.html`);
        if (!existsSync(file)) throw new Error(`Exception: No HTML file named ${name} was found.`);
        const out = {
          title: '',
          html: readFileSync(file, 'utf8'),
          setTitle: (title: string) => ((out.title = title), out),
        };
        return out;
      },
    },
    Utilities: {
      DigestAlgorithm: { SHA_256: 'SHA_256' },
      Charset: { UTF_8: 'UTF_8' },
      computeDigest: (algorithm: string, value: string) => {
        if (algorithm !== 'SHA_256') throw new Error(`fake: digest ${algorithm}`);
        return [...createHash('sha256').update(String(value), 'utf8').digest()].map((b) =>
          b > 127 ? b - 256 : b,
        );
      },
      formatDate: (date: Date, timeZone: string, pattern: string) =>
        formatDate(date, timeZone, pattern),
      getUuid: () => randomUUID(),
    },
    Session: {
      getActiveUserLocale: () => options.locale ?? 'lt',
    },
  };

  const context = vm.createContext(globals, { name: 'apps-script' });
  const run = <T>(name: string, ...args: unknown[]): T => {
    const fn = (context as Record<string, unknown>)[name];
    if (typeof fn !== 'function') throw new Error(`the bundle has no top-level function ${name}`);
    return (fn as (...a: unknown[]) => T)(...args);
  };
  return {
    context,
    spreadsheet,
    userProperties,
    documentProperties,
    menus,
    dialogs,
    answers,
    fetches,
    sidebars,
    run,
    lastMessage: () => [...dialogs].reverse().find((d) => d.kind === 'alert')?.message ?? '',
  };
};

const safeJson = (text: string): unknown => {
  try {
    return JSON.parse(text);
  } catch {
    return text;
  }
};

/** Loads the built Code.js into the session's context (as Apps Script loads a project's files). */
export const loadBundle = (session: AppsScriptSession, codeFile: string): void => {
  vm.runInContext(readFileSync(codeFile, 'utf8'), session.context, { filename: 'Code.js' });
};
