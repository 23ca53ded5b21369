import { Readable } from 'node:stream';
import { crc32, deflateRawSync } from 'node:zlib';
import ExcelJS from 'exceljs';
import * as XLSX from 'xlsx';
import {
  openXlsx,
  type OpenXlsxOptions,
  type ReadSheetOptions,
  type SheetSelector,
  type XlsxRow,
  type XlsxSheetSummary,
  type XlsxSource,
  type XlsxValue,
  type XlsxWorkbook,
} from '../../../../../functions/adapters/excel/stream';

export interface ZipPart {
  name: string;
  data: Buffer | string;
  /** Stored rather than deflated. */
  store?: boolean;
  /** Declared inflated size, when a test wants the directory to lie. */
  declaredSize?: number;
}

/**
 * A minimal zip writer (local headers, central directory, optionally zip64 records) so tests can
 * shape files no real writer makes: bombs, lies, missing attributes.
 */
export const buildZip = (parts: ZipPart[], options: { zip64?: boolean } = {}): Buffer => {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const part of parts) {
    const data = typeof part.data === 'string' ? Buffer.from(part.data, 'utf8') : part.data;
    const body = part.store ? data : deflateRawSync(data, { level: 9 });
    const name = Buffer.from(part.name, 'utf8');
    const crc = crc32(data) >>> 0;
    const size = part.declaredSize ?? data.length;
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(0x0800, 6);
    local.writeUInt16LE(part.store ? 0 : 8, 8);
    local.writeUInt32LE(crc, 14);
    local.writeUInt32LE(body.length, 18);
    local.writeUInt32LE(size, 22);
    local.writeUInt16LE(name.length, 26);
    locals.push(local, name, body);

    const extra = Buffer.alloc(options.zip64 ? 28 : 0);
    if (options.zip64) {
      extra.writeUInt16LE(0x0001, 0);
      extra.writeUInt16LE(24, 2);
      extra.writeBigUInt64LE(BigInt(size), 4);
      extra.writeBigUInt64LE(BigInt(body.length), 12);
      extra.writeBigUInt64LE(BigInt(offset), 20);
    }
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(45, 4);
    central.writeUInt16LE(45, 6);
    central.writeUInt16LE(0x0800, 8);
    central.writeUInt16LE(part.store ? 0 : 8, 10);
    central.writeUInt32LE(crc, 16);
    central.writeUInt32LE(options.zip64 ? 0xffffffff : body.length, 20);
    central.writeUInt32LE(options.zip64 ? 0xffffffff : size, 24);
    central.writeUInt16LE(name.length, 28);
    central.writeUInt16LE(extra.length, 30);
    central.writeUInt32LE(options.zip64 ? 0xffffffff : offset, 42);
    centrals.push(central, name, extra);
    offset += local.length + name.length + body.length;
  }
  const cd = Buffer.concat(centrals);
  const tail: Buffer[] = [];
  if (options.zip64) {
    const record = Buffer.alloc(56);
    record.writeUInt32LE(0x06064b50, 0);
    record.writeBigUInt64LE(44n, 4);
    record.writeUInt16LE(45, 12);
    record.writeUInt16LE(45, 14);
    record.writeBigUInt64LE(BigInt(parts.length), 24);
    record.writeBigUInt64LE(BigInt(parts.length), 32);
    record.writeBigUInt64LE(BigInt(cd.length), 40);
    record.writeBigUInt64LE(BigInt(offset), 48);
    const locator = Buffer.alloc(20);
    locator.writeUInt32LE(0x07064b50, 0);
    locator.writeBigUInt64LE(BigInt(offset + cd.length), 8);
    locator.writeUInt32LE(1, 16);
    tail.push(record, locator);
  }
  const eocd = Buffer.alloc(22);
  eocd.writeUInt32LE(0x06054b50, 0);
  eocd.writeUInt16LE(options.zip64 ? 0xffff : parts.length, 8);
  eocd.writeUInt16LE(options.zip64 ? 0xffff : parts.length, 10);
  eocd.writeUInt32LE(options.zip64 ? 0xffffffff : cd.length, 12);
  eocd.writeUInt32LE(options.zip64 ? 0xffffffff : offset, 16);
  return Buffer.concat([...locals, cd, ...tail, eocd]);
};

