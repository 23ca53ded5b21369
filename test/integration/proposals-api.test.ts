import type { CallOptions } from '../support/api';
import { createTestApi } from '../support/api';
import { createTestTable, type TestTable } from '../support/table';

const LIST = 'GET /v1/cycles/{year}/proposals';
const CREATE = 'POST /v1/cycles/{year}/proposals';
const GET = 'GET /v1/cycles/{year}/proposals/{proposalId}';
const UPDATE = 'PUT /v1/cycles/{year}/proposals/{proposalId}';
const DECIDE = 'POST /v1/cycles/{year}/proposals/{proposalId}/decision';
const RESPOND = 'POST /v1/cycles/{year}/proposals/{proposalId}/response';

/** Ona works in the day centre, Petras in foster care; each unit has its head. */
const ONA: CallOptions = { roles: ['staff'], user: 'ona@org-a' };
const PETRAS: CallOptions = { roles: ['staff'], user: 'petras@org-a' };
const HEAD: CallOptions = { roles: ['unitHead'], user: 'vadove@org-a' };
const OTHER_HEAD: CallOptions = { roles: ['unitHead'], user: 'globos-vadove@org-a' };
const DEPUTY: CallOptions = { roles: ['deputy'], user: 'pavaduotoja@org-a' };

const staffProposal = (overrides: Record<string, unknown> = {}) => ({
  kind: 'proposal',
  source: 'staffMeeting',
  unitId: 'dienos-centras',
  text: 'Įrengti poilsio kambarį vaikams',
  category: 'environment',
  receivedOn: '2026-11-20',
  submittedBy: 'Ona Onaitė',
  ...overrides,
});

const complaint = (overrides: Record<string, unknown> = {}) => ({
  kind: 'complaint',
  source: 'suggestionBox',
  unitId: 'dienos-centras',
  text: 'Pietūs patiekiami atšalę',
  category: 'food',
  receivedOn: '2026-10-01',
  recipientCode: 'vg-014',
  ...overrides,
});

