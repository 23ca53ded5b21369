import { NotFoundError } from './errors';
import type { Deps, EntityRef, RequestContext, Stored } from './ports';

/** The item, or a NotFoundError (404) naming it: absent and another organisation's look alike. */
export const getItem = async <T extends object>(
  ctx: RequestContext,
  ref: EntityRef,
  deps: Deps,
): Promise<Stored<T>> => {
  const item = await deps.store.get<T>(ctx, ref);
  if (!item) throw new NotFoundError(ref.type, ref.id);
  return item;
};
