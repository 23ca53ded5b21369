import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import * as XLSX from 'xlsx';
import {
  EmptySheetError,
  NoSheetError,
  openXlsx,
  type XlsxRow,
} from '../../../../../functions/adapters/excel/stream';
import { SheetScanner } from '../../../../../functions/adapters/excel/stream/sheet-scanner';
import {
  byRow,
  exceljsBook,
  ourCells,
  partText,
  readAll,
  rewrite,
  sheetjsBook,
  sheetjsCells,
  streamOf,
} from './xlsx-builders';

const utc = (...parts: [number, number, number, number?, number?, number?]) =>
  new Date(Date.UTC(parts[0], parts[1] - 1, parts[2], parts[3] ?? 0, parts[4] ?? 0, parts[5] ?? 0));

describe('reading cell values', () => {
  it('reads shared strings, rich text runs, entities and numbers stored as text (exceljs)', async () => {
    const bytes = await exceljsBook((wb) => {
      const ws = wb.addWorksheet('Atsakymai');
      ws.addRow(['Klausimas', 'Atsakymas', 'Kodas']);
      ws.addRow([
        'Ar sutinkate?',
        { richText: [{ text: 'Visiškai ' }, { text: 'sutinku', font: { bold: true } }] },
        '007',
      ]);
      ws.addRow(['A & B <c> "d" \'e\'', 'Ąžuolas 👍', '1e3']);
    });
    expect(partText(bytes, 'xl/worksheets/sheet1.xml')).toContain('t="s"');

    const { rows } = await readAll(bytes);

    expect(byRow(rows)).toEqual({
      1: ['Klausimas', 'Atsakymas', 'Kodas'],
      2: ['Ar sutinkate?', 'Visiškai sutinku', '007'],
      3: ['A & B <c> "d" \'e\'', 'Ąžuolas 👍', '1e3'],
    });
  });

  it('reads inline strings, rich inline runs and numeric character references', async () => {
    const bytes = rewrite(
      sheetjsBook([{ name: 'S', sheet: XLSX.utils.aoa_to_sheet([['x']]) }]),
      'xl/worksheets/sheet1.xml',
      () =>
        '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>' +
        '<row r="1"><c r="A1" t="inlineStr"><is><t>U&#382;pildyta &#x1F44D;</t></is></c>' +
        '<c r="B1" t="inlineStr"><is><r><rPr><b/></rPr><t xml:space="preserve">Labai </t></r><r><t>gerai</t></r></is></c>' +
        '<c r="C1" t="inlineStr"><is><t/></is></c><c r="D1" t="inlineStr"><is><t>eilutė_x000D_2</t></is></c></row>' +
        '</sheetData></worksheet>',
    );

    const { rows } = await readAll(bytes);

    expect(rows).toEqual([{ row: 1, values: ['Užpildyta 👍', 'Labai gerai', '', 'eilutė\r2'] }]);
  });

  it('leaves phonetic runs out of shared strings', async () => {
    const base = sheetjsBook([{ name: 'S', sheet: XLSX.utils.aoa_to_sheet([['a', 'b']]) }], {
      bookSST: true,
    });
    const bytes = rewrite(
      base,
      'xl/sharedStrings.xml',
      () =>
        '<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="2" uniqueCount="2">' +
        '<si><t>東京</t><rPh sb="0" eb="2"><t>トウキョウ</t></rPh><phoneticPr fontId="1"/></si>' +
        '<si><r><t>a&amp;</t></r><r><t>b</t></r></si></sst>',
    );

    const { rows } = await readAll(bytes);

    expect(rows).toEqual([{ row: 1, values: ['東京', 'a&b'] }]);
  });

  it('reads booleans, and error cells as null unless their text is asked for, counting them', async () => {
    const bytes = await exceljsBook((wb) => {
      const ws = wb.addWorksheet('S');
      ws.addRow([true, false, { error: '#N/A' }, { error: '#DIV/0!' }, 1]);
    });

    const plain = await readAll(bytes);
    const asText = await readAll(bytes, {}, { errorsAsText: true });

    expect(plain.rows).toEqual([{ row: 1, values: [true, false, null, null, 1] }]);
    expect(plain.summary.errorCells).toBe(2);
    expect(asText.rows).toEqual([{ row: 1, values: [true, false, '#N/A', '#DIV/0!', 1] }]);
  });

  it('turns date-formatted numbers into UTC dates: built-in, custom yyyy.mm.dd, a time of day', async () => {
    const bytes = await exceljsBook((wb) => {
      const ws = wb.addWorksheet('S');
      const row = ws.addRow([
        utc(2024, 3, 15, 14, 30, 5),
        utc(2024, 3, 15),
        new Date(Date.UTC(1899, 11, 30, 9, 45)),
        45366,
        utc(2024, 3, 15),
      ]);
      row.getCell(1).numFmt = 'yyyy-mm-dd hh:mm:ss';
      row.getCell(2).numFmt = 'yyyy.mm.dd';
      row.getCell(3).numFmt = 'hh:mm';
      row.getCell(4).numFmt = '#,##0 "d."';
      row.getCell(5).numFmt = 'mm-dd-yy';
    });

    const { rows } = await readAll(bytes);

    expect(rows[0]?.values).toEqual([
      utc(2024, 3, 15, 14, 30, 5),
      utc(2024, 3, 15),
      new Date(Date.UTC(1899, 11, 30, 9, 45)),
      45366,
      utc(2024, 3, 15),
    ]);
  });

  it('reads t="d" ISO cells and t="str" strings written by SheetJS', async () => {
    const sheet = XLSX.utils.aoa_to_sheet([[utc(2024, 3, 15, 8, 5, 30), 'tekstas & „kabutės“']], {
      cellDates: true,
    });
    const bytes = sheetjsBook([{ name: 'S', sheet }], { bookSST: false, cellDates: true });
    expect(partText(bytes, 'xl/worksheets/sheet1.xml')).toMatch(/t="d".*t="str"/);

    const { rows } = await readAll(bytes);

    expect(rows).toEqual([{ row: 1, values: [utc(2024, 3, 15, 8, 5, 30), 'tekstas & „kabutės“'] }]);
  });

  it('takes the cached value of formulas and reports that the sheet had them', async () => {
    const bytes = await exceljsBook((wb) => {
      const ws = wb.addWorksheet('S');
      ws.addRow([2, 3, { formula: 'A1*B1', result: 6 }, { formula: 'A1&"x"', result: '2x' }]);
      ws.addRow([{ formula: 'NOW()' }]);
    });

    const { rows, summary } = await readAll(bytes);

    expect(rows).toEqual([{ row: 1, values: [2, 3, 6, '2x'] }]);
    expect(summary).toMatchObject({ hasFormulas: true, formulaCells: 3, rows: 1, lastRow: 2 });
  });

  it('reports merged ranges once the rows have been read', async () => {
    const bytes = await exceljsBook((wb) => {
      const ws = wb.addWorksheet('S');
      ws.getCell('A1').value = 'Klausimų grupė';
      ws.mergeCells('A1:C1');
      ws.getCell('B3').value = 'x';
      ws.mergeCells('B3:B5');
    });

    const { rows, summary } = await readAll(bytes);

    expect(rows).toEqual([
      { row: 1, values: ['Klausimų grupė'] },
      { row: 3, values: [null, 'x'] },
    ]);
    expect(summary.merges).toEqual([
      { ref: 'A1:C1', top: 1, left: 1, bottom: 1, right: 3 },
      { ref: 'B3:B5', top: 3, left: 2, bottom: 5, right: 2 },
    ]);
    expect(summary.hasFormulas).toBe(false);
  });

  it('fills positions when cells and rows have no r attribute', async () => {
    const base = sheetjsBook([{ name: 'S', sheet: XLSX.utils.aoa_to_sheet([['x']]) }]);
    const bytes = rewrite(
      base,
      'xl/worksheets/sheet1.xml',
      () =>
        '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>' +
        '<row><c t="inlineStr"><is><t>a</t></is></c><c><v>1</v></c><c/><c><v>3</v></c></row>' +
        '<row r="4"><c r="C4"><v>4</v></c><c><v>5</v></c></row>' +
        '<row><c><v>6</v></c></row>' +
        '</sheetData></worksheet>',
    );

    const { rows, summary } = await readAll(bytes);

    expect(rows).toEqual([
      { row: 1, values: ['a', 1, null, 3] },
      { row: 4, values: [null, null, 4, 5] },
      { row: 5, values: [6] },
    ]);
    expect(summary).toMatchObject({ rows: 3, columns: 4, lastRow: 5 });
  });

  it('reads elements that carry a namespace prefix', async () => {
    const base = sheetjsBook([{ name: 'S', sheet: XLSX.utils.aoa_to_sheet([['x']]) }], {
      bookSST: true,
    });
    const withSst = rewrite(
      base,
      'xl/sharedStrings.xml',
      () =>
        '<x:sst xmlns:x="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><x:si><x:t>Taip</x:t></x:si></x:sst>',
    );
    const bytes = rewrite(
      withSst,
      'xl/worksheets/sheet1.xml',
      () =>
        '<x:worksheet xmlns:x="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><x:sheetData>' +
        '<x:row r="1"><x:c r="A1" t="s"><x:v>0</x:v></x:c><x:c r="B1"><x:f>1+1</x:f><x:v>2</x:v></x:c></x:row>' +
        '</x:sheetData><x:mergeCells><x:mergeCell ref="A1:A2"/></x:mergeCells></x:worksheet>',
    );

    const { rows, summary } = await readAll(bytes);

    expect(rows).toEqual([{ row: 1, values: ['Taip', 2] }]);
    expect(summary).toMatchObject({ formulaCells: 1, merges: [{ ref: 'A1:A2' }] });
  });

  it('reads the 1904 date system', async () => {
    const bytes = await exceljsBook((wb) => {
      wb.properties.date1904 = true;
      const ws = wb.addWorksheet('S');
      ws.addRow([utc(2024, 3, 15, 12)]).getCell(1).numFmt = 'yyyy-mm-dd hh:mm';
    });
    expect(partText(bytes, 'xl/workbook.xml')).toContain('date1904="1"');

    const { book, rows } = await readAll(bytes);

    expect(book.date1904).toBe(true);
    expect(rows[0]?.values).toEqual([utc(2024, 3, 15, 12)]);
  });
});

