import type { Deps, Store } from '../../functions/domain/ports';
import { snapshotOfPartId, writeSnapshot } from '../../functions/domain/reports/snapshot';
import { reportRef, type ReportRecord } from '../../functions/domain/reports/workflow';
import { encodeChunks, encodeIdentities } from '../../functions/domain/surveys/storage';
import { importOfBulkId } from '../../functions/domain/surveys/survey';
import { aContext } from '../fixtures/builders';
import { satisfactionExport } from '../fixtures/satisfaction-export';
import { someIdentities, someResponses } from '../fixtures/survey-responses';
import { createTestApi, type CallOptions } from '../support/api';
import { createTestTable, type TestTable } from '../support/table';

/**
 * Bulk items a commit left when it died between its bulk write and its transaction (a Lambda
 * timeout, a crash): the next commit (or preview, for what it reads anyway) removes them once
 * older than an hour, never a young one (a commit may still be under way) nor a committed
 * import's; a failed removal never fails the commit. Report snapshots the same at submission.
 */

const SCORES = [5, 4, 4, 5, 3, 4, 5, 2, 4, 5, 4, 1];

/** A Google Forms-like export written by SheetJS: the first `n` of SCORES. */
const exportOf = (n: number): Buffer =>
  satisfactionExport(
    SCORES.slice(0, n).map((score, i) => ({
      at: new Date(Date.UTC(2026, 2, 2 + i, 9, 30, i)),
      unit: i % 3 ? 'Dienos centras' : 'Globos namai',
      score,
    })),
  );

const director: CallOptions = { roles: ['director'], user: 'direktore@org-a' };
const deputy: CallOptions = { roles: ['deputy'], user: 'pavaduotoja@org-a' };
const ctx = aContext({ orgId: 'org-a', userId: 'direktore@org-a' });
const YEAR = 2026;
const year = { year: String(YEAR) };
const START = Date.parse('2026-04-10T09:00:00Z');
const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const iso = (ms: number) => new Date(ms).toISOString();
/** An id as `newId` writes it at `ms` (its first nine characters are the time). */
const idAt = (ms: number, tail: string) => ms.toString(36).padStart(9, '0') + tail;

/** The same store with some methods replaced: a crash, a failing removal. */
const storeWith = (store: Store, override: Partial<Store>): Store =>
  new Proxy(store, {
    get(target, key) {
      if (key in override) return override[key as keyof Store];
      const value = Reflect.get(target, key) as unknown;
      return typeof value === 'function' ? (value as () => unknown).bind(target) : value;
    },
  });

