/* eslint-disable @typescript-eslint/no-explicit-any -- JSON bodies of many shapes */
import { SATISFACTION_QUESTION, satisfactionExport } from '../fixtures/satisfaction-export';
import { createTestApi, type CallOptions } from '../support/api';
import { createTestTable, type TestTable } from '../support/table';

/**
 * Report models and the reports' workflow through the API on DynamoDB Local: who may take each
 * step, figures frozen at submission and kept once approved, corrections as new versions, the
 * deadline, tenancy, and survey figures of small units suppressed.
 */

const DC = 'Dienos centras';
const GC = 'Globos centras';
const QUESTION = SATISFACTION_QUESTION;

/** A Google Forms-like export written by SheetJS: DC 8 respondents (7 top-2), GC 3. */
const surveyExport = (): Buffer => {
  const answers: [string, number][] = [
    [DC, 5],
    [DC, 5],
    [DC, 4],
    [DC, 4],
    [DC, 4],
    [DC, 3],
    [DC, 5],
    [DC, 4],
    [GC, 5],
    [GC, 2],
    [GC, 4],
  ];
  return satisfactionExport(
    answers.map(([unit, score], i) => ({ at: new Date(Date.UTC(2026, 2, 2 + i, 9)), unit, score })),
  );
};

const director: CallOptions = { roles: ['director'], user: 'direktore@org-a' };
const deputy: CallOptions = { roles: ['deputy'], user: 'pavaduotoja@org-a' };
const head: CallOptions = { roles: ['unitHead'], user: 'vadove@org-a' };
const otherHead: CallOptions = { roles: ['unitHead'], user: 'jonas@org-a' };
const staff: CallOptions = { roles: ['staff'], user: 'ona@org-a' };
const year = { year: '2026' };

