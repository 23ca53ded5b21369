import { isRole, ORG_ID_PATTERN, type Actor, type Role } from '../../domain/auth/actor';
import { UnauthenticatedError } from '../../domain/errors';

/** The claims a JWT carries for Ciklas: Cognito's groups are the roles, a custom claim the organisation. */
export const CLAIMS = {
  subject: 'sub',
  groups: 'cognito:groups',
  org: 'custom:org',
  email: 'email',
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
  return { userId, orgId, roles, ...(typeof email === 'string' ? { email } : {}) };
};
