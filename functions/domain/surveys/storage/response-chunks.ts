import { deflateRawSync, inflateRawSync } from 'node:zlib';
import type { Answer, ResponseColumns, SurveyQuestion } from '../model';
import { ByteReader, ByteWriter, corrupt, isWellFormed, unzigzag, zigzag } from './bytes';

/**
 * Response chunks. A chunk is a block of consecutive responses, stored column by column:
 *
 *   payload = FORMAT_VERSION (1 byte) ‖ deflateRaw(body)
 *   body    = varint rows ‖ varint columns ‖ column*
 *   column  = varint keyBytes ‖ key (UTF-8) ‖ encoding (1 byte) ‖ varint dataBytes ‖ data
 *
 * Each column's encoding is chosen from the values it actually holds, so any `Answer` round-trips
 * exactly; the compact ones cover what the importer produces (see `ENCODING`). Nulls (blanks)
 * are 0 wherever a value is stored as n + 1.
 */
export const RESPONSE_FORMAT_VERSION = 1;

/** DynamoDB items are at most 400 KB; this leaves room for keys and the store's metadata. */
export const DEFAULT_MAX_CHUNK_BYTES = 350_000;

export interface EncodedChunk {
  /** 0-based position within one import; chunks are decoded in this order. */
  seq: number;
  /** Responses in the chunk. */
  count: number;
  payload: Uint8Array;
}

export interface ChunkOptions {
  /** @default 350_000 */
  maxChunkBytes?: number;
}

const ENCODING = {
  /** Every value null: no data. */
  nulls: 0,
  /**
   * Whole numbers 0–254 (scores, option indexes): byte lo ‖ byte k ‖ digits in base k, as many
   * to a byte as fit (1–5 with blanks: k = 6, three answers a byte), digit = value − lo + 1,
   * 0 = null. Deflate's Huffman stage then codes them within about 1% of their entropy.
   */
  packed: 1,
  /** Lists of whole numbers ≥ 0 (multi, unsorted or large): varint length + 1, then indexes. */
  multi: 2,
  /** Strings: all varint UTF-8 lengths + 1 first, then all the text (compresses better apart). */
  text: 3,
  /**
   * ISO instants `YYYY-MM-DDTHH:mm:ss.sssZ`: byte unit (`TIME_UNITS` index: the coarsest that
   * divides every time) ‖ varint zigzag(time − previous time, in units) + 1.
   */
  time: 4,
  /** Anything else: a tag per value (see `TAG`). */
  mixed: 5,
  /** Ascending unique indexes 0–30 (multi as the importer makes it): varint bit mask + 1. */
  mask: 6,
} as const;

/** Milliseconds per unit: exports mostly keep whole seconds, some whole minutes. */
const TIME_UNITS = [1, 1000, 60_000] as const;

const TAG = { null: 0, float: 1, utf8: 2, utf16: 3, list: 4 } as const;

/** Rows encoded to estimate how many fit in a chunk. */
const SAMPLE_ROWS = 16_384;
/** Aim under the limit so a block a little denser than the sample still fits. */
const FILL = 0.95;

const isSmall = (v: number): boolean =>
  Number.isInteger(v) && v >= 0 && v <= 254 && !Object.is(v, -0);
const isIndex = (v: unknown): boolean =>
  typeof v === 'number' && Number.isSafeInteger(v) && v >= 0 && !Object.is(v, -0);
const MAX_MASK_INDEX = 30;
const isMaskable = (list: readonly number[]): boolean => {
  let previous = -1;
  for (const x of list) {
    if (x <= previous || x > MAX_MASK_INDEX) return false;
    previous = x;
  }
  return true;
};
/** Digits of base k that fit in one byte. */
const digitsPerByte = (k: number): number => {
  let p = 1;
  while (k ** (p + 1) <= 256) p++;
  return p;
};
const isInstant = (s: string): boolean => {
  if (s.length !== 24 || s.charCodeAt(23) !== 90 /* Z */) return false;
  const ms = Date.parse(s);
  return !Number.isNaN(ms) && new Date(ms).toISOString() === s;
};

