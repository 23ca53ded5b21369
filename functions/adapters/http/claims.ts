import { isRole, ORG_ID_PATTERN, type Actor, type Role } from '../../domain/auth/actor';
import { UnauthenticatedError } from '../../domain/errors';

/** The claims a JWT carries for Ciklas: Cognito's groups are the roles, a custom claim the organisation. */
export const CLAIMS = {
  subject: 'sub',
  groups: 'cognito:groups',
  org: 'custom:org',
  email: 'email',
  /** Set by our authorizer: `pat` for a personal access token, `jwt` for a sign-in. */
  authMethod: 'ciklas:auth',
  /** Set by our authorizer for a personal access token: its id. */
  tokenId: 'ciklas:token',
} as const;

export type ClaimValue = string | number | boolean | string[];

/**
 * API Gateway's JWT authorizer passes array claims flattened to text, `[deputy director]`;
 * tokens verified elsewhere give real arrays. Both are read here.
 */
export const readList = (value: ClaimValue | undefined): string[] => {
  if (value === undefined) return [];
  if (Array.isArray(value)) return value.map(String);
  const text = String(value).trim();
  const inner = text.startsWith('[') && text.endsWith(']') ? text.slice(1, -1) : text;
  return inner.split(/[\s,]+/).filter(Boolean);
};

/** The actor from verified claims; a token without an organisation or a known role is not accepted. */
export const actorFromClaims = (claims: Record<string, ClaimValue> | undefined): Actor => {
  const userId = claims?.[CLAIMS.subject];
  const orgId = claims?.[CLAIMS.org];
  const roles = readList(claims?.[CLAIMS.groups]).filter(isRole) as Role[];
  if (typeof userId !== 'string' || userId === '')
    throw new UnauthenticatedError('token has no subject');
  if (typeof orgId !== 'string' || !ORG_ID_PATTERN.test(orgId)) {
    throw new UnauthenticatedError('token has no valid organisation claim');
  }
  if (roles.length === 0) throw new UnauthenticatedError('token has no Ciklas role');
  const email = claims?.[CLAIMS.email];
  const authMethod = claims?.[CLAIMS.authMethod] === 'pat' ? 'pat' : 'jwt';
  return { userId, orgId, roles, ...(typeof email === 'string' ? { email } : {}), authMethod };
};

/** A value API Gateway passes in a Lambda authorizer's context: no arrays, no objects. */
export type ContextValue = string | number | boolean;

/**
 * Claims as a Lambda authorizer context: arrays become `[a b]` (as the JWT authorizer passes them), objects JSON text;
 * null and undefined are left out. The JWT authorizer does this to a token's claims, and a Lambda
 * authorizer's context may hold only such values, so both ways in read the same.
 */
export const toAuthorizerContext = (
  claims: Record<string, unknown>,
): Record<string, ContextValue> =>
  Object.fromEntries(
    Object.entries(claims)
      .filter(([, v]) => v !== undefined && v !== null)
      .map(([k, v]) => [
        k,
        Array.isArray(v)
          ? `[${v.join(' ')}]`
          : typeof v === 'object'
            ? JSON.stringify(v)
            : typeof v === 'number' || typeof v === 'boolean'
              ? v
              : String(v),
      ]),
  );
