import { requireUnit } from '../cycle/require-cycle';
import type { Deps, RequestContext, Stored } from '../ports';

/** A user of the organisation and the units they belong to (the token names only roles). */
export interface Member {
  userId: string;
  name: string;
  unitIds: string[];
  active: boolean;
}

export const memberRef = (userId: string) => ({ type: 'member', id: userId }) as const;

export const listMembers = async (ctx: RequestContext, deps: Deps): Promise<Stored<Member>[]> =>
  (await deps.store.list<Member>(ctx, 'member')).sort((a, b) => a.name.localeCompare(b.name, 'lt'));

export const saveMember = async (
  ctx: RequestContext,
  member: Member,
  expectedVersion: number,
  deps: Deps,
): Promise<Stored<Member>> => {
  await Promise.all(member.unitIds.map((id, i) => requireUnit(ctx, id, deps, ['unitIds', i])));
  return deps.store.save(ctx, memberRef(member.userId), member, expectedVersion);
};

/** The units the acting user belongs to; none when they are not registered as a member. */
export const unitsOf = async (ctx: RequestContext, deps: Deps): Promise<string[]> => {
  const member = await deps.store.get<Member>(ctx, memberRef(ctx.actor.userId));
  return member?.active ? member.unitIds : [];
};
