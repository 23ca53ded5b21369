import {
  emptyStatus,
  nextStatus,
  stateOf,
  type Flag,
  type RunCounts,
} from '../../../../functions/domain/linked-sheets';

const counts = (at: string, added = 0): RunCounts => ({
  at,
  rowsRead: 10,
  added,
  alreadyImported: 10 - added,
  rejectedCells: 0,
});
const flag = (at: string): Flag => ({
  at,
  reason: 'headersChanged',
  reasons: ['headersChanged'],
  issues: [],
});

describe('link status', () => {
  it('starts pending, and a commit makes it ok with the recounted total', () => {
    const start = emptyStatus(2026, 's1');
    expect(stateOf(start)).toBe('pending');
    const after = nextStatus(
      start,
      { kind: 'committed', counts: counts('T1', 10), resultsWritten: true },
      'T1',
      10,
    );
    expect(after).toMatchObject({
      lastRunAt: 'T1',
      lastSuccessAt: 'T1',
      rowsImported: 10,
      lastRun: { added: 10 },
      resultsWrittenAt: 'T1',
      flagged: null,
    });
    expect(stateOf(after)).toBe('ok');
  });

  it('a flag stays through a failed run and is cleared by the next run that commits or finds nothing new', () => {
    const flagged = nextStatus(
      emptyStatus(2026, 's1'),
      { kind: 'flagged', counts: counts('T1'), flag: flag('T1'), resultsWritten: false },
      'T1',
      0,
    );
    expect(stateOf(flagged)).toBe('flagged');
    const failed = nextStatus(
      flagged,
      {
        kind: 'failed',
        counts: null,
        error: { at: 'T2', code: 'unavailable', key: 'linkedSheets.error.unavailable', params: {} },
        resultsWritten: false,
      },
      'T2',
      0,
    );
    expect(failed.flagged).toEqual(flag('T1'));
    expect(failed.lastRun).toEqual(counts('T1'));
    expect(stateOf(failed)).toBe('failing');
    const fine = nextStatus(
      failed,
      { kind: 'nothingNew', counts: counts('T3'), resultsWritten: false },
      'T3',
      10,
    );
    expect(fine).toMatchObject({ flagged: null, lastSuccessAt: 'T3', lastError: { at: 'T2' } });
    expect(stateOf(fine)).toBe('ok');
  });
});
