import { NotFoundError, ValidationError } from '../errors';
import type { Deps, RequestContext, Stored } from '../ports';
import type { Cycle } from './cycle';

/** Items of a cycle live only in a cycle that exists (404 otherwise, as for any missing item). */
export const requireCycle = async (
  ctx: RequestContext,
  year: number,
  deps: Deps,
): Promise<Stored<Cycle>> => {
  const cycle = await deps.store.get<Cycle>(ctx, { type: 'cycle', id: String(year) });
  if (!cycle) throw new NotFoundError('cycle', String(year));
  return cycle;
};

/** The unit must be one of the organisation's, and active. */
export const requireUnit = async (
  ctx: RequestContext,
  unitId: string,
  deps: Deps,
  path: (string | number)[] = ['unitId'],
): Promise<void> => {
  const unit = await deps.store.get<{ active: boolean }>(ctx, { type: 'unit', id: unitId });
  if (!unit || !unit.active) throw new ValidationError([{ path, key: 'validation.unknownUnit' }]);
};
