import { chunk, diffRows, pendingClientRowId } from '../../../sheets-addon/src/diff';
import { readRow, rowFingerprint, type SheetRowRead } from '../../../sheets-addon/src/rows';
import { LAYOUT } from './layout';

const iso = (d: Date) => d.toISOString().slice(0, 10);
const pulled = (id: string, goal: string, rowNumber: number): SheetRowRead => {
  const row = readRow([id, 1, 'Dienos centras', goal, '', ''], rowNumber, LAYOUT, iso);
  return { ...row, meta: rowFingerprint(row.values, LAYOUT) };
};

describe('what Push sends', () => {
  it('sends only rows whose values differ from their fingerprint, wherever they are now', () => {
    const rows = [pulled('b', 'Antras', 2), pulled('a', 'Pirmas', 3), pulled('c', 'Trečias', 4)];
    rows[2] = { ...rows[2]!, values: { ...rows[2]!.values, goal: 'Pakeistas' } };
    const diff = diffRows(rows, ['a', 'b', 'c'], LAYOUT);
    expect(diff.updates.map((u) => [u.row.id, u.changed])).toEqual([['c', ['goal']]]);
    expect(diff.unchanged).toBe(2);
    expect(diff.creates).toEqual([]);
    expect(diff.removedIds).toEqual([]);
  });

  it('sends new rows, skips blank ones, and names ids pulled before that are gone from the sheet', () => {
    const fresh = readRow(['', '', 'Globos centras', 'Naujas', '', ''], 5, LAYOUT, iso);
    const blank = readRow(['', '', '', '', '', ''], 6, LAYOUT, iso);
    const diff = diffRows([pulled('a', 'Pirmas', 2), fresh, blank], ['a', 'b', 'b'], LAYOUT);
    expect(diff.creates).toEqual([fresh]);
    expect(diff.removedIds).toEqual(['b']);
  });

  it('treats a row whose fingerprint cell was cleared as changed (never silently skipped)', () => {
    const row = { ...pulled('a', 'Pirmas', 2), meta: '' };
    expect(diffRows([row], ['a'], LAYOUT).updates).toEqual([
      { row, changed: ['unitId', 'goal', 'dueOn', 'count'] },
    ]);
  });

  it('keeps a new row’s clientRowId across retries from its hidden cell', () => {
    const row = readRow(['', '', 'x', 'y', '', '', '', 'new:3f1c-9a'], 2, LAYOUT, iso);
    expect(pendingClientRowId(row)).toBe('3f1c-9a');
    expect(pendingClientRowId(pulled('a', 'b', 3))).toBeNull();
  });

  it('cuts a long push into batches of the API’s limit', () => {
    const batches = chunk(
      Array.from({ length: 1201 }, (_, i) => i),
      500,
    );
    expect(batches.map((b) => b.length)).toEqual([500, 500, 201]);
    expect(chunk([], 500)).toEqual([]);
  });
});
