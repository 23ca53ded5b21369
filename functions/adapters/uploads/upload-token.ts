import { createHmac, timingSafeEqual } from 'node:crypto';
import { ORG_ID_PATTERN } from '../../domain/auth/actor';
import { isUploadId } from './upload-store';

/** What a local upload URL allows: one PUT of exactly `size` bytes of `mediaType` until `expires`. */
export interface UploadGrant {
  orgId: string;
  uploadId: string;
  size: number;
  mediaType: string;
  /** Unix seconds, as X-Amz-Expires counts from X-Amz-Date. */
  expires: number;
}

export type TokenCheck =
  { ok: true; grant: UploadGrant } | { ok: false; reason: 'malformed' | 'signature' | 'expired' };

const mac = (secret: Buffer, payload: string): Buffer =>
  createHmac('sha256', secret).update(payload).digest();

/**
 * The local stand-in for a pre-signed URL: `base64url(grant).base64url(HMAC-SHA256(grant))`.
 * Only the API, which holds the secret, can mint one; changing any field breaks the MAC.
 */
export const signUploadToken = (secret: Buffer, grant: UploadGrant): string => {
  const payload = Buffer.from(
    JSON.stringify([grant.orgId, grant.uploadId, grant.size, grant.mediaType, grant.expires]),
  ).toString('base64url');
  return `${payload}.${mac(secret, payload).toString('base64url')}`;
};

/** Checks the MAC (in constant time), then the expiry; never trusts a field before the MAC. */
export const verifyUploadToken = (secret: Buffer, token: string, now: Date): TokenCheck => {
  const parts = token.split('.');
  if (parts.length !== 2) return { ok: false, reason: 'malformed' };
  const [payload = '', signature = ''] = parts;
  const expected = mac(secret, payload);
  const given = Buffer.from(signature, 'base64url');
  if (given.length !== expected.length || !timingSafeEqual(given, expected))
    return { ok: false, reason: 'signature' };
  let fields: unknown;
  try {
    fields = JSON.parse(Buffer.from(payload, 'base64url').toString('utf8'));
  } catch {
    return { ok: false, reason: 'malformed' };
  }
  if (!Array.isArray(fields) || fields.length !== 5) return { ok: false, reason: 'malformed' };
  const [orgId, uploadId, size, mediaType, expires] = fields as unknown[];
  if (
    typeof orgId !== 'string' ||
    !ORG_ID_PATTERN.test(orgId) ||
    typeof uploadId !== 'string' ||
    !isUploadId(uploadId) ||
    typeof size !== 'number' ||
    !Number.isSafeInteger(size) ||
    size < 1 ||
    typeof mediaType !== 'string' ||
    typeof expires !== 'number'
  )
    return { ok: false, reason: 'malformed' };
  if (now.getTime() >= expires * 1000) return { ok: false, reason: 'expired' };
  return { ok: true, grant: { orgId, uploadId, size, mediaType, expires } };
};
