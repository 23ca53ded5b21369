import type { CallOptions } from '../support/api';
import { createTestApi } from '../support/api';
import { createTestTable, type TestTable } from '../support/table';

const LIST = 'GET /v1/support-plans';
const CREATE = 'POST /v1/support-plans';
const GET = 'GET /v1/support-plans/{planId}';
const UPDATE = 'PUT /v1/support-plans/{planId}';
const REVIEW = 'POST /v1/support-plans/{planId}/goals/{goalId}/reviews';
const MEASURE = 'POST /v1/support-plans/{planId}/measures';
const SETTINGS = 'PUT /v1/support-plans/settings';
const OUTCOMES = 'GET /v1/support-plans/outcomes';
const PUBLISH = 'PUT /v1/support-plans/outcomes/{year}';
const PUBLISHED = 'GET /v1/support-plans/outcomes/{year}';
const EXPORT = 'GET /v1/support-plans/recipients/{recipientCode}/export';
const ERASE = 'POST /v1/support-plans/recipients/{recipientCode}/erasure';
const AUDIT = 'GET /v1/audit';

/** Ona works in the day centre, Petras in foster care; Vida heads the day centre. */
const ONA: CallOptions = { roles: ['staff'], user: 'ona@org-a' };
const PETRAS: CallOptions = { roles: ['staff'], user: 'petras@org-a' };
const HEAD: CallOptions = { roles: ['unitHead'], user: 'vadove@org-a' };
const DEPUTY: CallOptions = { roles: ['deputy'], user: 'pavaduotoja@org-a' };
const DIRECTOR: CallOptions = { roles: ['director'], user: 'direktorius@org-a' };

const NEED_TEXT = 'Vaikas dažnai praleidžia pamokas, trūksta dienos ritmo';

const aPlan = (code: string, overrides: Record<string, unknown> = {}) => ({
  recipientCode: code,
  unitId: 'dienos-centras',
  responsibleWorker: 'ona@org-a',
  startedOn: '2026-01-12',
  needs: [{ domain: 'educationEmployment', description: NEED_TEXT }],
  goals: [
    {
      domain: 'educationEmployment',
      text: 'Reguliariai lankyti mokyklą',
      result: 'Dienų mokykloje per savaitę',
      baseline: 2,
      target: 5,
      dueOn: '2026-12-31',
      reviewOn: ['2026-06-30', '2026-12-15'],
    },
  ],
  ...overrides,
});

interface Plan {
  id: string;
  version: number;
  goals: { id: string }[];
}