/** The parts of a zip, read by SheetJS's own zip code so tests do not lean on ours. */
export const unzip = (bytes: Buffer): ZipPart[] => {
  const cfb = XLSX.CFB.read(bytes, { type: 'buffer' }) as {
    FileIndex: Array<{ type: number; content: Uint8Array | number[] }>;
    FullPaths: string[];
  };
  const parts: ZipPart[] = [];
  cfb.FileIndex.forEach((entry, i) => {
    const path = cfb.FullPaths[i];
    if (entry.type !== 2 || path === undefined) return;
    parts.push({ name: path.replace(/^Root Entry\//, ''), data: Buffer.from(entry.content) });
  });
  return parts;
};

/** The workbook with one part's XML changed (or added when missing). */
export const rewrite = (bytes: Buffer, name: string, change: (xml: string) => string): Buffer => {
  const parts = unzip(bytes);
  const part = parts.find((p) => p.name === name);
  if (part) part.data = change(part.data.toString());
  else parts.push({ name, data: change('') });
  return buildZip(parts);
};

export const partText = (bytes: Buffer, name: string): string => {
  const part = unzip(bytes).find((p) => p.name === name);
  if (!part) throw new Error(`no ${name}`);
  return part.data.toString();
};

export const exceljsBook = async (build: (wb: ExcelJS.Workbook) => void): Promise<Buffer> => {
  const wb = new ExcelJS.Workbook();
  build(wb);
  return Buffer.from(await wb.xlsx.writeBuffer());
};

export const sheetjsBook = (
  sheets: Array<{ name: string; sheet: XLSX.WorkSheet; hidden?: 0 | 1 | 2 }>,
  options: XLSX.WritingOptions = {},
): Buffer => {
  const wb = XLSX.utils.book_new();
  for (const s of sheets) XLSX.utils.book_append_sheet(wb, s.sheet, s.name);
  wb.Workbook = { Sheets: sheets.map((s) => ({ Hidden: s.hidden ?? 0 })) };
  return XLSX.write(wb, { type: 'buffer', bookType: 'xlsx', ...options }) as Buffer;
};

export interface ReadResult {
  book: XlsxWorkbook;
  rows: XlsxRow[];
  summary: XlsxSheetSummary;
}

export const readAll = async (
  source: XlsxSource,
  selector: SheetSelector = {},
  options: ReadSheetOptions & OpenXlsxOptions = {},
): Promise<ReadResult> => {
  const book = await openXlsx(source, options);
  const reader = book.readSheet(selector, options);
  const rows: XlsxRow[] = [];
  for await (const row of reader) rows.push(row);
  if (!reader.summary) throw new Error('no summary after the last row');
  return { book, rows, summary: reader.summary };
};

/** Row number → values, for assertions that read like the sheet. */
export const byRow = (rows: XlsxRow[]): Record<number, XlsxValue[]> =>
  Object.fromEntries(rows.map((r) => [r.row, r.values]));

export const streamOf = (bytes: Buffer, chunk = 1000): Readable =>
  Readable.from(
    (function* () {
      for (let i = 0; i < bytes.length; i += chunk) yield bytes.subarray(i, i + chunk);
    })(),
  );

/** A value as both readers can agree on it: dates to the second, times of day without a day. */
const comparable = (value: unknown): unknown => {
  if (value instanceof Date) {
    const ms = Math.round(value.getTime() / 1000) * 1000;
    const iso = new Date(ms).toISOString();
    return ms < Date.UTC(1899, 11, 31) ? `time ${iso.slice(11, 19)}` : `date ${iso.slice(0, 19)}`;
  }
  return value;
};

/**
 * Every cell of a sheet as SheetJS reads it, in our terms: numbers in a date format become UTC
 * dates through SheetJS's own date code (so the 1900 leap-year bug and the 1904 system are its
 * reading, not ours), errors and empty strings are left out.
 */
export const sheetjsCells = (bytes: Buffer, sheetName: string): Map<string, unknown> => {
  const wb = XLSX.read(bytes, { type: 'buffer', cellNF: true, cellDates: false });
  const date1904 = Boolean(wb.Workbook?.WBProps?.date1904);
  const ws = wb.Sheets[sheetName];
  if (!ws) throw new Error(`SheetJS finds no sheet ${sheetName}`);
  const out = new Map<string, unknown>();
  for (const [address, cell] of Object.entries(ws)) {
    if (address.startsWith('!')) continue;
    const c = cell as XLSX.CellObject;
    const { r, c: col } = XLSX.utils.decode_cell(address);
    let value: unknown = null;
    if (c.t === 's' || c.t === 'b') value = c.v;
    else if (c.t === 'n' && typeof c.v === 'number') {
      if (typeof c.z === 'string' && XLSX.SSF.is_date(c.z)) {
        const d = XLSX.SSF.parse_date_code(c.v, { date1904 });
        value =
          c.v < 1 && !date1904
            ? `time ${[d.H, d.M, d.S].map((x) => String(x).padStart(2, '0')).join(':')}`
            : comparable(new Date(Date.UTC(d.y, d.m - 1, d.d, d.H, d.M, d.S)));
      } else value = c.v;
    }
    if (value !== null && value !== undefined && value !== '') out.set(`${r + 1}:${col}`, value);
  }
  return out;
};

/** Our rows in the same shape as `sheetjsCells`. */
export const ourCells = (rows: XlsxRow[]): Map<string, unknown> => {
  const out = new Map<string, unknown>();
  for (const { row, values } of rows)
    values.forEach((v, col) => {
      if (v !== null && v !== '') out.set(`${row}:${col}`, comparable(v));
    });
  return out;
};
