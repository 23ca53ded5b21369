import { existsSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import type { Locale, MessageKey } from '../functions/i18n';
import { loadOrCreateKeys, signLocalToken } from '../functions/local/jwt';
import { localOptions } from '../functions/local/options';
import { DEMO_ORG_ID } from '../functions/local/seed/people';

/** A problem `ciklas report` explains in one line; `exit` 2 for what the user can fix. */
export class ReportCliError extends Error {
  override readonly name = 'ReportCliError';
  constructor(
    readonly key: MessageKey,
    readonly params: Record<string, string | number> = {},
    readonly exit: 1 | 2 = 2,
  ) {
    super(key);
  }
}

const FILES = { annual: 'annual.xlsx', 'half-year': 'half-year.xlsx', summary: 'summary.xlsx' };
export type ReportKind = keyof typeof FILES;
export const isReportKind = (value: string | undefined): value is ReportKind =>
  value !== undefined && value in FILES;

export interface ReportCliOptions {
  year: string | undefined;
  locale: Locale;
  /** Was `--lang` (or CIKLAS_LANG) given: the workbook's language then follows it. */
  out?: string | undefined;
  api?: string | undefined;
  token?: string | undefined;
  unit?: string | undefined;
  version?: string | undefined;
}

export interface ReportIo {
  /** Progress and the result line (stderr: stdout stays free for piping). */
  err: (text: string) => void;
  isTty: boolean;
}

/** The local server's address when neither --api nor CIKLAS_API says otherwise. */
export const LOCAL_API = 'http://127.0.0.1:3000';

/**
 * A demo director's token signed with the local server's keys (as `npm run token` makes one);
 * none when the local server has never run here (its keys are made on its first start).
 */
const localToken = async (env: NodeJS.ProcessEnv): Promise<string> => {
  const { dataDir } = localOptions(env);
  if (!existsSync(join(dataDir, 'jwt', 'private.jwk.json')))
    throw new ReportCliError('cli.report.noToken', { dir: join(dataDir, 'jwt') });
  const keys = await loadOrCreateKeys(dataDir);
  return signLocalToken(keys, {
    orgId: DEMO_ORG_ID,
    roles: ['director'],
    userId: 'direktorius@demo',
    expiresIn: '10m',
  });
};

/** `filename*=UTF-8''…` of a Content-Disposition header, else its plain `filename=`. */
const fileNameOf = (header: string | null): string | null => {
  if (!header) return null;
  const star = /filename\*=UTF-8''([^;]+)/i.exec(header)?.[1];
  if (star) return decodeURIComponent(star);
  return /filename="([^"]+)"/i.exec(header)?.[1] ?? null;
};

/** The problem's detail (RFC 9457) or the first bytes of whatever came back. */
const detailOf = async (res: Response): Promise<string> => {
  const text = await res.text().catch(() => '');
  try {
    const problem = JSON.parse(text) as {
      detail?: string;
      title?: string;
      message?: string;
      errors?: Array<{ field: string; message: string }>;
    };
    const fields = (problem.errors ?? []).map((e) => `${e.field}: ${e.message}`).join('; ');
    return [problem.detail ?? problem.title ?? problem.message, fields].filter(Boolean).join(' – ');
  } catch {
    return text.slice(0, 200);
  }
};

/**
 * `ciklas report annual|half-year|summary --year 2025`: asks the API for the workbook and saves
 * it (as --out, else under the name the server gives). The API does the work, so the figures are
 * the ones everybody else sees, frozen or live as the report stands.
 */
export const reportDownload = async (
  kind: ReportKind,
  options: ReportCliOptions,
  env: NodeJS.ProcessEnv,
  io: ReportIo,
  t: (key: MessageKey, params?: Record<string, string | number>) => string,
): Promise<string> => {
  const year = options.year ?? '';
  if (!/^\d{4}$/.test(year)) throw new ReportCliError('cli.report.badYear', { year });
  if (options.version !== undefined && !/^(live|[1-9]\d{0,3})$/.test(options.version))
    throw new ReportCliError('cli.report.badVersion', { version: options.version });
  if (options.unit !== undefined && kind !== 'half-year')
    throw new ReportCliError('cli.report.unitOnlyHalfYear');

  const api = (options.api ?? env.CIKLAS_API ?? LOCAL_API).replace(/\/+$/, '');
  const token = options.token ?? env.CIKLAS_TOKEN ?? (await localToken(env));
  const query = new URLSearchParams({ lang: options.locale });
  if (options.version !== undefined) query.set('version', options.version);
  if (options.unit !== undefined) query.set('unitId', options.unit);
  const url = `${api}/v1/reports/${year}/${FILES[kind]}?${query.toString()}`;

  const started = performance.now();
  io.err(`${t('cli.report.fetching', { url })}${io.isTty ? '' : '\n'}`);
  // On a terminal the line counts the seconds, so a long report does not look stuck.
  const ticker = io.isTty
    ? setInterval(() => {
        const seconds = Math.round((performance.now() - started) / 1000);
        io.err(`\r${t('cli.report.fetching', { url })} ${seconds} s`);
      }, 1000)
    : undefined;
  let res: Response;
  try {
    res = await fetch(url, {
      headers: { authorization: `Bearer ${token}`, 'accept-language': options.locale },
      signal: AbortSignal.timeout(120_000),
    });
  } catch (error) {
    const cause = (error as { cause?: { code?: string; message?: string } }).cause;
    const reason = cause?.code ?? cause?.message ?? (error as Error).message;
    throw new ReportCliError('cli.report.unreachable', { api, reason });
  } finally {
    if (ticker) clearInterval(ticker);
    if (io.isTty) io.err('\n');
  }
  if (!res.ok) {
    const detail = await detailOf(res);
    throw new ReportCliError(
      'cli.report.httpError',
      { status: res.status, detail },
      res.status >= 500 ? 1 : 2,
    );
  }
  const bytes = Buffer.from(await res.arrayBuffer());
  const file =
    options.out ?? fileNameOf(res.headers.get('content-disposition')) ?? `${kind}-${year}.xlsx`;
  try {
    await writeFile(file, bytes);
  } catch (error) {
    throw new ReportCliError('cli.report.cannotWrite', {
      file,
      reason: (error as NodeJS.ErrnoException).code ?? (error as Error).message,
    });
  }
  return t('cli.report.saved', {
    file,
    size: Math.max(1, Math.round(bytes.length / 1024)),
    seconds: ((performance.now() - started) / 1000).toFixed(1),
  });
};
