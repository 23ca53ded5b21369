import { createReadStream } from 'node:fs';
import { open, stat } from 'node:fs/promises';
import { pipeline, type Readable } from 'node:stream';
import { crc32, createInflateRaw, type ZlibOptions } from 'node:zlib';
import {
  EncryptedXlsxError,
  NotXlsxError,
  TruncatedXlsxError,
  XlsxReadError,
  XlsxTooLargeError,
  ZipBombError,
} from './errors';
import type { XlsxLimits } from './limits';

/**
 * Just enough of PKWARE's APPNOTE (central directory, zip64, stored and deflated entries) to
 * stream an .xlsx part by part. Nothing here trusts a declared size: inflated bytes are counted
 * as they come and checked against the caps.
 */

/** Where the zip's bytes are: in memory, or a file read by range. */
export type ZipSource =
  | { readonly kind: 'bytes'; readonly bytes: Buffer; readonly size: number }
  | { readonly kind: 'file'; readonly path: string; readonly size: number };

export interface ZipEntry {
  /** As stored, with `\` turned into `/` and no leading `/`. */
  readonly name: string;
  readonly method: number;
  readonly flags: number;
  readonly crc: number;
  readonly compressedSize: number;
  readonly size: number;
  readonly localHeaderOffset: number;
}

export interface ZipDirectory {
  readonly source: ZipSource;
  readonly entries: ReadonlyMap<string, ZipEntry>;
  /** Finds a part by name, falling back to a case-insensitive match (some writers vary case). */
  find(name: string): ZipEntry | undefined;
}

/** Counts inflated bytes across every part read from one workbook. */
export interface InflateBudget {
  inflated: number;
}

const SIG_LOCAL = 0x04034b50;
const SIG_CENTRAL = 0x02014b50;
const SIG_EOCD = 0x06054b50;
const SIG_ZIP64_LOCATOR = 0x07064b50;
const SIG_ZIP64_EOCD = 0x06064b50;
const EOCD_SIZE = 22;
const MAX_COMMENT = 0xffff;
const CFB_MAGIC = Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
const INFLATE_CHUNK = 64 * 1024;
/** Lets zlib inflate ahead on the thread pool while the main thread scans. */
const INFLATE_AHEAD = 1024 * 1024;

export const normaliseName = (name: string): string => name.replace(/\\/g, '/').replace(/^\/+/, '');

const readRange = async (source: ZipSource, offset: number, length: number): Promise<Buffer> => {
  const end = Math.min(source.size, offset + length);
  if (offset < 0 || offset >= end) return Buffer.alloc(0);
  if (source.kind === 'bytes') return source.bytes.subarray(offset, end);
  const handle = await open(source.path, 'r');
  try {
    const out = Buffer.allocUnsafe(end - offset);
    let done = 0;
    while (done < out.length) {
      const { bytesRead } = await handle.read(out, done, out.length - done, offset + done);
      if (bytesRead === 0) break;
      done += bytesRead;
    }
    return out.subarray(0, done);
  } finally {
    await handle.close();
  }
};

/** A Buffer, a file path, or a stream (buffered up to the size limit: the directory is at the end). */
export const toZipSource = async (
  input: Buffer | Uint8Array | string | AsyncIterable<Uint8Array>,
  maxFileBytes: number,
): Promise<ZipSource> => {
  if (typeof input === 'string') {
    const { size } = await stat(input);
    if (size > maxFileBytes)
      throw new XlsxTooLargeError(`file is ${size} bytes`, size, maxFileBytes);
    return { kind: 'file', path: input, size };
  }
  if (input instanceof Uint8Array) {
    const bytes = Buffer.isBuffer(input)
      ? input
      : Buffer.from(input.buffer, input.byteOffset, input.byteLength);
    if (bytes.length > maxFileBytes)
      throw new XlsxTooLargeError(`file is ${bytes.length} bytes`, bytes.length, maxFileBytes);
    return { kind: 'bytes', bytes, size: bytes.length };
  }
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of input) {
    size += chunk.byteLength;
    if (size > maxFileBytes)
      throw new XlsxTooLargeError(`stream passed ${maxFileBytes} bytes`, size, maxFileBytes);
    chunks.push(Buffer.from(chunk));
  }
  const bytes = Buffer.concat(chunks, size);
  return { kind: 'bytes', bytes, size };
};

