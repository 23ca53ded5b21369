import { SheetsFault } from '../../domain/linked-sheets/ports';
import { parseRetryAfter, type RetryVerdict } from './retry';

/** An HTTP answer that is not 2xx, from the Sheets API (through gaxios) or the token endpoint. */
interface HttpFailure {
  status: number | null;
  retryAfter: string | null;
  message: string;
}

const RETRY_STATUSES = new Set([429, 500, 502, 503, 504]);

const headerOf = (headers: unknown, name: string): string | null => {
  if (!headers || typeof headers !== 'object') return null;
  if (typeof (headers as Headers).get === 'function') return (headers as Headers).get(name);
  const value = (headers as Record<string, unknown>)[name];
  return typeof value === 'string' ? value : null;
};

/** The status, `Retry-After` and message of a failed call; status null: no answer at all. */
export const httpFailureOf = (error: unknown): HttpFailure => {
  const e = error as {
    status?: unknown;
    response?: { status?: unknown; headers?: unknown; data?: unknown };
    message?: unknown;
  };
  const status =
    typeof e?.response?.status === 'number'
      ? e.response.status
      : typeof e?.status === 'number'
        ? e.status
        : null;
  const data = e?.response?.data as { error?: { message?: unknown } } | undefined;
  const message =
    typeof data?.error?.message === 'string'
      ? data.error.message
      : typeof e?.message === 'string'
        ? e.message
        : String(error);
  return { status, retryAfter: headerOf(e?.response?.headers, 'retry-after'), message };
};

/** Retry 429 and 500/502/503/504 and calls that got no answer (network errors, time-outs). */
export const classifyForRetry = (error: unknown): RetryVerdict => {
  if (error instanceof SheetsFault) return { retry: false, retryAfterMs: null };
  const failure = httpFailureOf(error);
  if (failure.status === null) return { retry: true, retryAfterMs: null };
  return {
    retry: RETRY_STATUSES.has(failure.status),
    retryAfterMs: parseRetryAfter(failure.retryAfter),
  };
};

/** What a call's final failure means for the link (docs/linked-sheets.md, "Faults"). */
export const faultOf = (error: unknown): SheetsFault => {
  if (error instanceof SheetsFault) return error;
  const { status, message } = httpFailureOf(error);
  const fault = (code: SheetsFault['code']) =>
    new SheetsFault(code, `${status ?? 'no answer'}: ${message}`, status, { cause: error });
  if (status === null) return fault('unavailable');
  if (status === 401) return fault('badCredentials');
  if (status === 403 || status === 404) return fault('notShared');
  if (status === 400 && /unable to parse range/i.test(message)) return fault('sheetMissing');
  if (status === 429) return fault('quota');
  if (status >= 500) return fault('unavailable');
  return fault('unexpectedResponse');
};