describe('reports through the API', () => {
  let table: TestTable;
  let call: ReturnType<typeof createTestApi>;
  const annual = async (query: Record<string, string> = {}, who: CallOptions = staff) =>
    call('GET /v1/reports/{year}/annual', { ...who, params: year, query });
  const workflow = async (y = '2026') =>
    (await call('GET /v1/reports/{year}/annual/workflow', { ...staff, params: { year: y } })).json;
  const item = (unitId: string, activity: string) =>
    call('POST /v1/cycles/{year}/plan-items', {
      ...director,
      params: year,
      body: {
        unitId,
        goal: 'Stiprinti vaikų įgūdžius',
        activity,
        responsible: 'Ona Onaitė',
        dueOn: '2026-06-30',
      },
    });
  const itemIds: string[] = [];

  beforeAll(async () => {
    table = await createTestTable('2027-03-01T09:00:00Z');
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
    for (const [unitId, name] of [
      ['dienos-centras', DC],
      ['globos-centras', GC],
    ])
      await call('PUT /v1/org/units/{unitId}', {
        params: { unitId: unitId! },
        body: { version: 0, name },
      });
    for (const [userId, unitIds] of [
      ['vadove@org-a', ['dienos-centras']],
      ['jonas@org-a', ['globos-centras']],
    ] as const)
      await call('PUT /v1/org/members/{userId}', {
        params: { userId },
        body: { version: 0, name: userId, unitIds },
      });
    for (const y of ['2025', '2026'])
      await call('PUT /v1/cycles/{year}', {
        params: { year: y },
        body: { version: 0, budgetApprovedOn: `${y}-02-10` },
      });
    for (const [unit, activity] of [
      ['dienos-centras', 'Socialinių įgūdžių grupė'],
      ['globos-centras', 'Globėjų mokymai'],
    ]) {
      const created = await item(unit!, activity!);
      expect(created.status).toBe(201);
      itemIds.push(created.json.id);
    }
    const done = await call('POST /v1/cycles/{year}/plan-items/{itemId}/progress', {
      ...director,
      params: { ...year, itemId: itemIds[0]! },
      body: { version: 1, checkpoint: 'yearEnd', done: true, comment: 'Įvykdyta' },
    });
    expect(done.status).toBe(200);

    const survey = await call('POST /v1/cycles/{year}/surveys', {
      ...director,
      params: year,
      body: {
        title: 'Paslaugų gavėjų apklausa 2026',
        instrument: 'Paslaugų gavėjų pasitenkinimo klausimynas',
        audience: 'recipients',
        period: { from: '2026-03-01', to: '2026-03-31' },
        population: 40,
      },
    });
    const surveyId = survey.json.id as string;
    const imported = await call('POST /v1/cycles/{year}/surveys/{surveyId}/imports', {
      ...director,
      params: { ...year, surveyId },
      file: surveyExport(),
    });
    expect(imported.status).toBe(201);
    const current = await call('GET /v1/cycles/{year}/surveys/{surveyId}', {
      ...director,
      params: { ...year, surveyId },
    });
    const mapped = await call('PUT /v1/cycles/{year}/surveys/{surveyId}/mapping', {
      ...director,
      params: { ...year, surveyId },
      body: {
        version: current.json.version,
        mapping: [
          { header: QUESTION, domain: 'satisfaction' },
          { header: 'Padalinys', isUnitColumn: true },
        ],
      },
    });
    expect(mapped.status).toBe(200);
  });
  afterAll(() => table.drop());

  it('gives the live annual model, small survey units only as suppression markers', async () => {
    const res = await annual();
    expect(res.status).toBe(200);
    const { model, workflow: w } = res.json;
    expect(w).toMatchObject({
      version: 0,
      currentVersion: 1,
      state: 'draft',
      stateLabel: 'Rengiama',
    });
    expect(model.cover.status).toMatchObject({ state: 'draft', source: 'live', reportVersion: 1 });
    expect(model.cover.organisation.name).toBe('Saulėtekio centras');
    expect(model.planExecution.totals).toMatchObject({ items: 2, done: 1, donePercent: 50 });
    const [survey] = model.surveys.surveys;
    expect(survey).toMatchObject({ responses: 11, responseRatePercent: 27.5, previous: null });
    const satisfaction = survey.domains.find((d: any) => d.domain === 'satisfaction');
    // 9 of 11 in the top two boxes; units of 8 and 3: both hidden (3 < 5, 8 = 11 − 3).
    expect(satisfaction.overall).toMatchObject({ n: 11, topTwoBoxPercent: 81.8 });
    expect(satisfaction.byUnit).toEqual([
      expect.objectContaining({
        unit: DC,
        figures: { suppressed: true, reason: 'complementary', minimumN: 5 },
      }),
      expect.objectContaining({
        unit: GC,
        figures: { suppressed: true, reason: 'belowMinimumN', minimumN: 5 },
      }),
    ]);
    expect(JSON.stringify(model)).not.toMatch(/"n":3\b/);
  });

  it('lets a preparer submit, freezing the figures; others may not, nor twice', async () => {
    const refused = await call('POST /v1/reports/{year}/annual/submit', {
      ...staff,
      params: year,
      body: { version: 0 },
    });
    expect(refused.status).toBe(403);
    const byDirector = await call('POST /v1/reports/{year}/annual/submit', {
      ...director,
      params: year,
      body: { version: 0 },
    });
    expect(byDirector.status).toBe(403);
    const res = await call('POST /v1/reports/{year}/annual/submit', {
      ...deputy,
      params: year,
      body: { version: 0, comment: 'Teikiu tvirtinti' },
    });
    expect(res.status).toBe(200);
    expect(res.json).toMatchObject({ version: 1, state: 'submitted' });
    expect(res.json.versions[0].snapshot).toMatchObject({ parts: 1 });
    const again = await call('POST /v1/reports/{year}/annual/submit', {
      ...deputy,
      params: year,
      body: { version: 1 },
    });
    expect(again.status).toBe(409);
    const stale = await call('POST /v1/reports/{year}/annual/decision', {
      ...director,
      params: year,
      body: { version: 0, decision: 'approve' },
    });
    expect(stale.status).toBe(409);
  });

  it('lets only the director decide; a return needs a comment and comes back to a preparer', async () => {
    const byDeputy = await call('POST /v1/reports/{year}/annual/decision', {
      ...deputy,
      params: year,
      body: { version: 1, decision: 'approve' },
    });
    expect(byDeputy.status).toBe(403);
    const silent = await call('POST /v1/reports/{year}/annual/decision', {
      ...director,
      params: year,
      body: { version: 1, decision: 'return' },
    });
    expect(silent.status).toBe(400);
    expect(silent.json.errors[0]).toMatchObject({
      field: 'comment',
      message: 'Grąžinant ataskaitą reikia nurodyti pastabas.',
    });
    const returned = await call('POST /v1/reports/{year}/annual/decision', {
      ...director,
      params: year,
      body: { version: 1, decision: 'return', comment: 'Papildykite apklausas' },
    });
    expect(returned.json).toMatchObject({ version: 2, state: 'returned' });
    expect(returned.json.versions[0].snapshot).toBeNull();
    const resubmitted = await call('POST /v1/reports/{year}/annual/submit', {
      ...head,
      params: year,
      body: { version: 2 },
    });
    expect(resubmitted.json).toMatchObject({ version: 3, state: 'submitted' });
    const approved = await call('POST /v1/reports/{year}/annual/decision', {
      ...director,
      params: year,
      body: { version: 3, decision: 'approve', comment: 'Tvirtinu' },
    });
    expect(approved.status).toBe(200);
    expect(approved.json).toMatchObject({ state: 'approved', stateLabel: 'Patvirtinta' });
    expect(approved.json.versions[0]).toMatchObject({
      approvedOn: '2027-03-01',
      approvedBy: 'direktore@org-a',
    });
    expect(approved.json.versions[0].history.map((h: any) => h.state)).toEqual([
      'submitted',
      'returned',
      'submitted',
      'approved',
    ]);
    const cycle = await call('GET /v1/cycles/{year}', { ...staff, params: year });
    expect(cycle.json.milestones.annualReportApprovedOn).toBe('2027-03-01');
  });

  it('keeps the approved figures when the data are corrected later', async () => {
    await call('POST /v1/cycles/{year}/plan-items/{itemId}/progress', {
      ...director,
      params: { ...year, itemId: itemIds[1]! },
      body: { version: 1, checkpoint: 'yearEnd', done: true, comment: 'Pavėluotai įvykdyta' },
    });
    expect((await item('globos-centras', 'Vėliau įrašyta priemonė')).status).toBe(201);
    const frozen = await annual();
    expect(frozen.json.model.cover.status).toMatchObject({ state: 'approved', source: 'snapshot' });
    expect(frozen.json.model.planExecution.totals).toMatchObject({ items: 2, done: 1 });
    const live = await annual({ version: 'live' });
    expect(live.json.model.cover.status.source).toBe('live');
    expect(live.json.model.planExecution.totals).toMatchObject({ items: 3, done: 2 });
  });

  it('records the presentation to staff, not before the approval and not by staff', async () => {
    const byStaff = await call('POST /v1/reports/{year}/annual/presentation', {
      ...staff,
      params: year,
      body: { version: 4, meetingOn: '2027-03-01' },
    });
    expect(byStaff.status).toBe(403);
    const early = await call('POST /v1/reports/{year}/annual/presentation', {
      ...deputy,
      params: year,
      body: { version: 4, meetingOn: '2027-02-20' },
    });
    expect(early.status).toBe(400);
    expect(early.json.errors[0].field).toBe('meetingOn');
    const res = await call('POST /v1/reports/{year}/annual/presentation', {
      ...deputy,
      params: year,
      body: { version: 4, meetingOn: '2027-03-01', comment: 'Visuotinis susirinkimas' },
    });
    expect(res.json).toMatchObject({ version: 5, state: 'presented' });
    expect(res.json.versions[0].presentedOn).toBe('2027-03-01');
  });

  it('makes a correction a new version with its own approval; version 1 stays as approved', async () => {
    const opened = await call('POST /v1/reports/{year}/annual/versions', {
      ...deputy,
      params: year,
      body: { version: 5, reason: 'Pataisyti plano vykdymo duomenys' },
    });
    expect(opened.json).toMatchObject({ currentVersion: 2, state: 'draft' });
    expect((await annual()).json.model.planExecution.totals.items).toBe(3);
    await call('POST /v1/reports/{year}/annual/submit', {
      ...deputy,
      params: year,
      body: { version: 6 },
    });
    table.setNow('2027-03-05T09:00:00Z');
    const approved = await call('POST /v1/reports/{year}/annual/decision', {
      ...director,
      params: year,
      body: { version: 7, decision: 'approve' },
    });
    expect(approved.json.versions.map((v: any) => [v.number, v.state, v.approvedOn])).toEqual([
      [1, 'presented', '2027-03-01'],
      [2, 'approved', '2027-03-05'],
    ]);
    expect((await annual({ version: '2' })).json.model.planExecution.totals.items).toBe(3);
    const first = await annual({ version: '1' });
    expect(first.json.model.planExecution.totals).toMatchObject({ items: 2, done: 1 });
    expect(first.json.model.cover.status).toMatchObject({ reportVersion: 1, state: 'presented' });
    expect((await annual({ version: '9' })).status).toBe(404);
    // The deadline was met by the first approval.
    const cycle = await call('GET /v1/cycles/{year}', { ...staff, params: year });
    expect(cycle.json.milestones.annualReportApprovedOn).toBe('2027-03-01');
  });

  it('flags a report not approved by 30 April of the next year as overdue', async () => {
    const late = await workflow('2025');
    expect(late).toMatchObject({ overdue: true, state: 'draft' });
    expect(late.deadline).toMatchObject({
      id: 'annualReport',
      dueOn: '2026-04-30',
      status: 'overdue',
    });
    expect((await annual({}, director)).json.workflow.overdue).toBe(false);
    const model = (
      await call('GET /v1/reports/{year}/annual', { ...staff, params: { year: '2025' } })
    ).json.model;
    expect(model.cover.status).toMatchObject({ overdue: true, dueOn: '2026-04-30' });
  });

  it('answers another organisation’s caller as if the report did not exist', async () => {
    const other = { roles: ['director' as const], user: 'direktorius@org-b', org: 'org-b' };
    expect((await call('GET /v1/reports/{year}/annual', { ...other, params: year })).status).toBe(
      404,
    );
    const submit = await call('POST /v1/reports/{year}/annual/decision', {
      ...other,
      params: year,
      body: { version: 7, decision: 'approve' },
    });
    expect(submit.status).toBe(404);
    expect((await call('GET /v1/reports/{year}/summary', { ...other, params: year })).status).toBe(
      404,
    );
  });

  it('gives the recipients’ summary frozen with the report', async () => {
    const res = await call('GET /v1/reports/{year}/summary', { ...staff, params: year });
    expect(res.status).toBe(200);
    expect(res.json.model).toMatchObject({
      kind: 'recipientsSummary',
      organisation: { name: 'Saulėtekio centras' },
      satisfaction: [{ satisfaction: { n: 11, topTwoBoxPercent: 81.8 } }],
    });
    expect(JSON.stringify(res.json.model)).not.toContain('@org-a');
  });

  it('takes half-year reports from a unit head for their unit and the deputy for the whole', async () => {
    const notTheirs = await call('POST /v1/reports/{year}/half-year/submit', {
      ...otherHead,
      params: year,
      body: { version: 0, unitId: 'dienos-centras' },
    });
    expect(notTheirs.status).toBe(403);
    const overallByHead = await call('POST /v1/reports/{year}/half-year/submit', {
      ...head,
      params: year,
      body: { version: 0, unitId: null },
    });
    expect(overallByHead.status).toBe(403);
    const unit = await call('POST /v1/reports/{year}/half-year/submit', {
      ...head,
      params: year,
      body: { version: 0, unitId: 'dienos-centras' },
    });
    expect(unit.json).toMatchObject({
      kind: 'halfYear',
      unitId: 'dienos-centras',
      state: 'submitted',
    });
    const approved = await call('POST /v1/reports/{year}/half-year/decision', {
      ...director,
      params: year,
      body: { version: 1, unitId: 'dienos-centras', decision: 'approve' },
    });
    expect(approved.json.state).toBe('approved');
    const model = await call('GET /v1/reports/{year}/half-year', {
      ...staff,
      params: year,
      query: { unitId: 'dienos-centras' },
    });
    expect(model.json.model).toMatchObject({
      kind: 'halfYear',
      unit: { unitId: 'dienos-centras', unitName: DC },
      cover: { status: { state: 'approved', source: 'snapshot' } },
    });
    expect(model.json.model.plan.items.map((i: any) => i.unitId)).toEqual(['dienos-centras']);
    const overall = await call('POST /v1/reports/{year}/half-year/submit', {
      ...deputy,
      params: year,
      body: { version: 0 },
    });
    expect(overall.json).toMatchObject({ unitId: null, state: 'submitted' });
    const cycle = await call('GET /v1/cycles/{year}', { ...staff, params: year });
    expect(cycle.json.milestones.halfYearReportSubmittedOn).toBe('2027-03-05');
  });

  it('audits every step on the report’s record, not its snapshot parts', async () => {
    const res = await call('GET /v1/audit', { ...director, query: { limit: '200' } });
    const types = res.json.items.map((e: any) => e.entity.type);
    expect(types.filter((t: string) => t === 'report').length).toBe(11);
    expect(types).not.toContain('reportSnapshot');
  });
});
