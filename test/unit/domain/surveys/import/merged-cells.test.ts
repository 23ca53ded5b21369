import { join } from 'node:path';
import { openXlsx } from '../../../../../functions/adapters/excel/stream';
import { readSurveyFile } from '../../../../../functions/adapters/excel/survey-file';
import {
  parseSurveyRows,
  type MergedRange,
  type SheetRow,
  type SheetValue,
} from '../../../../../functions/domain/surveys/import';
import { sheet } from './builders';

const FIXTURE = join(
  __dirname,
  '..',
  '..',
  '..',
  '..',
  'fixtures',
  'surveys',
  'exports',
  'merged-cells-openpyxl.xlsx',
);

const COLUMNS = 'ABCDEFGHIJ';
/** A merged range from its A1 reference (single-letter columns). */
const merge = (ref: string): MergedRange => {
  const [from, to] = ref.split(':') as [string, string];
  const cell = (a1: string) => ({ col: COLUMNS.indexOf(a1[0]!) + 1, row: Number(a1.slice(1)) });
  const a = cell(from);
  const b = cell(to);
  return { ref, top: a.row, left: a.col, bottom: b.row, right: b.col };
};

const answersOf = (parsed: Awaited<ReturnType<typeof parseSurveyRows>>, header: string) => {
  const q = parsed.questions.find((x) => x.header === header);
  if (!q) throw new Error(`no question ${header}`);
  return { q, answers: parsed.responses.answers[q.key] };
};

