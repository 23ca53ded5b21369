import type { MessageKey } from '../../i18n';

/** Why a fault stopped a run: a Sheets API fault's code, or a problem with what was read. */
export const RUN_ERROR_CODES = [
  'notShared',
  'sheetMissing',
  'quota',
  'unavailable',
  'badCredentials',
  'unexpectedResponse',
  'notConfigured',
  'surveyMissing',
  'unreadable',
  'conflict',
  'internal',
] as const;
export type RunErrorCode = (typeof RUN_ERROR_CODES)[number];

export interface Message {
  key: MessageKey;
  params: Record<string, string | number>;
}

export interface RunError extends Message {
  at: string;
  code: RunErrorCode;
}

/** Why new rows were left for a person instead of being committed. */
export type FlagReason = 'rejectedCells' | 'conflicts' | 'headersChanged';

export interface Flag {
  at: string;
  /** The first reason found; `issues` says everything. */
  reason: FlagReason;
  reasons: FlagReason[];
  /** At most `MAX_FLAG_ISSUES`: rejected cells by A1 address, question conflicts, headers. */
  issues: Message[];
}

export const MAX_FLAG_ISSUES = 20;

/** What one run read and did. */
export interface RunCounts {
  at: string;
  /** Non-blank rows below the header. */
  rowsRead: number;
  added: number;
  alreadyImported: number;
  rejectedCells: number;
}

/** The link's state, written by each run (and only by runs). */
export interface LinkStatus {
  id: string;
  surveyId: string;
  cycle: number;
  lastRunAt: string | null;
  lastSuccessAt: string | null;
  /** The last run that failed (kept after later successes, so an admin sees what happened). */
  lastError: RunError | null;
  /** Responses the survey holds from this spreadsheet, over every run (from its import records). */
  rowsImported: number;
  lastRun: RunCounts | null;
  /** Set while new rows wait for a person; cleared by the next run that commits or finds nothing new. */
  flagged: Flag | null;
  /** When the results block was last written. */
  resultsWrittenAt: string | null;
}

export type LinkState = 'pending' | 'ok' | 'flagged' | 'failing';

export const emptyStatus = (cycle: number, surveyId: string): LinkStatus => ({
  id: `${cycle}.${surveyId}`,
  surveyId,
  cycle,
  lastRunAt: null,
  lastSuccessAt: null,
  lastError: null,
  rowsImported: 0,
  lastRun: null,
  flagged: null,
  resultsWrittenAt: null,
});

/** One word for a list: failing beats flagged beats ok; never run is pending. */
export const stateOf = (status: LinkStatus): LinkState => {
  if (status.lastError && (!status.lastSuccessAt || status.lastError.at >= status.lastSuccessAt))
    return 'failing';
  if (status.flagged) return 'flagged';
  return status.lastSuccessAt ? 'ok' : 'pending';
};

/** What a run came to, as the status records it. */
export type RunOutcome =
  | { kind: 'committed' | 'nothingNew'; counts: RunCounts; resultsWritten: boolean }
  | { kind: 'flagged'; counts: RunCounts; flag: Flag; resultsWritten: boolean }
  | { kind: 'failed'; counts: RunCounts | null; error: RunError; resultsWritten: boolean };

/** The status after a run; `rowsImported` is recounted from the stored import records. */
export const nextStatus = (
  before: LinkStatus,
  outcome: RunOutcome,
  at: string,
  rowsImported: number,
): LinkStatus => {
  const base: LinkStatus = {
    ...before,
    lastRunAt: at,
    rowsImported,
    ...(outcome.counts ? { lastRun: outcome.counts } : {}),
    ...(outcome.resultsWritten ? { resultsWrittenAt: at } : {}),
  };
  switch (outcome.kind) {
    case 'committed':
    case 'nothingNew':
      return { ...base, lastSuccessAt: at, flagged: null };
    case 'flagged':
      return { ...base, flagged: outcome.flag };
    case 'failed':
      // A failed run says nothing new about the rows: an earlier flag stays.
      return { ...base, lastError: outcome.error };
  }
};