const chooseEncoding = (values: readonly Answer[], start: number, end: number): number => {
  let any = false;
  let small = true;
  let multi = true;
  let mask = true;
  let text = true;
  let time = true;
  for (let i = start; i < end; i++) {
    const v = values[i];
    if (v === null) continue;
    any = true;
    if (typeof v === 'number') {
      multi = text = time = false;
      if (small && !isSmall(v)) small = false;
    } else if (typeof v === 'string') {
      small = multi = false;
      if (time && !isInstant(v)) time = false;
      if (text && !isWellFormed(v)) text = false;
    } else if (Array.isArray(v)) {
      small = text = time = false;
      if (multi && !v.every(isIndex)) multi = false;
      if (mask && !(multi && isMaskable(v))) mask = false;
    } else {
      throw new TypeError(`Survey storage: answer ${i} is not an Answer: ${String(v)}`);
    }
    if (!small && !multi && !text && !time) return ENCODING.mixed;
  }
  if (!any) return ENCODING.nulls;
  if (small) return ENCODING.packed;
  if (multi) return mask ? ENCODING.mask : ENCODING.multi;
  if (time) return ENCODING.time;
  return text ? ENCODING.text : ENCODING.mixed;
};

const writeColumn = (
  out: ByteWriter,
  encoding: number,
  values: readonly Answer[],
  start: number,
  end: number,
): void => {
  switch (encoding) {
    case ENCODING.nulls:
      return;
    case ENCODING.packed: {
      let lo = 254;
      let hi = 0;
      for (let i = start; i < end; i++) {
        const v = values[i] as number | null;
        if (v === null) continue;
        if (v < lo) lo = v;
        if (v > hi) hi = v;
      }
      const k = hi - lo + 2;
      const p = digitsPerByte(k);
      const rows = end - start;
      const bytes = new Uint8Array(2 + Math.ceil(rows / p));
      bytes[0] = lo;
      bytes[1] = k - 1;
      for (let r = 0; r < rows; r += p) {
        let x = 0;
        for (let j = 0; j < p; j++) {
          const v = r + j < rows ? (values[start + r + j] as number | null) : null;
          x = x * k + (v === null ? 0 : v - lo + 1);
        }
        bytes[2 + r / p] = x;
      }
      out.bytes(bytes);
      return;
    }
    case ENCODING.mask:
      for (let i = start; i < end; i++) {
        const v = values[i] as number[] | null;
        let bits = 0;
        if (v !== null) for (const x of v) bits += 2 ** x;
        out.varint(v === null ? 0 : bits + 1);
      }
      return;
    case ENCODING.multi:
      for (let i = start; i < end; i++) {
        const v = values[i] as number[] | null;
        if (v === null) {
          out.varint(0);
          continue;
        }
        out.varint(v.length + 1);
        for (const index of v) out.varint(index);
      }
      return;
    case ENCODING.time: {
      const times: (number | null)[] = [];
      let unit = TIME_UNITS.length - 1;
      for (let i = start; i < end; i++) {
        const v = values[i] as string | null;
        const ms = v === null ? null : Date.parse(v);
        while (ms !== null && unit > 0 && ms % TIME_UNITS[unit]! !== 0) unit--;
        times.push(ms);
      }
      out.byte(unit);
      let previous = 0;
      for (const ms of times) {
        if (ms === null) {
          out.varint(0);
          continue;
        }
        const t = ms / TIME_UNITS[unit]!;
        out.varint(zigzag(t - previous) + 1);
        previous = t;
      }
      return;
    }
    case ENCODING.text: {
      const text = new ByteWriter(1024);
      for (let i = start; i < end; i++) {
        const v = values[i] as string | null;
        out.varint(v === null ? 0 : text.utf8(v) + 1);
      }
      out.bytes(text.view());
      return;
    }
    default:
      for (let i = start; i < end; i++) writeMixed(out, values[i] ?? null);
  }
};

const writeMixed = (out: ByteWriter, v: Answer): void => {
  if (v === null) out.byte(TAG.null);
  else if (typeof v === 'number') {
    out.byte(TAG.float);
    out.float64(v);
  } else if (typeof v === 'string') {
    if (isWellFormed(v)) {
      const text = new ByteWriter(v.length * 3);
      text.utf8(v);
      out.byte(TAG.utf8);
      out.varint(text.length);
      out.bytes(text.view());
    } else {
      out.byte(TAG.utf16);
      out.varint(v.length);
      for (let i = 0; i < v.length; i++) out.varint(v.charCodeAt(i));
    }
  } else {
    out.byte(TAG.list);
    out.varint(v.length);
    for (const x of v) out.float64(x);
  }
};

