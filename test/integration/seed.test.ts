import { ROUTES, type RouteSpec } from '../../functions/contracts/routes';
import type { Role } from '../../functions/domain/auth/actor';
import { PHASES } from '../../functions/domain/cycle/cycle';
import { listCycles } from '../../functions/domain/cycle/cycle-service';
import { ConflictError } from '../../functions/domain/errors';
import type {
  AuditDetail,
  AuditEntry,
  AuditQuery,
  BulkItem,
  Change,
  Clock,
  Deps,
  EntityRef,
  EntityType,
  ListOptions,
  Page,
  RequestContext,
  Store,
  Stored,
} from '../../functions/domain/ports';
import type { AnnualReportModel, FigureCode } from '../../functions/domain/reports/model';
import { localDate } from '../../functions/domain/time';
import { DEMO_ORG_ID, DEMO_PEOPLE, seedDemo } from '../../functions/local/seed';
import { newId } from '../../functions/shared/ids';
import { aContext } from '../fixtures/builders';
import { createTestApi, type CallOptions } from '../support/api';
import { createTestTable, type TestTable } from '../support/table';

type Api = ReturnType<typeof createTestApi>;
/* eslint-disable @typescript-eslint/no-explicit-any -- response bodies of many shapes, checked by their contracts */
type Lists = Record<string, Record<number, any>>;
type Cycles = any[];
/* eslint-enable @typescript-eslint/no-explicit-any */

const director: CallOptions = { org: DEMO_ORG_ID, roles: ['director'], user: 'direktorius@demo' };
const user = (userId: string, role: Role): CallOptions => ({
  org: DEMO_ORG_ID,
  roles: [role],
  user: userId,
});

/** Fields that say something has happened: none may be after today. */
const HAPPENED = new Set([
  'receivedOn',
  'decidedOn',
  'respondedOn',
  'recordedOn',
  'completedOn',
  'doneOn',
  'approvedOn',
  'agreedOn',
  'on',
  'budgetApprovedOn',
  'planApprovedOn',
  'founderAgreedOn',
  'halfYearReportSubmittedOn',
  'annualReportApprovedOn',
  'closedOn',
]);

/** Every `field: date` of `value` whose field says it has happened. */
const happenedDates = (value: unknown, path = ''): [string, string][] => {
  if (Array.isArray(value)) return value.flatMap((v, i) => happenedDates(v, `${path}[${i}]`));
  if (value === null || typeof value !== 'object') return [];
  return Object.entries(value).flatMap(([k, v]): [string, string][] =>
    HAPPENED.has(k) && typeof v === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(v)
      ? [[`${path}.${k}`, v]]
      : happenedDates(v, `${path}.${k}`),
  );
};

/**
 * Lists only organisations that chose to take part see: benchmarks answer 409 until the director
 * opts in (benchmark-api.test.ts covers them), and the demo has not.
 */
const OPT_IN_ONLY = new Set(['getBenchmarks']);

/** The GET routes a newcomer would try first: the organisation's and each cycle's lists. */
const LIST_ROUTES = (Object.entries(ROUTES) as [string, RouteSpec][]).filter(
  ([id, r]) =>
    !OPT_IN_ONLY.has(id) &&
    r.method === 'GET' &&
    r.path.startsWith('/v1/') &&
    !r.produces &&
    (r.path.match(/\{(\w+)\}/g) ?? []).every((p) => p === '{year}'),
);

/** The workbooks a cycle offers for download. */
const WORKBOOK_ROUTES = (Object.entries(ROUTES) as [string, RouteSpec][]).filter(
  ([, r]) =>
    r.method === 'GET' &&
    r.produces !== undefined &&
    (r.path.match(/\{(\w+)\}/g) ?? []).every((p) => p === '{year}'),
);

/**
 * What must hold on any day: the three cycles with a valid phase (the year before last closed);
 * each annual plan's state agreeing with its cycle's milestones; no date of something done after
 * today; every list answering in its contract's shape; an overdue complaint to see. Gives the
 * responses for further checks.
 */
