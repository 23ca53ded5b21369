import { createTestApi } from '../support/api';
import { createTestTable, type TestTable } from '../support/table';

describe('strategy goals and indicators through the API handler', () => {
  let table: TestTable;
  let call: ReturnType<typeof createTestApi>;
  const unitHead = { roles: ['unitHead' as const], user: 'vadove@org-a' };
  const staff = { roles: ['staff' as const], user: 'ona@org-a' };

  const aGoal = (overrides: Record<string, unknown> = {}) => ({
    code: 'T1',
    title: 'Gerinti paslaugų gavėjų gyvenimo kokybę',
    periodFrom: 2025,
    periodTo: 2027,
    ...overrides,
  });

  const anIndicator = (overrides: Record<string, unknown> = {}) => ({
    code: 'R1',
    name: { lt: 'Gautų skundų skaičius', en: 'Complaints received' },
    unit: 'count',
    direction: 'down',
    target: 5,
    ...overrides,
  });

  beforeAll(async () => {
    table = await createTestTable('2026-11-24T10:00:00Z');
    call = createTestApi(table);
    await call('PUT /v1/org/units/{unitId}', {
      params: { unitId: 'dienos-centras' },
      body: { version: 0, name: 'Dienos centras' },
    });
    await call('PUT /v1/org/members/{userId}', {
      params: { userId: 'vadove@org-a' },
      body: { version: 0, name: 'Rūta Vadovė', unitIds: ['dienos-centras'] },
    });
  });
  afterAll(async () => {
    await table.drop();
  });

  describe('goals', () => {
    let goalId: string;

    it('lets management add a goal and lists the goals whose period covers a year', async () => {
      const created = await call('POST /v1/goals', { roles: ['deputy'], body: aGoal() });
      expect(created.status).toBe(201);
      expect(created.json).toMatchObject({
        code: 'T1',
        titleEn: null,
        label: 'Gerinti paslaugų gavėjų gyvenimo kokybę',
        periodLabel: '2025–2027 m.',
        active: true,
        version: 1,
      });
      goalId = created.json.id;
      const in2026 = await call('GET /v1/goals', { query: { year: '2026' } });
      expect(in2026.json.items.map((g: { id: string }) => g.id)).toEqual([goalId]);
      const in2030 = await call('GET /v1/goals', { roles: ['staff'], query: { year: '2030' } });
      expect(in2030.json.items).toEqual([]);
    });

    it('does not let staff add a goal', async () => {
      const res = await call('POST /v1/goals', { ...staff, body: aGoal({ code: 'T9' }) });
      expect(res.status).toBe(403);
    });

    it('refuses a code in use in an overlapping period and a period that runs backwards', async () => {
      const dup = await call('POST /v1/goals', {
        body: aGoal({ code: 't1', periodFrom: 2027, periodTo: 2029 }),
      });
      expect(dup.status).toBe(400);
      expect(dup.json.errors).toEqual([
        {
          field: 'code',
          in: 'body',
          message: 'Kodas T1 jau suteiktas 2025–2027 m. strateginiam tikslui.',
        },
      ]);
      const backwards = await call('POST /v1/goals', {
        body: aGoal({ code: 'T2', periodFrom: 2027, periodTo: 2025 }),
      });
      expect(backwards.status).toBe(400);
      expect(backwards.json.errors[0].field).toBe('periodTo');
      const next = await call('POST /v1/goals', {
        body: aGoal({ periodFrom: 2028, periodTo: 2030 }),
      });
      expect(next.status).toBe(201);
    });

    it('changes a goal at the version read and answers a stale one with the goal as it is now', async () => {
      const ok = await call('PUT /v1/goals/{goalId}', {
        params: { goalId },
        body: { ...aGoal({ titleEn: 'Improve recipients’ quality of life' }), version: 1 },
        lang: 'en',
      });
      expect(ok.status).toBe(200);
      expect(ok.json).toMatchObject({
        label: 'Improve recipients’ quality of life',
        periodLabel: '2025–2027',
        version: 2,
      });
      const stale = await call('PUT /v1/goals/{goalId}', {
        params: { goalId },
        body: { ...aGoal({ active: false }), version: 1 },
      });
      expect(stale.status).toBe(409);
      expect(stale.json.current).toMatchObject({
        id: goalId,
        version: 2,
        active: true,
        periodLabel: '2025–2027 m.',
      });
    });

    it('answers 404 for a goal that is not there, also another organisation’s', async () => {
      const res = await call('PUT /v1/goals/{goalId}', {
        org: 'org-b',
        params: { goalId },
        body: { ...aGoal(), version: 2 },
      });
      expect(res.status).toBe(404);
      const list = await call('GET /v1/goals', { org: 'org-b' });
      expect(list.json.items).toEqual([]);
    });
  });

  describe('indicators', () => {
    let indicatorId: string;

    it('lets management define an indicator linked to a goal that exists', async () => {
      const goals = await call('GET /v1/goals', { query: { year: '2026' } });
      const created = await call('POST /v1/indicators', {
        body: anIndicator({ goalId: goals.json.items[0].id }),
      });
      expect(created.status).toBe(201);
      expect(created.json).toMatchObject({
        code: 'R1',
        label: 'Gautų skundų skaičius',
        unitLabel: 'vnt.',
        directionLabel: 'Kuo mažesnė reikšmė, tuo geriau',
        year: 2026,
        value: null,
        assessment: 'noData',
        targetLabel: 'Nėra šių metų reikšmės',
        values: [],
        version: 1,
      });
      indicatorId = created.json.id;
      const unknownGoal = await call('POST /v1/indicators', {
        body: anIndicator({ code: 'R2', goalId: 'nera' }),
      });
      expect(unknownGoal.status).toBe(400);
      expect(unknownGoal.json.errors).toEqual([
        { field: 'goalId', in: 'body', message: 'Tokio strateginio tikslo nėra.' },
      ]);
    });

    it('does not let staff define an indicator nor record its values', async () => {
      expect(
        (await call('POST /v1/indicators', { ...staff, body: anIndicator({ code: 'R9' }) })).status,
      ).toBe(403);
      const value = await call('PUT /v1/indicators/{indicatorId}/values/{year}', {
        ...staff,
        params: { indicatorId, year: '2025' },
        body: { version: 1, value: 12 },
      });
      expect(value.status).toBe(403);
    });

    it('lets a unit head record values year by year at the indicator’s version', async () => {
      const first = await call('PUT /v1/indicators/{indicatorId}/values/{year}', {
        ...unitHead,
        params: { indicatorId, year: '2025' },
        body: { version: 1, value: 12, note: 'Iš skundų registro' },
      });
      expect(first.status).toBe(200);
      expect(first.json).toMatchObject({
        year: 2025,
        value: {
          year: 2025,
          value: 12,
          note: 'Iš skundų registro',
          recordedBy: 'vadove@org-a',
          recordedOn: '2026-11-24',
        },
        version: 2,
      });
      const second = await call('PUT /v1/indicators/{indicatorId}/values/{year}', {
        ...unitHead,
        params: { indicatorId, year: '2026' },
        body: { version: 2, value: 9 },
      });
      expect(second.json.version).toBe(3);
    });

    it('answers a stale version with the indicator as it is now', async () => {
      const stale = await call('PUT /v1/indicators/{indicatorId}/values/{year}', {
        params: { indicatorId, year: '2026' },
        body: { version: 2, value: 3 },
      });
      expect(stale.status).toBe(409);
      expect(stale.json.current).toMatchObject({
        id: indicatorId,
        version: 3,
        year: 2026,
        value: { value: 9 },
      });
    });

    it('refuses a value for a year not yet begun and one the unit cannot hold', async () => {
      const future = await call('PUT /v1/indicators/{indicatorId}/values/{year}', {
        params: { indicatorId, year: '2027' },
        body: { version: 3, value: 4 },
      });
      expect(future.status).toBe(400);
      expect(future.json.errors[0]).toMatchObject({
        field: 'year',
        message: '2027 m. dar neprasidėjo, todėl jų reikšmės įrašyti negalima.',
      });
      const negative = await call('PUT /v1/indicators/{indicatorId}/values/{year}', {
        params: { indicatorId, year: '2026' },
        body: { version: 3, value: -1 },
      });
      expect(negative.json.errors[0]).toMatchObject({
        field: 'value',
        message: 'Reikšmė negali būti neigiama.',
      });
    });

    it('lists a year against the one before, judged by direction, in Lithuanian', async () => {
      const res = await call('GET /v1/indicators', { roles: ['staff'], query: { year: '2026' } });
      expect(res.status).toBe(200);
      expect(res.json.year).toBe(2026);
      expect(res.json.items[0]).toMatchObject({
        value: { year: 2026, value: 9 },
        previous: { year: 2025, value: 12 },
        change: { absolute: -3, relativePercent: -25, label: '−3 vnt. (−25 %)' },
        assessment: 'better',
        assessmentLabel: 'Pagerėjo',
        targetMet: false,
        targetLabel: 'Siektina reikšmė nepasiekta',
      });
    });

    it('shows the labels in English and this year when no year is named', async () => {
      const res = await call('GET /v1/indicators', { lang: 'en' });
      expect(res.json.year).toBe(2026);
      expect(res.json.items[0]).toMatchObject({
        label: 'Complaints received',
        unitLabel: 'count',
        directionLabel: 'Lower is better',
        change: { label: '-3 count (-25%)' },
        assessmentLabel: 'Improved',
        targetLabel: 'Target not met',
      });
    });

    it('changes the definition and keeps the values', async () => {
      const res = await call('PUT /v1/indicators/{indicatorId}', {
        roles: ['director'],
        params: { indicatorId },
        body: { ...anIndicator({ target: 10 }), version: 3 },
      });
      expect(res.status).toBe(200);
      expect(res.json).toMatchObject({ target: 10, targetMet: true, version: 4 });
      expect(res.json.values.map((v: { year: number }) => v.year)).toEqual([2025, 2026]);
    });

    it('keeps indicators inside their organisation', async () => {
      const list = await call('GET /v1/indicators', { org: 'org-b' });
      expect(list.json.items).toEqual([]);
      const put = await call('PUT /v1/indicators/{indicatorId}/values/{year}', {
        org: 'org-b',
        params: { indicatorId, year: '2026' },
        body: { version: 4, value: 1 },
      });
      expect(put.status).toBe(404);
    });
  });
});