describe('agreeing with SheetJS', () => {
  const features = (wb: ExcelJS.Workbook) => {
    const ws = wb.addWorksheet('S');
    ws.addRow(['Tekstas', 'Turtingas', 'Skaičius', 'Data', 'Laikas', 'Formulė', 'Klaida', 'Taip']);
    for (let i = 0; i < 40; i++) {
      const row = ws.addRow([
        i % 3 === 0 ? `Atsakymas ${i} & <${i}>` : 'Sutinku',
        { richText: [{ text: 'r' }, { text: String(i), font: { italic: true } }] },
        i / 7,
        utc(2024, 1 + (i % 12), 1 + i, i % 24),
        new Date(Date.UTC(1899, 11, 30, i % 24, i)),
        { formula: `C${i + 2}*2`, result: (i / 7) * 2 },
        i % 5 === 0 ? { error: '#DIV/0!' } : null,
        i % 2 === 0,
      ]);
      row.getCell(4).numFmt = 'yyyy.mm.dd hh:mm';
      row.getCell(5).numFmt = 'h:mm';
    }
    ws.mergeCells('A45:C46');
  };

  it.each([
    ['exceljs in memory (shared strings)', () => exceljsBook(features)],
    [
      'exceljs’ streaming writer without shared strings (inline strings)',
      async () => {
        const dir = mkdtempSync(join(tmpdir(), 'ciklas-xlsx-'));
        const filename = join(dir, 'inline.xlsx');
        const wb = new ExcelJS.stream.xlsx.WorkbookWriter({
          filename,
          useSharedStrings: false,
          useStyles: true,
        });
        features(wb);
        await wb.commit();
        const bytes = readFileSync(filename);
        rmSync(dir, { recursive: true, force: true });
        expect(partText(bytes, 'xl/worksheets/sheet1.xml')).toContain('t="inlineStr"');
        return bytes;
      },
    ],
    [
      'SheetJS with shared strings',
      async () =>
        sheetjsBook(
          [
            {
              name: 'S',
              sheet: XLSX.utils.aoa_to_sheet(
                [
                  ['a', 1, true, utc(2024, 3, 15, 10)],
                  ['a & b', -2.5e-7, false, utc(1999, 12, 31, 23, 59, 59)],
                ],
                { cellDates: true },
              ),
            },
          ],
          { bookSST: true },
        ),
    ],
  ])('reads a workbook from %s cell for cell like SheetJS', async (_writer, write) => {
    const bytes = await write();

    const { rows } = await readAll(bytes, { name: 'S' });

    expect(ourCells(rows)).toEqual(sheetjsCells(bytes, 'S'));
  });
});