const checkInvariants = async (api: Api, today: string) => {
  const year = Number(today.slice(0, 4));
  const cycles = await api('GET /v1/cycles', director);
  expect(cycles.status).toBe(200);
  expect(cycles.json.items.map((c: { year: number }) => c.year)).toEqual([
    year,
    year - 1,
    year - 2,
  ]);
  expect(cycles.json.items[2].phase).toBe('closed');
  const responses: Lists = {};
  for (const cycle of cycles.json.items) {
    expect(PHASES).toContain(cycle.phase);
    const m = cycle.milestones;
    const plan = (
      await api('GET /v1/cycles/{year}/annual-plan', {
        ...director,
        params: { year: String(cycle.year) },
      })
    ).json;
    if (m.planApprovedOn) {
      expect(plan).toMatchObject({ state: 'approved', approvedOn: m.planApprovedOn });
      expect(plan.founderAgreement.agreedOn).toBe(m.founderAgreedOn);
      expect(m.founderAgreedOn <= m.planApprovedOn).toBe(true);
      expect(cycle.phase).not.toBe('planning');
    } else {
      expect(['draft', 'submitted', 'returned']).toContain(plan.state);
      expect(plan.approvedOn).toBeNull();
      expect(['planning', 'evaluation']).toContain(cycle.phase);
    }
    if (m.annualReportApprovedOn) expect(['improvement', 'closed']).toContain(cycle.phase);
    expect(plan.history.map((h: { on: string }) => h.on)).toEqual(
      [...plan.history.map((h: { on: string }) => h.on)].sort(),
    );
  }
  for (const [id, route] of LIST_ROUTES) {
    const years = route.path.includes('{year}') ? [year, year - 1, year - 2] : [year];
    for (const y of years) {
      const res = await api(`GET ${route.path}`, { ...director, params: { year: String(y) } });
      expect([id, y, res.status]).toEqual([id, y, 200]);
      const parsed = route.response.safeParse(res.json);
      expect([id, y, parsed.success ? 'ok' : parsed.error.message]).toEqual([id, y, 'ok']);
      expect(happenedDates(res.json).filter(([, d]) => d > today)).toEqual([]);
      (responses[id] ??= {})[y] = res.json;
    }
  }
  expect(responses.listProposals![year].counts.overdue).toBeGreaterThanOrEqual(1);
  return responses;
};

/**
 * A store in memory with the DynamoDB store's contract (versions, conflicts, transactions, audit
 * entries), so the seed can be run on every day of a year in a few seconds.
 */
class MemoryStore implements Store {
  readonly items = new Map<string, Stored<object>>();
  private readonly entries: AuditEntry[] = [];

  constructor(private readonly clock: Clock) {}

  private key(orgId: string, ref: { type: EntityType; id: string; cycle?: number | undefined }) {
    return `${orgId}|${ref.cycle ?? ''}|${ref.type}#${ref.id}`;
  }

  async get<T extends object>(ctx: RequestContext, ref: EntityRef) {
    const item = this.items.get(this.key(ctx.actor.orgId, ref));
    return item ? (structuredClone(item) as Stored<T>) : undefined;
  }

  async list<T extends object>(ctx: RequestContext, type: EntityType, options: ListOptions = {}) {
    const prefix = this.key(ctx.actor.orgId, {
      type,
      id: options.idPrefix ?? '',
      cycle: options.cycle,
    });
    return [...this.items]
      .filter(([k]) => k.startsWith(prefix))
      .sort(([a], [b]) => (a < b ? -1 : 1))
      .map(([, item]) => structuredClone(item) as Stored<T>);
  }

  async save<T extends object>(ctx: RequestContext, ref: EntityRef, data: T, version: number) {
    const [saved] = await this.apply(ctx, [{ ref, data, expectedVersion: version }]);
    return saved as Stored<T>;
  }

  async remove(ctx: RequestContext, ref: EntityRef, expectedVersion: number) {
    await this.apply(ctx, [{ ref, remove: true, expectedVersion }]);
  }