/**
 * An OLE compound file is either a legacy .xls or an Office-encrypted package; only the latter
 * has an `EncryptedPackage` stream. Looks in the first directory sector, where Office puts it.
 */
const isEncryptedPackage = async (source: ZipSource, head: Buffer): Promise<boolean> => {
  const marker = Buffer.from('EncryptedPackage', 'utf16le');
  if (source.kind === 'bytes') return source.bytes.includes(marker);
  if (head.length < 0x34) return false;
  const sectorSize = 2 ** head.readUInt16LE(0x1e);
  const firstDirSector = head.readUInt32LE(0x30);
  if (sectorSize > 4096 || firstDirSector >= 0xfffffffa) return false;
  const dir = await readRange(source, (firstDirSector + 1) * sectorSize, sectorSize * 4);
  return dir.includes(marker);
};

const findEocd = (tail: Buffer): number => {
  for (let i = tail.length - EOCD_SIZE; i >= 0; i--) {
    if (
      tail.readUInt32LE(i) === SIG_EOCD &&
      i + EOCD_SIZE + tail.readUInt16LE(i + 20) <= tail.length
    )
      return i;
  }
  return -1;
};

const safeNumber = (value: bigint, what: string): number => {
  if (value > BigInt(Number.MAX_SAFE_INTEGER)) throw new NotXlsxError(`zip64 ${what} out of range`);
  return Number(value);
};

