/**
 * What the sidebar (Sidebar.html, run in the user's browser by HtmlService) and the add-on's
 * server-side code (the bundle, run by Apps Script) exchange through `google.script.run`.
 * The sidebar only renders this state and calls the functions named in `SidebarApi`; every
 * text it shows that is not its own label comes here already in the user's language.
 */

export type Lang = 'lt' | 'en';

export type RowStatus = 'applied' | 'unchanged' | 'conflict' | 'rejected';

export interface ConflictCell {
  key: string;
  /** Column header in the user's language. */
  header: string;
  /** A1 address of the cell in the sheet, e.g. `Skyrių planai!F7`. */
  a1: string;
  mine: string | number | boolean | null;
  server: string | number | boolean | null;
}

export interface RowError {
  /** Column key, or null for the row as a whole. */
  column: string | null;
  header: string | null;
  /** A1 address of the cell (or of the row's first cell when column is null). */
  a1: string;
  /** Already in the user's language. */
  message: string;
}

export interface PushedRow {
  /** 1-based sheet row. */
  rowNumber: number;
  status: RowStatus;
  /** Columns (headers in the user's language) that changed or, for a conflict, differ. */
  changed: string[];
  /** For status `conflict`: the differing cells, still unresolved. */
  conflict?: ConflictCell[];
  /** For status `rejected`. */
  errors?: RowError[];
}

export interface PushSummary {
  applied: number;
  unchanged: number;
  conflict: number;
  rejected: number;
}

export interface Deadline {
  key: string;
  label: string;
  /** ISO date. */
  dueOn: string | null;
  status: 'done' | 'doneLate' | 'overdue' | 'dueSoon' | 'upcoming' | 'unscheduled';
  statusLabel: string;
}

export interface SidebarState {
  lang: Lang;
  connection: {
    connected: boolean;
    apiUrl: string | null;
    /** The user's id or e-mail as the API knows it (GET /v1/me). */
    user: string | null;
    organisation: string | null;
    /** Why the connection fails, in the user's language. */
    error: string | null;
  };
  /** The active sheet, when it is a Ciklas sheet. */
  sheet: {
    name: string;
    entity: string;
    entityLabel: string;
    year: number;
    /** Rows edited since the last pull (what Push would send). */
    changedRows: number;
  } | null;
  cycle: {
    year: number;
    phase: string;
    phaseLabel: string;
    deadlines: Deadline[];
  } | null;
  lastPull: { at: string; rows: number } | null;
  lastPush: { at: string; summary: PushSummary; rows: PushedRow[] } | null;
  /** Long work in progress (a push in batches, a survey import), else null. */
  progress: { label: string; done: number; total: number } | null;
}

/** Server-side functions the sidebar calls (global functions of the bundle). */
export interface SidebarApi {
  sidebarState(): SidebarState;
  sidebarPull(): SidebarState;
  sidebarPush(): SidebarState;
  /** Resolve one conflicting row: keep the user's values (pushed again at the server's version) or take the server's. */
  sidebarResolve(sheetName: string, rowNumber: number, choice: 'mine' | 'server'): SidebarState;
  /** Only the progress, polled while a long call runs. */
  sidebarProgress(): SidebarState['progress'];
  sidebarSetLanguage(lang: Lang): SidebarState;
}