  async apply(ctx: RequestContext, changes: Change[]) {
    const keys = changes.map((c) => this.key(ctx.actor.orgId, c.ref));
    changes.forEach((c, i) => {
      const current = this.items.get(keys[i]!);
      if ((current?.version ?? 0) !== c.expectedVersion) throw new ConflictError(current ?? null);
    });
    const at = this.clock.now().toISOString();
    return changes.map((c, i) => {
      const before = this.items.get(keys[i]!) ?? null;
      let after: Stored<object> | null = null;
      if ('remove' in c) this.items.delete(keys[i]!);
      else {
        after = {
          ...(JSON.parse(JSON.stringify(c.data)) as object),
          version: c.expectedVersion + 1,
          createdAt: before?.createdAt ?? at,
          createdBy: before?.createdBy ?? ctx.actor.userId,
          updatedAt: at,
          updatedBy: ctx.actor.userId,
        };
        this.items.set(keys[i]!, after);
      }
      this.entries.push({
        id: newId(),
        at,
        action: 'remove' in c ? 'delete' : before ? 'update' : 'create',
        entity: c.ref,
        actor: { userId: ctx.actor.userId, roles: ctx.actor.roles },
        ...(ctx.requestId ? { requestId: ctx.requestId } : {}),
        before,
        after,
      });
      return after ? structuredClone(after) : null;
    });
  }

  async audit(ctx: RequestContext, query: AuditQuery): Promise<Page<AuditEntry>> {
    return { items: this.entries.slice(-query.limit).reverse() };
  }

  async recordRead(ctx: RequestContext, refs: EntityRef[], detail?: AuditDetail) {
    const at = this.clock.now().toISOString();
    for (const ref of refs) {
      this.entries.push({
        id: newId(),
        at,
        action: 'read',
        entity: ref,
        actor: { userId: ctx.actor.userId, roles: ctx.actor.roles },
        before: null,
        after: null,
        ...(detail ? { detail } : {}),
      });
    }
  }

  async redactAudit(_ctx: RequestContext, ref: EntityRef, marker: object) {
    const same = (e: AuditEntry) =>
      e.entity.type === ref.type && e.entity.id === ref.id && e.entity.cycle === ref.cycle;
    const mark = JSON.stringify(marker);
    const copy = (v: unknown) => v !== null && JSON.stringify(v) !== mark;
    const hit = this.entries.filter((e) => same(e) && (copy(e.before) || copy(e.after)));
    for (const e of hit) {
      if (e.before !== null) e.before = marker;
      if (e.after !== null) e.after = marker;
    }
    return hit.length;
  }

  async putBulk(ctx: RequestContext, items: BulkItem[]) {
    const at = this.clock.now().toISOString();
    for (const { ref, data } of items) {
      this.items.set(this.key(ctx.actor.orgId, ref), {
        ...structuredClone(data),
        version: 1,
        createdAt: at,
        createdBy: ctx.actor.userId,
        updatedAt: at,
        updatedBy: ctx.actor.userId,
      });
    }
  }

  async removeBulk(ctx: RequestContext, refs: EntityRef[]) {
    for (const ref of refs) this.items.delete(this.key(ctx.actor.orgId, ref));
  }
}

