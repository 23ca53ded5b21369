import { annualPlanRef, emptyPlan } from '../../functions/domain/planning/annual-plan-state';
import { aContext } from '../fixtures/builders';
import { createTestApi, type CallOptions } from '../support/api';
import { createTestTable, type TestTable } from '../support/table';

const year = { year: '2026' };
const ona: CallOptions = { roles: ['staff'], user: 'ona@org-a' };
const jonas: CallOptions = { roles: ['staff'], user: 'jonas@org-a' };
const rasa: CallOptions = { roles: ['unitHead'], user: 'rasa@org-a' };
const deputy: CallOptions = { roles: ['deputy'], user: 'vida@org-a' };

describe('competence needs, the training plan and its figures through the API handler', () => {
  let table: TestTable;
  let call: ReturnType<typeof createTestApi>;
  const ids: Record<string, string> = {};
  const versions: Record<string, number> = {};

  /** The first training item, answering Ona's and Jonas's trauma needs. */
  const t1Body = () => ({
    topic: 'Darbas su trauma: pradmenys',
    area: 'psychologyTrauma',
    provider: 'Vaikų ir jaunimo traumų centras',
    format: 'external',
    plannedHours: 16,
    participants: ['ona@org-a', 'petras@org-a', 'jonas@org-a'],
    from: '2026-05-18',
    to: '2026-05-19',
    costEur: 450,
    needIds: [ids.onaTrauma, ids.jonasTrauma],
  });

  beforeAll(async () => {
    table = await createTestTable('2026-11-24T10:00:00Z');
    call = createTestApi(table);
    for (const [unitId, name] of [
      ['dienos-centras', 'Dienos centras'],
      ['globos-skyrius', 'Globos skyrius'],
    ]) {
      await call('PUT /v1/org/units/{unitId}', {
        params: { unitId: unitId! },
        body: { version: 0, name },
      });
    }
    const members: [string, string, string[], boolean][] = [
      ['ona@org-a', 'Ona Onaitė', ['dienos-centras'], true],
      ['petras@org-a', 'Petras Petraitis', ['dienos-centras'], true],
      ['jonas@org-a', 'Jonas Jonaitis', ['globos-skyrius'], true],
      ['rasa@org-a', 'Rasa Rasaitė', ['dienos-centras'], true],
      ['vida@org-a', 'Vida Vadovė', [], true],
      ['buves@org-a', 'Buvęs Darbuotojas', ['dienos-centras'], false],
    ];
    for (const [userId, name, unitIds, active] of members) {
      const res = await call('PUT /v1/org/members/{userId}', {
        params: { userId },
        body: { version: 0, name, unitIds, active },
      });
      expect(res.status).toBe(200);
    }
    const cycle = await call('PUT /v1/cycles/{year}', {
      params: year,
      body: { version: 0, budgetApprovedOn: '2026-02-10' },
    });
    expect(cycle.status).toBe(200);
  });
  afterAll(async () => {
    await table.drop();
  });

  describe('needs', () => {
    it('lets a staff member state their own need, defaulting employee and unit', async () => {
      const res = await call('POST /v1/cycles/{year}/needs', {
        ...ona,
        params: year,
        body: {
          area: 'psychologyTrauma',
          topic: '  Darbas su   trauma ',
          reason: 'Daugelis vaikų patyrę smurtą',
          source: 'performanceReview',
        },
      });
      expect(res.status).toBe(201);
      expect(res.json).toMatchObject({
        employee: 'ona@org-a',
        employeeName: 'Ona Onaitė',
        unitId: 'dienos-centras',
        unitName: 'Dienos centras',
        topic: 'Darbas su trauma',
        areaLabel: 'Psichologija ir darbas su trauma',
        sourceLabel: 'Kasmetinis veiklos vertinimas',
        trainings: [],
        version: 1,
      });
      ids.onaTrauma = res.json.id;
      const own = await call('POST /v1/cycles/{year}/needs', {
        ...jonas,
        params: year,
        body: { area: 'psychologyTrauma', topic: 'darbas su TRAUMA' },
      });
      expect(own.json).toMatchObject({ unitId: 'globos-skyrius', source: 'staffRequest' });
      ids.jonasTrauma = own.json.id;
    });

    it('refuses a staff member writing someone else’s need', async () => {
      const res = await call('POST /v1/cycles/{year}/needs', {
        ...ona,
        params: year,
        body: { employee: 'petras@org-a', area: 'legal', topic: 'BDAR' },
      });
      expect(res.status).toBe(403);
      expect(res.json.detail).toBe(
        'Darbuotojas gali įrašyti ir keisti tik savo kompetencijų tobulinimo poreikius.',
      );
    });

    it('lets a unit head write needs for their own unit’s staff only', async () => {
      const ok = await call('POST /v1/cycles/{year}/needs', {
        ...rasa,
        params: year,
        body: { employee: 'petras@org-a', area: 'legal', topic: 'Asmens duomenų apsauga' },
      });
      expect(ok.status).toBe(201);
      ids.petrasLegal = ok.json.id;
      const other = await call('POST /v1/cycles/{year}/needs', {
        ...rasa,
        params: year,
        body: { employee: 'jonas@org-a', area: 'legal', topic: 'Asmens duomenų apsauga' },
      });
      expect(other.status).toBe(403);
      const digital = await call('POST /v1/cycles/{year}/needs', {
        ...deputy,
        params: year,
        body: {
          employee: 'petras@org-a',
          area: 'digital',
          topic: 'Excel',
          source: 'selfAssessment',
        },
      });
      expect(digital.status).toBe(201);
      ids.petrasDigital = digital.json.id;
    });

    it('names the fields of an invalid need', async () => {
      const res = await call('POST /v1/cycles/{year}/needs', {
        ...deputy,
        params: year,
        body: { employee: 'nera@org-a', area: 'psychologyTrauma', topic: 'Trauma' },
      });
      expect(res.status).toBe(400);
      expect(res.json.errors).toEqual([
        {
          field: 'employee',
          in: 'body',
          message: 'Tokio darbuotojo įstaigos darbuotojų sąraše nėra.',
        },
      ]);
      const shape = await call('POST /v1/cycles/{year}/needs', {
        ...deputy,
        params: year,
        body: { area: 'astrology', topic: 'x', extra: 1 },
      });
      expect(shape.status).toBe(400);
      expect(shape.json.errors.map((e: { field: string }) => e.field).sort()).toEqual([
        'area',
        'extra',
        'topic',
      ]);
      const unit = await call('POST /v1/cycles/{year}/needs', {
        ...deputy,
        params: year,
        body: { employee: 'ona@org-a', unitId: 'globos-skyrius', area: 'legal', topic: 'BDAR' },
      });
      expect(unit.json.errors[0]).toMatchObject({ field: 'unitId' });
    });

    it('shows staff their own needs, unit heads their unit’s, management all', async () => {
      const topics = async (who: CallOptions, query?: Record<string, string>) => {
        const res = await call('GET /v1/cycles/{year}/needs', {
          ...who,
          params: year,
          ...(query ? { query } : {}),
        });
        expect(res.status).toBe(200);
        return res.json.items.map((n: { employee: string; topic: string }) => n.topic);
      };
      expect(await topics(ona)).toEqual(['Darbas su trauma']);
      expect((await topics(rasa)).sort()).toEqual(
        ['Asmens duomenų apsauga', 'Darbas su trauma', 'Excel'].sort(),
      );
      expect(await topics(deputy)).toHaveLength(4);
      expect(await topics(deputy, { area: 'psychologyTrauma' })).toEqual([
        'darbas su TRAUMA',
        'Darbas su trauma',
      ]);
      expect(
        await topics(deputy, { employee: 'petras@org-a', unitId: 'dienos-centras' }),
      ).toHaveLength(2);
    });

    it('lets staff change their own need at the version read, not someone else’s', async () => {
      const res = await call('PUT /v1/cycles/{year}/needs/{needId}', {
        ...ona,
        params: { ...year, needId: ids.onaTrauma! },
        body: {
          version: 1,
          area: 'psychologyTrauma',
          topic: 'Darbas su trauma',
          reason: 'Vaikai, patyrę smurtą ar netektį',
          source: 'performanceReview',
        },
      });
      expect(res.json).toMatchObject({
        version: 2,
        employee: 'ona@org-a',
        unitId: 'dienos-centras',
      });
      const stale = await call('PUT /v1/cycles/{year}/needs/{needId}', {
        ...ona,
        params: { ...year, needId: ids.onaTrauma! },
        body: { version: 1, area: 'psychologyTrauma', topic: 'Trauma' },
      });
      expect(stale.status).toBe(409);
      expect(stale.json.current).toMatchObject({ version: 2, employeeName: 'Ona Onaitė' });
      const others = await call('PUT /v1/cycles/{year}/needs/{needId}', {
        ...ona,
        params: { ...year, needId: ids.petrasDigital! },
        body: { version: 1, area: 'digital', topic: 'Excel' },
      });
      expect(others.status).toBe(403);
    });

    it('deletes a need at the version read', async () => {
      const made = await call('POST /v1/cycles/{year}/needs', {
        ...jonas,
        params: year,
        body: { area: 'other', topic: 'Laikinas' },
      });
      const stale = await call('DELETE /v1/cycles/{year}/needs/{needId}', {
        ...jonas,
        params: { ...year, needId: made.json.id },
        query: { version: '2' },
      });
      expect(stale.status).toBe(409);
      const res = await call('DELETE /v1/cycles/{year}/needs/{needId}', {
        ...jonas,
        params: { ...year, needId: made.json.id },
        query: { version: '1' },
      });
      expect(res.json).toEqual({ id: made.json.id, deleted: true });
    });
  });

  describe('the training plan', () => {
    it('lets only the deputy and director add items', async () => {
      for (const who of [ona, rasa]) {
        const res = await call('POST /v1/cycles/{year}/training', {
          ...who,
          params: year,
          body: t1Body(),
        });
        expect(res.status).toBe(403);
      }
      const res = await call('POST /v1/cycles/{year}/training', {
        ...deputy,
        params: year,
        body: t1Body(),
      });
      expect(res.status).toBe(201);
      expect(res.json).toMatchObject({
        topic: 'Darbas su trauma: pradmenys',
        formatLabel: 'Išoriniai mokymai',
        participants: [
          { userId: 'ona@org-a', name: 'Ona Onaitė', completed: false },
          { userId: 'petras@org-a', name: 'Petras Petraitis', completed: false },
          { userId: 'jonas@org-a', name: 'Jonas Jonaitis', completed: false },
        ],
        plannedParticipantHours: 48,
        doneHours: 0,
        completions: [],
        version: 1,
      });
      ids.t1 = res.json.id;
      versions.t1 = 1;
      const t2 = await call('POST /v1/cycles/{year}/training', {
        ...deputy,
        params: year,
        body: {
          topic: 'Grupinė supervizija',
          area: 'socialWorkMethods',
          provider: 'Supervizorė',
          format: 'supervision',
          plannedHours: 6.5,
          participants: ['ona@org-a', 'rasa@org-a'],
          from: '2026-03-01',
          to: '2026-10-31',
        },
      });
      expect(t2.json).toMatchObject({ costEur: null, needIds: [], formatLabel: 'Supervizija' });
      ids.t2 = t2.json.id;
      versions.t2 = 1;
    });

    it('names each field that breaks a rule across fields', async () => {
      const res = await call('POST /v1/cycles/{year}/training', {
        ...deputy,
        params: year,
        body: {
          ...t1Body(),
          from: '2026-06-02',
          to: '2026-06-01',
          participants: ['ona@org-a', 'ona@org-a', 'buves@org-a'],
          needIds: ['nera'],
        },
      });
      expect(res.status).toBe(400);
      expect(res.json.errors.map((e: { field: string }) => e.field)).toEqual([
        'to',
        'participants.1',
        'participants.2',
        'needIds.0',
      ]);
      const hours = await call('POST /v1/cycles/{year}/training', {
        ...deputy,
        params: year,
        body: { ...t1Body(), plannedHours: 2.25, costEur: 1.005 },
      });
      expect(hours.json.errors.map((e: { field: string }) => e.field)).toEqual([
        'plannedHours',
        'costEur',
      ]);
    });

    it('keeps a need the plan answers', async () => {
      const res = await call('DELETE /v1/cycles/{year}/needs/{needId}', {
        ...ona,
        params: { ...year, needId: ids.onaTrauma! },
        query: { version: '2' },
      });
      expect(res.status).toBe(409);
      expect(res.json.detail).toBe(
        'Poreikio ištrinti negalima: jis susietas su šiais mokymais: Darbas su trauma: pradmenys.',
      );
    });

    it('summarises needs by area and topic with the items that answer them', async () => {
      const res = await call('GET /v1/cycles/{year}/needs/summary', { ...deputy, params: year });
      expect(res.json).toMatchObject({ year: 2026, total: 4, coveredNeeds: 2, coveredPercent: 50 });
      expect(res.json.areas.map((a: { area: string; count: number }) => [a.area, a.count])).toEqual(
        [
          ['psychologyTrauma', 2],
          ['legal', 1],
          ['digital', 1],
        ],
      );
      expect(res.json.areas[0].topics).toEqual([
        {
          key: 'darbas su trauma',
          topic: 'Darbas su trauma',
          count: 2,
          employees: [
            { userId: 'ona@org-a', name: 'Ona Onaitė' },
            { userId: 'jonas@org-a', name: 'Jonas Jonaitis' },
          ],
          units: [
            { unitId: 'dienos-centras', unitName: 'Dienos centras' },
            { unitId: 'globos-skyrius', unitName: 'Globos skyrius' },
          ],
          needIds: [ids.onaTrauma, ids.jonasTrauma],
          coveredNeeds: 2,
          coverage: 'full',
          coverageLabel: 'Įtraukta į kompetencijų tobulinimo planą',
          coveredBy: [{ id: ids.t1, topic: 'Darbas su trauma: pradmenys' }],
        },
      ]);
      expect(res.json.areas[1].topics[0]).toMatchObject({ coverage: 'none', coveredBy: [] });
      const staff = await call('GET /v1/cycles/{year}/needs/summary', { ...ona, params: year });
      expect(staff.json.total).toBe(1);
    });
  });

  describe('completions and figures', () => {
    const complete = (who: CallOptions, item: 't1' | 't2', body: Record<string, unknown>) =>
      call('POST /v1/cycles/{year}/training/{trainingId}/completions', {
        ...who,
        params: { ...year, trainingId: ids[item]! },
        body: { version: versions[item], ...body },
      });

    it('records completions by the deputy and by the head of the participant’s unit', async () => {
      const first = await complete(deputy, 't1', {
        userId: 'ona@org-a',
        hours: 16,
        completedOn: '2026-05-19',
        certificate: true,
      });
      expect(first.status).toBe(200);
      expect(first.json).toMatchObject({
        version: 2,
        doneHours: 16,
        completions: [{ userId: 'ona@org-a', name: 'Ona Onaitė', recordedBy: 'vida@org-a' }],
      });
      versions.t1 = 2;
      const notHers = await complete(rasa, 't1', {
        userId: 'jonas@org-a',
        hours: 12.5,
        completedOn: '2026-05-19',
      });
      expect(notHers.status).toBe(403);
      const second = await complete(deputy, 't1', {
        userId: 'jonas@org-a',
        hours: 12.5,
        completedOn: '2026-05-19',
      });
      expect(second.json.version).toBe(3);
      versions.t1 = 3;
      const own = await complete(rasa, 't2', {
        userId: 'rasa@org-a',
        hours: 6.5,
        completedOn: '2026-10-31',
        certificate: true,
      });
      expect(own.json).toMatchObject({
        participants: [
          { userId: 'ona@org-a', completed: false },
          { userId: 'rasa@org-a', completed: true },
        ],
      });
      versions.t2 = 2;
    });

    it('refuses a completion on a stale version, showing the item as it is now', async () => {
      const res = await complete(deputy, 't1', {
        version: 1,
        userId: 'petras@org-a',
        hours: 16,
        completedOn: '2026-05-19',
      });
      expect(res.status).toBe(409);
      expect(res.json.current).toMatchObject({ id: ids.t1, version: 3, doneHours: 28.5 });
    });

    it('refuses a completion by someone not on the item', async () => {
      const res = await complete(deputy, 't2', {
        userId: 'petras@org-a',
        hours: 2,
        completedOn: '2026-05-19',
      });
      expect(res.status).toBe(400);
      expect(res.json.errors).toEqual([
        { field: 'userId', in: 'body', message: 'Šis darbuotojas nėra šių mokymų dalyvis.' },
      ]);
    });

    it('refuses a change of an item on a stale version', async () => {
      const res = await call('PUT /v1/cycles/{year}/training/{trainingId}', {
        ...deputy,
        params: { ...year, trainingId: ids.t1! },
        body: { ...t1Body(), version: 1 },
      });
      expect(res.status).toBe(409);
      expect(res.json.current).toMatchObject({ version: 3 });
    });

    it('gives the hand-computed figures with their definitions', async () => {
      const res = await call('GET /v1/cycles/{year}/training/figures', { ...deputy, params: year });
      expect(res.status).toBe(200);
      expect(res.json.totals).toEqual({
        items: 2,
        courseHours: 22.5,
        plannedHours: 61,
        doneHours: 35,
        donePercent: 57.4,
        activeMembers: 5,
        participants: 4,
        hoursPerActiveMember: 7,
        hoursPerParticipant: 8.8,
        needs: 4,
        needsCovered: 2,
        needsCoveredPercent: 50,
        certificates: 2,
        costPlanned: 450,
        costUnknownItems: 1,
      });
      expect(
        res.json.perEmployee.map(
          (e: { userId: string; doneHours: number; donePercent: number }) => [
            e.userId,
            e.doneHours,
            e.donePercent,
          ],
        ),
      ).toEqual([
        ['jonas@org-a', 12.5, 78.1],
        ['ona@org-a', 16, 71.1],
        ['petras@org-a', 0, 0],
        ['rasa@org-a', 6.5, 100],
        ['vida@org-a', 0, null],
      ]);
      expect(res.json.definitions).toHaveLength(18);
      expect(res.json.definitions).toContainEqual({
        figure: 'donePercent',
        label: 'Plano įvykdymas, %',
        definition: expect.stringContaining('Įvykdyta dalyvių valandų ÷ planuota dalyvių valandų'),
      });
      const staff = await call('GET /v1/cycles/{year}/training/figures', { ...ona, params: year });
      expect(staff.status).toBe(403);
    });

    it('speaks English when asked', async () => {
      const res = await call('GET /v1/cycles/{year}/training', {
        ...deputy,
        params: year,
        lang: 'en',
        query: { participant: 'petras@org-a' },
      });
      expect(res.json.items).toHaveLength(1);
      expect(res.json.items[0]).toMatchObject({
        areaLabel: 'Psychology and trauma-informed work',
        formatLabel: 'External course',
      });
      const needs = await call('GET /v1/cycles/{year}/needs', {
        ...deputy,
        params: year,
        lang: 'en',
      });
      expect(needs.json.items.map((n: { sourceLabel: string }) => n.sourceLabel)).toContain(
        'Professional competence self-assessment',
      );
      const figures = await call('GET /v1/cycles/{year}/training/figures', {
        ...deputy,
        params: year,
        lang: 'en',
      });
      expect(figures.json.definitions[0]).toEqual({
        figure: 'items',
        label: 'Training items',
        definition: 'Number of items (trainings) in the training plan.',
      });
    });
  });

  describe('after the annual plan is approved', () => {
    beforeAll(async () => {
      await table.deps.store.save(
        aContext({ orgId: 'org-a' }),
        annualPlanRef(2026),
        { ...emptyPlan(2026), state: 'approved' },
        0,
      );
    });

    it('refuses changes to the training plan', async () => {
      const res = await call('PUT /v1/cycles/{year}/training/{trainingId}', {
        ...deputy,
        params: { ...year, trainingId: ids.t1! },
        body: { ...t1Body(), version: versions.t1 },
      });
      expect(res.status).toBe(409);
      expect(res.json.type).toBe('https://ciklas.lt/problems/invalid_state');
      const add = await call('POST /v1/cycles/{year}/training', {
        ...deputy,
        params: year,
        body: { ...t1Body(), topic: 'Nauji mokymai' },
      });
      expect(add.status).toBe(409);
    });

    it('still takes completions and needs', async () => {
      const res = await call('POST /v1/cycles/{year}/training/{trainingId}/completions', {
        ...rasa,
        params: { ...year, trainingId: ids.t1! },
        body: {
          version: versions.t1,
          userId: 'petras@org-a',
          hours: 16,
          completedOn: '2026-05-19',
        },
      });
      expect(res.status).toBe(200);
      expect(res.json.doneHours).toBe(44.5);
      const need = await call('POST /v1/cycles/{year}/needs', {
        ...ona,
        params: year,
        body: { area: 'communication', topic: 'Sunkūs pokalbiai su tėvais' },
      });
      expect(need.status).toBe(201);
    });
    it('moves a need to another employee together with their unit', async () => {
      const res = await call('PUT /v1/cycles/{year}/needs/{needId}', {
        ...deputy,
        params: { ...year, needId: ids.petrasLegal! },
        body: { version: 1, employee: 'jonas@org-a', area: 'legal', topic: 'BDAR' },
      });
      expect(res.json).toMatchObject({
        employee: 'jonas@org-a',
        unitId: 'globos-skyrius',
        unitName: 'Globos skyrius',
        version: 2,
      });
    });
  });

  describe('another organisation', () => {
    const other: CallOptions = { roles: ['deputy'], user: 'vadove@org-b', org: 'org-b' };

    it('sees nothing of this one', async () => {
      const missing = await call('GET /v1/cycles/{year}/needs', { ...other, params: year });
      expect(missing.status).toBe(404);
      const edit = await call('PUT /v1/cycles/{year}/training/{trainingId}', {
        ...other,
        params: { ...year, trainingId: ids.t1! },
        body: { ...t1Body(), participants: [], needIds: [], version: 1 },
      });
      expect(edit.status).toBe(404);
      await call('PUT /v1/cycles/{year}', {
        ...other,
        params: year,
        body: { version: 0, budgetApprovedOn: '2026-02-15' },
      });
      const training = await call('GET /v1/cycles/{year}/training', { ...other, params: year });
      expect(training.json.items).toEqual([]);
      const figures = await call('GET /v1/cycles/{year}/training/figures', {
        ...other,
        params: year,
      });
      expect(figures.json.totals).toMatchObject({ items: 0, needs: 0, activeMembers: 0 });
    });
  });
});
