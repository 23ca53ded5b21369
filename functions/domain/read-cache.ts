import type { Deps, EntityRef, ListOptions, Store } from './ports';

/**
 * The store with its reads remembered: the same `get` or `list` during one review answers from
 * the first call. For checking many rows of one request against the same things (the cycle, the
 * plan's state, the actor's units) without a read per row. Writes pass through untouched and
 * forget nothing: use it only for a review whose writes come after and are version-conditioned,
 * as they are everywhere (a stale read then fails the write, exactly as without the cache).
 */
export const withRememberedReads = (deps: Deps): Deps => {
  const { store } = deps;
  const gets = new Map<string, ReturnType<Store['get']>>();
  const lists = new Map<string, ReturnType<Store['list']>>();
  const refKey = (ref: EntityRef) => `${ref.type}\u0000${ref.id}\u0000${ref.cycle ?? ''}`;
  const listKey = (type: string, options?: ListOptions) =>
    `${type}\u0000${options?.cycle ?? ''}\u0000${options?.idPrefix ?? ''}`;
  const remembered: Store = {
    get: (ctx, ref) => {
      const key = refKey(ref);
      let read = gets.get(key);
      if (!read) {
        read = store.get(ctx, ref);
        gets.set(key, read);
        // A failed read is not remembered: the next row asks again.
        read.catch(() => gets.delete(key));
      }
      return read as never;
    },
    list: (ctx, type, options) => {
      const key = listKey(type, options);
      let read = lists.get(key);
      if (!read) {
        read = store.list(ctx, type, options);
        lists.set(key, read);
        read.catch(() => lists.delete(key));
      }
      return read as never;
    },
    save: (...args) => store.save(...args),
    remove: (...args) => store.remove(...args),
    apply: (...args) => store.apply(...args),
    audit: (...args) => store.audit(...args),
    recordRead: (...args) => store.recordRead(...args),
    redactAudit: (...args) => store.redactAudit(...args),
    putBulk: (...args) => store.putBulk(...args),
    removeBulk: (...args) => store.removeBulk(...args),
  };
  return { ...deps, store: remembered };
};