describe('choosing a sheet', () => {
  const threeSheets = () =>
    exceljsBook((wb) => {
      wb.addWorksheet('Slaptas', { state: 'hidden' }).addRow(['paslėpta']);
      wb.addWorksheet('Atsakymai').addRow(['matoma']);
      wb.addWorksheet('Nustatymai', { state: 'veryHidden' }).addRow(['labai paslėpta']);
    });

  it('lists every sheet with its state and reads the first visible one by default', async () => {
    const bytes = await threeSheets();

    const { book, rows } = await readAll(bytes);

    expect(book.sheets).toEqual([
      { name: 'Slaptas', state: 'hidden', kind: 'worksheet', index: 0 },
      { name: 'Atsakymai', state: 'visible', kind: 'worksheet', index: 1 },
      { name: 'Nustatymai', state: 'veryHidden', kind: 'worksheet', index: 2 },
    ]);
    expect(rows).toEqual([{ row: 1, values: ['matoma'] }]);
  });

  it('reads a hidden sheet when it is named, ignoring case and surrounding spaces', async () => {
    const bytes = await threeSheets();

    const { rows } = await readAll(bytes, { name: ' nustatymai ' });

    expect(rows).toEqual([{ row: 1, values: ['labai paslėpta'] }]);
  });

  it('refuses an unknown sheet name, naming the worksheets there are', async () => {
    const book = await openXlsx(await threeSheets());

    const attempt = () => book.readSheet({ name: 'Form Responses 1' });

    expect(attempt).toThrow(NoSheetError);
    expect(attempt).toThrow(
      expect.objectContaining({
        code: 'no_sheet',
        requested: 'Form Responses 1',
        available: ['Slaptas', 'Atsakymai', 'Nustatymai'],
      }),
    );
  });

  it('refuses a workbook whose sheets are all hidden unless hidden ones are allowed', async () => {
    const bytes = await exceljsBook((wb) => {
      wb.addWorksheet('A', { state: 'hidden' }).addRow([1]);
    });
    const book = await openXlsx(bytes);

    expect(() => book.pickSheet()).toThrow(NoSheetError);
    expect(book.pickSheet({ includeHidden: true }).name).toBe('A');
  });

  it('refuses an empty workbook (exceljs writes one with no sheet) with a NoSheetError', async () => {
    const bytes = await exceljsBook(() => undefined);
    const book = await openXlsx(bytes);

    expect(book.sheets).toEqual([]);
    expect(() => book.readSheet()).toThrow(
      expect.objectContaining({ code: 'no_sheet', message: 'the workbook has no worksheet' }),
    );
  });

  it('ends a sheet without values with an EmptySheetError', async () => {
    const bytes = await exceljsBook((wb) => {
      const ws = wb.addWorksheet('Tuščias');
      ws.getCell('B2').numFmt = '0.00';
    });

    await expect(readAll(bytes)).rejects.toThrow(EmptySheetError);
    await expect(readAll(bytes)).rejects.toMatchObject({ code: 'empty_sheet', sheet: 'Tuščias' });
  });
});

