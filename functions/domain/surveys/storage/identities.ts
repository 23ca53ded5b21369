/**
 * Identity sets: the row identities (24 hex characters = 12 bytes, a hash) of the responses
 * already stored, so that uploading the same export again adds nothing.
 *
 *   part = IDENTITY_FORMAT_VERSION (1 byte) ‖ 12-byte ids, ascending, no repeats
 *
 * Hashes do not compress, so parts are stored as they are and searched without unpacking.
 */
export const IDENTITY_FORMAT_VERSION = 1;

export const ID_BYTES = 12;
const HEX_ID = /^[0-9a-f]{24}$/;

export interface IdentityOptions {
  /** @default 350_000 */
  maxPartBytes?: number;
}

const compare = (a: Uint8Array, ai: number, b: Uint8Array, bi: number): number => {
  for (let k = 0; k < ID_BYTES; k++) {
    const d = a[ai + k]! - b[bi + k]!;
    if (d !== 0) return d;
  }
  return 0;
};

const toBytes = (hex: string, out: Uint8Array, at: number): void => {
  for (let k = 0; k < ID_BYTES; k++) out[at + k] = parseInt(hex.slice(k * 2, k * 2 + 2), 16);
};

const toHex = (bytes: Uint8Array, at: number): string => {
  let s = '';
  for (let k = 0; k < ID_BYTES; k++) s += bytes[at + k]!.toString(16).padStart(2, '0');
  return s;
};

/** Sorted, unique ids packed into parts of at most `maxPartBytes`. Throws a `RangeError` on an id that is not 24 hex characters. */
export const encodeIdentities = (
  hexIds: readonly string[],
  options: IdentityOptions = {},
): Uint8Array[] => {
  const max = options.maxPartBytes ?? 350_000;
  const perPart = Math.floor((max - 1) / ID_BYTES);
  if (perPart < 1) throw new RangeError(`Survey storage: a part of ${max} bytes holds no id`);
  const ids = [
    ...new Set(
      hexIds.map((id) => {
        const lower = id.toLowerCase();
        if (!HEX_ID.test(lower)) throw new RangeError(`Survey storage: bad identity ${id}`);
        return lower;
      }),
    ),
  ].sort();
  const parts: Uint8Array[] = [];
  for (let start = 0; start < ids.length; start += perPart) {
    const slice = ids.slice(start, start + perPart);
    const part = new Uint8Array(1 + slice.length * ID_BYTES);
    part[0] = IDENTITY_FORMAT_VERSION;
    slice.forEach((id, i) => toBytes(id, part, 1 + i * ID_BYTES));
    parts.push(part);
  }
  return parts;
};

/** Ascending unique ids in one buffer; `has` is a binary search. */
export class IdentitySet {
  constructor(private readonly ids: Uint8Array) {}

  get size(): number {
    return this.ids.length / ID_BYTES;
  }

  has(hexId: string): boolean {
    const lower = hexId.toLowerCase();
    if (!HEX_ID.test(lower)) return false;
    const probe = new Uint8Array(ID_BYTES);
    toBytes(lower, probe, 0);
    let lo = 0;
    let hi = this.size - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >>> 1;
      const d = compare(this.ids, mid * ID_BYTES, probe, 0);
      if (d === 0) return true;
      if (d < 0) lo = mid + 1;
      else hi = mid - 1;
    }
    return false;
  }

  *[Symbol.iterator](): IterableIterator<string> {
    for (let at = 0; at < this.ids.length; at += ID_BYTES) yield toHex(this.ids, at);
  }
}

/** One part's ids, ascending and unique whatever order they were stored in. */
const sortedIds = (part: Uint8Array): Uint8Array => {
  if (part[0] !== IDENTITY_FORMAT_VERSION) {
    throw new Error(`Survey storage: unknown identity format ${String(part[0])}`);
  }
  if ((part.length - 1) % ID_BYTES !== 0) {
    throw new Error('Survey storage: corrupt or truncated payload');
  }
  const ids = part.subarray(1);
  let ordered = true;
  for (let at = ID_BYTES; at < ids.length && ordered; at += ID_BYTES) {
    ordered = compare(ids, at - ID_BYTES, ids, at) < 0;
  }
  if (ordered) return ids;
  const n = ids.length / ID_BYTES;
  const order = Array.from({ length: n }, (_, i) => i).sort((a, b) =>
    compare(ids, a * ID_BYTES, ids, b * ID_BYTES),
  );
  return dedupe(order.map((i) => ids.subarray(i * ID_BYTES, (i + 1) * ID_BYTES)));
};

const dedupe = (sorted: Uint8Array[]): Uint8Array => {
  const out = new Uint8Array(sorted.length * ID_BYTES);
  let n = 0;
  for (const id of sorted) {
    if (n > 0 && compare(out, (n - 1) * ID_BYTES, id, 0) === 0) continue;
    out.set(id, n * ID_BYTES);
    n++;
  }
  return out.subarray(0, n * ID_BYTES);
};

/** Two ascending id buffers merged, repeats dropped. */
const merge = (a: Uint8Array, b: Uint8Array): Uint8Array => {
  const out = new Uint8Array(a.length + b.length);
  let i = 0;
  let j = 0;
  let n = 0;
  const push = (src: Uint8Array, at: number): void => {
    if (n === 0 || compare(out, n - ID_BYTES, src, at) !== 0) {
      out.set(src.subarray(at, at + ID_BYTES), n);
      n += ID_BYTES;
    }
  };
  while (i < a.length && j < b.length) {
    if (compare(a, i, b, j) <= 0) {
      push(a, i);
      i += ID_BYTES;
    } else {
      push(b, j);
      j += ID_BYTES;
    }
  }
  for (; i < a.length; i += ID_BYTES) push(a, i);
  for (; j < b.length; j += ID_BYTES) push(b, j);
  return out.subarray(0, n);
};

/** The ids of any number of parts (one import's or several imports'), as one set. */
export const decodeIdentities = (parts: readonly Uint8Array[]): IdentitySet => {
  let runs = parts.map(sortedIds);
  if (runs.length === 0) return new IdentitySet(new Uint8Array(0));
  while (runs.length > 1) {
    const next: Uint8Array[] = [];
    for (let k = 0; k < runs.length; k += 2) {
      const a = runs[k]!;
      const b = runs[k + 1];
      next.push(b ? merge(a, b) : a);
    }
    runs = next;
  }
  return new IdentitySet(runs[0]!);
};
