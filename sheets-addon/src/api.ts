/**
 * The Ciklas API over UrlFetchApp (synchronous, as Apps Script is). Every failure becomes an
 * `AddonError` whose message is already in the user's language: the API's own problem+json
 * detail (it speaks Accept-Language), or the add-on's words for 401, network and the unexpected.
 */
import { t } from './i18n';
import { problemMessage } from './problem';
import type { Lang } from './sidebar-contract';

export class AddonError extends Error {
  override readonly name = 'AddonError';
  constructor(
    message: string,
    readonly status: number | null = null,
  ) {
    super(message);
  }
}

export interface Connection {
  apiUrl: string;
  token: string;
  lang: Lang;
}

export const joinUrl = (base: string, path: string): string => `${base.replace(/\/+$/, '')}${path}`;

export const call = <T>(
  conn: Connection,
  method: 'GET' | 'POST' | 'PUT',
  path: string,
  body?: unknown,
): T => {
  const url = joinUrl(conn.apiUrl, path);
  const params: GoogleAppsScript.FetchParams = {
    method: method.toLowerCase(),
    headers: {
      Authorization: `Bearer ${conn.token}`,
      'Accept-Language': conn.lang,
      Accept: 'application/json',
    },
    muteHttpExceptions: true,
    followRedirects: false,
  };
  if (body !== undefined) {
    params.contentType = 'application/json';
    params.payload = JSON.stringify(body);
  }
  let res: GoogleAppsScript.HttpResponse;
  try {
    res = UrlFetchApp.fetch(url, params);
  } catch {
    throw new AddonError(t(conn.lang, 'error.network', { url: conn.apiUrl }), 0);
  }
  const status = res.getResponseCode();
  const text = res.getContentText();
  if (status >= 200 && status < 300) {
    try {
      return (text ? JSON.parse(text) : {}) as T;
    } catch {
      throw new AddonError(t(conn.lang, 'error.unexpected'), status);
    }
  }
  throw new AddonError(problemMessage(status, text, conn.lang, conn.apiUrl), status);
};
