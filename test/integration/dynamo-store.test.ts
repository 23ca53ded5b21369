import { ConflictError, ValidationError } from '../../functions/domain/errors';
import type { Stored } from '../../functions/domain/ports';
import { aContext } from '../fixtures/builders';
import { createTestTable, type TestTable } from '../support/table';

interface Note {
  text: string;
}

describe('the DynamoDB store', () => {
  let table: TestTable;
  const orgA = aContext({ orgId: 'org-a', userId: 'ona@org-a' });
  const orgB = aContext({ orgId: 'org-b', userId: 'bob@org-b' });
  const ref = { type: 'unit', id: 'dienos-centras' } as const;

  beforeAll(async () => {
    table = await createTestTable();
  });
  afterAll(async () => {
    await table.drop();
  });

  it('creates at version 0, then changes only at the version read', async () => {
    const { store } = table.deps;
    const created = await store.save<Note>(orgA, ref, { text: 'Dienos centras' }, 0);
    expect(created).toMatchObject({ text: 'Dienos centras', version: 1, createdBy: 'ona@org-a' });
    table.setNow('2026-11-24T11:00:00Z');
    const changed = await store.save<Note>(
      orgA,
      ref,
      { ...created, text: 'Vaikų dienos centras' },
      1,
    );
    expect(changed).toMatchObject({
      text: 'Vaikų dienos centras',
      version: 2,
      createdAt: created.createdAt,
    });
    expect(changed.updatedAt).toBe('2026-11-24T11:00:00.000Z');
    expect(await store.get<Note>(orgA, ref)).toEqual(changed);
  });

  it('refuses a stale version with the current item and leaves it unchanged', async () => {
    const { store } = table.deps;
    const before = await store.get<Note>(orgA, ref);
    const attempt = store.save<Note>(orgA, ref, { text: 'pasenęs' }, 1);
    await expect(attempt).rejects.toBeInstanceOf(ConflictError);
    await expect(attempt).rejects.toMatchObject({ current: before });
    expect(await store.get<Note>(orgA, ref)).toEqual(before);
  });

  it('refuses to create what exists', async () => {
    await expect(table.deps.store.save<Note>(orgA, ref, { text: 'x' }, 0)).rejects.toBeInstanceOf(
      ConflictError,
    );
  });

  it('lets exactly one of two simultaneous writers of the same version win', async () => {
    const { store } = table.deps;
    const race = { type: 'unit', id: 'race' } as const;
    await store.save<Note>(orgA, race, { text: 'start' }, 0);
    const results = await Promise.allSettled(
      Array.from({ length: 6 }, (_, i) => store.save<Note>(orgA, race, { text: `writer ${i}` }, 1)),
    );
    expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(1);
    expect(
      results
        .filter((r) => r.status === 'rejected')
        .every((r) => (r as PromiseRejectedResult).reason instanceof ConflictError),
    ).toBe(true);
    const history = await store.audit(orgA, { entity: { type: 'unit', id: 'race' }, limit: 50 });
    expect(history.items).toHaveLength(2);
  });

  it('keeps organisations apart: another organisation sees nothing and cannot overwrite', async () => {
    const { store } = table.deps;
    expect(await store.get(orgB, ref)).toBeUndefined();
    expect(await store.list(orgB, 'unit')).toEqual([]);
    const own = await store.save<Note>(orgB, ref, { text: 'B skyrius' }, 0);
    expect(own.version).toBe(1);
    expect((await store.get<Note>(orgA, ref))?.text).toBe('Vaikų dienos centras');
    expect(
      (await store.audit(orgB, { limit: 100 })).items.every((e) => e.actor.userId === 'bob@org-b'),
    ).toBe(true);
  });

  it('writes an audit entry for every change: who, when, before, after', async () => {
    const page = await table.deps.store.audit(orgA, {
      entity: { type: 'unit', id: 'dienos-centras' },
      limit: 10,
    });
    expect(page.items.map((e) => e.action)).toEqual(['update', 'create']);
    const [update, create] = page.items as [(typeof page.items)[0], (typeof page.items)[0]];
    expect(create).toMatchObject({
      before: null,
      actor: { userId: 'ona@org-a', roles: ['director'] },
      requestId: 'req-test',
    });
    expect((update.before as Stored<Note>).text).toBe('Dienos centras');
    expect((update.after as Stored<Note>).text).toBe('Vaikų dienos centras');
    expect(update.at).toBe('2026-11-24T11:00:00.000Z');
  });

  it('removes at the version read, audited, and refuses a stale removal', async () => {
    const { store } = table.deps;
    const gone = { type: 'unit', id: 'to-remove' } as const;
    await store.save<Note>(orgA, gone, { text: 'laikinas' }, 0);
    await expect(store.remove(orgA, gone, 2)).rejects.toBeInstanceOf(ConflictError);
    table.setNow('2026-11-24T11:05:00Z');
    await store.remove(orgA, gone, 1);
    expect(await store.get(orgA, gone)).toBeUndefined();
    const history = await store.audit(orgA, { entity: gone, limit: 10 });
    expect(history.items[0]).toMatchObject({
      action: 'delete',
      after: null,
      before: { text: 'laikinas' },
    });
  });

  it('pages the audit log newest first, and a cursor works only in its own organisation', async () => {
    const { store } = table.deps;
    const first = await store.audit(orgA, { limit: 2 });
    expect(first.items).toHaveLength(2);
    expect(first.cursor).toBeDefined();
    const second = await store.audit(orgA, { limit: 2, cursor: first.cursor! });
    expect(second.items[0]!.at <= first.items[1]!.at).toBe(true);
    expect(second.items.map((e) => e.id)).not.toContain(first.items[0]!.id);
    await expect(store.audit(orgB, { limit: 2, cursor: first.cursor! })).rejects.toBeInstanceOf(
      ValidationError,
    );
    await expect(store.audit(orgA, { limit: 2, cursor: 'not-a-cursor' })).rejects.toBeInstanceOf(
      ValidationError,
    );
  });

  it('filters the audit log by time', async () => {
    const late = await table.deps.store.audit(orgA, { from: '2026-11-24T10:30:00Z', limit: 100 });
    expect(late.items.length).toBeGreaterThan(0);
    expect(late.items.every((e) => e.at >= '2026-11-24T10:30:00Z')).toBe(true);
    const early = await table.deps.store.audit(orgA, { to: '2026-11-24T10:30:00Z', limit: 100 });
    expect(early.items.every((e) => e.at <= '2026-11-24T10:30:00Z')).toBe(true);
  });

  it('applies several changes in one transaction, or none when one is stale', async () => {
    const { store } = table.deps;
    const a = { type: 'unit', id: 'tx-a' } as const;
    const b = { type: 'unit', id: 'tx-b' } as const;
    const saved = await store.apply(orgA, [
      { ref: a, data: { text: 'A' }, expectedVersion: 0 },
      { ref: b, data: { text: 'B' }, expectedVersion: 0 },
    ]);
    expect(saved.map((s) => s?.version)).toEqual([1, 1]);
    const attempt = store.apply(orgA, [
      { ref: a, data: { text: 'A2' }, expectedVersion: 1 },
      { ref: b, data: { text: 'B2' }, expectedVersion: 7 },
    ]);
    await expect(attempt).rejects.toBeInstanceOf(ConflictError);
    await expect(attempt).rejects.toMatchObject({ current: { text: 'B', version: 1 } });
    expect((await store.get<Note>(orgA, a))?.text).toBe('A');
    const tooMany = Array.from({ length: 51 }, (_, i) => ({
      ref: { type: 'unit', id: `m${i}` } as const,
      data: {},
      expectedVersion: 0,
    }));
    await expect(store.apply(orgA, tooMany)).rejects.toBeInstanceOf(ValidationError);
  });

  it('keeps items of a cycle in that year’s partition', async () => {
    const { store } = table.deps;
    await store.save<Note>(orgA, { type: 'cycle', id: 'x', cycle: 2026 }, { text: '2026' }, 0);
    expect(await store.list(orgA, 'cycle', { cycle: 2026 })).toHaveLength(1);
    expect(await store.list(orgA, 'cycle', { cycle: 2025 })).toHaveLength(0);
    expect(await store.list(orgA, 'cycle')).toHaveLength(0);
  });
});
