import {
  idTime,
  isOldOrphan,
  oldOrphans,
  ORPHAN_MIN_AGE_MS,
  sweepBulk,
  writtenTime,
} from '../../../../functions/domain/surveys/orphans';
import type { Deps, EntityRef, Store } from '../../../../functions/domain/ports';
import { newId } from '../../../../functions/shared/ids';
import { aContext } from '../../../fixtures/builders';

const NOW = new Date('2026-11-24T10:00:00Z');
const HOUR = 60 * 60 * 1000;
/** An id as `newId` writes it, at `ms`. */
const idAt = (ms: number): string => ms.toString(36).padStart(9, '0') + 'k3v9x0q7ab';
const iso = (ms: number): string => new Date(ms).toISOString();

describe('idTime', () => {
  it('reads the milliseconds newId wrote into an id', () => {
    const before = Date.now();
    const id = newId();
    const at = idTime(id, Date.now() + 1000);
    expect(at).not.toBeNull();
    expect(at!).toBeGreaterThanOrEqual(before);
    expect(at!).toBeLessThanOrEqual(Date.now());
    expect(idTime(idAt(NOW.getTime() - 2 * HOUR), NOW.getTime())).toBe(NOW.getTime() - 2 * HOUR);
  });

  it('gives null for ids of another format and for implausible times', () => {
    expect(idTime('import-1', NOW.getTime())).toBeNull();
    expect(idTime('s1.i1', NOW.getTime())).toBeNull();
    expect(idTime(idAt(NOW.getTime()).toUpperCase(), NOW.getTime())).toBeNull();
    expect(idTime(idAt(NOW.getTime()) + 'x', NOW.getTime())).toBeNull();
    expect(idTime(idAt(Date.UTC(2019, 11, 31)), NOW.getTime())).toBeNull();
    expect(idTime(idAt(NOW.getTime() + 1), NOW.getTime())).toBeNull();
    expect(idTime('zzzzzzzzz0000000000', NOW.getTime())).toBeNull();
  });
});

describe('writtenTime / isOldOrphan', () => {
  const young = idAt(NOW.getTime() - 5 * 60 * 1000);

  it('takes writtenAt first, whatever the id says', () => {
    const twoHoursAgo = NOW.getTime() - 2 * HOUR;
    expect(writtenTime({ writtenAt: iso(twoHoursAgo) }, young, NOW)).toBe(twoHoursAgo);
    expect(isOldOrphan({ writtenAt: iso(twoHoursAgo) }, young, NOW)).toBe(true);
    expect(isOldOrphan({ writtenAt: iso(NOW.getTime() - 5 * 60 * 1000) }, 'legacy', NOW)).toBe(
      false,
    );
  });

  it('keeps an item younger than an hour and sweeps one of exactly an hour', () => {
    const almost = NOW.getTime() - ORPHAN_MIN_AGE_MS + 1;
    expect(isOldOrphan({ writtenAt: iso(almost) }, 'x', NOW)).toBe(false);
    expect(isOldOrphan({ writtenAt: iso(NOW.getTime() - ORPHAN_MIN_AGE_MS) }, 'x', NOW)).toBe(true);
  });

  it('falls back to the import id’s time when writtenAt is missing or unreadable', () => {
    expect(isOldOrphan({}, idAt(NOW.getTime() - 2 * HOUR), NOW)).toBe(true);
    expect(isOldOrphan({}, young, NOW)).toBe(false);
    expect(isOldOrphan({ writtenAt: 'yesterday' }, young, NOW)).toBe(false);
    expect(isOldOrphan({ writtenAt: 17 }, idAt(NOW.getTime() - 2 * HOUR), NOW)).toBe(true);
  });

  it('treats an item whose age nothing tells as old', () => {
    expect(writtenTime({}, 'import-1', NOW)).toBeNull();
    expect(isOldOrphan({}, 'import-1', NOW)).toBe(true);
    expect(isOldOrphan({}, idAt(Date.UTC(2019, 0, 1)), NOW)).toBe(true);
    // Far in the future is no newId time; a few minutes ahead is a clock ahead: young.
    expect(isOldOrphan({}, idAt(NOW.getTime() + 3 * HOUR), NOW)).toBe(true);
    expect(isOldOrphan({}, idAt(NOW.getTime() + 5 * 60 * 1000), NOW)).toBe(false);
    expect(isOldOrphan({ writtenAt: iso(NOW.getTime() + 5 * 60 * 1000) }, 'x', NOW)).toBe(false);
  });
});

describe('oldOrphans', () => {
  it('picks the items no record names and that are old enough, never a named one', () => {
    const old = iso(NOW.getTime() - 3 * HOUR);
    const fresh = iso(NOW.getTime() - 60 * 1000);
    const items = [
      { id: 's.committed.00000', writtenAt: old },
      { id: 's.crashed.00000', writtenAt: old },
      { id: 's.crashed.00001', writtenAt: old },
      { id: 's.inflight.00000', writtenAt: fresh },
      { id: `s.${idAt(NOW.getTime() - 2 * HOUR)}.00000` },
      { id: `s.${idAt(NOW.getTime() - 10 * 60 * 1000)}.00000` },
    ];
    const named = new Set(['committed']);

    const swept = oldOrphans(
      items,
      (id) => id.split('.')[1] ?? '',
      (i) => named.has(i),
      NOW,
    );

    expect(swept.map((i) => i.id)).toEqual([
      's.crashed.00000',
      's.crashed.00001',
      `s.${idAt(NOW.getTime() - 2 * HOUR)}.00000`,
    ]);
  });
});

describe('sweepBulk', () => {
  const ctx = aContext();
  const refs: EntityRef[] = [{ type: 'surveyChunk', id: 's.i.00000', cycle: 2026 }];
  const depsWith = (removeBulk: Store['removeBulk']): Deps =>
    ({ store: { removeBulk } as Partial<Store> as Store }) as Deps;

  it('removes the refs and says how many', async () => {
    const removed: EntityRef[][] = [];
    const deps = depsWith((_, r) => {
      removed.push(r);
      return Promise.resolve();
    });
    await expect(sweepBulk(ctx, refs, deps)).resolves.toBe(1);
    expect(removed).toEqual([refs]);
    await expect(sweepBulk(ctx, [], deps)).resolves.toBe(0);
    expect(removed).toHaveLength(1);
  });

  it('answers 0 instead of failing when the removal fails', async () => {
    const deps = depsWith(() => Promise.reject(new Error('ProvisionedThroughputExceeded')));
    await expect(sweepBulk(ctx, refs, deps)).resolves.toBe(0);
  });
});
