import type { Deps, Store } from '../../../functions/domain/ports';
import { withRememberedReads } from '../../../functions/domain/read-cache';

const ctx = { actor: { userId: 'u', orgId: 'org-a', roles: ['director' as const] } };

const storeWith = (get: Store['get'], list: Store['list'] = async () => []) => {
  const calls = { apply: 0 };
  const store = {
    get,
    list,
    apply: async () => {
      calls.apply++;
      return [];
    },
  } as unknown as Store;
  const deps = { store, clock: { now: () => new Date() }, newId: () => 'x' } as unknown as Deps;
  return { deps, calls };
};

describe('withRememberedReads', () => {
  it('reads each ref and each list once, and tells refs of other cycles apart', async () => {
    const get = jest.fn(async (_c: unknown, ref: { id: string; cycle?: number }) => ({
      id: ref.id,
      version: ref.cycle ?? 0,
    }));
    const list = jest.fn(async () => [{ id: 'a', version: 1 }]);
    const { deps } = storeWith(get as never, list as never);
    const cached = withRememberedReads(deps).store;
    const refs = [
      { type: 'cycle' as const, id: '2026' },
      { type: 'unit' as const, id: 'dc' },
      { type: 'unit' as const, id: 'dc', cycle: 2026 },
    ];
    for (let i = 0; i < 5; i++) for (const ref of refs) await cached.get(ctx, ref);
    await Promise.all([cached.list(ctx, 'member'), cached.list(ctx, 'member')]);
    await cached.list(ctx, 'member', { cycle: 2026 });
    expect(get).toHaveBeenCalledTimes(3);
    expect(list).toHaveBeenCalledTimes(2);
    expect(await cached.get(ctx, refs[2]!)).toEqual({ id: 'dc', version: 2026 });
  });

  it('does not remember a failed read, and passes writes through', async () => {
    let fail = true;
    const get = jest.fn(async () => {
      if (fail) throw new Error('throttled');
      return { id: 'x', version: 1 };
    });
    const { deps, calls } = storeWith(get as never);
    const cached = withRememberedReads(deps).store;
    const ref = { type: 'cycle' as const, id: '2026' };
    await expect(cached.get(ctx, ref)).rejects.toThrow('throttled');
    fail = false;
    await expect(cached.get(ctx, ref)).resolves.toEqual({ id: 'x', version: 1 });
    await cached.apply(ctx, []);
    expect(calls.apply).toBe(1);
    expect(get).toHaveBeenCalledTimes(2);
  });
});