const readColumn = (
  data: ByteReader,
  encoding: number,
  target: Answer[],
  offset: number,
  rows: number,
): void => {
  switch (encoding) {
    case ENCODING.nulls:
      return;
    case ENCODING.packed: {
      const lo = data.byte();
      const k = data.byte() + 1;
      const p = digitsPerByte(k);
      const bytes = data.bytes(Math.ceil(rows / p));
      for (let r = 0; r < rows; r += p) {
        let x = bytes[r / p]!;
        for (let j = p - 1; j >= 0; j--) {
          const digit = x % k;
          x = (x - digit) / k;
          if (digit !== 0 && r + j < rows) target[offset + r + j] = lo + digit - 1;
        }
      }
      return;
    }
    case ENCODING.mask:
      for (let i = 0; i < rows; i++) {
        const n = data.varint();
        if (n === 0) continue;
        const list: number[] = [];
        for (let bit = 0, rest = n - 1; rest > 0; bit++, rest = Math.floor(rest / 2)) {
          if (rest % 2 === 1) list.push(bit);
        }
        target[offset + i] = list;
      }
      return;
    case ENCODING.multi:
      for (let i = 0; i < rows; i++) {
        const n = data.varint();
        if (n === 0) continue;
        const list = new Array<number>(n - 1);
        for (let j = 0; j < n - 1; j++) list[j] = data.varint();
        target[offset + i] = list;
      }
      return;
    case ENCODING.time: {
      const unit = TIME_UNITS[data.byte()];
      if (unit === undefined) throw corrupt();
      let previous = 0;
      for (let i = 0; i < rows; i++) {
        const n = data.varint();
        if (n === 0) continue;
        previous += unzigzag(n - 1);
        target[offset + i] = new Date(previous * unit).toISOString();
      }
      return;
    }
    case ENCODING.text: {
      const lengths = new Array<number>(rows);
      for (let i = 0; i < rows; i++) lengths[i] = data.varint();
      for (let i = 0; i < rows; i++) {
        const n = lengths[i]!;
        if (n !== 0) target[offset + i] = data.utf8(n - 1);
      }
      return;
    }
    case ENCODING.mixed:
      for (let i = 0; i < rows; i++) target[offset + i] = readMixed(data);
      return;
    default:
      throw new Error(`Survey storage: unknown column encoding ${encoding}`);
  }
};

const readMixed = (data: ByteReader): Answer => {
  const tag = data.byte();
  switch (tag) {
    case TAG.null:
      return null;
    case TAG.float:
      return data.float64();
    case TAG.utf8:
      return data.utf8(data.varint());
    case TAG.utf16: {
      const n = data.varint();
      const units = new Array<number>(n);
      for (let i = 0; i < n; i++) units[i] = data.varint();
      let s = '';
      for (let i = 0; i < n; i += 8192) s += String.fromCharCode(...units.slice(i, i + 8192));
      return s;
    }
    case TAG.list: {
      const n = data.varint();
      const list = new Array<number>(n);
      for (let i = 0; i < n; i++) list[i] = data.float64();
      return list;
    }
    default:
      throw corrupt();
  }
};

const keyBytes = (key: string): Uint8Array => new TextEncoder().encode(key);

/** The questions' answer columns, checked: unique keys, every column `count` long. */
const columnsOf = (
  questions: readonly SurveyQuestion[],
  responses: ResponseColumns,
): { key: Uint8Array; values: readonly Answer[] }[] => {
  const seen = new Set<string>();
  return questions.map((q) => {
    if (seen.has(q.key)) throw new RangeError(`Survey storage: question key ${q.key} twice`);
    seen.add(q.key);
    const values = responses.answers[q.key] ?? [];
    if (values.length !== 0 && values.length !== responses.count) {
      throw new RangeError(
        `Survey storage: ${q.key} has ${values.length} answers for ${responses.count} responses`,
      );
    }
    return { key: keyBytes(q.key), values };
  });
};

const encodeBlock = (
  columns: ReturnType<typeof columnsOf>,
  start: number,
  end: number,
): Uint8Array => {
  const body = new ByteWriter((end - start) * columns.length + 64);
  body.varint(end - start);
  body.varint(columns.length);
  for (const column of columns) {
    const encoding =
      column.values.length === 0 ? ENCODING.nulls : chooseEncoding(column.values, start, end);
    const scratch = new ByteWriter(end - start + 16);
    writeColumn(scratch, encoding, column.values, start, end);
    body.varint(column.key.length);
    body.bytes(column.key);
    body.byte(encoding);
    body.varint(scratch.length);
    body.bytes(scratch.view());
  }
  const packed = deflateRawSync(body.view(), { level: 9, memLevel: 9 });
  const payload = new Uint8Array(packed.length + 1);
  payload[0] = RESPONSE_FORMAT_VERSION;
  payload.set(packed, 1);
  return payload;
};

