import { createHmac, randomBytes } from 'node:crypto';
import {
  signUploadToken,
  verifyUploadToken,
  type UploadGrant,
} from '../../../../functions/adapters/uploads/upload-token';
import { XLSX_MEDIA_TYPE } from '../../../../functions/contracts/route-spec';

const secret = randomBytes(32);
const now = new Date('2026-11-24T10:00:00Z');
const grant: UploadGrant = {
  orgId: 'org-a',
  uploadId: 'AbCdEfGhIjKlMnOpQrStUv',
  size: 16_000_000,
  mediaType: XLSX_MEDIA_TYPE,
  expires: now.getTime() / 1000 + 900,
};

/** Re-signs nothing: changes one field of the token's payload and keeps the old MAC. */
const tamper = (token: string, change: (fields: unknown[]) => void): string => {
  const [payload, mac] = token.split('.') as [string, string];
  const fields = JSON.parse(Buffer.from(payload, 'base64url').toString('utf8')) as unknown[];
  change(fields);
  return `${Buffer.from(JSON.stringify(fields)).toString('base64url')}.${mac}`;
};

describe('the local upload token', () => {
  it('gives back the grant it was signed with, until it expires', () => {
    const token = signUploadToken(secret, grant);

    expect(verifyUploadToken(secret, token, now)).toEqual({ ok: true, grant });
    expect(token).toMatch(/^[A-Za-z0-9_-]+\.[A-Za-z0-9_-]{43}$/);
  });

  it.each([
    ['a larger size', (f: unknown[]) => (f[2] = 60_000_000)],
    ['another organisation', (f: unknown[]) => (f[0] = 'org-b')],
    ['another upload id', (f: unknown[]) => (f[1] = 'ZZZZZZZZZZZZZZZZZZZZZZ')],
    ['a later expiry', (f: unknown[]) => (f[4] = (f[4] as number) + 86_400)],
    ['another media type', (f: unknown[]) => (f[3] = 'text/csv')],
  ])('refuses a token whose payload was changed to %s', (_, change) => {
    const forged = tamper(signUploadToken(secret, grant), change);

    expect(verifyUploadToken(secret, forged, now)).toEqual({ ok: false, reason: 'signature' });
  });

  it('refuses a token signed with another secret, or with its MAC altered', () => {
    const token = signUploadToken(secret, grant);
    const foreign = signUploadToken(randomBytes(32), grant);
    const [payload, mac] = token.split('.') as [string, string];
    const flipped = `${payload}.${mac.startsWith('A') ? 'B' : 'A'}${mac.slice(1)}`;

    expect(verifyUploadToken(secret, foreign, now)).toEqual({ ok: false, reason: 'signature' });
    expect(verifyUploadToken(secret, flipped, now)).toEqual({ ok: false, reason: 'signature' });
  });

  it('refuses an expired token, from the second it expires', () => {
    const token = signUploadToken(secret, grant);
    const at = (seconds: number) => new Date(grant.expires * 1000 + seconds * 1000);

    expect(verifyUploadToken(secret, token, at(-1)).ok).toBe(true);
    expect(verifyUploadToken(secret, token, at(0))).toEqual({ ok: false, reason: 'expired' });
  });

  it.each(['', 'no-dot', 'a.b.c', '.', 'x.'])('refuses a malformed token %p', (token) => {
    expect(verifyUploadToken(secret, token, now).ok).toBe(false);
  });

  it('refuses a correctly signed payload that does not hold a grant', () => {
    const payload = Buffer.from(JSON.stringify(['../etc', 'x', -1, 'y', 0])).toString('base64url');
    const mac = createHmac('sha256', secret).update(payload).digest('base64url');

    expect(verifyUploadToken(secret, `${payload}.${mac}`, now)).toEqual({
      ok: false,
      reason: 'malformed',
    });
  });
});