describe('proposals, suggestions and complaints through the API handler', () => {
  let table: TestTable;
  let call: ReturnType<typeof createTestApi>;
  const year = { year: '2026' };
  const at = (proposalId: string) => ({ year: '2026', proposalId });

  const create = async (options: CallOptions, body: unknown) => {
    const res = await call(CREATE, { ...options, params: year, body });
    expect(res.status).toBe(201);
    return res.json as { id: string; version: number };
  };

  beforeAll(async () => {
    table = await createTestTable('2026-11-24T10:00:00Z');
    call = createTestApi(table);
    const setup: [string, CallOptions][] = [
      [
        'PUT /v1/org/units/{unitId}',
        { params: { unitId: 'dienos-centras' }, body: { version: 0, name: 'Dienos centras' } },
      ],
      [
        'PUT /v1/org/units/{unitId}',
        { params: { unitId: 'globos-centras' }, body: { version: 0, name: 'Globos centras' } },
      ],
      [
        'PUT /v1/org/members/{userId}',
        {
          params: { userId: 'ona@org-a' },
          body: { version: 0, name: 'Ona Onaitė', unitIds: ['dienos-centras'] },
        },
      ],
      [
        'PUT /v1/org/members/{userId}',
        {
          params: { userId: 'petras@org-a' },
          body: { version: 0, name: 'Petras Petraitis', unitIds: ['globos-centras'] },
        },
      ],
      [
        'PUT /v1/org/members/{userId}',
        {
          params: { userId: 'vadove@org-a' },
          body: { version: 0, name: 'Vida Vadovė', unitIds: ['dienos-centras'] },
        },
      ],
      [
        'PUT /v1/org/members/{userId}',
        {
          params: { userId: 'globos-vadove@org-a' },
          body: { version: 0, name: 'Gintarė Globienė', unitIds: ['globos-centras'] },
        },
      ],
      [
        'PUT /v1/cycles/{year}',
        { params: year, body: { version: 0, budgetApprovedOn: '2026-02-10' } },
      ],
      [
        'PUT /v1/cycles/{year}',
        { org: 'org-b', params: year, body: { version: 0, budgetApprovedOn: '2026-02-12' } },
      ],
    ];
    for (const [route, options] of setup) {
      const res = await call(route, options);
      expect([route, res.status]).toEqual([route, 200]);
    }
  });
  afterAll(async () => {
    await table.drop();
  });

  describe('registering', () => {
    it('registers a staff proposal for the staff member’s own unit, with Lithuanian labels', async () => {
      const res = await call(CREATE, { ...ONA, params: year, body: staffProposal() });
      expect(res.status).toBe(201);
      expect(res.json).toMatchObject({
        year: 2026,
        kind: 'proposal',
        kindLabel: 'Darbuotojo pasiūlymas',
        sourceLabel: 'Darbuotojų susirinkimas',
        categoryLabel: 'Aplinka ir patalpos',
        status: 'new',
        statusLabel: 'Nauja',
        submittedBy: 'Ona Onaitė',
        registeredBy: 'ona@org-a',
        responseDueOn: null,
        overdue: false,
        version: 1,
        createdBy: 'ona@org-a',
      });
      expect(res.json.id).toMatch(/^[0-9a-z]{19}$/);
    });

    it('lets staff register an organisation-wide proposal', async () => {
      const res = await call(CREATE, {
        ...PETRAS,
        params: year,
        body: staffProposal({ unitId: null }),
      });
      expect(res.status).toBe(201);
      expect(res.json.unitId).toBeNull();
    });

    it('refuses staff registering for another unit, saying why', async () => {
      const res = await call(CREATE, {
        ...PETRAS,
        params: year,
        body: staffProposal({ submittedBy: 'Petras Petraitis' }),
      });
      expect(res.status).toBe(403);
      expect(res.json.detail).toBe(
        'Registruoti galite tik savo skyriaus arba visos įstaigos pasiūlymus ir skundus.',
      );
    });

    it('takes who registered it from the token, refusing a registeredBy in the body', async () => {
      const res = await call(CREATE, {
        ...ONA,
        params: year,
        body: staffProposal({ registeredBy: 'director@org-a' }),
      });
      expect(res.status).toBe(400);
      expect(res.json.errors).toEqual([
        expect.objectContaining({ field: 'registeredBy', in: 'body' }),
      ]);
    });

    it('gives a complaint its response due date, 20 working days after receipt', async () => {
      const res = await call(CREATE, { ...ONA, params: year, body: complaint() });
      expect(res.status).toBe(201);
      expect(res.json).toMatchObject({
        kindLabel: 'Skundas',
        sourceLabel: 'Skundų ir pasiūlymų dėžutė',
        recipientCode: 'VG-014',
        submittedBy: null,
        responseDueOn: '2026-10-29',
        responseDueOnDefault: true,
        overdue: true,
      });
    });

    it('never names a service recipient, nor takes a personal code for theirs', async () => {
      const res = await call(CREATE, {
        ...ONA,
        params: year,
        body: complaint({ submittedBy: 'Jonas Jonaitis', recipientCode: '38501011234' }),
      });
      expect(res.status).toBe(400);
      expect(res.json.errors).toEqual([
        expect.objectContaining({
          field: 'submittedBy',
          message: expect.stringContaining('Paslaugų gavėjo vardo nurodyti negalima'),
        }),
        expect.objectContaining({
          field: 'recipientCode',
          message: expect.stringContaining('panašu į asmens kodą'),
        }),
      ]);
    });

    it('refuses a unit that does not exist and a cycle that does not exist', async () => {
      const unit = await call(CREATE, { params: year, body: staffProposal({ unitId: 'nera' }) });
      expect(unit.status).toBe(400);
      expect(unit.json.errors[0]).toMatchObject({
        field: 'unitId',
        message: 'Tokio skyriaus nėra.',
      });
      const cycle = await call(CREATE, { params: { year: '2031' }, body: staffProposal() });
      expect(cycle.status).toBe(404);
    });
  });

  describe('listing', () => {
    it('lists newest first, filters by kind, unit and overdue, and counts what it lists', async () => {
      await create(ONA, staffProposal({ receivedOn: '2026-11-23', text: 'Vėliausias' }));
      const all = await call(LIST, { ...PETRAS, params: year });
      expect(all.status).toBe(200);
      const received = all.json.items.map((i: { receivedOn: string }) => i.receivedOn);
      expect(received).toEqual([...received].sort().reverse());
      expect(all.json.items[0].text).toBe('Vėliausias');
      expect(all.json.counts.total).toBe(all.json.items.length);

      const complaints = await call(LIST, {
        ...PETRAS,
        params: year,
        query: { kind: 'complaint' },
      });
      expect(complaints.json.items.every((i: { kind: string }) => i.kind === 'complaint')).toBe(
        true,
      );
      expect(complaints.json.counts.byKind).toEqual({ proposal: 0, suggestion: 0, complaint: 1 });

      const overdue = await call(LIST, { params: year, query: { overdue: 'true' } });
      expect(overdue.json.items).toHaveLength(1);
      expect(overdue.json.counts.overdue).toBe(1);

      const unit = await call(LIST, { params: year, query: { unitId: 'globos-centras' } });
      expect(unit.json.items).toEqual([]);
    });

    it('names a filter value it does not know', async () => {
      const res = await call(LIST, { params: year, query: { status: 'done' } });
      expect(res.status).toBe(400);
      expect(res.json.errors[0]).toMatchObject({ field: 'status', in: 'query' });
    });

    it('shows labels in English when asked', async () => {
      const res = await call(LIST, { params: year, query: { kind: 'complaint' }, lang: 'en' });
      expect(res.json.items[0]).toMatchObject({
        kindLabel: 'Complaint',
        sourceLabel: 'Complaints and suggestions box',
        categoryLabel: 'Food',
        statusLabel: 'New',
      });
    });
  });

  describe('changing', () => {
    it('lets the staff member who registered it change it, and refuses a stale version with the current one', async () => {
      const p = await create(ONA, staffProposal());
      const ok = await call(UPDATE, {
        ...ONA,
        params: at(p.id),
        body: { ...staffProposal({ text: 'Įrengti sensorinį kambarį' }), version: 1 },
      });
      expect(ok.status).toBe(200);
      expect(ok.json).toMatchObject({ text: 'Įrengti sensorinį kambarį', version: 2 });

      const stale = await call(UPDATE, {
        ...HEAD,
        params: at(p.id),
        body: { ...staffProposal({ category: 'services' }), version: 1 },
      });
      expect(stale.status).toBe(409);
      expect(stale.json.current).toMatchObject({
        id: p.id,
        version: 2,
        text: 'Įrengti sensorinį kambarį',
        kindLabel: 'Darbuotojo pasiūlymas',
      });
    });

    it('refuses someone else’s staff from another unit', async () => {
      const p = await create(ONA, staffProposal());
      const res = await call(UPDATE, {
        ...PETRAS,
        params: at(p.id),
        body: { ...staffProposal(), version: 1 },
      });
      expect(res.status).toBe(403);
      expect(res.json.detail).toContain('Keisti gali tik įrašą užregistravęs darbuotojas');
    });

    it('keeps a decided proposal’s content as it was decided', async () => {
      const p = await create(ONA, staffProposal());
      await call(DECIDE, { ...HEAD, params: at(p.id), body: { version: 1, status: 'accepted' } });
      const res = await call(UPDATE, {
        ...ONA,
        params: at(p.id),
        body: { ...staffProposal({ text: 'Kitaip' }), version: 2 },
      });
      expect(res.status).toBe(409);
      expect(res.json.detail).toBe(
        'Dėl šio įrašo jau priimtas sprendimas, todėl jo turinio keisti nebegalima.',
      );
    });
  });

  describe('deciding', () => {
    it('needs a reason to reject', async () => {
      const p = await create(ONA, staffProposal());
      const res = await call(DECIDE, {
        ...HEAD,
        params: at(p.id),
        body: { version: 1, status: 'rejected' },
      });
      expect(res.status).toBe(400);
      expect(res.json.errors).toEqual([
        { field: 'reason', in: 'body', message: 'Atmetant būtina nurodyti priežastį.' },
      ]);
    });

    it('lets a unit head decide once, management revise, and audits each decision', async () => {
      const p = await create(ONA, staffProposal());
      const accepted = await call(DECIDE, {
        ...HEAD,
        params: at(p.id),
        body: { version: 1, status: 'accepted', outcome: { type: 'planItem', id: 'pi-1' } },
      });
      expect(accepted.status).toBe(200);
      expect(accepted.json).toMatchObject({
        status: 'accepted',
        statusLabel: 'Priimta',
        decidedBy: 'vadove@org-a',
        decidedOn: '2026-11-24',
        outcome: { type: 'planItem', id: 'pi-1' },
        version: 2,
      });

      const again = await call(DECIDE, {
        ...HEAD,
        params: at(p.id),
        body: { version: 2, status: 'rejected', reason: 'Persigalvojau' },
      });
      expect(again.status).toBe(409);
      expect(again.json.detail).toContain('sprendimas jau priimtas');

      const revised = await call(DECIDE, {
        ...DEPUTY,
        params: at(p.id),
        body: { version: 2, status: 'rejected', reason: 'Nėra lėšų' },
      });
      expect(revised.json).toMatchObject({
        status: 'rejected',
        reason: 'Nėra lėšų',
        outcome: null,
      });

      const audit = await call('GET /v1/audit', {
        query: { entityType: 'proposal', entityId: p.id, cycle: '2026' },
      });
      expect(audit.status).toBe(200);
      // The test clock stands still, so entries of the same instant come in no fixed order.
      const entries = audit.json.items as { action: string; after: { status: string } }[];
      expect(entries.map((e) => e.action).sort()).toEqual(['create', 'update', 'update']);
      expect(entries.find((e) => e.after.status === 'accepted')).toMatchObject({
        actor: { userId: 'vadove@org-a', roles: ['unitHead'] },
        before: { status: 'new' },
        after: { status: 'accepted', decidedBy: 'vadove@org-a' },
      });
    });

    it('refuses the head of another unit, and organisation-wide items to unit heads', async () => {
      const p = await create(ONA, staffProposal());
      const other = await call(DECIDE, {
        ...OTHER_HEAD,
        params: at(p.id),
        body: { version: 1, status: 'accepted' },
      });
      expect(other.status).toBe(403);
      expect(other.json.detail).toContain('Spręsti gali tik to skyriaus vadovas');
      const orgWide = await create(ONA, staffProposal({ unitId: null }));
      const head = await call(DECIDE, {
        ...HEAD,
        params: at(orgWide.id),
        body: { version: 1, status: 'accepted' },
      });
      expect(head.status).toBe(403);
      const staff = await call(DECIDE, {
        ...ONA,
        params: at(p.id),
        body: { version: 1, status: 'accepted' },
      });
      expect(staff.status).toBe(403);
    });

    it('merges only into another proposal of the same cycle', async () => {
      const keep = await create(ONA, staffProposal());
      const dup = await create(ONA, staffProposal());
      const missing = await call(DECIDE, {
        ...HEAD,
        params: at(dup.id),
        body: { version: 1, status: 'merged', mergedInto: 'nera' },
      });
      expect(missing.status).toBe(400);
      expect(missing.json.errors[0]).toMatchObject({
        field: 'mergedInto',
        message: '2026 m. cikle įrašo nera nėra.',
      });
      const self = await call(DECIDE, {
        ...HEAD,
        params: at(dup.id),
        body: { version: 1, status: 'merged', mergedInto: dup.id },
      });
      expect(self.json.errors[0]).toMatchObject({ field: 'mergedInto' });
      const merged = await call(DECIDE, {
        ...HEAD,
        params: at(dup.id),
        body: { version: 1, status: 'merged', mergedInto: keep.id },
      });
      expect(merged.json).toMatchObject({
        status: 'merged',
        statusLabel: 'Sujungta',
        mergedInto: keep.id,
      });
    });
  });

  describe('responding to complaints', () => {
    it('records the answer, which ends the overdue warning', async () => {
      const c = await create(ONA, complaint({ receivedOn: '2026-11-02' }));
      const res = await call(RESPOND, {
        ...HEAD,
        params: at(c.id),
        body: {
          version: 1,
          response: 'Pietūs bus šildomi prieš patiekiant.',
          respondedOn: '2026-11-24',
        },
      });
      expect(res.status).toBe(200);
      expect(res.json).toMatchObject({
        respondedOn: '2026-11-24',
        respondedBy: 'vadove@org-a',
        responseDueOn: '2026-11-30',
        overdue: false,
      });
      const again = await call(RESPOND, {
        ...HEAD,
        params: at(c.id),
        body: { version: 2, response: 'Kitas atsakymas', respondedOn: '2026-11-24' },
      });
      expect(again.status).toBe(409);
    });

    it('answers only complaints', async () => {
      const p = await create(ONA, staffProposal());
      const res = await call(RESPOND, {
        ...HEAD,
        params: at(p.id),
        body: { version: 1, response: 'Ačiū', respondedOn: '2026-11-24' },
      });
      expect(res.status).toBe(409);
      expect(res.json.detail).toBe('Atsakymas registruojamas tik skundams.');
    });

    it('flags a complaint overdue once its due date has passed', async () => {
      const c = await create(
        ONA,
        complaint({ receivedOn: '2026-11-02', recipientCode: null, anonymous: true }),
      );
      table.setNow('2026-12-01T10:00:00Z');
      try {
        const res = await call(GET, { params: at(c.id) });
        expect(res.json).toMatchObject({ overdue: true, anonymous: true, recipientCode: null });
      } finally {
        table.setNow('2026-11-24T10:00:00Z');
      }
    });
  });

  describe('another organisation', () => {
    it('cannot see or decide another organisation’s proposal', async () => {
      const theirs = await create({ org: 'org-b' }, staffProposal({ unitId: null }));
      const get = await call(GET, { params: at(theirs.id) });
      expect(get.status).toBe(404);
      const decide = await call(DECIDE, {
        params: at(theirs.id),
        body: { version: 1, status: 'accepted' },
      });
      expect(decide.status).toBe(404);
      const own = await call(GET, { org: 'org-b', params: at(theirs.id) });
      expect(own.status).toBe(200);
    });
  });
});
