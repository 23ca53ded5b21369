import { dataOf } from '../items';
import { hasAnyRole } from '../auth/actor';
import { ForbiddenError, NotFoundError, ValidationError, type FieldIssue } from '../errors';
import type { Deps, RequestContext, Stored } from '../ports';
import {
  DAYS_DEFAULT,
  DAYS_MAX,
  DAYS_MIN,
  expiryAfter,
  NAME_MAX,
  toView,
  type AccessToken,
  type AccessTokenView,
} from './access-token';
import type { AccessTokenRepository } from './repository';
import { generateToken, hashToken, visiblePrefix } from './token';

export interface CreateAccessTokenInput {
  name: string;
  /** @default 90 */
  days?: number;
}

/** The answer to a create: the view and, this once, the token itself. */
export type CreatedAccessToken = AccessTokenView & { token: string };

export type AccessTokenDeps = Pick<Deps, 'store' | 'clock' | 'newId' | 'accessTokens'> & {
  /** 32 random bytes. @default node:crypto randomBytes */
  randomBytes?: () => Uint8Array;
};

const repository = (deps: AccessTokenDeps): AccessTokenRepository => {
  if (!deps.accessTokens) throw new Error('No access-token repository configured');
  return deps.accessTokens;
};

const validate = (input: CreateAccessTokenInput): { name: string; days: number } => {
  const name = input.name.trim();
  const days = input.days ?? DAYS_DEFAULT;
  const issues: FieldIssue[] = [];
  if (name.length === 0 || name.length > NAME_MAX)
    issues.push({ path: ['name'], key: 'accessTokens.badName', params: { max: NAME_MAX } });
  if (!Number.isInteger(days) || days < DAYS_MIN || days > DAYS_MAX)
    issues.push({
      path: ['days'],
      key: 'accessTokens.badDays',
      params: { min: DAYS_MIN, max: DAYS_MAX },
    });
  if (issues.length > 0) throw new ValidationError(issues);
  return { name, days };
};

/**
 * A new personal access token for the signed-in user: the user's organisation and roles, an
 * expiry `days` ahead. Only a sign-in (JWT) may make one: a request signed with a personal token
 * may not, or a token could renew itself for ever.
 */
export const createAccessToken = async (
  ctx: RequestContext,
  input: CreateAccessTokenInput,
  deps: AccessTokenDeps,
): Promise<CreatedAccessToken> => {
  if (ctx.actor.authMethod === 'pat')
    throw new ForbiddenError([], { key: 'accessTokens.patCannotCreate' });
  const { name, days } = validate(input);
  const token = generateToken(deps.randomBytes?.());
  const record: AccessToken = {
    tokenId: deps.newId(),
    name,
    prefix: visiblePrefix(token),
    hash: hashToken(token),
    userId: ctx.actor.userId,
    ...(ctx.actor.email === undefined ? {} : { email: ctx.actor.email }),
    roles: [...ctx.actor.roles],
    expiresAt: expiryAfter(deps.clock.now(), days),
  };
  const saved = await repository(deps).create(ctx, record);
  return { ...toView(saved, deps.clock.now()), token };
};

const newestFirst = (a: Stored<AccessToken>, b: Stored<AccessToken>): number =>
  b.createdAt.localeCompare(a.createdAt) || b.tokenId.localeCompare(a.tokenId);

/**
 * The caller's own tokens, newest first, revoked and expired ones too; with `all` (admins only)
 * every token of the organisation.
 */
export const listAccessTokens = async (
  ctx: RequestContext,
  options: { all?: boolean },
  deps: AccessTokenDeps,
): Promise<AccessTokenView[]> => {
  if (options.all && !hasAnyRole(ctx.actor, ['admin'])) throw new ForbiddenError(['admin']);
  const tokens = await deps.store.list<AccessToken>(ctx, 'accessToken');
  const now = deps.clock.now();
  return tokens
    .filter((t) => options.all || t.userId === ctx.actor.userId)
    .sort(newestFirst)
    .map((t) => toView(t, now));
};

/**
 * Revokes a token: its owner, or an admin of the organisation. Anyone else's token is as absent
 * (404). Revoking a revoked token changes nothing and answers it as it is.
 */
export const revokeAccessToken = async (
  ctx: RequestContext,
  tokenId: string,
  deps: AccessTokenDeps,
): Promise<AccessTokenView> => {
  const current = await deps.store.get<AccessToken>(ctx, { type: 'accessToken', id: tokenId });
  const mayRevoke =
    current !== undefined &&
    (current.userId === ctx.actor.userId || hasAnyRole(ctx.actor, ['admin']));
  if (!current || !mayRevoke) throw new NotFoundError('accessToken', tokenId);
  if (current.revokedAt !== undefined) return toView(current, deps.clock.now());
  const now = deps.clock.now();
  const data = dataOf(current);
  const saved = await repository(deps).update(ctx, current, {
    ...data,
    revokedAt: now.toISOString(),
    revokedBy: ctx.actor.userId,
  });
  return toView(saved, now);
};
