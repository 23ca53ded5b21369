import { ForbiddenError } from '../errors';
import { unitsOf } from '../org/members';
import type { Deps, RequestContext } from '../ports';
import { hasAnyRole, type Role } from './actor';

/** Roles that act for the whole organisation; the others act for the units they belong to. */
export const ORG_WIDE_ROLES: readonly Role[] = ['deputy', 'director', 'admin'];

/**
 * Throws unless the actor may change an item of `unitId`: an organisation-wide role, or one of
 * `unitRoles` in a unit the actor belongs to.
 */
export const assertUnitAccess = async (
  ctx: RequestContext,
  unitId: string | null,
  unitRoles: readonly Role[],
  deps: Deps,
): Promise<void> => {
  const { actor } = ctx;
  if (hasAnyRole(actor, ORG_WIDE_ROLES)) return;
  if (!hasAnyRole(actor, unitRoles)) throw new ForbiddenError([...ORG_WIDE_ROLES, ...unitRoles]);
  if (unitId !== null && (await unitsOf(ctx, deps)).includes(unitId)) return;
  throw new ForbiddenError([...ORG_WIDE_ROLES, ...unitRoles], { key: 'forbidden.notYourUnit' });
};
