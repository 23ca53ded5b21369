/* eslint-disable @typescript-eslint/no-explicit-any -- JSON bodies of many shapes */
import { ScanCommand } from '@aws-sdk/lib-dynamodb';
import { contributorKeyer } from '../../functions/adapters/dynamodb/benchmark-contributor';
import { DynamoBenchmarkRepository } from '../../functions/adapters/dynamodb/benchmark-repository';
import { createDocumentClient } from '../../functions/adapters/dynamodb/client';
import type { OrgType } from '../../functions/domain/org/organisation';
import { publishValues, type FigureValues } from '../../functions/domain/benchmark/publish-service';
import type { Deps } from '../../functions/domain/ports';
import { createTestApi, type CallOptions } from '../support/api';
import { createTestTable, type TestTable } from '../support/table';

/**
 * Benchmarking through the API on DynamoDB Local with twelve organisations: 2026's plan
 * execution comes from the real planning area (plan items and their progress, published through
 * the route); 2025's satisfaction and training figures are fixture values published through the
 * route's domain function. Every expected number is worked out by hand below (type 7 quantiles:
 * h = (n − 1)·p, Q = x⌊h⌋ + (h − ⌊h⌋)(x⌊h⌋₊₁ − x⌊h⌋), 0-based; percentile rank = 100·(B + ½E) ÷ n).
 */

const UTENA = 'Utenos rajono savivaldybė';
const PANEVEZYS = 'Panevėžio miesto savivaldybė';
const VILNIUS = 'Vilniaus miesto savivaldybė';

interface OrgFixture {
  id: string;
  name: string;
  type: OrgType;
  municipality: string;
  /** 2026 plan: items, of which done → planDonePercent = done ÷ items. */
  items: number;
  done: number;
  /** 2025 fixture values. */
  satisfaction: { value: number; respondents: number };
  trainingHours: number;
}

const org = (
  n: number,
  name: string,
  type: OrgType,
  municipality: string,
  items: number,
  done: number,
  satisfaction: [number, number],
  trainingHours: number,
): OrgFixture => ({
  id: `bm-${String(n).padStart(2, '0')}`,
  name,
  type,
  municipality,
  items,
  done,
  satisfaction: { value: satisfaction[0], respondents: satisfaction[1] },
  trainingHours,
});

const FCW: OrgType = 'familyChildWelfare';
const FOSTER: OrgType = 'fosterCare';
// prettier-ignore
const ORGS: OrgFixture[] = [
  //  n  name                                  type    municipality items done satisfaction  hours
  org(1, 'Alksnio šeimos gerovės centras',    FCW,    UTENA,      4, 0, [80, 40],  12),
  org(2, 'Beržyno vaikų gerovės centras',     FCW,    UTENA,      4, 1, [90, 25],  8.5),
  org(3, 'Ąžuolyno socialinių paslaugų namai', FCW,   UTENA,      4, 2, [70, 12],  20),
  org(4, 'Eglyno bendruomenės centras',       FCW,    UTENA,      4, 3, [85, 9],   15),
  org(5, 'Klevų šeimos centras',              FCW,    PANEVEZYS,  4, 4, [60, 30],  10),
  org(6, 'Liepų vaiko gerovės tarnyba',       FCW,    PANEVEZYS,  2, 1, [95, 8],   6),
  org(7, 'Pušyno šeimų namai',                FCW,    VILNIUS,    2, 2, [75, 50],  18),
  org(8, 'Uosių globos centras',              FOSTER, UTENA,      1, 0, [88, 10],  25),
  org(9, 'Gluosnių globos tarnyba',           FOSTER, UTENA,      1, 1, [65, 15],  9),
  org(10, 'Kaštonų globos namai',             FOSTER, PANEVEZYS,  4, 1, [92, 5],   14),
  org(11, 'Jazminų globos centras',           FOSTER, PANEVEZYS,  2, 1, [78, 22],  11),
  org(12, 'Šermukšnių globos bendrija',       FOSTER, VILNIUS,    4, 3, [82, 11],  16),
];
const byId = (id: string) => ORGS.find((o) => o.id === id)!;

