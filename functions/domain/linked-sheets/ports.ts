import type { RequestContext } from '../ports';

/** One link as the cross-organisation index names it: ids only, nothing of the sheet or survey. */
export interface LinkedSheetIndexEntry {
  orgId: string;
  cycle: number;
  surveyId: string;
}

/** The Google service account's e-mail as the last job run saw it (whom to share sheets with). */
export interface ServiceAccountInfo {
  email: string;
  seenAt: string;
}

/**
 * Every organisation's links, for the nightly job: its own partition, outside every
 * organisation's, so the job lists links without scanning the table. The organisation-scoped
 * methods act for `ctx.actor.orgId` only; `entries` is for the job alone.
 */
export interface LinkedSheetIndex {
  add(ctx: RequestContext, cycle: number, surveyId: string): Promise<void>;
  remove(ctx: RequestContext, cycle: number, surveyId: string): Promise<void>;
  /** Every link of every organisation, in organisation order; or of one organisation. */
  entries(orgId?: string): Promise<LinkedSheetIndexEntry[]>;
  recordServiceAccount(info: ServiceAccountInfo): Promise<void>;
  serviceAccount(): Promise<ServiceAccountInfo | null>;
  /** Where the next full run starts: the first link a run cut short by time did not reach. */
  resumePoint(): Promise<LinkedSheetIndexEntry | null>;
  setResumePoint(entry: LinkedSheetIndexEntry | null): Promise<void>;
}

/** A value the results block writes. */
export type SheetCell = string | number | boolean | null;

/**
 * Google Sheets as the sync needs it (the adapter: functions/adapters/google-sheets). Failures
 * reject with a `SheetsFault`.
 */
export interface SpreadsheetGateway {
  /** The service account the spreadsheets must be shared with. */
  readonly serviceAccountEmail: string;
  /**
   * Every row of a sheet from row 1, as JSON values: blanks null or absent, numbers as numbers,
   * date-time cells as wall-clock text `yyyy-mm-dd hh:mm:ss` whatever the sheet's locale.
   */
  readValues(spreadsheetId: string, sheet: string): Promise<unknown[][]>;
  /** Replaces the sheet's content with `values` from A1 (values only: text stays text). */
  writeBlock(spreadsheetId: string, sheet: string, values: SheetCell[][]): Promise<void>;
}

export const SHEETS_FAULT_CODES = [
  'notShared',
  'sheetMissing',
  'quota',
  'unavailable',
  'badCredentials',
  'unexpectedResponse',
] as const;
export type SheetsFaultCode = (typeof SHEETS_FAULT_CODES)[number];

/** A Sheets API call that failed for good (after the adapter's retries). */
export class SheetsFault extends Error {
  override readonly name = 'SheetsFault';
  constructor(
    readonly code: SheetsFaultCode,
    message: string,
    readonly status: number | null = null,
    options?: { cause?: unknown },
  ) {
    super(message, options);
  }
}