describe('support plans through the API handler', () => {
  let table: TestTable;
  let call: ReturnType<typeof createTestApi>;

  const create = async (code: string, options: CallOptions = ONA): Promise<Plan> => {
    const res = await call(CREATE, { ...options, body: aPlan(code) });
    expect([code, res.status]).toEqual([code, 201]);
    return res.json as Plan;
  };

  /** Intake and review self-ratings and a reviewed goal: one recipient's year. */
  const followUp = async (plan: Plan, before: number, after: number): Promise<Plan> => {
    const planId = plan.id;
    let res = await call(MEASURE, {
      ...ONA,
      params: { planId },
      body: {
        version: plan.version,
        occasion: 'intake',
        recordedOn: '2026-01-15',
        scores: { health: before, educationEmployment: before },
      },
    });
    expect(res.status).toBe(200);
    res = await call(MEASURE, {
      ...ONA,
      params: { planId },
      body: {
        version: res.json.version,
        occasion: 'review',
        recordedOn: '2026-11-15',
        scores: { health: after, educationEmployment: after },
      },
    });
    expect(res.status).toBe(200);
    res = await call(REVIEW, {
      ...ONA,
      params: { planId, goalId: plan.goals[0]!.id },
      body: {
        version: res.json.version,
        reviewedOn: '2026-11-15',
        valueReached: 5,
        status: 'achieved',
      },
    });
    expect(res.status).toBe(200);
    return res.json as Plan;
  };

  const auditOf = async (planId: string) => {
    const res = await call(AUDIT, {
      ...DIRECTOR,
      query: { entityType: 'supportPlan', entityId: planId, limit: '200' },
    });
    expect(res.status).toBe(200);
    return res.json.items as {
      action: string;
      actor: { userId: string };
      before: unknown;
      after: unknown;
      detail?: Record<string, unknown>;
    }[];
  };

  beforeAll(async () => {
    table = await createTestTable('2026-11-24T10:00:00Z');
    call = createTestApi(table);
    const member = (userId: string, name: string, unit: string): [string, CallOptions] => [
      'PUT /v1/org/members/{userId}',
      { params: { userId }, body: { version: 0, name, unitIds: [unit] } },
    ];
    const setup: [string, CallOptions][] = [
      [
        'PUT /v1/org/units/{unitId}',
        { params: { unitId: 'dienos-centras' }, body: { version: 0, name: 'Dienos centras' } },
      ],
      [
        'PUT /v1/org/units/{unitId}',
        { params: { unitId: 'globos-centras' }, body: { version: 0, name: 'Globos centras' } },
      ],
      member('ona@org-a', 'Ona Onaitė', 'dienos-centras'),
      member('petras@org-a', 'Petras Petraitis', 'globos-centras'),
      member('vadove@org-a', 'Vida Vadovė', 'dienos-centras'),
    ];
    for (const [route, options] of setup) {
      const res = await call(route, options);
      expect([route, res.status]).toEqual([route, 200]);
    }
  });
  afterAll(async () => {
    await table.drop();
  });

  describe('writing a plan under a pseudonymous code', () => {
    it('lets staff write a plan for their own unit, with labels in Lithuanian', async () => {
      const res = await call(CREATE, { ...ONA, body: aPlan('vg-100') });

      expect(res.status).toBe(201);
      expect(res.json).toMatchObject({
        recipientCode: 'VG-100',
        unitId: 'dienos-centras',
        needs: [{ domain: 'educationEmployment', domainLabel: 'Išsilavinimas ir užimtumas' }],
        goals: [{ baseline: 2, target: 5, reviews: [], latestStatus: null }],
        version: 1,
        createdBy: 'ona@org-a',
      });
      expect(res.json.goals[0].id).toMatch(/^[0-9a-z]+$/);
    });

    it('refuses a personal code, an e-mail and a phone number in free text, naming each field', async () => {
      const body = aPlan('VG-101', {
        needs: [{ domain: 'health', description: 'Mamos telefonas 8 612 34567' }],
        notes: 'a. k. 38703181745',
      });
      body.goals[0]!.result = 'Rašyti mokytojai vaikas@pastas.lt';

      const lt = await call(CREATE, { ...ONA, body });
      const en = await call(CREATE, { ...ONA, body, lang: 'en' });

      expect(lt.status).toBe(400);
      const fields = (lt.json.errors as { field: string; message: string }[]).map((e) => e.field);
      expect(fields.sort()).toEqual(['goals.0.result', 'needs.0.description', 'notes']);
      expect(lt.json.errors).toContainEqual(
        expect.objectContaining({
          field: 'notes',
          message: expect.stringContaining('Laukas „notes“: tekste yra asmens kodas'),
        }),
      );
      expect(en.json.errors).toContainEqual(
        expect.objectContaining({
          field: 'needs.0.description',
          message: expect.stringContaining(
            'Field “needs.0.description”: the text contains a phone number',
          ),
        }),
      );
    });

    it('refuses a personal code as the recipient code, and a second plan for one code', async () => {
      const personal = await call(CREATE, { ...ONA, body: aPlan('38703181745') });
      const twice = await call(CREATE, { ...ONA, body: aPlan('VG-100') });

      expect(personal.status).toBe(400);
      expect(personal.json.errors).toContainEqual(
        expect.objectContaining({ field: 'recipientCode' }),
      );
      expect(twice.status).toBe(400);
      expect(twice.json.errors[0].message).toContain('jau turi pagalbos planą');
    });

    it('refuses staff of another unit, and administrators', async () => {
      const other = await call(CREATE, { ...PETRAS, body: aPlan('VG-102') });
      const admin = await call(CREATE, { roles: ['admin'], body: aPlan('VG-102') });

      expect(other.status).toBe(403);
      expect(other.json.detail).toContain('skyriaus');
      expect(admin.status).toBe(403);
    });

    it('requires a reason to drop a goal, and keeps reviewed goals', async () => {
      const plan = await create('VG-103');
      const at = { planId: plan.id, goalId: plan.goals[0]!.id };

      const noReason = await call(REVIEW, {
        ...HEAD,
        params: at,
        body: { version: 1, reviewedOn: '2026-06-30', valueReached: 2, status: 'dropped' },
      });
      const dropped = await call(REVIEW, {
        ...HEAD,
        params: at,
        body: {
          version: 1,
          reviewedOn: '2026-06-30',
          valueReached: 2,
          status: 'dropped',
          reason: 'Šeima persikėlė',
        },
      });
      const removed = await call(UPDATE, {
        ...HEAD,
        params: { planId: plan.id },
        body: { ...aPlan('VG-103', { goals: [] }), version: 2 },
      });

      expect(noReason.status).toBe(400);
      expect(noReason.json.errors[0].field).toBe('reason');
      expect(dropped.status).toBe(200);
      expect(dropped.json.goals[0]).toMatchObject({
        latestStatus: 'dropped',
        reviews: [
          { statusLabel: 'Atsisakyta', reason: 'Šeima persikėlė', reviewedBy: 'vadove@org-a' },
        ],
      });
      expect(removed.status).toBe(400);
      expect(removed.json.errors[0].field).toBe('goals');
    });
  });

  describe('reading', () => {
    it('logs every read of a plan: viewing and listing, not only changes', async () => {
      const plan = await create('VG-110');

      const got = await call(GET, { ...HEAD, params: { planId: plan.id } });
      const listed = await call(LIST, { ...ONA });

      expect(got.status).toBe(200);
      expect(listed.status).toBe(200);
      expect(listed.json.items.map((p: { recipientCode: string }) => p.recipientCode)).toContain(
        'VG-110',
      );
      const entries = await auditOf(plan.id);
      // the test clock stands still, so entries of one instant come in any order
      const seen = entries.map((e) => [e.action, e.actor.userId, e.detail?.purpose ?? null]);
      expect(seen).toHaveLength(3);
      expect(seen).toEqual(
        expect.arrayContaining([
          ['read', 'ona@org-a', 'list'],
          ['read', 'vadove@org-a', 'view'],
          ['create', 'ona@org-a', null],
        ]),
      );
    });

    it('shows staff only their own units’ plans', async () => {
      const plan = await create('VG-111');

      const get = await call(GET, { ...PETRAS, params: { planId: plan.id } });
      const list = await call(LIST, { ...PETRAS });
      const listOther = await call(LIST, { ...PETRAS, query: { unitId: 'dienos-centras' } });

      expect(get.status).toBe(403);
      expect(list.status).toBe(200);
      expect(list.json.items).toEqual([]);
      expect(listOther.status).toBe(403);
      expect((await auditOf(plan.id)).filter((e) => e.action === 'read')).toEqual([]);
    });

    it('answers 404 to another organisation, as for a plan that does not exist', async () => {
      const plan = await create('VG-112');
      const orgB: CallOptions = { org: 'org-b', roles: ['director'], user: 'direktorius@org-b' };

      const get = await call(GET, { ...orgB, params: { planId: plan.id } });
      const exported = await call(EXPORT, { ...orgB, params: { recipientCode: 'VG-112' } });
      const erased = await call(ERASE, {
        ...orgB,
        params: { recipientCode: 'VG-112' },
        body: { requestedOn: '2026-11-20' },
      });
      const list = await call(LIST, { ...orgB });

      expect(get.status).toBe(404);
      expect(exported.status).toBe(404);
      expect(erased.status).toBe(404);
      expect(list.json.items).toEqual([]);
      expect((await call(GET, { ...DIRECTOR, params: { planId: plan.id } })).status).toBe(200);
    });
  });

  describe('outcomes', () => {
    it('hides the figures of fewer than five recipients and shows them from five up', async () => {
      const settings = await call(SETTINGS, {
        ...DEPUTY,
        body: { version: 0, scale: 'selfRating' },
      });
      expect(settings.status).toBe(200);
      const plans: Plan[] = [];
      for (let i = 1; i <= 5; i++) plans.push(await create(`VG-20${i}`));
      for (let i = 0; i < 4; i++) await followUp(plans[i]!, 3, 4 + i);

      const four = await call(OUTCOMES, { ...DEPUTY, query: { year: '2026' } });
      await followUp(plans[4]!, 3, 8);
      const five = await call(OUTCOMES, { ...DEPUTY, query: { year: '2026' }, lang: 'en' });
      const staff = await call(OUTCOMES, { ...HEAD, query: { year: '2026' } });

      expect(four.status).toBe(200);
      expect(four.json.overall).toMatchObject({
        suppressed: true,
        minimumN: 5,
        message: expect.stringContaining('mažiau nei 5'),
      });
      // goals count from five recipients: these four and VG-103, whose dropped goal is not in the share
      expect(four.json.goals).toMatchObject({ n: 5, byStatus: { achieved: 4, dropped: 1 } });
      expect(five.status).toBe(200);
      // changes 1, 2, 3, 4, 5: all up; exact test, W+ = 15 → p = 2/32
      expect(five.json.overall).toMatchObject({
        n: 5,
        meanBefore: 3,
        meanAfter: 6,
        meanChange: 3,
        improved: 5,
        wilcoxon: { wPlus: 15, wMinus: 0, method: 'exact', p: 0.0625 },
      });
      expect(five.json.domains).toContainEqual(
        expect.objectContaining({
          domain: 'health',
          label: 'Health',
          change: expect.objectContaining({ n: 5 }),
        }),
      );
      expect(five.json.goals).toMatchObject({ n: 6, goals: 6, achievedShare: 1 });
      expect(JSON.stringify(five.json)).not.toMatch(/VG-|ona@/);
      expect(staff.status).toBe(403);
    });

    it('exports a recipient’s data, logs the export, then erases it while published figures stay', async () => {
      const before = await call(PUBLISHED, { ...DEPUTY, params: { year: '2026' } });
      expect(before.json).toEqual({ year: 2026, published: null });
      const published = await call(PUBLISH, {
        ...DIRECTOR,
        params: { year: '2026' },
        body: { version: 0 },
      });
      expect(published.status).toBe(200);
      expect(published.json.published.figures.overall).toMatchObject({ n: 5 });
      const plan = (await call(LIST, { ...DEPUTY, query: { recipientCode: 'VG-205' } })).json
        .items[0] as Plan;

      const exported = await call(EXPORT, { ...DEPUTY, params: { recipientCode: 'vg-205' } });
      const staffErase = await call(ERASE, {
        ...HEAD,
        params: { recipientCode: 'VG-205' },
        body: { requestedOn: '2026-11-20' },
      });
      const erased = await call(ERASE, {
        ...DIRECTOR,
        params: { recipientCode: 'VG-205' },
        body: { requestedOn: '2026-11-20' },
      });

      expect(exported.status).toBe(200);
      expect(exported.json).toMatchObject({
        recipientCode: 'VG-205',
        exportedBy: 'pavaduotoja@org-a',
        plans: [
          {
            id: plan.id,
            needs: [{ description: NEED_TEXT }],
            measures: [{ occasion: 'intake' }, { occasion: 'review' }],
            goals: [{ reviews: [{ status: 'achieved', valueReached: 5 }] }],
            changes: [{ scale: 'selfRating', change: 5 }],
          },
        ],
      });
      expect(staffErase.status).toBe(403);
      expect(erased.status).toBe(200);
      expect(erased.json).toMatchObject({
        recipientCode: 'VG-205',
        planIds: [plan.id],
        erasedBy: 'direktorius@org-a',
        erasedOn: '2026-11-24',
      });
      expect(erased.json.redactedEntries).toBeGreaterThanOrEqual(5);

      // the plan is gone
      expect((await call(GET, { ...DIRECTOR, params: { planId: plan.id } })).status).toBe(404);
      expect((await call(EXPORT, { ...DEPUTY, params: { recipientCode: 'VG-205' } })).status).toBe(
        404,
      );
      // its history keeps who did what and when, but no copy of its content
      const history = await auditOf(plan.id);
      expect(history.map((e) => e.action)).toEqual(
        expect.arrayContaining(['delete', 'read', 'update', 'create']),
      );
      expect(history.find((e) => e.detail?.purpose === 'export')).toMatchObject({
        actor: { userId: 'pavaduotoja@org-a' },
      });
      const marker = { erased: true, erasureId: erased.json.id, erasedOn: '2026-11-24' };
      for (const e of history) {
        if (e.action === 'read') expect([e.before, e.after]).toEqual([null, null]);
        if (e.action === 'create') expect([e.before, e.after]).toEqual([null, marker]);
        if (e.action === 'update') expect([e.before, e.after]).toEqual([marker, marker]);
        if (e.action === 'delete') expect([e.before, e.after]).toEqual([marker, null]);
      }
      expect(JSON.stringify(history)).not.toContain(NEED_TEXT);
      // the erasure itself is in the audit log: who, when, which (pseudonymous) code
      const erasures = await call(AUDIT, {
        ...DIRECTOR,
        query: { entityType: 'supportPlanErasure', entityId: erased.json.id },
      });
      expect(erasures.json.items).toEqual([
        expect.objectContaining({
          action: 'create',
          actor: { userId: 'direktorius@org-a', roles: ['director'] },
          after: expect.objectContaining({ recipientCode: 'VG-205', planIds: [plan.id] }),
        }),
      ]);
      // published aggregates stay as they were; live ones now count four recipients
      const kept = await call(PUBLISHED, { ...DEPUTY, params: { year: '2026' } });
      expect(kept.json).toEqual(published.json);
      const live = await call(OUTCOMES, { ...DEPUTY, query: { year: '2026' } });
      expect(live.json.overall).toMatchObject({ suppressed: true });
      // asking again repeats only the redaction
      const again = await call(ERASE, {
        ...DIRECTOR,
        params: { recipientCode: 'VG-205' },
        body: { requestedOn: '2026-11-20' },
      });
      expect(again.status).toBe(200);
      expect(again.json).toMatchObject({ id: erased.json.id, redactedEntries: 0 });
    });
  });
});
