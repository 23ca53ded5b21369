import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as XLSX from 'xlsx';
import {
  EncryptedXlsxError,
  NotXlsxError,
  openXlsx,
  TruncatedXlsxError,
  XlsxReadError,
  XlsxTooLargeError,
  ZipBombError,
} from '../../../../../functions/adapters/excel/stream';
import { buildZip, readAll, rewrite, sheetjsBook, streamOf, unzip } from './xlsx-builders';

const survey = () =>
  sheetjsBook(
    [
      {
        name: 'Atsakymai',
        sheet: XLSX.utils.aoa_to_sheet([
          ['Klausimas', 'Atsakymas'],
          ...Array.from({ length: 200 }, (_, i) => [
            `Q${i}`,
            i % 2 === 0 ? 'Sutinku' : 'Nesutinku',
          ]),
        ]),
      },
    ],
    { bookSST: true },
  );

/** A workbook whose sheet part is `sheetXml`, everything else as SheetJS wrote it. */
const withSheet = (sheetXml: Buffer, options: { declaredSize?: number } = {}) => {
  const parts = unzip(survey()).map((p) =>
    p.name === 'xl/worksheets/sheet1.xml' ? { ...p, data: sheetXml, ...options } : p,
  );
  return buildZip(parts);
};

const sheetOf = (body: string) =>
  Buffer.from(
    `<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>${body}</sheetData></worksheet>`,
  );

