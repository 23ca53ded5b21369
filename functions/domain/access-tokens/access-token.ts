import type { Role } from '../auth/actor';
import type { Stored } from '../ports';

export const NAME_MAX = 80;
export const DAYS_MIN = 1;
export const DAYS_MAX = 365;
export const DAYS_DEFAULT = 90;
const DAY_MS = 24 * 60 * 60 * 1000;

export const ACCESS_TOKEN_STATUSES = ['active', 'expired', 'revoked'] as const;
export type AccessTokenStatus = (typeof ACCESS_TOKEN_STATUSES)[number];

/**
 * A personal access token as the organisation keeps it (type `accessToken`, id `tokenId`). It
 * acts for `userId` with the roles the user had when making it, in the user's organisation.
 * `hash` names the lookup item; it never leaves the store (views and audit entries drop it).
 */
export interface AccessToken {
  tokenId: string;
  name: string;
  /** `ckl_` and the first 8 characters of the token. */
  prefix: string;
  hash: string;
  userId: string;
  email?: string;
  roles: Role[];
  expiresAt: string;
  revokedAt?: string;
  revokedBy?: string;
}

/**
 * What the authorizer reads by the token's hash, in its own partition: enough to build the
 * caller's claims without touching the organisation's data.
 */
export interface AccessTokenLookup {
  orgId: string;
  userId: string;
  email?: string;
  roles: Role[];
  tokenId: string;
  expiresAt: string;
  revokedAt?: string;
}

/** A token as its owner and admins see it: no hash, no token. */
export interface AccessTokenView {
  tokenId: string;
  name: string;
  prefix: string;
  userId: string;
  email?: string;
  roles: Role[];
  status: AccessTokenStatus;
  createdAt: string;
  expiresAt: string;
  revokedAt?: string;
  revokedBy?: string;
}

/** Revoked wins over expired: it says someone acted. */
export const statusOf = (
  token: Pick<AccessToken, 'expiresAt' | 'revokedAt'>,
  now: Date,
): AccessTokenStatus => {
  if (token.revokedAt !== undefined) return 'revoked';
  return now.getTime() >= Date.parse(token.expiresAt) ? 'expired' : 'active';
};

/** The expiry `days` whole days after `now`. */
export const expiryAfter = (now: Date, days: number): string =>
  new Date(now.getTime() + days * DAY_MS).toISOString();

/** The stored token without its hash: what audit entries keep as before/after. */
export const withoutHash = (token: AccessToken): Omit<AccessToken, 'hash'> => {
  const { hash: _hash, ...rest } = token;
  return rest;
};

export const toView = (token: Stored<AccessToken>, now: Date): AccessTokenView => ({
  tokenId: token.tokenId,
  name: token.name,
  prefix: token.prefix,
  userId: token.userId,
  ...(token.email === undefined ? {} : { email: token.email }),
  roles: [...token.roles],
  status: statusOf(token, now),
  createdAt: token.createdAt,
  expiresAt: token.expiresAt,
  ...(token.revokedAt === undefined ? {} : { revokedAt: token.revokedAt }),
  ...(token.revokedBy === undefined ? {} : { revokedBy: token.revokedBy }),
});

/** The lookup item that goes with a token of `orgId`. */
export const lookupOf = (orgId: string, token: AccessToken): AccessTokenLookup => ({
  orgId,
  userId: token.userId,
  ...(token.email === undefined ? {} : { email: token.email }),
  roles: [...token.roles],
  tokenId: token.tokenId,
  expiresAt: token.expiresAt,
  ...(token.revokedAt === undefined ? {} : { revokedAt: token.revokedAt }),
});

/** Whether a looked-up token may sign a request in at `now`. */
export const lookupIsValid = (lookup: AccessTokenLookup, now: Date): boolean =>
  statusOf(lookup, now) === 'active';
