import { NotFoundError } from './errors';
import type { Deps, EntityRef, ItemMeta, RequestContext, Stored } from './ports';

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

/** An item's own data, without the store's version and who/when fields: what a change writes. */
export const dataOf = <T extends object>(item: Stored<T>): Omit<Stored<T>, keyof ItemMeta> => {
  const {
    version: _v,
    createdAt: _c,
    createdBy: _cb,
    updatedAt: _u,
    updatedBy: _ub,
    ...data
  } = item;
  return data;
};
