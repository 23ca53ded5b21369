import { createHash } from 'node:crypto';
import { deflateRawSync, inflateRawSync } from 'node:zlib';
import type { BulkItem, Deps, RequestContext } from '../ports';
import { oldOrphans, sweepBulk } from '../surveys/orphans';

/**
 * An approved (or submitted) report's frozen figures, stored as immutable bulk items: the model's
 * JSON, deflated, cut into parts that each stay well under DynamoDB's 400 KB item limit. Like
 * survey chunks they carry no version or audit entry of their own: the report's record names the
 * snapshot (id, parts, size, SHA-256) in its own audited change, and only what a record names is
 * ever read.
 *
 *   part 0 = FORMAT (1 byte) ‖ deflateRaw(JSON) [0, PART_BYTES − 1)   part k = the next PART_BYTES
 */
export const SNAPSHOT_FORMAT = 1;

/** Bytes of compressed payload per item: a 300 KB part leaves 100 KB for keys and metadata. */
export const SNAPSHOT_PART_BYTES = 300_000;

export interface SnapshotRef {
  id: string;
  parts: number;
  /** Compressed bytes, format byte included. */
  bytes: number;
  /** Bytes of the JSON before compression. */
  jsonBytes: number;
  /** SHA-256 of the stored bytes, hex: what was frozen is what is read back. */
  sha256: string;
  takenAt: string;
}

export const snapshotPartId = (id: string, seq: number): string =>
  `${id}.${String(seq).padStart(4, '0')}`;
/** The snapshot a part belongs to (snapshot ids hold no dot). */
export const snapshotOfPartId = (partId: string): string =>
  partId.slice(0, Math.max(0, partId.lastIndexOf('.')));

export const encodeSnapshot = (
  value: unknown,
  partBytes = SNAPSHOT_PART_BYTES,
): { parts: Uint8Array[]; bytes: number; jsonBytes: number; sha256: string } => {
  const json = Buffer.from(JSON.stringify(value), 'utf8');
  const packed = Buffer.concat([Buffer.of(SNAPSHOT_FORMAT), deflateRawSync(json, { level: 9 })]);
  const parts: Uint8Array[] = [];
  for (let at = 0; at < packed.length; at += partBytes)
    parts.push(new Uint8Array(packed.subarray(at, at + partBytes)));
  return {
    parts,
    bytes: packed.length,
    jsonBytes: json.length,
    sha256: createHash('sha256').update(packed).digest('hex'),
  };
};

export const decodeSnapshot = (parts: readonly Uint8Array[], ref: SnapshotRef): unknown => {
  const packed = Buffer.concat(parts.map((p) => Buffer.from(p)));
  if (parts.length !== ref.parts || packed.length !== ref.bytes)
    throw new Error(`snapshot ${ref.id}: ${parts.length} parts of ${packed.length} bytes stored`);
  if (createHash('sha256').update(packed).digest('hex') !== ref.sha256)
    throw new Error(`snapshot ${ref.id}: checksum differs`);
  if (packed[0] !== SNAPSHOT_FORMAT)
    throw new Error(`snapshot ${ref.id}: unknown format ${String(packed[0])}`);
  return JSON.parse(inflateRawSync(packed.subarray(1)).toString('utf8'));
};

interface SnapshotPart {
  id: string;
  seq: number;
  payload: Uint8Array;
  /** ISO time of the write (deps.clock); absent on parts written before it was recorded. */
  writtenAt?: string;
}

/** Writes the snapshot's parts (not yet named by any record) and gives the ref to name them by. */
export const writeSnapshot = async (
  ctx: RequestContext,
  year: number,
  value: unknown,
  deps: Deps,
): Promise<SnapshotRef> => {
  const id = deps.newId();
  const encoded = encodeSnapshot(value);
  const takenAt = deps.clock.now().toISOString();
  const items: BulkItem[] = encoded.parts.map((payload, seq) => ({
    ref: { type: 'reportSnapshot', id: snapshotPartId(id, seq), cycle: year },
    data: { id: snapshotPartId(id, seq), seq, payload, writtenAt: takenAt },
  }));
  await deps.store.putBulk(ctx, items);
  return {
    id,
    parts: encoded.parts.length,
    bytes: encoded.bytes,
    jsonBytes: encoded.jsonBytes,
    sha256: encoded.sha256,
    takenAt,
  };
};

export const readSnapshot = async (
  ctx: RequestContext,
  year: number,
  ref: SnapshotRef,
  deps: Deps,
): Promise<unknown> => {
  const parts = await deps.store.list<SnapshotPart>(ctx, 'reportSnapshot', {
    cycle: year,
    idPrefix: `${ref.id}.`,
  });
  return decodeSnapshot(
    parts.sort((a, b) => a.seq - b.seq).map((p) => p.payload),
    ref,
  );
};

export const removeSnapshot = (
  ctx: RequestContext,
  year: number,
  ref: SnapshotRef,
  deps: Deps,
): Promise<void> =>
  deps.store.removeBulk(
    ctx,
    Array.from({ length: ref.parts }, (_, seq) => ({
      type: 'reportSnapshot' as const,
      id: snapshotPartId(ref.id, seq),
      cycle: year,
    })),
  );

/**
 * Removes the year's snapshot parts that no version of any report record of the year names (a
 * submission that died between writing its snapshot and its transaction, or a returned version's
 * snapshot whose removal was lost) once older than an hour (surveys/orphans.ts): a submission in
 * progress writes its record within the API Lambda's 29 s. `named` must be read before the parts
 * are listed. Never throws; says how many parts went.
 */
export const sweepSnapshots = async (
  ctx: RequestContext,
  year: number,
  named: ReadonlySet<string>,
  deps: Deps,
): Promise<number> => {
  try {
    const parts = await deps.store.list<SnapshotPart>(ctx, 'reportSnapshot', { cycle: year });
    const orphans = oldOrphans(parts, snapshotOfPartId, (id) => named.has(id), deps.clock.now());
    return await sweepBulk(
      ctx,
      orphans.map((p) => ({ type: 'reportSnapshot' as const, id: p.id, cycle: year })),
      deps,
    );
  } catch {
    return 0;
  }
};
