import { sheets as sheetsApi, type sheets_v4 } from '@googleapis/sheets';
import {
  SheetsFault,
  type SheetCell,
  type SpreadsheetGateway,
} from '../../domain/linked-sheets/ports';
import { quoteSheet, rowRange } from './a1';
import { parseServiceAccount, type ServiceAccount } from './credentials';
import { normaliseValues } from './dates';
import { classifyForRetry, faultOf } from './errors';
import { Pacer, REAL_CLOCK, type PacerClock } from './pacer';
import { DEFAULT_RETRY_POLICY, withRetry, type RetryPolicy } from './retry';
import { ServiceAccountTokens } from './token';

export interface GoogleSheetsOptions {
  /** The service account's JSON key (Secrets Manager, or a file locally). */
  credentials: string;
  /**
   * The Sheets API's root URL: a local stand-in in tests and `npm start`.
   * @default 'https://sheets.googleapis.com/'
   */
  rootUrl?: string;
  /** @default DEFAULT_RETRY_POLICY (5 tries, full jitter from 0.5 s up to 16 s) */
  retry?: Partial<RetryPolicy>;
  /**
   * Rows per range of a `values.batchGet`, and ranges per call: a 100,000-row sheet is 20 ranges
   * in 5 calls. @default { rowsPerRange: 5000, rangesPerCall: 4 }
   */
  blocks?: { rowsPerRange: number; rangesPerCall: number };
  /** Time-out of one HTTP call. @default 30_000 */
  timeoutMs?: number;
  /**
   * Requests a minute this gateway starts, reads and writes apart: under Google's default of 60
   * each per user (the service account) per project. `Infinity` turns pacing off.
   * @default { readsPerMinute: 55, writesPerMinute: 55, clock: real time }
   */
  quota?: { readsPerMinute?: number; writesPerMinute?: number; clock?: PacerClock };
}

interface SheetGrid {
  rowCount: number;
  locale: string;
}

/**
 * Google Sheets through the Sheets API v4 (`@googleapis/sheets`, the googleapis project's
 * generated Sheets client). Every call is retried on 429, 5xx and network errors with full-jitter
 * back-off (honouring `Retry-After`), gaxios's own retries being off; a final failure becomes a
 * `SheetsFault` with a code the link's status shows.
 */
export class GoogleSheetsGateway implements SpreadsheetGateway {
  readonly serviceAccountEmail: string;
  private readonly api: sheets_v4.Sheets;
  private readonly tokens: ServiceAccountTokens;
  private readonly retry: RetryPolicy;
  private readonly blocks: { rowsPerRange: number; rangesPerCall: number };
  private readonly timeoutMs: number;
  private readonly pacers: Record<'read' | 'write', Pacer>;

  constructor(options: GoogleSheetsOptions) {
    const account: ServiceAccount = parseServiceAccount(options.credentials);
    this.serviceAccountEmail = account.email;
    this.retry = { ...DEFAULT_RETRY_POLICY, ...options.retry };
    this.tokens = new ServiceAccountTokens(account, this.retry);
    this.api = sheetsApi({
      version: 'v4',
      ...(options.rootUrl ? { rootUrl: options.rootUrl } : {}),
    });
    this.blocks = options.blocks ?? { rowsPerRange: 5000, rangesPerCall: 4 };
    this.timeoutMs = options.timeoutMs ?? 30_000;
    const clock = options.quota?.clock ?? REAL_CLOCK;
    this.pacers = {
      read: new Pacer(options.quota?.readsPerMinute ?? 55, clock),
      write: new Pacer(options.quota?.writesPerMinute ?? 55, clock),
    };
  }

