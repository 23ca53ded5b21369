import { StateError, ValidationError } from '../../../../functions/domain/errors';
import { buildHalfYearReport } from '../../../../functions/domain/reports/half-year-report';
import {
  decodeSnapshot,
  encodeSnapshot,
  type SnapshotRef,
} from '../../../../functions/domain/reports/snapshot';
import {
  decideReport,
  emptyRecord,
  openVersion,
  presentReport,
  submitReport,
  type Step,
} from '../../../../functions/domain/reports/workflow';
import { CURRENT, DC, GC, ORG, STATUS, anItem } from './fixtures';

const progress = (percent: number | null, done: boolean | null = null) => ({
  checkpoint: 'H1' as const,
  percent,
  done,
  comment: 'eiga',
  recordedOn: '2026-06-28',
  recordedBy: 'ona',
});

describe('the half-year report model', () => {
  const current = {
    ...CURRENT,
    planItems: [
      anItem({ id: 'h1', dueOn: '2026-05-31', progress: [progress(100)], status: 'done' }),
      anItem({ id: 'h2', dueOn: '2026-06-15', progress: [progress(40)], status: 'inProgress' }),
      anItem({ id: 'h3', period: 'H1', dueOn: '2026-09-30', progress: [progress(null, false)] }),
      anItem({ id: 'h4', unitId: GC, dueOn: '2026-12-01' }),
      anItem({ id: 'h5', unitId: GC, period: 'H2' }),
      anItem({ id: 'h6', unitId: GC, status: 'cancelled' }),
    ],
    trainings: CURRENT.trainings.map((t) => ({
      ...t,
      completions: [
        ...t.completions,
        {
          userId: 'b',
          hours: 4,
          completedOn: '2026-07-15',
          certificate: false,
          recordedBy: 'x',
          recordedOn: '2026-07-16',
        },
      ],
    })),
  };
  const build = (unitId: string | null) =>
    buildHalfYearReport({
      org: ORG,
      current,
      unitId,
      status: STATUS,
      asOf: '2026-07-20',
      generatedAt: '2026-07-20T08:00:00.000Z',
    });

  it('counts H1 progress of the first half’s items, overall and by unit', () => {
    const model = build(null);
    // h1..h4: h5 runs in the second half, h6 is cancelled. Reported: 100, 40, 0 → mean 46.7.
    expect(model.plan.totals).toEqual({
      items: 4,
      done: 1,
      inProgress: 2,
      notReported: 1,
      overdue: 1,
      averagePercent: 46.7,
      donePercent: 25,
    });
    expect(model.plan.byUnit.map((u) => [u.unitId, u.items, u.done])).toEqual([
      [DC, 3, 1],
      [GC, 1, 0],
    ]);
    expect(model.plan.items.find((i) => i.itemId === 'h2')).toMatchObject({
      percent: 40,
      done: false,
      overdue: true,
    });
  });

  it('counts training done by 30 June only, and a unit’s own members and needs', () => {
    // b's 4 h on 15 July fall outside the half year.
    expect(build(null).training).toMatchObject({ plannedHours: 16, doneHours: 8, donePercent: 50 });
    const gc = build(GC);
    expect(gc.unit).toEqual({ unitId: GC, unitName: 'Globos centras' });
    expect(gc.plan.totals.items).toBe(1);
    // Globos centras: no participant, one need (n2) not covered; one active member.
    expect(gc.training).toMatchObject({
      items: 0,
      plannedHours: 0,
      needs: 1,
      needsCovered: 0,
      activeMembers: 1,
    });
    expect(build(DC).training).toMatchObject({ items: 1, plannedHours: 16, activeMembers: 2 });
  });
});

