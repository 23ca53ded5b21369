import type { EntityRef, Deps, RequestContext } from '../ports';

/**
 * Bulk items (survey chunks and identity parts, report snapshot parts) are written before the
 * transaction that names them; a process that dies in between leaves them named by nothing.
 * They are swept only once older than this: a commit still in progress must never lose its items
 * (the API Lambda lives 29 s, the nightly sync 15 min, so its transaction lands well within it).
 */
export const ORPHAN_MIN_AGE_MS = 60 * 60 * 1000;

/** `newId`'s ids (functions/shared/ids.ts): 9 base-36 characters of milliseconds, 10 random. */
const NEW_ID = /^[0-9a-z]{19}$/;
const EARLIEST_ID_TIME = Date.UTC(2020, 0, 1);

/**
 * The time (ms) `newId` wrote into an id, or null when the id is not of its format or the time is
 * implausible: before 2020, or later than `latest` (a clock a little ahead is plausible, a time far
 * in the future is not).
 */
export const idTime = (id: string, latest: number): number | null => {
  if (!NEW_ID.test(id)) return null;
  const ms = parseInt(id.slice(0, 9), 36);
  return ms >= EARLIEST_ID_TIME && ms <= latest ? ms : null;
};

/** What the sweep reads of a bulk item: `writtenAt` (ISO) is written on every item since it exists. */
export interface BulkStamp {
  writtenAt?: unknown;
}

/**
 * When a bulk item was written: its `writtenAt`; for items written before that field existed, the
 * time in its owner's id (an import's or snapshot's, from `newId`); null when neither tells.
 */
export const writtenTime = (
  item: BulkStamp,
  ownerId: string,
  now: Date,
  minAgeMs = ORPHAN_MIN_AGE_MS,
): number | null => {
  if (typeof item.writtenAt === 'string') {
    const at = Date.parse(item.writtenAt);
    if (Number.isFinite(at)) return at;
  }
  return idTime(ownerId, now.getTime() + minAgeMs);
};

/**
 * Whether an item its owner's record does not name may go: written at least `minAgeMs` ago, or of
 * unknown age (an id of another format, no `writtenAt`: older than this rule). A time in the
 * future (another machine's clock ahead) is young.
 */
export const isOldOrphan = (
  item: BulkStamp,
  ownerId: string,
  now: Date,
  minAgeMs = ORPHAN_MIN_AGE_MS,
): boolean => {
  const at = writtenTime(item, ownerId, now, minAgeMs);
  return at === null || now.getTime() - at >= minAgeMs;
};

/** The items named by no record (`named(owner)` false) and old enough to sweep. */
export const oldOrphans = <T extends BulkStamp & { id: string }>(
  items: readonly T[],
  ownerOf: (itemId: string) => string,
  named: (ownerId: string) => boolean,
  now: Date,
  minAgeMs = ORPHAN_MIN_AGE_MS,
): T[] =>
  items.filter((item) => {
    const owner = ownerOf(item.id);
    return !named(owner) && isOldOrphan(item, owner, now, minAgeMs);
  });

/**
 * Removes orphaned bulk items and says how many went. Never fails the caller's operation: the
 * items are invisible to readers anyway, so a failed removal (throttling, a lost connection)
 * leaves them for the next sweep and answers 0.
 */
export const sweepBulk = async (
  ctx: RequestContext,
  refs: EntityRef[],
  deps: Deps,
): Promise<number> => {
  if (refs.length === 0) return 0;
  try {
    await deps.store.removeBulk(ctx, refs);
    return refs.length;
  } catch {
    return 0;
  }
};