  /**
   * One API call with a fresh token, each try paced under the quota of its kind and retried as
   * the policy says; a final failure is a fault.
   */
  private async call<T>(
    kind: 'read' | 'write',
    request: (options: object) => Promise<{ data: T }>,
  ): Promise<T> {
    try {
      return await withRetry(
        async () => {
          await this.pacers[kind].take();
          const token = await this.tokens.token();
          const res = await request({
            headers: { authorization: `Bearer ${token}` },
            retry: false,
            timeout: this.timeoutMs,
            // Node's own fetch: gaxios would otherwise import node-fetch dynamically.
            fetchImplementation: fetch,
          });
          return res.data;
        },
        classifyForRetry,
        this.retry,
      );
    } catch (error) {
      throw faultOf(error);
    }
  }

  private async grid(spreadsheetId: string, sheet: string): Promise<SheetGrid> {
    const data = await this.call('read', (options) =>
      this.api.spreadsheets.get(
        {
          spreadsheetId,
          fields: 'properties(locale),sheets(properties(title,gridProperties(rowCount)))',
        },
        options,
      ),
    );
    const found = data.sheets?.find((s) => s.properties?.title === sheet);
    if (!found) throw new SheetsFault('sheetMissing', `no sheet "${sheet}" in ${spreadsheetId}`);
    return {
      rowCount: found.properties?.gridProperties?.rowCount ?? 0,
      locale: data.properties?.locale ?? 'en_US',
    };
  }

  /**
   * The sheet's grid size and locale (`spreadsheets.get`), then its rows in blocks of whole-row
   * ranges with `values.batchGet` (unformatted numbers; date-times as formatted text, turned into
   * wall-clock text by the spreadsheet's locale).
   */
  async readValues(spreadsheetId: string, sheet: string): Promise<unknown[][]> {
    const { rowCount, locale } = await this.grid(spreadsheetId, sheet);
    const { rowsPerRange, rangesPerCall } = this.blocks;
    const ranges: Array<{ from: number; range: string }> = [];
    for (let from = 1; from <= rowCount; from += rowsPerRange)
      ranges.push({
        from,
        range: rowRange(sheet, from, Math.min(rowCount, from + rowsPerRange - 1)),
      });
    const rows: unknown[][] = [];
    for (let i = 0; i < ranges.length; i += rangesPerCall) {
      const batch = ranges.slice(i, i + rangesPerCall);
      const data = await this.call('read', (options) =>
        this.api.spreadsheets.values.batchGet(
          {
            spreadsheetId,
            ranges: batch.map((r) => r.range),
            majorDimension: 'ROWS',
            valueRenderOption: 'UNFORMATTED_VALUE',
            dateTimeRenderOption: 'FORMATTED_STRING',
          },
          options,
        ),
      );
      const valueRanges = data.valueRanges ?? [];
      if (valueRanges.length !== batch.length)
        throw new SheetsFault(
          'unexpectedResponse',
          `asked ${batch.length} ranges, got ${valueRanges.length}`,
        );
      batch.forEach(({ from }, k) => {
        (valueRanges[k]?.values ?? []).forEach((cells, j) => {
          rows[from - 1 + j] = Array.isArray(cells) ? (cells as unknown[]) : [];
        });
      });
    }
    for (let r = 0; r < rows.length; r++) rows[r] ??= [];
    return normaliseValues(rows, locale);
  }

  /**
   * Clears the sheet and writes `values` from A1 with `valueInputOption: RAW`: Sheets stores
   * every value as given, so a text starting with `=`, `+`, `-` or `@` stays text, never a formula.
   */
  async writeBlock(spreadsheetId: string, sheet: string, values: SheetCell[][]): Promise<void> {
    await this.call('write', (options) =>
      this.api.spreadsheets.values.clear(
        { spreadsheetId, range: quoteSheet(sheet), requestBody: {} },
        options,
      ),
    );
    await this.call('write', (options) =>
      this.api.spreadsheets.values.update(
        {
          spreadsheetId,
          range: `${quoteSheet(sheet)}!A1`,
          valueInputOption: 'RAW',
          requestBody: {
            majorDimension: 'ROWS',
            // RAW takes JSON values; a blank is an empty string (null would leave the old value).
            values: values.map((row) => row.map((cell) => cell ?? '')),
          },
        },
        options,
      ),
    );
  }
}