/** What a newcomer sees on four days of the year: the phases and some flag that asks for action. */
const DAYS = [
  {
    day: '2 January',
    now: '2026-01-02T07:00:00Z',
    phases: ['planning', 'evaluation', 'closed'],
    flags: (lists: Lists, cycles: Cycles) => {
      expect(cycles[0].warnings).toContainEqual(
        expect.objectContaining({ code: 'budgetDateMissing' }),
      );
      expect(lists.listActions![2025].overdue).toBe(1);
      expect(lists.listPlanItems![2026].items).toHaveLength(4);
    },
    report: { state: 'draft', history: [] as string[] },
  },
  {
    day: '15 April',
    now: '2026-04-15T10:00:00Z',
    phases: ['implementation', 'evaluation', 'closed'],
    flags: (lists: Lists) => {
      expect(lists.listPlanItems![2026].counts.overdue).toBe(1);
    },
    // Last year's annual report: submitted yesterday, waiting for the director.
    report: { state: 'submitted', history: ['submitted'] },
  },
  {
    day: '1 August',
    now: '2026-08-01T10:00:00Z',
    phases: ['implementation', 'improvement', 'closed'],
    flags: (lists: Lists, cycles: Cycles) => {
      expect(cycles[0].warnings).toContainEqual(
        expect.objectContaining({ code: 'deadlineOverdue', deadline: 'halfYearReport' }),
      );
      expect(lists.listPlanItems![2026].counts.overdue).toBeGreaterThanOrEqual(2);
    },
    report: { state: 'presented', history: ['submitted', 'approved', 'presented'] },
  },
  {
    day: '20 December',
    now: '2026-12-20T15:00:00Z',
    phases: ['evaluation', 'improvement', 'closed'],
    flags: (lists: Lists) => {
      expect(lists.listActions![2026].overdue).toBe(1);
      expect(lists.listPlanItems![2026].counts.overdue).toBeGreaterThanOrEqual(1);
    },
    report: { state: 'presented', history: ['submitted', 'approved', 'presented'] },
  },
];