describe('merged cells in the data area', () => {
  it('fills the merged unit column of a real export down, so it is single choice', async () => {
    const parsed = await readSurveyFile(FIXTURE);
    const { q, answers } = answersOf(parsed, 'Padalinys');
    expect(q).toMatchObject({
      kind: 'single',
      options: ['Dienos centras', 'Globos namai', 'Socialinės dirbtuvės'],
    });
    expect(answers).toEqual([0, 0, 0, 0, 0, 0, 1, 1, 1, 1, 1, 2, 2, 2]);
    expect(parsed.counts).toMatchObject({ rows: 14, accepted: 14, rejectedCells: 0 });
    expect(parsed.warnings).toContainEqual({
      key: 'surveys.import.warning.mergedCells',
      params: { count: 3, ranges: 'A2:A7, A8:A12, A13:A15' },
    });
    // The other columns are as without merges.
    expect(answersOf(parsed, 'Darbuotojai su manimi elgiasi pagarbiai').q.kind).toBe('likert');
  });

  it('keeps the identities of the cells as written: the same with the merges or without', async () => {
    const workbook = await openXlsx(FIXTURE);
    const reader = workbook.readSheet({});
    const rows: SheetRow[] = [];
    for await (const row of reader) rows.push(row);
    const merges = reader.summary?.merges ?? [];
    expect(merges).toHaveLength(3);
    const filled = await parseSurveyRows(rows, { sheetInfo: { merges } });
    const asWritten = await parseSurveyRows(rows);
    expect(filled.identities).toEqual(asWritten.identities);
    expect(new Set(filled.identities).size).toBe(14);
    expect(answersOf(asWritten, 'Padalinys').q.kind).toBe('text');
  });

  const HEADER = ['Padalinys', 'Pildymo data', 'Man čia gera', 'Pastabos'];
  const d = (day: number): Date => new Date(Date.UTC(2025, 0, day));
  const data: SheetValue[][] = [
    ['Apklausa 2025', null, null, null],
    [],
    HEADER,
    ['Dienos centras', d(1), 'Sutinku', 'a'], // 4
    [null, d(2), 'Visiškai sutinku', null], // 5
    [null, d(3), 'Nesutinku', 'b'], // 6
    ['Globos namai', d(4), 'Sutinku', null], // 7
    [null, d(5), 'Sutinku', 'c'], // 8
    ['Kita', d(6), 'Sutinku', 'd'], // 9: covered by A7:A9, its own value is hidden
    [], // 10: blank, inside A10:A12
    [null, d(7), 'Sutinku', null], // 11
    [null, d(8), 'Nesutinku', 'e'], // 12
  ];

  it('fills down and across, overwrites covered cells, ignores title and header merges', async () => {
    const rows = sheet(data);
    const merges = ['A1:D1', 'B3:C3', 'A4:A6', 'A7:A9', 'C11:D12', 'A10:A12'].map(merge);
    const parsed = await parseSurveyRows(rows, { sheetInfo: () => ({ merges }) });
    expect(parsed.headerRow).toBe(3);
    expect(parsed.rowNumbers).toEqual([4, 5, 6, 7, 8, 9, 11, 12]);
    expect(parsed.counts).toMatchObject({ rows: 8, blankRows: 1, accepted: 8 });

    const unit = answersOf(parsed, 'Padalinys');
    expect(unit.q).toMatchObject({ kind: 'single', options: ['Dienos centras', 'Globos namai'] });
    // A10 (the top-left of A10:A12) is blank: its rows stay blank in that column.
    expect(unit.answers).toEqual([0, 0, 0, 1, 1, 1, null, null]);
    // C11:D12: "Sutinku" across into D11 and down into C12/D12, over "Nesutinku" and "e".
    expect(answersOf(parsed, 'Man čia gera').answers).toEqual([4, 5, 2, 4, 4, 4, 4, 4]);
    expect(answersOf(parsed, 'Pastabos').answers).toEqual([
      'a',
      null,
      'b',
      null,
      'c',
      'd',
      'Sutinku',
      'Sutinku',
    ]);
    expect(parsed.warnings).toContainEqual({
      key: 'surveys.import.warning.mergedCells',
      params: { count: 4, ranges: 'A4:A6, A7:A9, C11:D12, A10:A12' },
    });

    const plain = await parseSurveyRows(rows);
    expect(parsed.identities).toEqual(plain.identities);
    expect(plain.warnings.map((w) => w.key)).not.toContain('surveys.import.warning.mergedCells');
  });

  it('fills a meta column (submission time) and takes the top-left of a row not kept', async () => {
    const rows = sheet([
      ['Padalinys', 'Pildymo data', 'Man čia gera'],
      ['Dienos centras', d(1), 'Sutinku'], // 2
      ['Dienos centras', d(1), 'Sutinku'], // 3: a duplicate of row 2, not kept
      [null, null, 'Nesutinku'], // 4
      [null, null, 'Visiškai sutinku'], // 5
    ]);
    const merges = ['A3:A5', 'B3:B5'].map(merge);
    const parsed = await parseSurveyRows(rows, { sheetInfo: { merges } });
    expect(parsed.counts).toMatchObject({ duplicatesInFile: 1, accepted: 3 });
    expect(parsed.rowNumbers).toEqual([2, 4, 5]);
    const submitted = answersOf(parsed, 'Pildymo data');
    expect(submitted.q).toMatchObject({ kind: 'meta', metaRole: 'submittedAt' });
    expect(submitted.answers).toEqual(Array.from({ length: 3 }, () => d(1).toISOString()));
    expect(answersOf(parsed, 'Padalinys').answers).toEqual(
      ['Dienos centras', 'Dienos centras', 'Dienos centras'].map(() => 0),
    );
  });

  it('takes the top-left value from a column without a header', async () => {
    const rows = sheet([
      ['Padalinys', null, 'Man čia gera'],
      ['Dienos centras', null, 'Sutinku'],
      ['Globos namai', 'Kita', null],
      ['Globos namai', null, 'Sutinku'],
      ['Globos namai', null, 'Nesutinku'],
      ['Globos namai', null, 'Visiškai sutinku'],
      ['Dienos centras', null, 'Nesutinku'],
    ]);
    const parsed = await parseSurveyRows(rows, { sheetInfo: { merges: [merge('B3:C3')] } });
    expect(answersOf(parsed, 'Man čia gera').answers).toEqual([4, null, 4, 2, 5, 2]);
    expect(parsed.rejected).toEqual([
      { cell: 'C3', row: 3, header: 'Man čia gera', reason: 'unknownLabel', value: 'Kita' },
    ]);
  });
});

describe('meta columns overridden into questions', () => {
  it('read their values as any other column (first seen first)', async () => {
    const rows = sheet([
      ['Vardas', 'Man čia gera'],
      ['Ona', 'Sutinku'],
      ['Jonas', 'Nesutinku'],
      [' Ona', 'Visiškai sutinku'],
      ['Jonas', 'Sutinku'],
      ['   ', 'Sutinku'],
    ]);
    const plain = await parseSurveyRows(rows);
    expect(plain.questions[0]).toMatchObject({ kind: 'meta', metaRole: 'name' });
    const parsed = await parseSurveyRows(rows, {
      overrides: [{ header: 'Vardas', kind: 'single' }],
    });
    expect(parsed.questions[0]).toMatchObject({ kind: 'single', options: ['Ona', 'Jonas'] });
    expect(parsed.responses.answers[parsed.questions[0]!.key]).toEqual([0, 1, 0, 1, null]);
    expect(parsed.identities).toEqual(plain.identities);
  });
});
