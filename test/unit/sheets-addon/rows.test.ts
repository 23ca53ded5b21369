import {
  a1,
  cellHash,
  cellToValue,
  changedKeys,
  columnLetter,
  conflictingKeys,
  editableColumns,
  headerRow,
  isBlank,
  metaColumn,
  readRow,
  rowCells,
  rowFingerprint,
} from '../../../sheets-addon/src/rows';
import { LAYOUT } from './layout';

const iso = (d: Date) => d.toISOString().slice(0, 10);

describe('sheet row mapping', () => {
  it('lays out the API columns, then the hidden fingerprint column', () => {
    expect(headerRow(LAYOUT, 'Ciklas')).toEqual([
      'ID',
      'VERSION',
      'UNITID',
      'GOAL',
      'DUEON',
      'COUNT',
      'COMPLETIONS',
      'Ciklas',
    ]);
    expect(metaColumn(LAYOUT)).toBe(8);
    expect(editableColumns(LAYOUT).map((c) => c.key)).toEqual(['unitId', 'goal', 'dueOn', 'count']);
  });

  it('reads a row: id and version apart, editable values by key, dates as ISO text, empty as null, read-only left out', () => {
    const row = readRow(
      [' abc ', 3, 'Dienos centras', '=1+1', new Date(Date.UTC(2026, 5, 30)), '', 7, 'f00'],
      5,
      LAYOUT,
      iso,
    );
    expect(row).toEqual({
      rowNumber: 5,
      id: 'abc',
      version: 3,
      meta: 'f00',
      values: { unitId: 'Dienos centras', goal: '=1+1', dueOn: '2026-06-30', count: null },
    });
  });

  it('takes a number typed into a text column as text and a blank id as a new row', () => {
    const row = readRow(['', '', 12, 'x', '', 4], 2, LAYOUT, iso);
    expect(row.id).toBeNull();
    expect(row.version).toBeNull();
    expect(row.values).toMatchObject({ unitId: '12', count: 4 });
    expect(row.meta).toBe('');
    expect(isBlank(row)).toBe(false);
    expect(isBlank(readRow(['', '', '', '', '', ''], 3, LAYOUT, iso))).toBe(true);
  });

  it('writes a server row in column order, text escaped, the fingerprint last', () => {
    expect(
      rowCells(
        {
          id: 'abc',
          version: 2,
          values: {
            unitId: 'Dienos centras',
            goal: '=1+1',
            dueOn: '2026-06-30',
            count: 3,
            completions: 1,
          },
        },
        LAYOUT,
        'fp',
      ),
    ).toEqual(['abc', 2, 'Dienos centras', "'=1+1", '2026-06-30', 3, 1, 'fp']);
  });

  it('fingerprints values as pulled and as read back from the sheet alike', () => {
    const pulled = {
      unitId: 'Dienos centras',
      goal: 'Tikslas',
      dueOn: '2026-06-30',
      count: 3,
      completions: 9,
    };
    const fp = rowFingerprint(pulled, LAYOUT);
    expect(fp).toMatch(/^[0-9a-f]{32}$/);
    const read = readRow(
      ['abc', 2, 'Dienos centras', 'Tikslas', new Date(Date.UTC(2026, 5, 30)), 3, 1, fp],
      2,
      LAYOUT,
      iso,
    );
    expect(changedKeys(read, LAYOUT)).toEqual([]);
  });

  it('names exactly the cells changed since the pull', () => {
    const fp = rowFingerprint(
      { unitId: 'Dienos centras', goal: 'Tikslas', dueOn: null, count: 3 },
      LAYOUT,
    );
    const read = readRow(
      ['abc', 2, 'Dienos centras', 'Kitas tikslas', '2026-01-02', 3, 1, fp],
      2,
      LAYOUT,
      iso,
    );
    expect(changedKeys(read, LAYOUT)).toEqual(['goal', 'dueOn']);
  });

  it('takes every editable cell as changed when the fingerprint cell was cleared or damaged', () => {
    const read = readRow(['abc', 2, 'Dienos centras', 'Tikslas', '', 3, 1, ''], 2, LAYOUT, iso);
    expect(changedKeys(read, LAYOUT)).toEqual(['unitId', 'goal', 'dueOn', 'count']);
    expect(changedKeys({ ...read, meta: 'x'.repeat(32) }, LAYOUT)).toHaveLength(4);
  });

  it('finds the cells both the user and the server changed to different values (three-way)', () => {
    const base = { unitId: 'Dienos centras', goal: 'Tikslas', dueOn: '2026-06-30', count: 3 };
    const fp = rowFingerprint(base, LAYOUT);
    const mine = readRow(
      ['abc', 2, 'Dienos centras', 'Mano tikslas', '2026-07-01', 3, 1, fp],
      2,
      LAYOUT,
      iso,
    );
    // The server changed only the count: no overlap, the user's cells can go again.
    expect(conflictingKeys(mine, { ...base, count: 4 }, LAYOUT)).toEqual([]);
    // The server changed the goal too, differently: that cell is the conflict.
    expect(conflictingKeys(mine, { ...base, goal: 'Jų tikslas', count: 4 }, LAYOUT)).toEqual([
      'goal',
    ]);
    // Both made the same change: no conflict.
    expect(
      conflictingKeys(mine, { ...base, goal: 'Mano tikslas', dueOn: '2026-07-01' }, LAYOUT),
    ).toEqual([]);
    // Without a readable fingerprint every differing cell the user has is a conflict.
    expect(conflictingKeys({ ...mine, meta: '' }, base, LAYOUT)).toEqual(['goal', 'dueOn']);
  });

  it('keeps an empty cell and null equal, a number and the same number typed as text equal', () => {
    expect(cellToValue('', LAYOUT.columns[3]!, iso)).toBeNull();
    expect(rowFingerprint({ unitId: null, goal: '', dueOn: null, count: 5 }, LAYOUT)).toBe(
      rowFingerprint({ unitId: '', goal: null, count: '5' }, LAYOUT),
    );
  });

  it('hashes cells into 8 hex digits that tell close texts apart', () => {
    expect(cellHash('')).toMatch(/^[0-9a-f]{8}$/);
    expect(cellHash('Tikslas')).toBe(cellHash('Tikslas'));
    const texts = ['a', 'b', 'ab', 'ba', 'Tikslas', 'Tikslas ', 'tikslas', '3', '3.0'];
    expect(new Set(texts.map(cellHash)).size).toBe(texts.length);
  });

  it('names cells by A1, quoting sheet names as Sheets does', () => {
    expect(columnLetter(1)).toBe('A');
    expect(columnLetter(26)).toBe('Z');
    expect(columnLetter(27)).toBe('AA');
    expect(a1('Skyrių planai 2026', 7, 9)).toBe("'Skyrių planai 2026'!I7");
    expect(a1('Plans', 2, 1)).toBe('Plans!A2');
    expect(a1("O'Brien", 2, 1)).toBe("'O''Brien'!A2");
  });
});