describe('the demo organisation on DynamoDB Local', () => {
  describe.each(DAYS)('seeded on $day', ({ day, now, phases, flags, report }) => {
    let table: TestTable;
    let api: Api;
    const today = localDate(new Date(now));

    beforeAll(async () => {
      table = await createTestTable(now);
      api = createTestApi(table);
    });
    afterAll(async () => {
      await table.drop();
    });

    it('seeds once, and a second run changes nothing', async () => {
      expect(await seedDemo(table.deps)).toBe('seeded');
      const audit = await table.deps.store.audit(aContext({ orgId: DEMO_ORG_ID }), {
        limit: 1000,
      });
      expect(await seedDemo(table.deps)).toBe('present');
      expect(
        (await table.deps.store.audit(aContext({ orgId: DEMO_ORG_ID }), { limit: 1000 })).items,
      ).toHaveLength(audit.items.length);
    });

    it('holds together as the API shows it: phases, plans, dates, contracts, flags', async () => {
      const lists = await checkInvariants(api, today);
      const cycles = (await api('GET /v1/cycles', director)).json.items;
      expect(cycles.map((c: { phase: string }) => c.phase)).toEqual(phases);
      flags(lists, cycles);
      const workflow = (
        await api('GET /v1/reports/{year}/annual/workflow', {
          ...director,
          params: { year: String(Number(today.slice(0, 4)) - 1) },
        })
      ).json;
      expect({
        state: workflow.state,
        history: workflow.versions[0].history.map((h: { state: string }) => h.state),
      }).toEqual(report);
    });

    if (day !== '20 December') return;

    it('has the whole of last year and this year up to December', async () => {
      const lists = await checkInvariants(api, today);
      const [, last] = (await api('GET /v1/cycles', director)).json.items;
      expect(last.milestones).toEqual({
        founderAgreedOn: '2025-03-12',
        planApprovedOn: '2025-03-20',
        halfYearReportSubmittedOn: '2025-07-25',
        annualReportApprovedOn: '2026-04-22',
      });
      const proposals = lists.listProposals!;
      expect(proposals[2025].counts).toMatchObject({
        byKind: { proposal: 3, suggestion: 1, complaint: 1 },
        byStatus: { accepted: 4, rejected: 1, new: 0 },
        overdue: 0,
      });
      expect(proposals[2026].counts).toMatchObject({
        byKind: { proposal: 4, suggestion: 1, complaint: 2 },
        byStatus: { merged: 1, new: 1 },
        overdue: 1,
      });
      const complaint = proposals[2025].items.find((p: { kind: string }) => p.kind === 'complaint');
      expect(complaint).toMatchObject({ respondedBy: 'vadove.sg@demo', status: 'accepted' });
      expect(complaint.outcome).toMatchObject({ type: 'action' });
      expect(lists.listGoals![2026].items.map((g: { code: string }) => g.code)).toEqual([
        'T1',
        'T2',
        'T3',
        'T4',
      ]);
      const indicators = lists.listIndicators![2026];
      expect(indicators.items).toHaveLength(4);
      expect(
        indicators.items.filter((i: { current: unknown; previous: unknown }) =>
          JSON.stringify(i).includes('"year":2025'),
        ),
      ).toHaveLength(4);
      expect(lists.listActions![2025]).toMatchObject({ total: 2, counts: { done: 2 } });
      expect(lists.listProjects![2025].items).toHaveLength(2);
      expect(lists.listNeeds![2025].items.length).toBeGreaterThanOrEqual(3);
      for (const t of [...lists.listTraining![2025].items, ...lists.listTraining![2026].items])
        expect(t.completions.length).toBeGreaterThan(0);
      // The year before last: as much as last year's report compares with.
      expect(lists.listPlanItems![2024].counts).toMatchObject({
        done: 3,
        partlyDone: 1,
        notDone: 1,
      });
      expect(lists.listProposals![2024].counts.byKind).toMatchObject({
        suggestion: 1,
        complaint: 2,
      });
      expect(lists.listActions![2024]).toMatchObject({ total: 2, counts: { done: 2 } });
      expect(lists.listTraining![2024].items[0].completions).toHaveLength(3);
      const members = (await api('GET /v1/org/members', director)).json.items;
      expect(members.map((m: { userId: string }) => m.userId).sort()).toEqual(
        Object.values(DEMO_PEOPLE)
          .map((p) => p.userId)
          .sort(),
      );
      expect(members.find((m: { userId: string }) => m.userId === 'jurgita@demo').active).toBe(
        false,
      );
    });

    it('files last year’s annual report through its workflow, with the year before beside it', async () => {
      const read = (
        await api('GET /v1/reports/{year}/annual', { ...director, params: { year: '2025' } })
      ).json;
      const [version] = read.workflow.versions;
      expect(
        version.history.map((h: { state: string; by: string; on: string }) => [
          h.state,
          h.by,
          h.on,
        ]),
      ).toEqual([
        ['submitted', 'pavaduotoja@demo', '2026-04-14'],
        ['approved', 'direktorius@demo', '2026-04-22'],
        ['presented', 'pavaduotoja@demo', '2026-05-06'],
      ]);
      expect(read.workflow.deadline).toMatchObject({ dueOn: '2026-04-30', status: 'done' });
      const model = read.model as AnnualReportModel;
      expect(model.cover.status).toMatchObject({
        state: 'presented',
        approvedOn: '2026-04-22',
        presentedOn: '2026-05-06',
        source: 'snapshot',
      });
      // Frozen as it stood when submitted: the parents' talks action was done only in June.
      expect(model.asOf).toBe('2026-04-14');
      expect(model.improvementActions.opened.items.map((a) => a.status).sort()).toEqual([
        'done',
        'open',
      ]);
      const figure = (code: FigureCode) => model.keyFigures.figures.find((f) => f.code === code)!;
      expect(figure('planDonePercent')).toMatchObject({ value: 75, previous: 60 });
      expect(figure('complaints')).toMatchObject({ value: 1, previous: 2 });
      expect(figure('complaintsOnTimePercent')).toMatchObject({ value: 100, previous: 50 });
      expect(figure('actionsDonePercent')).toMatchObject({ value: 100 });
      for (const code of ['trainingHoursPerEmployee', 'recipientSatisfactionPercent'] as const)
        expect([code, figure(code).assessment]).toEqual([code, 'better']);
      for (const i of model.keyFigures.indicators) {
        expect([i.code, i.trend.map((p) => p.year)]).toEqual([
          i.code,
          [2021, 2022, 2023, 2024, 2025],
        ]);
        expect([i.code, i.previous]).toEqual([i.code, i.trend[3]!.value]);
      }
      expect(model.surveys.surveys.map((s) => s.previous?.year)).toEqual([2024, 2024]);
      expect(model.improvementActions.carriedOut.items.map((a) => a.effect?.assessment)).toEqual([
        'better',
        'better',
      ]);
    });

    it('gives each cycle’s workbooks for download', async () => {
      expect(WORKBOOK_ROUTES.length).toBeGreaterThan(0);
      for (const [id, route] of WORKBOOK_ROUTES) {
        for (const year of ['2026', '2025']) {
          const res = await api(`GET ${route.path}`, { ...director, params: { year } });
          expect([id, year, res.status]).toEqual([id, year, 200]);
          expect(res.bytes?.length).toBeGreaterThan(0);
        }
      }
    });

    it('shows this year’s plan approved through the workflow, and an amendment waiting for the director', async () => {
      const params = { year: '2026' };
      const plan = (await api('GET /v1/cycles/{year}/annual-plan', { ...director, params })).json;
      expect(plan.history.map((h: { state: string; by: string }) => [h.state, h.by])).toEqual([
        ['submitted', 'pavaduotoja@demo'],
        ['approved', 'direktorius@demo'],
      ]);
      expect(plan.founderAgreement).toMatchObject({
        agreedOn: '2026-03-30',
        recordedBy: 'pavaduotoja@demo',
      });
      expect(plan.editability).toBe('underReview');
      const [amendment] = plan.amendments;
      expect(amendment.state).toBe('submitted');
      expect(plan.changesSinceApproval.added).toHaveLength(1);
      const approved = await api(
        'POST /v1/cycles/{year}/annual-plan/amendments/{amendmentId}/decision',
        {
          ...director,
          params: { ...params, amendmentId: amendment.id },
          body: { version: plan.version, decision: 'approve', comment: 'Pritariu.' },
        },
      );
      expect(approved.status).toBe(200);
      expect(approved.json.editability).toBe('frozen');
    });

    it('lets the people the README names act in their own units only', async () => {
      const params = { year: '2026' };
      const [item] = (
        await api('GET /v1/cycles/{year}/plan-items', {
          ...director,
          params,
          query: { unitId: 'dienos-centras' },
        })
      ).json.items;
      const ona = await api('POST /v1/cycles/{year}/plan-items/{itemId}/progress', {
        ...user('ona@demo', 'staff'),
        params: { ...params, itemId: item.id },
        body: { version: item.version, checkpoint: 'yearEnd', done: true, comment: 'Atlikta.' },
      });
      expect(ona.status).toBe(200);
      const elsewhere = await api('POST /v1/cycles/{year}/plan-items', {
        ...user('vadove.dc@demo', 'unitHead'),
        params,
        body: {
          unitId: 'krizes-centras',
          period: 'H2',
          goal: 'Kita veikla',
          activity: 'Kita veikla',
          responsible: 'Inga Stankevičienė',
        },
      });
      expect(elsewhere.status).toBe(403);
      const needs = await api('GET /v1/cycles/{year}/needs', {
        ...user('egle@demo', 'staff'),
        params,
      });
      expect(needs.json.items.map((n: { employee: string }) => n.employee)).toEqual(['egle@demo']);
    });
  });

  it('has last year’s and this year’s surveys, analysed and comparable, once their day has come', async () => {
    const table = await createTestTable('2026-11-24T09:00:00Z');
    try {
      await seedDemo(table.deps);
      const api = createTestApi(table);
      const list = async (year: string) =>
        (await api('GET /v1/cycles/{year}/surveys', { ...director, params: { year } })).json.items;
      const [last, now] = [await list('2025'), await list('2026')];
      const byAudience = (items: { audience: string; responses: number }[]) =>
        Object.fromEntries(items.map((s) => [s.audience, s.responses]));
      expect(byAudience(last)).toEqual({ recipients: 128, staff: 39 });
      expect(byAudience(now)).toEqual({ recipients: 142, staff: 41 });
      const recipients = now.find((s: { audience: string }) => s.audience === 'recipients');
      const before = last.find((s: { audience: string }) => s.audience === 'recipients');
      const analysis = (
        await api('GET /v1/cycles/{year}/surveys/{surveyId}/analysis', {
          ...user('ona@demo', 'staff'),
          params: { year: '2026', surveyId: recipients.id },
        })
      ).json.analysis;
      expect(analysis.units.map((u: { unit: string }) => u.unit)).toHaveLength(4);
      expect(analysis.domains.map((d: { domain: string }) => d.domain).sort()).toEqual(
        ['empowerment', 'qualityOfLife', 'satisfaction', 'serviceBenefit'].sort(),
      );
      const comparison = (
        await api('GET /v1/cycles/{year}/surveys/{surveyId}/comparison', {
          ...director,
          params: { year: '2026', surveyId: recipients.id },
          query: { withYear: '2025', withSurvey: before.id },
        })
      ).json.comparison;
      const information = comparison.questions.find(
        (q: { header: string }) => q.header === 'Informaciją apie paslaugas gaunu laiku',
      );
      // The improvement action aimed at it: its mean rose from about 3.2 to about 3.9.
      expect(information.change.significant).toBe(true);
      expect(information.change.direction).toBe('better');
    } finally {
      await table.drop();
    }
  });

  // Moved from cycle-service.test.ts.
  it('seeds last year’s cycle in improvement, this year’s in implementation with its half-year report late, the one before closed', async () => {
    const table = await createTestTable('2026-11-24T09:00:00Z');
    try {
      expect(await seedDemo(table.deps)).toBe('seeded');
      expect(await seedDemo(table.deps)).toBe('present');
      const cycles = await listCycles(aContext({ orgId: DEMO_ORG_ID }), table.deps);
      expect(cycles.map((c) => [c.cycle.year, c.phase])).toEqual([
        [2026, 'implementation'],
        [2025, 'improvement'],
        [2024, 'closed'],
      ]);
      const half = cycles[0]!.deadlines.find((d) => d.id === 'halfYearReport');
      expect(half).toMatchObject({ dueOn: '2026-07-31', doneOn: '2026-08-05', status: 'doneLate' });
    } finally {
      await table.drop();
    }
  });
});

