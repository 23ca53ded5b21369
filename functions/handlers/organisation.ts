import type { Operation } from '../adapters/http/http-handler';
import type { Routes } from '../contracts/routes';
import { listMembers, saveMember } from '../domain/org/members';
import { getOrganisation, listUnits, saveOrganisation, saveUnit } from '../domain/org/org-service';

export const getOrganisationOperation: Operation<Routes['getOrganisation']> = async (_in, ctx) => ({
  id: ctx.actor.orgId,
  ...(await getOrganisation(ctx, ctx.deps)),
});

export const putOrganisationOperation: Operation<Routes['putOrganisation']> = async (
  { body },
  ctx,
) => {
  const { version, ...org } = body;
  return { id: ctx.actor.orgId, ...(await saveOrganisation(ctx, org, version, ctx.deps)) };
};

export const listUnitsOperation: Operation<Routes['listUnits']> = async (_in, ctx) => ({
  items: await listUnits(ctx, ctx.deps),
});

export const putUnitOperation: Operation<Routes['putUnit']> = async ({ params, body }, ctx) => {
  const { version, ...unit } = body;
  return saveUnit(ctx, { id: params.unitId, ...unit }, version, ctx.deps);
};

export const listMembersOperation: Operation<Routes['listMembers']> = async (_in, ctx) => ({
  items: await listMembers(ctx, ctx.deps),
});

export const putMemberOperation: Operation<Routes['putMember']> = async ({ params, body }, ctx) => {
  const { version, ...member } = body;
  return saveMember(ctx, { userId: params.userId, ...member }, version, ctx.deps);
};