describe('refusing what is not an xlsx', () => {
  it.each([
    ['empty bytes', Buffer.alloc(0)],
    ['a CSV export', Buffer.from('Timestamp,Q1\n2024-03-15,Sutinku\n')],
    ['a PDF', Buffer.from('%PDF-1.7\n%âãÏÓ\n')],
    ['random bytes', Buffer.from(Array.from({ length: 4096 }, (_, i) => (i * 7919) % 256))],
  ])('refuses %s with a NotXlsxError', async (_name, bytes) => {
    await expect(openXlsx(bytes)).rejects.toThrow(NotXlsxError);
    await expect(openXlsx(bytes)).rejects.toMatchObject({ code: 'not_xlsx' });
  });

  it('refuses an old .xls (an OLE compound file) as not an xlsx', async () => {
    const wb = XLSX.utils.book_new();
    XLSX.utils.book_append_sheet(wb, XLSX.utils.aoa_to_sheet([['a', 1]]), 'S');
    const xls = XLSX.write(wb, { type: 'buffer', bookType: 'biff8' }) as Buffer;

    await expect(openXlsx(xls)).rejects.toThrow(/legacy \.xls/);
    await expect(openXlsx(xls)).rejects.toBeInstanceOf(NotXlsxError);
  });

  it('refuses a password-protected workbook (an OLE file with an EncryptedPackage) as encrypted', async () => {
    const cfb = XLSX.CFB.utils.cfb_new();
    XLSX.CFB.utils.cfb_add(cfb, 'EncryptionInfo', Buffer.alloc(200, 1));
    XLSX.CFB.utils.cfb_add(cfb, 'EncryptedPackage', Buffer.alloc(8000, 2));
    const encrypted = XLSX.CFB.write(cfb, { type: 'buffer' }) as Buffer;
    const dir = mkdtempSync(join(tmpdir(), 'ciklas-xlsx-'));
    const path = join(dir, 'slaptas.xlsx');
    writeFileSync(path, encrypted);

    try {
      await expect(openXlsx(encrypted)).rejects.toThrow(EncryptedXlsxError);
      await expect(openXlsx(path)).rejects.toMatchObject({ code: 'encrypted' });
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it.each([
    [
      'a Word document',
      [
        {
          name: '_rels/.rels',
          data: '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>',
        },
        { name: 'word/document.xml', data: '<w:document xmlns:w="x"/>' },
      ],
    ],
    [
      'an OpenDocument spreadsheet',
      [
        { name: 'mimetype', data: 'application/vnd.oasis.opendocument.spreadsheet', store: true },
        { name: 'content.xml', data: '<office:document-content/>' },
      ],
    ],
    ['a binary workbook (.xlsb)', [{ name: 'xl/workbook.bin', data: Buffer.alloc(10) }]],
  ])('refuses a zip that is %s', async (_name, parts) => {
    await expect(openXlsx(buildZip(parts))).rejects.toThrow(NotXlsxError);
  });

  it('refuses a sheet whose XML is not a worksheet', async () => {
    const bytes = withSheet(Buffer.from('<html><body>nope</body></html>'));

    await expect(readAll(bytes)).rejects.toThrow(NotXlsxError);
  });
});

describe('refusing damaged files', () => {
  it.each([0.1, 0.5, 0.9, 0.999])(
    'refuses a file cut at %p of its length as truncated',
    async (share) => {
      const bytes = survey();
      const cut = bytes.subarray(0, Math.floor(bytes.length * share));

      await expect(openXlsx(cut)).rejects.toThrow(TruncatedXlsxError);
    },
  );

  it('refuses a sheet whose compressed bytes were damaged, and keeps working afterwards', async () => {
    const bytes = Buffer.from(survey());
    const name = Buffer.from('xl/worksheets/sheet1.xml');
    const header = bytes.indexOf(name) - 30;
    const dataStart = header + 30 + name.length + bytes.readUInt16LE(header + 28);
    for (let i = 20; i < 60; i++) bytes[dataStart + i] = (bytes[dataStart + i] ?? 0) ^ 0xa5;

    await expect(readAll(bytes)).rejects.toThrow(TruncatedXlsxError);
    await expect(readAll(survey())).resolves.toMatchObject({ summary: { rows: 201 } });
  });

  it('refuses a sheet whose XML stops inside its data', async () => {
    const bytes = withSheet(
      Buffer.from(
        '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData><row r="1"><c r="A1"><v>1</v></c></row>',
      ),
    );

    await expect(readAll(bytes)).rejects.toThrow(/ends inside <sheetData>/);
  });

  it('refuses a cell reference beyond column XFD instead of allocating for it', async () => {
    const bytes = withSheet(sheetOf('<row r="1"><c r="ZZZZ1"><v>1</v></c></row>'));

    await expect(readAll(bytes)).rejects.toThrow(/beyond column XFD/);
  });
});

describe('limits', () => {
  /** 64 MiB of one byte inflates from about 64 KiB: a ratio near 1000:1. */
  const bomb = () =>
    withSheet(
      Buffer.concat([
        Buffer.from(
          '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData><row r="1"><c r="A1"><v>1</v></c></row>',
        ),
        Buffer.alloc(64 * 1024 * 1024, 0x20),
        Buffer.from('</sheetData></worksheet>'),
      ]),
    );

  it('stops a zip bomb by its compression ratio while inflating, before it is all inflated', async () => {
    const bytes = bomb();
    expect(bytes.length).toBeLessThan(200_000);

    const error: unknown = await readAll(bytes).catch((e: unknown) => e);

    expect(error).toBeInstanceOf(ZipBombError);
    expect(error).toMatchObject({ code: 'zip_bomb', entry: 'xl/worksheets/sheet1.xml' });
    // 200 × the entry's ~65 KB compressed: far short of the 64 MiB it would become.
    expect((error as ZipBombError).inflatedBytes).toBeLessThan(16 * 1024 * 1024);
  });

  it('stops inflating at the total cap whatever the ratio', async () => {
    const error: unknown = await readAll(
      bomb(),
      {},
      {
        limits: { maxInflatedBytes: 2 * 1024 * 1024, maxCompressionRatio: 1e9 },
      },
    ).catch((e: unknown) => e);

    expect(error).toBeInstanceOf(ZipBombError);
    expect((error as ZipBombError).inflatedBytes).toBeLessThan(2 * 1024 * 1024 + 128 * 1024);
  });

  it('refuses a part that inflates past the size its directory declares', async () => {
    const sheet = sheetOf(
      Array.from(
        { length: 500 },
        (_, i) => `<row r="${i + 1}"><c r="A${i + 1}"><v>${i}</v></c></row>`,
      ).join(''),
    );
    const bytes = withSheet(sheet, { declaredSize: 100 });

    await expect(readAll(bytes)).rejects.toThrow(/past its declared 100 bytes/);
  });

  it('refuses a declared size over the cap before inflating anything', async () => {
    const bytes = withSheet(sheetOf('<row r="1"><c r="A1"><v>1</v></c></row>'), {
      declaredSize: 2_000_000_000,
    });

    await expect(readAll(bytes)).rejects.toThrow(ZipBombError);
  });

  it('refuses a file over the size limit from a Buffer, a path and a stream', async () => {
    const bytes = survey();
    const limits = { maxFileBytes: 1024 };
    const dir = mkdtempSync(join(tmpdir(), 'ciklas-xlsx-'));
    const path = join(dir, 'didelis.xlsx');
    writeFileSync(path, bytes);

    try {
      await expect(openXlsx(bytes, { limits })).rejects.toThrow(XlsxTooLargeError);
      await expect(openXlsx(path, { limits })).rejects.toMatchObject({
        code: 'too_large',
        size: bytes.length,
        limit: 1024,
      });
      await expect(openXlsx(streamOf(bytes, 500), { limits })).rejects.toThrow(XlsxTooLargeError);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('refuses more shared strings than the cap', async () => {
    const error = await readAll(survey(), {}, { limits: { maxSharedStrings: 10 } }).catch(
      (e: unknown) => e,
    );

    expect(error).toBeInstanceOf(XlsxTooLargeError);
    expect(error).toMatchObject({ code: 'too_large', limit: 10 });
  });

  it('refuses one XML element longer than the cap rather than buffering it', async () => {
    const bytes = withSheet(
      sheetOf(
        `<row r="1"><c r="A1" t="inlineStr"><is><t>${'a'.repeat(300_000)}</t></is></c></row>`,
      ),
    );

    await expect(readAll(bytes, {}, { limits: { maxElementChars: 100_000 } })).rejects.toThrow(
      XlsxTooLargeError,
    );
    await expect(readAll(bytes)).resolves.toMatchObject({ summary: { rows: 1 } });
  });

  it('gives every refusal a literal code and a developer message only', async () => {
    const error = await openXlsx(Buffer.from('not a zip')).catch((e: unknown) => e);

    expect(error).toBeInstanceOf(XlsxReadError);
    expect(error).toMatchObject({
      name: 'NotXlsxError',
      code: 'not_xlsx',
      message: 'not a zip file',
    });
  });
});

describe('zip64', () => {
  it('reads a workbook whose directory uses zip64 records', async () => {
    const bytes = buildZip(unzip(survey()), { zip64: true });

    const { rows } = await readAll(bytes);

    expect(rows).toHaveLength(201);
    expect(rows[1]).toEqual({ row: 2, values: ['Q0', 'Sutinku'] });
  });

  it('reads stored (uncompressed) parts', async () => {
    const bytes = buildZip(unzip(survey()).map((p) => ({ ...p, store: true })));

    const { rows } = await readAll(bytes);

    expect(rows).toHaveLength(201);
  });
});

describe('rewriting helpers', () => {
  it('round-trips a workbook through the test zip writer unchanged in content', async () => {
    const original = survey();

    const copy = rewrite(original, 'xl/worksheets/sheet1.xml', (xml) => xml);

    expect((await readAll(copy)).rows).toEqual((await readAll(original)).rows);
  });
});