const director = (id: string): CallOptions => ({ org: id, roles: ['director'] });
const groupOf = (figure: any, group: string) =>
  figure.peerGroups.find((g: any) => g.group === group);

describe('benchmarking through the API', () => {
  let table: TestTable;
  let deps: Deps;
  let call: ReturnType<typeof createTestApi>;
  let bare: ReturnType<typeof createTestApi>;
  const doc = () => createDocumentClient({ region: 'local', endpoint: table.endpoint });
  /** Every answer, by the organisation that asked (for the final scan). */
  const answers: Array<{ org: string; route: string; text: string }> = [];
  const as = async (id: string, route: string, options: CallOptions = {}) => {
    const res = await call(route, { ...director(id), ...options, org: id });
    answers.push({ org: id, route, text: JSON.stringify(res.json ?? null) });
    return res;
  };
  const view = async (id: string, year: string, figure?: string, lang: 'lt' | 'en' = 'en') => {
    const res = await as(id, 'GET /v1/benchmarks/{year}', {
      roles: ['staff'],
      params: { year },
      lang,
      ...(figure ? { query: { figure } } : {}),
    });
    expect(res.status).toBe(200);
    return figure ? res.json.figures[0] : res.json;
  };
  const publishFixture = (o: OrgFixture, values: FigureValues) =>
    publishValues(
      { actor: { userId: `director@${o.id}`, orgId: o.id, roles: ['director'] }, requestId: 't' },
      2025,
      values,
      deps,
    );

  beforeAll(async () => {
    table = await createTestTable('2027-03-01T09:00:00Z');
    const client = doc();
    deps = {
      ...table.deps,
      benchmarks: new DynamoBenchmarkRepository(
        client,
        table.tableName,
        contributorKeyer('test-secret-of-at-least-32-characters'),
      ),
    };
    call = createTestApi({ ...table, deps });
    bare = createTestApi(table);

    for (const o of ORGS) {
      const described = await as(o.id, 'PUT /v1/org', {
        body: {
          version: 0,
          name: o.name,
          type: o.type,
          municipality: o.municipality,
          settings: { halfYearReports: false, founderAgreement: false },
        },
      });
      expect(described.status).toBe(200);
      for (const year of ['2025', '2026']) {
        await as(o.id, 'PUT /v1/cycles/{year}', {
          params: { year },
          body: { version: 0, budgetApprovedOn: `${year}-02-10` },
        });
      }
      await as(o.id, 'PUT /v1/org/units/{unitId}', {
        params: { unitId: 'dienos-centras' },
        body: { version: 0, name: 'Dienos centras' },
      });
      for (let i = 0; i < o.items; i++) {
        const item = await as(o.id, 'POST /v1/cycles/{year}/plan-items', {
          params: { year: '2026' },
          body: {
            unitId: 'dienos-centras',
            goal: 'Stiprinti šeimų įgūdžius',
            activity: `Priemonė ${i + 1}`,
            responsible: 'Ona Onaitė',
            dueOn: '2026-06-30',
          },
        });
        expect(item.status).toBe(201);
        if (i < o.done) {
          const done = await as(o.id, 'POST /v1/cycles/{year}/plan-items/{itemId}/progress', {
            params: { year: '2026', itemId: item.json.id },
            body: { version: 1, checkpoint: 'yearEnd', done: true, comment: 'Įvykdyta' },
          });
          expect(done.status).toBe(200);
        }
      }
    }
  }, 120_000);

  afterAll(async () => {
    await table.drop();
  });

  it('shows nothing to an organisation that has not opted in, and lets only the director opt in', async () => {
    const closed = await as('bm-01', 'GET /v1/benchmarks/{year}', { params: { year: '2026' } });
    expect(closed.status).toBe(409);
    expect(closed.json.detail).toBe(
      'Įstaiga nedalyvauja palyginime su kitomis įstaigomis. Dalyvavimą gali įjungti direktorius.',
    );
    const refused = await as('bm-01', 'POST /v1/benchmarks/{year}/publish', {
      roles: ['deputy'],
      params: { year: '2026' },
    });
    expect(refused.status).toBe(409);
    const deputy = await as('bm-01', 'PUT /v1/benchmarks/participation', {
      roles: ['deputy'],
      body: { version: 0, optedIn: true },
    });
    expect(deputy.status).toBe(403);
  });

  it('records each organisation’s opt-in as an audited item', async () => {
    for (const o of ORGS) {
      const res = await as(o.id, 'PUT /v1/benchmarks/participation', {
        body: { version: 0, optedIn: true },
      });
      expect(res.status).toBe(200);
      expect(res.json).toMatchObject({ optedIn: true, version: 1, removed: 0 });
    }
    const state = await as('bm-01', 'GET /v1/benchmarks', { roles: ['staff'] });
    expect(state.json).toMatchObject({
      optedIn: true,
      minimumOrganisations: 5,
      minimumRespondents: 10,
    });
    expect(state.json.figures.map((f: any) => [f.figure, f.hasSource])).toContainEqual([
      'supportGoalsAchievedPercent',
      false,
    ]);
    const audit = await as('bm-01', 'GET /v1/audit', {
      query: { entityType: 'benchmarkParticipation', entityId: 'settings' },
    });
    expect(audit.json.items[0]).toMatchObject({
      action: 'create',
      actor: { userId: 'director@bm-01' },
      after: { optedIn: true },
    });
  });

  it('publishes 2026’s figures from each organisation’s annual report (deputy or director)', async () => {
    for (const o of ORGS) {
      const res = await as(o.id, 'POST /v1/benchmarks/{year}/publish', {
        roles: ['deputy'],
        params: { year: '2026' },
      });
      expect(res.status).toBe(200);
      const byFigure = Object.fromEntries(res.json.figures.map((f: any) => [f.figure, f]));
      expect(byFigure.planDonePercent).toMatchObject({
        status: 'published',
        value: (100 * o.done) / o.items,
      });
      expect(byFigure.recipientSatisfactionPercent.status).toBe('noValue');
      expect(byFigure.supportGoalsAchievedPercent.status).toBe('noSource');
      expect(res.json).toMatchObject({ year: 2026, source: 'live', reportVersion: 1 });
    }
    const staff = await as('bm-01', 'POST /v1/benchmarks/{year}/publish', {
      roles: ['staff'],
      params: { year: '2026' },
    });
    expect(staff.status).toBe(403);
  });

  it('gives median, quartiles and percentile rank that match a computation by hand', async () => {
    // planDonePercent 2026 of the twelve, sorted:
    //   x = 0, 0, 25, 25, 50, 50, 50, 75, 75, 100, 100, 100   (n = 12)
    //   Q1: h = 11·0.25 = 2.75 → x2 + 0.75·(x3 − x2) = 25 + 0.75·0 = 25
    //   median: h = 5.5 → x5 + 0.5·(x6 − x5) = 50
    //   Q3: h = 8.25 → x8 + 0.25·(x9 − x8) = 75 + 0.25·25 = 81.25
    const expectAll = {
      status: 'shown',
      organisations: 12,
      lowerQuartile: 25,
      median: 50,
      upperQuartile: 81.25,
    };
    // bm-04 (75): below 7, equal 2 → 100·(7 + 1) ÷ 12 = 66.7; between the quartiles.
    const four = await view('bm-04', '2026', 'planDonePercent');
    expect(groupOf(four, 'all')).toMatchObject({
      ...expectAll,
      own: { value: 75, respondents: null },
      percentileRank: 66.7,
      position: 'middle',
      label: 'All participating organisations',
    });
    // bm-05 (100): below 9, equal 3 → 100·(9 + 1.5) ÷ 12 = 87.5; above Q3.
    expect(groupOf(await view('bm-05', '2026', 'planDonePercent'), 'all')).toMatchObject({
      ...expectAll,
      percentileRank: 87.5,
      position: 'top',
    });
    // bm-01 (0): below 0, equal 2 → 100·1 ÷ 12 = 8.3; below Q1.
    const one = await view('bm-01', '2026', 'planDonePercent');
    expect(groupOf(one, 'all')).toMatchObject({
      ...expectAll,
      percentileRank: 8.3,
      position: 'bottom',
    });
    // Its type (bm-01…07): 0, 25, 50, 50, 75, 100, 100 (n = 7)
    //   Q1: h = 1.5 → 25 + 0.5·25 = 37.5; median: h = 3 → 50; Q3: h = 4.5 → 75 + 0.5·25 = 87.5
    //   rank of 0: 100·0.5 ÷ 7 = 7.1
    expect(groupOf(one, 'orgType')).toMatchObject({
      status: 'shown',
      organisations: 7,
      lowerQuartile: 37.5,
      median: 50,
      upperQuartile: 87.5,
      percentileRank: 7.1,
      label: 'Organisations of the same type: family and child welfare centres',
    });
    // Utena (bm-01…04, 08, 09): 0, 0, 25, 50, 75, 100 (n = 6)
    //   Q1: h = 1.25 → 0 + 0.25·25 = 6.25; median: h = 2.5 → 25 + 0.5·25 = 37.5;
    //   Q3: h = 3.75 → 50 + 0.75·25 = 68.75; rank of 0: 100·(0 + 1) ÷ 6 = 16.7
    expect(groupOf(one, 'municipality')).toMatchObject({
      status: 'shown',
      organisations: 6,
      lowerQuartile: 6.25,
      median: 37.5,
      upperQuartile: 68.75,
      percentileRank: 16.7,
      label: `Organisations in the same municipality: ${UTENA}`,
    });
    // Foster care (bm-08…12): 0, 25, 50, 75, 100 → 25, 50, 75; rank of bm-08's 0: 100·0.5 ÷ 5 = 10
    expect(groupOf(await view('bm-08', '2026', 'planDonePercent'), 'orgType')).toMatchObject({
      status: 'shown',
      organisations: 5,
      lowerQuartile: 25,
      median: 50,
      upperQuartile: 75,
      percentileRank: 10,
    });
  });

  it('shows nothing for a peer group below five organisations, in both languages', async () => {
    // Panevėžys has four organisations, Vilnius two.
    for (const [id, lang, message] of [
      ['bm-05', 'lt', 'Per mažai duomenų: reikia bent 5 įstaigų.'],
      ['bm-12', 'en', 'Not enough data: at least 5 organisations are needed.'],
    ] as const) {
      const figure = await view(id, '2026', 'planDonePercent', lang);
      expect(groupOf(figure, 'municipality')).toEqual({
        group: 'municipality',
        label: expect.any(String),
        status: 'notEnoughData',
        minimumOrganisations: 5,
        minimumRespondents: null,
        message,
      });
    }
    // Figures nobody published say the same for every group.
    const goals = await view('bm-01', '2026', 'supportGoalsAchievedPercent');
    expect(goals.peerGroups.map((g: any) => g.status)).toEqual([
      'notEnoughData',
      'notEnoughData',
      'notEnoughData',
    ]);
  });

  it('counts survey figures only for organisations with at least ten respondents', async () => {
    const results = [];
    for (const o of ORGS) {
      results.push(
        await publishFixture(o, {
          recipientSatisfactionPercent: o.satisfaction,
          trainingHoursPerEmployee: { value: o.trainingHours, respondents: null },
        }),
      );
    }
    // bm-04 (9), bm-06 (8) and bm-10 (5 respondents) are not published.
    expect(
      results
        .map((r, i) => [
          ORGS[i]!.id,
          r.figures.find((f) => f.figure === 'recipientSatisfactionPercent')!.status,
        ])
        .filter(([, status]) => status !== 'published'),
    ).toEqual([
      ['bm-04', 'tooFewRespondents'],
      ['bm-06', 'tooFewRespondents'],
      ['bm-10', 'tooFewRespondents'],
    ]);
    // Published: 60, 65, 70, 75, 78, 80, 82, 88, 90 (n = 9): Q1 h = 2 → 70, median h = 4 → 78,
    // Q3 h = 6 → 82. bm-01 (80): below 5, equal 1 → 100·5.5 ÷ 9 = 61.1.
    const one = await view('bm-01', '2025', 'recipientSatisfactionPercent');
    expect(groupOf(one, 'all')).toMatchObject({
      status: 'shown',
      organisations: 9,
      lowerQuartile: 70,
      median: 78,
      upperQuartile: 82,
      own: { value: 80, respondents: 40 },
      percentileRank: 61.1,
      position: 'middle',
    });
    // Its type: 60, 70, 75, 80, 90 → 70, 75, 80. Utena: 65, 70, 80, 88, 90 → 70, 80, 88.
    expect(groupOf(one, 'orgType')).toMatchObject({
      organisations: 5,
      lowerQuartile: 70,
      median: 75,
      upperQuartile: 80,
    });
    expect(groupOf(one, 'municipality')).toMatchObject({
      organisations: 5,
      lowerQuartile: 70,
      median: 80,
      upperQuartile: 88,
    });
    // Foster care has four with enough respondents (88, 65, 78, 82): not shown.
    const eight = await view('bm-08', '2025', 'recipientSatisfactionPercent', 'lt');
    expect(groupOf(eight, 'orgType')).toMatchObject({
      status: 'notEnoughData',
      minimumRespondents: 10,
      message:
        'Per mažai duomenų: reikia bent 5 įstaigų, kurių kiekvienos apklausoje dalyvavo bent 10 respondentų.',
    });
    // bm-04 published none: the group is shown, its own value is not.
    expect(
      groupOf(await view('bm-04', '2025', 'recipientSatisfactionPercent'), 'all'),
    ).toMatchObject({
      organisations: 9,
      own: null,
      percentileRank: null,
      position: null,
    });
  });

  it('replaces an organisation’s earlier value when it publishes again', async () => {
    // Training hours 2025: 6, 8.5, 9, 10, 11, 12, 14, 15, 16, 18, 20, 25 (n = 12)
    //   Q1: h = 2.75 → 9 + 0.75·1 = 9.75; median: h = 5.5 → 12 + 0.5·2 = 13; Q3: h = 8.25 → 16 + 0.25·2 = 16.5
    //   bm-03 (20): below 10, equal 1 → 100·10.5 ÷ 12 = 87.5, above Q3
    expect(groupOf(await view('bm-03', '2025', 'trainingHoursPerEmployee'), 'all')).toMatchObject({
      organisations: 12,
      lowerQuartile: 9.75,
      median: 13,
      upperQuartile: 16.5,
      percentileRank: 87.5,
      position: 'top',
    });
    // bm-02 publishes 30 instead of 8.5: 6, 9, 10, 11, 12, 14, 15, 16, 18, 20, 25, 30
    //   Q1: 10 + 0.75·1 = 10.75; median: 14 + 0.5·1 = 14.5; Q3: 18 + 0.25·2 = 18.5; still 12.
    const two = byId('bm-02');
    await publishFixture(two, {
      recipientSatisfactionPercent: two.satisfaction,
      trainingHoursPerEmployee: { value: 30, respondents: null },
    });
    expect(groupOf(await view('bm-02', '2025', 'trainingHoursPerEmployee'), 'all')).toMatchObject({
      organisations: 12,
      lowerQuartile: 10.75,
      median: 14.5,
      upperQuartile: 18.5,
      own: { value: 30 },
      percentileRank: 95.8, // 100·11.5 ÷ 12
    });
  });

  it('fills the annual report’s benchmark section with the shared figures and peer position', async () => {
    const report = await as('bm-01', 'GET /v1/reports/{year}/annual', {
      roles: ['staff'],
      params: { year: '2026' },
    });
    expect(report.status).toBe(200);
    const rows = report.json.model.benchmark.rows;
    expect(rows).toEqual([
      {
        indicatorCode: 'planDonePercent',
        peerGroup: 'all',
        value: 0,
        organisations: 12,
        median: 50,
        lowerQuartile: 25,
        upperQuartile: 81.25,
        percentileRank: 8.3,
        position: 'bottom',
      },
      expect.objectContaining({
        indicatorCode: 'planDonePercent',
        peerGroup: 'orgType',
        organisations: 7,
      }),
      expect.objectContaining({
        indicatorCode: 'planDonePercent',
        peerGroup: 'municipality',
        organisations: 6,
      }),
    ]);
  });

  it('removes an organisation that opts out from every later figure', async () => {
    const state = await as('bm-12', 'GET /v1/benchmarks');
    const out = await as('bm-12', 'PUT /v1/benchmarks/participation', {
      body: { version: state.json.version, optedIn: false },
    });
    expect(out.status).toBe(200);
    // 2026: plan; 2025: satisfaction, training hours.
    expect(out.json).toMatchObject({ optedIn: false, publishedYears: [], removed: 3 });
    // Without bm-12's 75: 0, 0, 25, 25, 50, 50, 50, 75, 100, 100, 100 (n = 11)
    //   Q1: h = 2.5 → 25; median: h = 5 → 50; Q3: h = 7.5 → 75 + 0.5·25 = 87.5
    const eight = await view('bm-08', '2026', 'planDonePercent');
    expect(groupOf(eight, 'all')).toMatchObject({
      organisations: 11,
      lowerQuartile: 25,
      median: 50,
      upperQuartile: 87.5,
    });
    // Foster care now has four: not shown.
    expect(groupOf(eight, 'orgType').status).toBe('notEnoughData');
    // Satisfaction 2025 without bm-12's 82: eight left, below the survey minimum nowhere for all.
    expect(
      groupOf(await view('bm-01', '2025', 'recipientSatisfactionPercent'), 'all'),
    ).toMatchObject({
      organisations: 8,
    });
    // The organisation that left sees nothing and cannot publish.
    const closed = await as('bm-12', 'GET /v1/benchmarks/{year}', { params: { year: '2026' } });
    expect(closed.status).toBe(409);
    expect(
      (await as('bm-12', 'POST /v1/benchmarks/{year}/publish', { params: { year: '2026' } }))
        .status,
    ).toBe(409);
    // Opting out is audited too.
    const audit = await as('bm-12', 'GET /v1/audit', {
      query: { entityType: 'benchmarkParticipation', entityId: 'settings' },
    });
    expect(audit.json.items).toContainEqual(
      expect.objectContaining({
        action: 'update',
        actor: expect.objectContaining({ userId: 'director@bm-12' }),
        after: expect.objectContaining({ optedIn: false }),
      }),
    );
  });

  it('refuses a stale participation version', async () => {
    const res = await as('bm-01', 'PUT /v1/benchmarks/participation', {
      body: { version: 0, optedIn: false },
    });
    expect(res.status).toBe(409);
    expect((await view('bm-01', '2026', 'planDonePercent')).peerGroups[0].status).toBe('shown');
  });

  it('answers that benchmarking is off where no contributor secret is configured', async () => {
    const res = await bare('GET /v1/benchmarks/{year}', {
      org: 'bm-01',
      params: { year: '2026' },
      lang: 'en',
    });
    expect(res.status).toBe(409);
    expect(res.json.detail).toContain('Benchmarking is not set up');
    const report = await bare('GET /v1/reports/{year}/annual', {
      org: 'bm-01',
      params: { year: '2026' },
    });
    expect(report.json.model.benchmark).toBeNull();
  });

  it('keeps every other organisation’s id and name out of every answer and out of the shared partition', async () => {
    expect(answers.length).toBeGreaterThan(100);
    for (const answer of answers) {
      for (const other of ORGS.filter((o) => o.id !== answer.org)) {
        if (answer.text.includes(other.id) || answer.text.includes(other.name)) {
          throw new Error(`${answer.route} for ${answer.org} names ${other.id}`);
        }
      }
    }
    const client = doc();
    const scan = await client.send(
      new ScanCommand({
        TableName: table.tableName,
        FilterExpression: 'begins_with(pk, :p)',
        ExpressionAttributeValues: { ':p': 'BENCHMARK#' },
      }),
    );
    client.destroy();
    // 11 organisations' plan figure, 8 + 9 + … of 2025 (bm-12 gone): 11 + 8 + 11.
    expect(scan.Items).toHaveLength(30);
    const text = JSON.stringify(scan.Items);
    for (const o of ORGS) {
      expect(text).not.toContain(o.id);
      expect(text).not.toContain(o.name);
    }
  });
});