/** Reads the central directory; refuses what is not a zip, is cut short, or is encrypted. */
export const readZipDirectory = async (
  source: ZipSource,
  limits: Pick<XlsxLimits, 'maxEntries'>,
): Promise<ZipDirectory> => {
  const head = await readRange(source, 0, 512);
  if (head.length >= 8 && head.subarray(0, 8).equals(CFB_MAGIC)) {
    if (await isEncryptedPackage(source, head))
      throw new EncryptedXlsxError('password-protected workbook (OLE EncryptedPackage)');
    throw new NotXlsxError('OLE compound file: a legacy .xls or another Office 97–2003 file');
  }
  const startsLikeZip = head.length >= 4 && head[0] === 0x50 && head[1] === 0x4b;
  if (!startsLikeZip) throw new NotXlsxError('not a zip file');

  const tailLength = Math.min(source.size, EOCD_SIZE + MAX_COMMENT);
  const tailOffset = source.size - tailLength;
  const tail = await readRange(source, tailOffset, tailLength);
  const eocdAt = findEocd(tail);
  if (eocdAt < 0) throw new TruncatedXlsxError('no end of central directory: the zip is cut short');
  const eocdOffset = tailOffset + eocdAt;
  let entryCount = tail.readUInt16LE(eocdAt + 10);
  let cdSize = tail.readUInt32LE(eocdAt + 12);
  let cdOffset = tail.readUInt32LE(eocdAt + 16);

  if (entryCount === 0xffff || cdSize === 0xffffffff || cdOffset === 0xffffffff) {
    const locator = await readRange(source, eocdOffset - 20, 20);
    if (locator.length !== 20 || locator.readUInt32LE(0) !== SIG_ZIP64_LOCATOR)
      throw new TruncatedXlsxError('zip64 locator missing');
    const recordOffset = safeNumber(locator.readBigUInt64LE(8), 'directory offset');
    const record = await readRange(source, recordOffset, 56);
    if (record.length !== 56 || record.readUInt32LE(0) !== SIG_ZIP64_EOCD)
      throw new TruncatedXlsxError('zip64 end of central directory missing');
    entryCount = safeNumber(record.readBigUInt64LE(32), 'entry count');
    cdSize = safeNumber(record.readBigUInt64LE(40), 'directory size');
    cdOffset = safeNumber(record.readBigUInt64LE(48), 'directory offset');
  }
  if (entryCount > limits.maxEntries)
    throw new NotXlsxError(`${entryCount} zip entries, more than ${limits.maxEntries}`);
  if (cdOffset + cdSize > eocdOffset)
    throw new TruncatedXlsxError('central directory runs past its end record');

  const cd = await readRange(source, cdOffset, cdSize);
  const entries = new Map<string, ZipEntry>();
  let p = 0;
  for (let n = 0; n < entryCount; n++) {
    if (p + 46 > cd.length || cd.readUInt32LE(p) !== SIG_CENTRAL)
      throw new TruncatedXlsxError('damaged central directory');
    const flags = cd.readUInt16LE(p + 8);
    const method = cd.readUInt16LE(p + 10);
    const crc = cd.readUInt32LE(p + 16);
    let compressedSize = cd.readUInt32LE(p + 20);
    let size = cd.readUInt32LE(p + 24);
    const nameLength = cd.readUInt16LE(p + 28);
    const extraLength = cd.readUInt16LE(p + 30);
    const commentLength = cd.readUInt16LE(p + 32);
    let localHeaderOffset = cd.readUInt32LE(p + 42);
    const nameEnd = p + 46 + nameLength;
    if (nameEnd + extraLength + commentLength > cd.length)
      throw new TruncatedXlsxError('damaged central directory');
    // Bit 11: the name is UTF-8; otherwise CP437, which agrees with it for the ASCII of part names.
    const name = normaliseName(cd.toString('utf8', p + 46, nameEnd));
    if (size === 0xffffffff || compressedSize === 0xffffffff || localHeaderOffset === 0xffffffff) {
      let q = nameEnd;
      const extraEnd = nameEnd + extraLength;
      while (q + 4 <= extraEnd) {
        const id = cd.readUInt16LE(q);
        const length = cd.readUInt16LE(q + 2);
        if (id === 0x0001) {
          let r = q + 4;
          const next = (what: string): number => {
            if (r + 8 > q + 4 + length) throw new TruncatedXlsxError('short zip64 extra field');
            const value = safeNumber(cd.readBigUInt64LE(r), what);
            r += 8;
            return value;
          };
          if (size === 0xffffffff) size = next('size');
          if (compressedSize === 0xffffffff) compressedSize = next('compressed size');
          if (localHeaderOffset === 0xffffffff) localHeaderOffset = next('offset');
          break;
        }
        q += 4 + length;
      }
    }
    entries.set(name, { name, method, flags, crc, compressedSize, size, localHeaderOffset });
    p = nameEnd + extraLength + commentLength;
  }
  const lower = new Map<string, ZipEntry>();
  for (const entry of entries.values()) lower.set(entry.name.toLowerCase(), entry);
  return {
    source,
    entries,
    find: (name) => {
      const key = normaliseName(name);
      return entries.get(key) ?? lower.get(key.toLowerCase());
    },
  };
};

const dataOffset = async (source: ZipSource, entry: ZipEntry): Promise<number> => {
  const header = await readRange(source, entry.localHeaderOffset, 30);
  if (header.length < 30) throw new TruncatedXlsxError(`${entry.name}: local header cut short`);
  if (header.readUInt32LE(0) !== SIG_LOCAL)
    throw new TruncatedXlsxError(`${entry.name}: damaged local header`);
  return entry.localHeaderOffset + 30 + header.readUInt16LE(26) + header.readUInt16LE(28);
};

const fileRange = (path: string, offset: number, length: number): Readable =>
  createReadStream(path, { start: offset, end: offset + length - 1, highWaterMark: 1024 * 1024 });

async function* storedChunks(bytes: Buffer): AsyncGenerator<Buffer> {
  for (let i = 0; i < bytes.length; i += INFLATE_CHUNK)
    yield bytes.subarray(i, Math.min(bytes.length, i + INFLATE_CHUNK));
}

