import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { Locale, MessageKey } from '../functions/i18n';
import { loadOrCreateKeys, signLocalToken } from '../functions/local/jwt';
import { localOptions } from '../functions/local/options';
import { DEMO_ORG_ID } from '../functions/local/seed/people';
import { LOCAL_API, ReportCliError } from './report';

export const TOKEN_COMMANDS = ['create', 'list', 'revoke'] as const;
export type TokenCommand = (typeof TOKEN_COMMANDS)[number];
export const isTokenCommand = (value: string | undefined): value is TokenCommand =>
  (TOKEN_COMMANDS as readonly (string | undefined)[]).includes(value);

export interface TokenCliOptions {
  locale: Locale;
  api?: string | undefined;
  token?: string | undefined;
  name?: string | undefined;
  days?: string | undefined;
  all?: boolean;
  /** `revoke`: the token's id. */
  tokenId?: string | undefined;
}

interface TokenView {
  tokenId: string;
  name: string;
  prefix: string;
  userId: string;
  statusLabel: string;
  expiresAt: string;
  revokedAt?: string;
}

type T = (key: MessageKey, params?: Record<string, string | number>) => string;

/**
 * The local demo director's sign-in (a JWT, as `npm run token` makes): making a personal token
 * needs a sign-in, never another personal token.
 */
const localToken = async (env: NodeJS.ProcessEnv): Promise<string> => {
  const { dataDir } = localOptions(env);
  if (!existsSync(join(dataDir, 'jwt', 'private.jwk.json')))
    throw new ReportCliError('cli.token.noToken', { dir: join(dataDir, 'jwt') });
  return signLocalToken(await loadOrCreateKeys(dataDir), {
    orgId: DEMO_ORG_ID,
    roles: ['director'],
    userId: 'direktorius@demo',
    expiresIn: '10m',
  });
};

const detailOf = (text: string): string => {
  try {
    const p = JSON.parse(text) as {
      detail?: string;
      title?: string;
      message?: string;
      errors?: Array<{ field: string; message: string }>;
    };
    const fields = (p.errors ?? []).map((e) => `${e.field}: ${e.message}`).join('; ');
    return [p.detail ?? p.title ?? p.message, fields].filter(Boolean).join(' – ');
  } catch {
    return text.slice(0, 200);
  }
};

const dateOf = (iso: string): string => iso.slice(0, 10);

/**
 * `ciklas token create --name "Sheets" [--days 90]`, `ciklas token list [--all]`,
 * `ciklas token revoke <id>`: personal access tokens through the API (--api/--token,
 * CIKLAS_API/CIKLAS_TOKEN, else the local server with the demo director's sign-in).
 */
export const tokenCommand = async (
  command: TokenCommand,
  options: TokenCliOptions,
  env: NodeJS.ProcessEnv,
  t: T,
): Promise<string> => {
  let body: string | undefined;
  let method = 'GET';
  let path = '/v1/access-tokens';
  if (command === 'create') {
    if (options.name === undefined)
      throw new ReportCliError('cli.missingArgument', { name: '--name' });
    if (options.days !== undefined && !/^\d{1,3}$/.test(options.days))
      throw new ReportCliError('cli.token.badDays', { days: options.days });
    method = 'POST';
    body = JSON.stringify({
      name: options.name,
      ...(options.days === undefined ? {} : { days: Number(options.days) }),
    });
  } else if (command === 'revoke') {
    if (options.tokenId === undefined)
      throw new ReportCliError('cli.missingArgument', { name: '<id>' });
    method = 'DELETE';
    path = `/v1/access-tokens/${encodeURIComponent(options.tokenId)}`;
  } else if (options.all) path += '?all=true';

  const api = (options.api ?? env.CIKLAS_API ?? LOCAL_API).replace(/\/+$/, '');
  const token = options.token ?? env.CIKLAS_TOKEN ?? (await localToken(env));
  let res: Response;
  try {
    res = await fetch(`${api}${path}`, {
      method,
      headers: {
        authorization: `Bearer ${token}`,
        'accept-language': options.locale,
        ...(body ? { 'content-type': 'application/json' } : {}),
      },
      ...(body ? { body } : {}),
      signal: AbortSignal.timeout(30_000),
    });
  } catch (error) {
    const cause = (error as { cause?: { code?: string; message?: string } }).cause;
    const reason = cause?.code ?? cause?.message ?? (error as Error).message;
    throw new ReportCliError('cli.token.unreachable', { api, reason });
  }
  const text = await res.text();
  if (!res.ok)
    throw new ReportCliError(
      'cli.token.httpError',
      { status: res.status, detail: detailOf(text) },
      res.status >= 500 ? 1 : 2,
    );
  const json = JSON.parse(text) as unknown;
  const line = (v: TokenView) =>
    t('cli.token.line', {
      tokenId: v.tokenId,
      prefix: v.prefix,
      name: v.name,
      status: v.statusLabel,
      expiresAt: dateOf(v.expiresAt),
      userId: v.userId,
    });
  if (command === 'create') {
    const created = json as TokenView & { token: string };
    return `${t('cli.token.created', {
      name: created.name,
      tokenId: created.tokenId,
      expiresAt: dateOf(created.expiresAt),
    })}\n${created.token}\n`;
  }
  if (command === 'revoke') {
    const revoked = json as TokenView;
    return `${t('cli.token.revoked', {
      tokenId: revoked.tokenId,
      revokedAt: revoked.revokedAt ?? '',
    })}\n`;
  }
  const items = (json as { items: TokenView[] }).items;
  return items.length === 0 ? `${t('cli.token.none')}\n` : `${items.map(line).join('\n')}\n`;
};