/**
 * Packs responses into chunks of at most `maxChunkBytes` each (a block over the limit is split
 * again until it fits). Keys are the questions' keys; answers of keys not among `questions`
 * are not stored. Throws a `RangeError` when a single response alone exceeds the limit.
 */
export const encodeChunks = (
  questions: readonly SurveyQuestion[],
  responses: ResponseColumns,
  options: ChunkOptions = {},
): EncodedChunk[] => {
  const max = options.maxChunkBytes ?? DEFAULT_MAX_CHUNK_BYTES;
  const count = responses.count;
  if (count === 0) return [];
  const columns = columnsOf(questions, responses);
  const sampleRows = Math.min(count, SAMPLE_ROWS);
  const sample = encodeBlock(columns, 0, sampleRows);
  const blocks = Math.max(1, Math.ceil(((sample.length / sampleRows) * count) / (max * FILL)));
  const rowsPerBlock = Math.ceil(count / blocks);
  const chunks: EncodedChunk[] = [];
  const emit = (start: number, end: number, ready?: Uint8Array): void => {
    const payload = ready ?? encodeBlock(columns, start, end);
    if (payload.length <= max) {
      chunks.push({ seq: chunks.length, count: end - start, payload });
      return;
    }
    if (end - start === 1) {
      throw new RangeError(
        `Survey storage: response ${start} alone takes ${payload.length} bytes (limit ${max})`,
      );
    }
    const pieces = Math.min(end - start, Math.max(2, Math.ceil(payload.length / (max * FILL))));
    const rows = Math.ceil((end - start) / pieces);
    for (let at = start; at < end; at += rows) emit(at, Math.min(end, at + rows));
  };
  for (let start = 0; start < count; start += rowsPerBlock) {
    const end = Math.min(count, start + rowsPerBlock);
    emit(start, end, start === 0 && end === sampleRows ? sample : undefined);
  }
  return chunks;
};

interface DecodedBlock {
  rows: number;
  columns: Map<string, { encoding: number; data: Uint8Array }>;
}

const decodeBlock = (payload: Uint8Array): DecodedBlock => {
  if (payload[0] !== RESPONSE_FORMAT_VERSION) {
    throw new Error(`Survey storage: unknown response format ${String(payload[0])}`);
  }
  let body: Uint8Array;
  try {
    body = inflateRawSync(payload.subarray(1));
  } catch (error) {
    throw new Error('Survey storage: corrupt or truncated payload', { cause: error });
  }
  const reader = new ByteReader(body);
  const rows = reader.varint();
  const n = reader.varint();
  const columns = new Map<string, { encoding: number; data: Uint8Array }>();
  for (let i = 0; i < n; i++) {
    const key = reader.utf8(reader.varint());
    const encoding = reader.byte();
    columns.set(key, { encoding, data: reader.bytes(reader.varint()) });
  }
  return { rows, columns };
};

/**
 * Unpacks chunks given in order (one import's in `seq` order, several imports' one after the
 * other in commit order) into one set of columns, with a column for every question; a question
 * a chunk does not hold (added by a later import) answers null there.
 */
export const decodeChunks = (
  questions: readonly SurveyQuestion[],
  chunks: readonly (Pick<EncodedChunk, 'payload'> & { count?: number })[],
): ResponseColumns => {
  const blocks = chunks.map((c) => {
    const block = decodeBlock(c.payload);
    if (c.count !== undefined && c.count !== block.rows) throw corrupt();
    return block;
  });
  const count = blocks.reduce((sum, b) => sum + b.rows, 0);
  const answers: Record<string, Answer[]> = {};
  for (const q of questions) answers[q.key] = new Array<Answer>(count).fill(null);
  let offset = 0;
  for (const block of blocks) {
    for (const q of questions) {
      const column = block.columns.get(q.key);
      if (!column) continue;
      const reader = new ByteReader(column.data);
      readColumn(reader, column.encoding, answers[q.key]!, offset, block.rows);
      if (!reader.done) throw corrupt();
    }
    offset += block.rows;
  }
  return { count, answers };
};

/** `b`'s responses after `a`'s; a key only one side has answers null on the other. */
export const concatResponses = (a: ResponseColumns, b: ResponseColumns): ResponseColumns => {
  const answers: Record<string, Answer[]> = {};
  const keys = new Set([...Object.keys(a.answers), ...Object.keys(b.answers)]);
  for (const key of keys) {
    const left = a.answers[key] ?? new Array<Answer>(a.count).fill(null);
    const right = b.answers[key] ?? new Array<Answer>(b.count).fill(null);
    answers[key] = left.concat(right);
  }
  return { count: a.count + b.count, answers };
};
