import { NotFoundError, ValidationError } from '../errors';
import type { Deps, RequestContext, Stored } from '../ports';
import { DEFAULT_SETTINGS, type Organisation, type OrgSettings, type Unit } from './organisation';

const ORG_REF = { type: 'org', id: 'profile' } as const;

export const getOrganisation = async (
  ctx: RequestContext,
  deps: Deps,
): Promise<Stored<Organisation>> => {
  const org = await deps.store.get<Organisation>(ctx, ORG_REF);
  if (!org) throw new NotFoundError('org', ctx.actor.orgId);
  return org;
};

/** The settings that shape the cycle; an organisation not yet described gets the defaults. */
export const getSettings = async (ctx: RequestContext, deps: Deps): Promise<OrgSettings> =>
  (await deps.store.get<Organisation>(ctx, ORG_REF))?.settings ?? DEFAULT_SETTINGS;

export const saveOrganisation = (
  ctx: RequestContext,
  org: Organisation,
  expectedVersion: number,
  deps: Deps,
): Promise<Stored<Organisation>> => deps.store.save(ctx, ORG_REF, org, expectedVersion);

export const listUnits = async (ctx: RequestContext, deps: Deps): Promise<Stored<Unit>[]> =>
  (await deps.store.list<Unit>(ctx, 'unit')).sort((a, b) => a.name.localeCompare(b.name, 'lt'));

export const saveUnit = async (
  ctx: RequestContext,
  unit: Unit,
  expectedVersion: number,
  deps: Deps,
): Promise<Stored<Unit>> => {
  const others = await deps.store.list<Unit>(ctx, 'unit');
  const clash = others.find(
    (u) =>
      u.id !== unit.id &&
      u.name.trim().toLocaleLowerCase('lt') === unit.name.trim().toLocaleLowerCase('lt'),
  );
  if (clash) {
    throw new ValidationError([
      { path: ['name'], key: 'validation.duplicateName', params: { id: clash.id } },
    ]);
  }
  return deps.store.save(ctx, { type: 'unit', id: unit.id }, unit, expectedVersion);
};