describe('sources and streaming', () => {
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'ciklas-xlsx-'));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  const survey = (rows: number) => {
    const aoa: unknown[][] = [
      ['Laikas', 'ID', 'Klausimas 1', 'Klausimas 2', 'Balas', 'Komentaras'],
    ];
    const labels = ['Nesutinku', 'Sutinku', 'Visiškai sutinku'];
    for (let i = 0; i < rows; i++)
      aoa.push([
        utc(2024, 1, 1 + (i % 28), i % 24, i % 60),
        i + 1,
        labels[i % 3],
        labels[(i * 7) % 3],
        (i % 11) / 2,
        i % 5 === 0 ? `Komentaras nr. ${i} — ąčęėįšųūž & <kita>` : null,
      ]);
    return aoa;
  };

  it('reads the same rows from a Buffer, a file path and a stream', async () => {
    const bytes = sheetjsBook([{ name: 'S', sheet: XLSX.utils.aoa_to_sheet(survey(50)) }]);
    const path = join(dir, 'survey.xlsx');
    writeFileSync(path, bytes);

    const fromBuffer = await readAll(bytes);
    const fromPath = await readAll(path);
    const fromStream = await readAll(streamOf(bytes, 777));

    expect(fromBuffer.rows).toHaveLength(51);
    expect(fromPath.rows).toEqual(fromBuffer.rows);
    expect(fromStream.rows).toEqual(fromBuffer.rows);
  });

  it('reads a 3,000-row export from exceljs’ streaming writer cell for cell like SheetJS', async () => {
    const path = join(dir, 'streamed.xlsx');
    const writer = new ExcelJS.stream.xlsx.WorkbookWriter({
      filename: path,
      useSharedStrings: true,
      useStyles: true,
    });
    const ws = writer.addWorksheet('Form Responses 1');
    for (const [i, values] of survey(3000).entries()) {
      const row = ws.addRow(values);
      if (i > 0) row.getCell(1).numFmt = 'yyyy-mm-dd hh:mm';
      row.commit();
    }
    ws.commit();
    await writer.commit();
    const bytes = readFileSync(path);

    const { rows, summary } = await readAll(path);

    expect(summary).toMatchObject({ rows: 3001, columns: 6, lastRow: 3001, hasFormulas: false });
    expect(ourCells(rows)).toEqual(sheetjsCells(bytes, 'Form Responses 1'));
  });

  it('gives the same rows whatever the chunk boundaries', () => {
    const xml = Buffer.from(
      '<?xml version="1.0"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">' +
        '<dimension ref="A1:D3"/><sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>Ąžuolas 👍 &amp; &#x17E;</t></is></c>' +
        '<c r="B1" s="1"><v>45366.5</v></c><c r="C1" t="b"><v>1</v></c><c r="D1"><f>1+1</f><v>2</v></c></row>' +
        '<!-- a comment with <c> inside --><row r="3"><c r="A3" t="s"><v>1</v></c><c r="B3"><v>-1.5E-3</v></c>' +
        '<c r="C3" t="str"><v>tekstas &lt;</v></c><c r="D3" t="e"><v>#REF!</v></c></row></sheetData>' +
        '<mergeCells count="1"><mergeCell ref="A1:B1"/></mergeCells></worksheet>',
    );
    const read = (chunk: number) => {
      const rows: XlsxRow[] = [];
      const scanner = new SheetScanner(
        {
          sharedStrings: ['nulis', 'vienas'],
          dateStyles: new Uint8Array([0, 1]),
          date1904: false,
          errorsAsText: true,
          maxElementChars: 1 << 20,
        },
        (row) => rows.push(row),
      );
      for (let i = 0; i < xml.length; i += chunk) scanner.write(xml.subarray(i, i + chunk));
      scanner.end();
      return { rows, totals: scanner.totals };
    };

    const whole = read(xml.length);

    expect(whole.rows).toEqual([
      { row: 1, values: ['Ąžuolas 👍 & ž', utc(2024, 3, 15, 12), true, 2] },
      { row: 3, values: ['vienas', -0.0015, 'tekstas <', '#REF!'] },
    ]);
    expect(whole.totals).toMatchObject({ formulaCells: 1, errorCells: 1, dimension: 'A1:D3' });
    for (const chunk of [1, 2, 3, 5, 7, 11, 64]) expect(read(chunk)).toEqual(whole);
  });

  it('stops cleanly when the caller breaks off early, leaving no summary', async () => {
    const bytes = sheetjsBook([{ name: 'S', sheet: XLSX.utils.aoa_to_sheet(survey(2000)) }]);
    const book = await openXlsx(bytes);
    const reader = book.readSheet();

    let seen = 0;
    for await (const _row of reader) if (++seen === 10) break;

    expect(seen).toBe(10);
    expect(reader.summary).toBeUndefined();
    expect(() => reader[Symbol.asyncIterator]()).toThrow('only once');
  });
});