describe('the report workflow', () => {
  const step = (on: string, comment = ''): Step => ({
    by: 'user',
    on,
    at: `${on}T10:00:00.000Z`,
    comment,
  });
  const ref: SnapshotRef = {
    id: 's1',
    parts: 1,
    bytes: 10,
    jsonBytes: 20,
    sha256: 'x',
    takenAt: '2027-03-01T10:00:00.000Z',
  };
  const submitted = submitReport(emptyRecord('annual', 2026, null), ref, step('2027-03-01'));

  it('goes drafted → submitted → approved → presented, recording each step', () => {
    const approved = decideReport(submitted, 'approve', step('2027-03-10'));
    const presented = presentReport(approved, '2027-03-15', step('2027-03-20'));
    const [v] = presented.versions;
    expect(v).toMatchObject({
      number: 1,
      state: 'presented',
      snapshot: ref,
      submittedOn: '2027-03-01',
      approvedOn: '2027-03-10',
      presentedOn: '2027-03-15',
    });
    expect(v?.history.map((h) => h.state)).toEqual(['submitted', 'approved', 'presented']);
  });

  it('returns only with a comment, letting the frozen figures go', () => {
    expect(() => decideReport(submitted, 'return', step('2027-03-10'))).toThrow(ValidationError);
    const returned = decideReport(submitted, 'return', step('2027-03-10', 'Trūksta apklausų'));
    expect(returned.versions[0]).toMatchObject({ state: 'returned', snapshot: null });
    expect(() => decideReport(returned, 'approve', step('2027-03-11'))).toThrow(StateError);
    expect(submitReport(returned, ref, step('2027-03-12')).versions[0]?.state).toBe('submitted');
  });

  it('refuses steps out of order and a meeting before approval or in the future', () => {
    expect(() => submitReport(submitted, ref, step('2027-03-02'))).toThrow(StateError);
    expect(() => presentReport(submitted, '2027-03-02', step('2027-03-02'))).toThrow(StateError);
    expect(() => openVersion(submitted, 'Pataisa', step('2027-03-02'))).toThrow(StateError);
    const approved = decideReport(submitted, 'approve', step('2027-03-10'));
    expect(() => presentReport(approved, '2027-03-09', step('2027-03-20'))).toThrow(
      ValidationError,
    );
    expect(() => presentReport(approved, '2027-03-21', step('2027-03-20'))).toThrow(
      ValidationError,
    );
    const half = decideReport(
      submitReport(emptyRecord('halfYear', 2026, DC), ref, step('2026-07-10')),
      'approve',
      step('2026-07-11'),
    );
    expect(() => presentReport(half, '2026-07-12', step('2026-07-12'))).toThrow(StateError);
  });

  it('opens a correction as a new draft version, the approved one kept', () => {
    const approved = decideReport(submitted, 'approve', step('2027-03-10'));
    const corrected = openVersion(approved, 'Pataisyti skundų duomenys', step('2027-05-02'));
    expect(corrected.versions.map((v) => [v.number, v.state, v.reason])).toEqual([
      [1, 'approved', ''],
      [2, 'draft', 'Pataisyti skundų duomenys'],
    ]);
    expect(corrected.versions[0]?.snapshot).toBe(ref);
  });
});

describe('report snapshots', () => {
  const ref = (e: ReturnType<typeof encodeSnapshot>): SnapshotRef => ({
    id: 'x',
    parts: e.parts.length,
    bytes: e.bytes,
    jsonBytes: e.jsonBytes,
    sha256: e.sha256,
    takenAt: '',
  });
  const value = {
    year: 2026,
    text: 'Ąžuolas ėjo į mokyklą',
    rows: Array.from({ length: 2000 }, (_, i) => ({ i, v: (i * 7919) % 1000 })),
  };

  it('reads back exactly what was frozen, across several parts', () => {
    const encoded = encodeSnapshot(value, 1000);
    expect(encoded.parts.length).toBeGreaterThan(2);
    expect(encoded.parts.slice(0, -1).every((p) => p.length === 1000)).toBe(true);
    expect(encoded.bytes).toBeLessThan(encoded.jsonBytes);
    expect(decodeSnapshot(encoded.parts, ref(encoded))).toEqual(value);
  });

  it('refuses a snapshot with a part missing or changed', () => {
    const encoded = encodeSnapshot(value, 1000);
    expect(() => decodeSnapshot(encoded.parts.slice(1), ref(encoded))).toThrow(/parts/);
    const changed = encoded.parts.map((p) => new Uint8Array(p));
    changed[1]![5] = changed[1]![5]! ^ 0xff;
    expect(() => decodeSnapshot(changed, ref(encoded))).toThrow(/checksum/);
  });
});