describe('orphaned bulk items', () => {
  let table: TestTable;
  let call: ReturnType<typeof createTestApi>;
  let now = START;
  const setNow = (ms: number) => {
    now = ms;
    table.setNow(iso(ms));
  };
  const apiWith = (override: Partial<Store>) =>
    createTestApi({
      ...table,
      deps: { ...table.deps, store: storeWith(table.deps.store, override) },
    });

  const newSurvey = async (title: string): Promise<string> => {
    const res = await call('POST /v1/cycles/{year}/surveys', {
      ...director,
      params: year,
      body: {
        title,
        instrument: 'Paslaugų gavėjų pasitenkinimo klausimynas',
        audience: 'recipients',
        period: { from: '2026-03-01', to: '2026-03-31' },
        population: 40,
      },
    });
    expect(res.status).toBe(201);
    return res.json.id as string;
  };
  const commit = (surveyId: string, file: Buffer, api = call) =>
    api('POST /v1/cycles/{year}/surveys/{surveyId}/imports', {
      ...director,
      params: { ...year, surveyId },
      file,
    });
  const preview = (surveyId: string, file: Buffer) =>
    call('POST /v1/cycles/{year}/surveys/{surveyId}/imports/preview', {
      ...director,
      params: { ...year, surveyId },
      file,
    });
  const analysis = async (surveyId: string) => {
    const res = await call('GET /v1/cycles/{year}/surveys/{surveyId}/analysis', {
      ...director,
      params: { ...year, surveyId },
    });
    expect(res.status).toBe(200);
    return res.json;
  };
  const survey = async (surveyId: string) =>
    (
      await call('GET /v1/cycles/{year}/surveys/{surveyId}', {
        ...director,
        params: { ...year, surveyId },
      })
    ).json;
  /** Every bulk item the survey's prefix holds, as `type id` with its import id. */
  const bulk = async (surveyId: string) => {
    const options = { cycle: YEAR, idPrefix: `${surveyId}.` };
    const [chunks, parts] = await Promise.all([
      table.deps.store.list<{ id: string; writtenAt?: string }>(ctx, 'surveyChunk', options),
      table.deps.store.list<{ id: string; writtenAt?: string }>(ctx, 'surveyIdentity', options),
    ]);
    return [
      ...chunks.map((c) => ({ key: `surveyChunk ${c.id}`, importId: importOfBulkId(c.id), ...c })),
      ...parts.map((p) => ({
        key: `surveyIdentity ${p.id}`,
        importId: importOfBulkId(p.id),
        ...p,
      })),
    ];
  };
  const importsOf = async (surveyId: string) =>
    [...new Set((await bulk(surveyId)).map((b) => b.importId))].sort();
  /** What commitImport writes for an import, put straight into the store: no transaction. */
  const putOrphan = async (surveyId: string, importId: string, writtenAt: string | null) => {
    const { questions, responses } = someResponses({ count: 40, likert: 2, seed: 7 });
    const stamp = writtenAt === null ? {} : { writtenAt };
    const chunks = encodeChunks(questions, responses, { maxChunkBytes: 200 });
    const parts = encodeIdentities(someIdentities(40, 3), { maxPartBytes: 1 + 25 * 12 });
    const id = (seq: number) => `${surveyId}.${importId}.${String(seq).padStart(5, '0')}`;
    await table.deps.store.putBulk(ctx, [
      ...chunks.map((c) => ({
        ref: { type: 'surveyChunk' as const, id: id(c.seq), cycle: YEAR },
        data: { id: id(c.seq), seq: c.seq, count: c.count, payload: c.payload, ...stamp },
      })),
      ...parts.map((payload, seq) => ({
        ref: { type: 'surveyIdentity' as const, id: id(seq), cycle: YEAR },
        data: { id: id(seq), seq, count: Math.floor(payload.length / 12), payload, ...stamp },
      })),
    ]);
    return chunks.length + parts.length;
  };

  beforeAll(async () => {
    table = await createTestTable(iso(START));
    call = createTestApi(table);
    await call('PUT /v1/org', {
      body: {
        version: 0,
        name: 'Saulėtekio centras',
        type: 'familyChildWelfare',
        municipality: 'Utenos rajono savivaldybė',
        settings: { halfYearReports: true, founderAgreement: false },
      },
    });
    await call('PUT /v1/org/units/{unitId}', {
      params: { unitId: 'dienos-centras' },
      body: { version: 0, name: 'Dienos centras' },
    });
    const cycle = await call('PUT /v1/cycles/{year}', {
      params: year,
      body: { version: 0, budgetApprovedOn: '2026-02-10' },
    });
    expect(cycle.status).toBe(200);
  });
  afterAll(() => table.drop());

  it('removes what a crashed commit left once an hour old; what is read stays the same', async () => {
    setNow(START);
    const surveyId = await newSurvey('Apklausa po gedimo');
    const first = await commit(surveyId, exportOf(8));
    expect(first.status).toBe(201);
    const committed = first.json.importId as string;
    const before = await analysis(surveyId);
    expect(before.analysis.responses).toBe(8);
    const committedItems = (await bulk(surveyId)).map((b) => b.key).sort();

    // The grown export's commit dies after its bulk write: no transaction, no clean-up.
    const crash = () => Promise.reject(new Error('Task timed out after 29.00 seconds'));
    const crashed = await commit(
      surveyId,
      exportOf(12),
      apiWith({ apply: crash, removeBulk: crash }),
    );
    expect(crashed.status).toBe(500);
    const left = (await bulk(surveyId)).filter((b) => b.importId !== committed);
    expect(left.length).toBeGreaterThanOrEqual(2);
    expect(left.every((b) => b.writtenAt === iso(START))).toBe(true);
    expect((await survey(surveyId)).responses).toBe(8);

    // 59 minutes on: the commit may still be under way; nothing goes.
    setNow(START + 59 * MINUTE);
    expect((await commit(surveyId, exportOf(8))).json).toMatchObject({
      added: 0,
      alreadyImported: 8,
    });
    expect((await bulk(surveyId)).length).toBe(committedItems.length + left.length);

    // Two hours on: the next commit (adding nothing) sweeps them; the committed import is whole.
    setNow(START + 2 * HOUR);
    const again = await commit(surveyId, exportOf(8));
    expect(again.status).toBe(201);
    expect(again.json).toMatchObject({ added: 0, alreadyImported: 8 });
    expect((await bulk(surveyId)).map((b) => b.key).sort()).toEqual(committedItems);
    expect(await analysis(surveyId)).toEqual(before);

    // The grown export adds its four rows as if the crash had never been.
    const grown = await commit(surveyId, exportOf(12));
    expect(grown.json).toMatchObject({ added: 4, alreadyImported: 8 });
    expect((await analysis(surveyId)).analysis.responses).toBe(12);
    expect(await importsOf(surveyId)).toEqual([committed, grown.json.importId].sort());
  });

  it('keeps a young orphan and never touches a committed import’s items, however old', async () => {
    setNow(START);
    const surveyId = await newSurvey('Apklausa su jaunu našlaičiu');
    const first = await commit(surveyId, exportOf(6));
    const committedItems = (await bulk(surveyId)).map((b) => b.key).sort();

    setNow(START + 5 * HOUR);
    const young = idAt(now - 5 * MINUTE, 'young00001');
    const written = await putOrphan(surveyId, young, iso(now - 5 * MINUTE));
    const res = await commit(surveyId, exportOf(6));
    expect(res.json).toMatchObject({ added: 0, alreadyImported: 6 });
    const items = await bulk(surveyId);
    expect(items.filter((b) => b.importId === young)).toHaveLength(written);
    expect(
      items
        .filter((b) => b.importId === first.json.importId)
        .map((b) => b.key)
        .sort(),
    ).toEqual(committedItems);

    // An hour later the preview removes the identity parts it reads anyway; the next commit the rest.
    setNow(now + HOUR);
    expect((await preview(surveyId, exportOf(6))).json.counts).toMatchObject({
      alreadyImported: 6,
    });
    const afterPreview = (await bulk(surveyId)).filter((b) => b.importId === young);
    expect(afterPreview.length).toBeGreaterThan(0);
    expect(afterPreview.every((b) => b.key.startsWith('surveyChunk '))).toBe(true);
    await commit(surveyId, exportOf(6));
    expect(await importsOf(surveyId)).toEqual([first.json.importId]);
    expect((await bulk(surveyId)).map((b) => b.key).sort()).toEqual(committedItems);
  });

  it('sweeps an orphan written before writtenAt existed by its import id’s time', async () => {
    setNow(START + 10 * HOUR);
    const surveyId = await newSurvey('Senojo formato našlaičiai');
    const old = idAt(now - 2 * HOUR, 'legacy0001');
    const recent = idAt(now - 10 * MINUTE, 'legacy0002');
    await putOrphan(surveyId, old, null);
    await putOrphan(surveyId, recent, null);
    await putOrphan(surveyId, 'import-of-another-format', null);

    // The survey names no import yet: the first commit sweeps all the same.
    const res = await commit(surveyId, exportOf(5));
    expect(res.json).toMatchObject({ added: 5 });
    expect(await importsOf(surveyId)).toEqual([recent, res.json.importId].sort());
    expect((await analysis(surveyId)).analysis.responses).toBe(5);
  });

  it('commits even when removing the orphans fails, and sweeps them the next time', async () => {
    setNow(START + 20 * HOUR);
    const surveyId = await newSurvey('Apklausa su nepavykusiu valymu');
    const orphan = idAt(now - 3 * HOUR, 'failing001');
    await putOrphan(surveyId, orphan, iso(now - 3 * HOUR));
    const refused = () => Promise.reject(new Error('ProvisionedThroughputExceededException'));

    const res = await commit(surveyId, exportOf(7), apiWith({ removeBulk: refused }));
    expect(res.status).toBe(201);
    expect(res.json).toMatchObject({ added: 7 });
    expect(await importsOf(surveyId)).toContain(orphan);
    expect((await analysis(surveyId)).analysis.responses).toBe(7);

    await commit(surveyId, exportOf(7));
    expect(await importsOf(surveyId)).toEqual([res.json.importId]);
  });

  it('removes report snapshots named by no version once an hour old, at the next submission', async () => {
    setNow(START + 30 * HOUR);
    const deps: Deps = table.deps;
    const snapshots = async () =>
      (await table.deps.store.list<{ id: string }>(ctx, 'reportSnapshot', { cycle: YEAR })).map(
        (p) => snapshotOfPartId(p.id),
      );
    const namedBy = async (unitId: string | null) =>
      (await table.deps.store.get<ReportRecord>(ctx, reportRef('halfYear', YEAR, unitId)))
        ?.versions[0]?.snapshot?.id;
    // A submission that died after writing its snapshot.
    const { id: crashed } = await writeSnapshot(ctx, YEAR, { figures: 'x'.repeat(50) }, deps);
    expect(await snapshots()).toEqual([crashed]);

    setNow(now + 2 * HOUR);
    const overall = await call('POST /v1/reports/{year}/half-year/submit', {
      ...deputy,
      params: year,
      body: { version: 0 },
    });
    expect(overall.status).toBe(200);
    const approved = await call('POST /v1/reports/{year}/half-year/decision', {
      ...director,
      params: year,
      body: { version: 1, decision: 'approve' },
    });
    expect(approved.json.state).toBe('approved');
    const overallSnapshot = await namedBy(null);
    expect(await snapshots()).toEqual([overallSnapshot]);

    // A snapshot whose removal was lost, then three hours on a young one and an old one without
    // writtenAt (written before it existed): only the young one and the named ones stay.
    const { id: lost } = await writeSnapshot(ctx, YEAR, { figures: 'y' }, deps);
    setNow(now + 3 * HOUR);
    const { id: young } = await writeSnapshot(ctx, YEAR, { figures: 'z' }, deps);
    const legacy = idAt(now - 2 * HOUR, 'snapshot01');
    await table.deps.store.putBulk(ctx, [
      {
        ref: { type: 'reportSnapshot', id: `${legacy}.0000`, cycle: YEAR },
        data: { id: `${legacy}.0000`, seq: 0, payload: new Uint8Array(3) },
      },
    ]);
    expect(await snapshots()).toEqual(expect.arrayContaining([lost, young, legacy]));
    const unit = await call('POST /v1/reports/{year}/half-year/submit', {
      ...deputy,
      params: year,
      body: { version: 0, unitId: 'dienos-centras' },
    });
    expect(unit.status).toBe(200);

    const unitSnapshot = await namedBy('dienos-centras');
    expect(unitSnapshot).toBeDefined();
    expect((await snapshots()).sort()).toEqual([overallSnapshot, young, unitSnapshot].sort());
    // The approved version's snapshot, five hours old, still reads back whole.
    const model = await call('GET /v1/reports/{year}/half-year', { ...director, params: year });
    expect(model.status).toBe(200);
    expect(model.json.model.cover.status).toMatchObject({ state: 'approved', source: 'snapshot' });
  });
});