describe('the demo organisation on any day of the year', () => {
  const days = (year: number) => {
    const out: string[] = [];
    for (let d = new Date(Date.UTC(year, 0, 1)); d.getUTCFullYear() === year;) {
      out.push(d.toISOString().slice(0, 10));
      d.setUTCDate(d.getUTCDate() + 1);
    }
    return out;
  };

  it('seeds and holds together on every day of a leap year, and in the last minutes of one', async () => {
    const instants = [
      ...days(2028).map((d) => `${d}T10:00:00Z`),
      // 00:30 on 1 January in Lithuania, still 31 December in UTC.
      '2027-12-31T22:30:00Z',
    ];
    for (const now of instants) {
      const clock: Clock = { now: () => new Date(now) };
      const store = new MemoryStore(clock);
      const deps: Deps = { store, clock, newId };
      const today = localDate(clock.now());
      await expect(seedDemo(deps)).resolves.toBe('seeded');
      await expect(seedDemo(deps)).resolves.toBe('present');
      const late = [...store.items].flatMap(([key, item]) =>
        happenedDates(item, key).filter(([, d]) => d > today),
      );
      expect([now, late]).toEqual([now, []]);
      const cycles = await listCycles(aContext({ orgId: DEMO_ORG_ID }), deps);
      const year = Number(today.slice(0, 4));
      expect([now, cycles.map((c) => c.cycle.year)]).toEqual([now, [year, year - 1, year - 2]]);
      for (const c of cycles) {
        const plan = store.items.get(`${DEMO_ORG_ID}|${c.cycle.year}|annualPlan#plan`) as
          { state: string; approvedOn: string | null } | undefined;
        const approved = c.cycle.milestones.planApprovedOn;
        expect([
          now,
          c.cycle.year,
          plan?.state === 'approved',
          plan?.approvedOn ?? undefined,
        ]).toEqual([now, c.cycle.year, approved !== undefined, approved]);
        expect(PHASES).toContain(c.phase);
      }
    }
  }, 120_000);

  it('answers the API in its contracts’ shapes in the memory store too', async () => {
    const clock: Clock = { now: () => new Date('2027-03-01T10:00:00Z') };
    const deps: Deps = { store: new MemoryStore(clock), clock, newId };
    await seedDemo(deps);
    const api = createTestApi({ deps } as TestTable);
    await checkInvariants(api, '2027-03-01');
  });
});