export interface InflateCaps {
  readonly limits: Pick<XlsxLimits, 'maxInflatedBytes' | 'maxCompressionRatio' | 'ratioGraceBytes'>;
  readonly budget: InflateBudget;
  /** A tighter cap for this part alone (small parts read whole). */
  readonly maxEntryBytes?: number;
}

/**
 * Streams one entry's inflated bytes, counting them per entry and in the workbook's budget as they
 * come; stops with a `ZipBombError` the moment a cap is passed, and checks the CRC at the end.
 * Breaking out of the loop destroys the inflater.
 */
export async function* inflateEntry(
  dir: ZipDirectory,
  entry: ZipEntry,
  caps: InflateCaps,
): AsyncGenerator<Buffer> {
  if (entry.flags & 1) throw new EncryptedXlsxError(`${entry.name}: zip-encrypted entry`);
  if (entry.method !== 0 && entry.method !== 8)
    throw new NotXlsxError(`${entry.name}: compression method ${entry.method}`);
  const { limits, budget } = caps;
  const entryCap = caps.maxEntryBytes ?? Number.POSITIVE_INFINITY;
  if (entry.size > entryCap || budget.inflated + entry.size > limits.maxInflatedBytes)
    throw new ZipBombError(`${entry.name}: declares ${entry.size} bytes`, entry.name, 0);
  const source = dir.source;
  const start = await dataOffset(source, entry);
  if (start + entry.compressedSize > source.size)
    throw new TruncatedXlsxError(`${entry.name}: data runs past the end of the file`);

  let chunks: AsyncIterable<Buffer>;
  if (entry.method === 0) {
    chunks =
      source.kind === 'bytes'
        ? storedChunks(source.bytes.subarray(start, start + entry.compressedSize))
        : fileRange(source.path, start, entry.compressedSize);
  } else {
    // Transform's own option, which zlib passes on though its typings omit it.
    const options: ZlibOptions & { readableHighWaterMark: number } = {
      chunkSize: INFLATE_CHUNK,
      readableHighWaterMark: INFLATE_AHEAD,
    };
    const inflater = createInflateRaw(options);
    if (source.kind === 'bytes')
      inflater.end(source.bytes.subarray(start, start + entry.compressedSize));
    else if (entry.compressedSize === 0) inflater.end();
    else pipeline(fileRange(source.path, start, entry.compressedSize), inflater, () => undefined);
    chunks = inflater;
  }

  const ratioCap = limits.maxCompressionRatio * Math.max(1, entry.compressedSize);
  let inflated = 0;
  let crc = 0;
  try {
    for await (const chunk of chunks) {
      inflated += chunk.length;
      budget.inflated += chunk.length;
      if (inflated > entry.size)
        throw new ZipBombError(
          `${entry.name}: inflates past its declared ${entry.size} bytes`,
          entry.name,
          inflated,
        );
      if (inflated > entryCap)
        throw new ZipBombError(`${entry.name}: over ${entryCap} bytes`, entry.name, inflated);
      if (budget.inflated > limits.maxInflatedBytes)
        throw new ZipBombError(
          `workbook inflates past ${limits.maxInflatedBytes} bytes`,
          entry.name,
          inflated,
        );
      if (inflated > limits.ratioGraceBytes && inflated > ratioCap)
        throw new ZipBombError(
          `${entry.name}: compression ratio over ${limits.maxCompressionRatio}:1`,
          entry.name,
          inflated,
        );
      crc = crc32(chunk, crc);
      yield chunk;
    }
  } catch (error) {
    if (error instanceof XlsxReadError) throw error;
    throw new TruncatedXlsxError(`${entry.name}: damaged or cut-short data`, { cause: error });
  }
  if (inflated !== entry.size)
    throw new TruncatedXlsxError(`${entry.name}: ${inflated} of ${entry.size} bytes`);
  if (crc >>> 0 !== entry.crc >>> 0) throw new TruncatedXlsxError(`${entry.name}: CRC mismatch`);
}
