import { createSign } from 'node:crypto';
import { SheetsFault } from '../../domain/linked-sheets/ports';
import type { ServiceAccount } from './credentials';
import { classifyForRetry, httpFailureOf } from './errors';
import { withRetry, type RetryPolicy } from './retry';

/** Read and write the spreadsheets shared with the service account; nothing else. */
export const SHEETS_SCOPE = 'https://www.googleapis.com/auth/spreadsheets';

const base64url = (value: string | Buffer): string => Buffer.from(value).toString('base64url');

/** An HTTP failure of the token endpoint, shaped as gaxios shapes the Sheets API's. */
class TokenHttpError extends Error {
  constructor(
    readonly response: { status: number; headers: Headers; data: unknown },
    message: string,
  ) {
    super(message);
  }
}

/**
 * OAuth 2.0 access tokens for a service account by the JWT bearer grant (RFC 7523; Google's
 * "Using OAuth 2.0 for server to server applications"): an RS256-signed assertion POSTed to the
 * key file's `token_uri`. google-auth-library's JWT client would do the same but always posts to
 * Google's fixed token URL, which tests cannot point at a local stand-in; this does only this.
 * A token is kept until a minute before it expires.
 */
export class ServiceAccountTokens {
  private cached: { token: string; expiresAt: number } | undefined;

  constructor(
    private readonly account: ServiceAccount,
    private readonly retry: RetryPolicy,
    private readonly now: () => number = Date.now,
  ) {}

  /** The assertion: iss/sub the service account, aud the token endpoint, one hour. */
  assertion(): string {
    const iat = Math.floor(this.now() / 1000);
    const header = {
      alg: 'RS256',
      typ: 'JWT',
      ...(this.account.keyId ? { kid: this.account.keyId } : {}),
    };
    const claims = {
      iss: this.account.email,
      scope: SHEETS_SCOPE,
      aud: this.account.tokenUri,
      iat,
      exp: iat + 3600,
    };
    const unsigned = `${base64url(JSON.stringify(header))}.${base64url(JSON.stringify(claims))}`;
    const signature = createSign('RSA-SHA256').update(unsigned).sign(this.account.privateKey);
    return `${unsigned}.${base64url(signature)}`;
  }

  async token(): Promise<string> {
    if (this.cached && this.cached.expiresAt - 60_000 > this.now()) return this.cached.token;
    const body = await withRetry(() => this.request(), classifyForRetry, this.retry).catch(
      (error: unknown) => {
        const { status, message } = httpFailureOf(error);
        // 400/401 (invalid_grant, invalid_client): the key is wrong, revoked or disabled.
        const code =
          status === 400 || status === 401 || status === 403
            ? 'badCredentials'
            : status === 429
              ? 'quota'
              : status === null || status >= 500
                ? 'unavailable'
                : 'unexpectedResponse';
        throw new SheetsFault(code, `token endpoint ${status ?? 'no answer'}: ${message}`, status, {
          cause: error,
        });
      },
    );
    const token = (body as { access_token?: unknown }).access_token;
    const expiresIn = Number((body as { expires_in?: unknown }).expires_in ?? 3600);
    if (typeof token !== 'string' || token === '')
      throw new SheetsFault('unexpectedResponse', 'token endpoint: no access_token');
    this.cached = { token, expiresAt: this.now() + expiresIn * 1000 };
    return token;
  }

  private async request(): Promise<unknown> {
    const res = await fetch(this.account.tokenUri, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({
        grant_type: 'urn:ietf:params:oauth:grant-type:jwt-bearer',
        assertion: this.assertion(),
      }),
      signal: AbortSignal.timeout(10_000),
    });
    const text = await res.text();
    let data: unknown = text;
    try {
      data = JSON.parse(text);
    } catch {
      // not JSON: kept as text for the message
    }
    if (!res.ok) {
      const description =
        (data as { error_description?: string; error?: string })?.error_description ??
        (data as { error?: string })?.error ??
        text.slice(0, 200);
      throw new TokenHttpError(
        { status: res.status, headers: res.headers, data },
        String(description),
      );
    }
    return data;
  }
}
