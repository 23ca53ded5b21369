import { createTestApi } from '../support/api';
import { createTestTable, type TestTable } from '../support/table';

/* eslint-disable @typescript-eslint/no-explicit-any */

describe('the sheet rows API', () => {
  let table: TestTable;
  let call: ReturnType<typeof createTestApi>;
  const year = '2026';
  const path = 'PUT /v1/cycles/{year}/sheets/{entity}';
  const params = { year, entity: 'plan-items' };
  const head = { roles: ['unitHead' as const], user: 'vadove@org-a' };
  const otherHead = { roles: ['unitHead' as const], user: 'globos@org-a' };
  let ids: string[] = [];

  const planItem = async (goal: string) => {
    const res = await call('POST /v1/cycles/{year}/plan-items', {
      ...head,
      params: { year },
      body: {
        unitId: 'dienos-centras',
        goal,
        activity: 'Grupiniai užsiėmimai',
        responsible: 'Ona',
        dueOn: '2026-06-30',
      },
    });
    expect(res.status).toBe(201);
    return res.json.id as string;
  };
  const items = async () =>
    (await call('GET /v1/cycles/{year}/plan-items', { params: { year } })).json.items as any[];
  /** The API whose store lets `meanwhile` write once, just before a transaction of several changes. */
  const racingApi = (meanwhile: (ctx: any) => Promise<void>) => {
    const state = { raced: false };
    const store = table.deps.store;
    const racing = createTestApi({
      ...table,
      deps: {
        ...table.deps,
        store: Object.assign(Object.create(store) as typeof store, {
          apply: async (ctx: any, changes: any[]) => {
            if (!state.raced && changes.length > 1) {
              state.raced = true;
              await meanwhile(ctx);
            }
            return store.apply(ctx, changes);
          },
        }),
      },
    });
    return { racing, state };
  };

  beforeAll(async () => {
    table = await createTestTable('2026-02-15T09:00:00Z');
    call = createTestApi(table);
    for (const [unitId, name] of [
      ['dienos-centras', 'Dienos centras'],
      ['globos-centras', 'Globos centras'],
    ]) {
      await call('PUT /v1/org/units/{unitId}', {
        params: { unitId: unitId! },
        body: { version: 0, name },
      });
    }
    await call('PUT /v1/org/members/{userId}', {
      params: { userId: 'vadove@org-a' },
      body: { version: 0, name: 'Vadovė', unitIds: ['dienos-centras'] },
    });
    await call('PUT /v1/org/members/{userId}', {
      params: { userId: 'globos@org-a' },
      body: { version: 0, name: 'Globos vadovas', unitIds: ['globos-centras'] },
    });
    await call('PUT /v1/cycles/{year}', {
      params: { year },
      body: { version: 0, budgetApprovedOn: '2026-02-10' },
    });
    ids = [
      await planItem('Stiprinti vaikų socialinius įgūdžius'),
      await planItem('=1+1 ir kiti tikslai'),
      await planItem('Trečias tikslas'),
    ];
  });
  afterAll(async () => {
    await table.drop();
  });

  it('gives every entity of the planning workbook', async () => {
    for (const entity of ['plan-items', 'proposals', 'needs', 'training', 'actions', 'projects']) {
      const res = await call('GET /v1/cycles/{year}/sheets/{entity}', {
        params: { year, entity },
      });
      expect([entity, res.status]).toEqual([entity, 200]);
      expect(res.json.headers).toEqual(res.json.columns.map((c: any) => c.header));
    }
    const unknown = await call('GET /v1/cycles/{year}/sheets/{entity}', {
      params: { year, entity: 'surveys' },
    });
    expect(unknown.status).toBe(400);
  });

  it('gives headers in Lithuanian and English, column types, choices and formula-like text as it is', async () => {
    const lt = await call('GET /v1/cycles/{year}/sheets/{entity}', { params });
    expect(lt.status).toBe(200);
    expect(lt.json.headers.slice(0, 5)).toEqual([
      'ID (nekeisti)',
      'Versija (nekeisti)',
      'Skyrius',
      'Laikotarpis',
      'Tikslas',
    ]);
    const en = await call('GET /v1/cycles/{year}/sheets/{entity}', { params, lang: 'en' });
    expect(en.json.headers.slice(0, 5)).toEqual([
      'ID (do not change)',
      'Version (do not change)',
      'Unit',
      'Period',
      'Goal',
    ]);
    expect(en.json.title).toBe('Unit plans');
    const column = (key: string) => lt.json.columns.find((c: any) => c.key === key);
    expect(column('id')).toMatchObject({ type: 'id', readOnly: true });
    expect(column('dueOn')).toMatchObject({ type: 'date', readOnly: false, text: false });
    expect(column('goal')).toMatchObject({ type: 'text', required: true, maxLength: 1000 });
    expect(column('unitId').options).toEqual([
      { value: 'dienos-centras', label: 'Dienos centras' },
      { value: 'globos-centras', label: 'Globos centras' },
    ]);
    expect(column('period').options).toContainEqual({ value: 'H2', label: 'II pusmetis' });
    expect(lt.json.textColumns).toEqual(expect.arrayContaining(['id', 'goal', 'unitId']));
    expect(lt.json.textColumns).not.toContain('dueOn');
    expect(lt.json.rows).toHaveLength(3);
    const row = lt.json.rows.find((r: any) => r.id === ids[1]);
    expect(row).toEqual({
      id: ids[1],
      version: 1,
      values: expect.objectContaining({
        unitId: 'Dienos centras',
        period: 'Metinis',
        goal: '=1+1 ir kiti tikslai',
        dueOn: '2026-06-30',
        startOn: null,
        status: 'Suplanuota',
      }),
    });
    expect(row.values).not.toHaveProperty('id');
  });

  let batch: { rows: unknown[] };
  let created: string;

  it('applies each row on its own: an update, an unchanged row, a create, a conflict, a rejected row', async () => {
    const sheet = (await call('GET /v1/cycles/{year}/sheets/{entity}', { params })).json;
    const rowOf = (id: string) => sheet.rows.find((r: any) => r.id === id);
    // Someone else changes the third item after the pull.
    const third = await call('PUT /v1/cycles/{year}/plan-items/{itemId}', {
      params: { year, itemId: ids[2]! },
      body: {
        version: 1,
        unitId: 'dienos-centras',
        goal: 'Trečias tikslas',
        activity: 'Grupiniai užsiėmimai',
        responsible: 'Direktorė',
        dueOn: '2026-06-30',
      },
    });
    expect(third.status).toBe(200);
    batch = {
      rows: [
        {
          clientRowId: 'r1',
          id: ids[0],
          version: 1,
          values: { ...rowOf(ids[0]!).values, targetValue: '25 vaikai' },
        },
        { clientRowId: 'r2', id: ids[1], version: 1, values: rowOf(ids[1]!).values },
        {
          clientRowId: 'new-1',
          values: {
            unitId: 'Dienos centras',
            period: 'H2',
            goal: 'Įtraukti tėvus į veiklas',
            activity: 'Tėvų klubas kartą per mėnesį',
            responsible: 'Jonas',
            dueOn: '2026.12.15',
          },
        },
        {
          clientRowId: 'r3',
          id: ids[2],
          version: 1,
          values: { ...rowOf(ids[2]!).values, indicator: 'Dalyvių skaičius' },
        },
        {
          clientRowId: 'new-bad',
          values: {
            unitId: 'Dienos centras',
            period: 'II pusmetis',
            goal: '',
            activity: 'Be tikslo',
            responsible: 'Jonas',
            dueOn: '2026-13-45',
          },
        },
      ],
    };
    const res = await call(path, { ...head, params, body: batch });
    expect(res.status).toBe(200);
    expect(res.json.summary).toEqual({
      applied: 2,
      unchanged: 1,
      conflict: 1,
      rejected: 1,
      deleted: 0,
    });
    const [updated, unchanged, create, conflict, rejected] = res.json.rows;
    expect(updated).toMatchObject({
      clientRowId: 'r1',
      status: 'applied',
      id: ids[0],
      version: 2,
      changed: ['targetValue'],
      replayed: false,
      values: expect.objectContaining({ targetValue: '25 vaikai' }),
    });
    expect(unchanged).toMatchObject({
      clientRowId: 'r2',
      status: 'unchanged',
      id: ids[1],
      version: 1,
    });
    expect(create).toMatchObject({
      clientRowId: 'new-1',
      status: 'applied',
      version: 1,
      replayed: false,
      values: expect.objectContaining({ period: 'II pusmetis', dueOn: '2026-12-15' }),
    });
    created = create.id;
    expect(conflict).toEqual({
      clientRowId: 'r3',
      status: 'conflict',
      id: ids[2],
      sentVersion: 1,
      version: 2,
      changed: ['responsible', 'indicator'],
      values: expect.objectContaining({ responsible: 'Direktorė', indicator: null }),
    });
    expect(rejected).toEqual({
      clientRowId: 'new-bad',
      status: 'rejected',
      id: null,
      errors: [
        { column: 'goal', header: 'Tikslas', message: 'Privalomas laukas.' },
        {
          column: 'dueOn',
          header: 'Įvykdymo terminas',
          message: 'Ne data: įrašykite datą (pvz., 2026-03-01).',
        },
      ],
    });

    const stored = await items();
    expect(stored).toHaveLength(4);
    expect(stored.find((i) => i.id === ids[0])).toMatchObject({
      version: 2,
      targetValue: '25 vaikai',
    });
    expect(stored.find((i) => i.id === created)).toMatchObject({
      period: 'H2',
      dueOn: '2026-12-15',
      responsible: 'Jonas',
      unitId: 'dienos-centras',
    });
    expect(stored.find((i) => i.id === ids[2])).toMatchObject({
      version: 2,
      responsible: 'Direktorė',
    });
    expect(stored.find((i) => i.id === ids[2]).indicator).toBe('');
  });

  it('creates nothing new on a retry: the create is replayed, the landed update is unchanged', async () => {
    const res = await call(path, { ...head, params, body: batch });
    expect(res.status).toBe(200);
    expect(res.json.rows.map((r: any) => [r.clientRowId, r.status])).toEqual([
      ['r1', 'unchanged'],
      ['r2', 'unchanged'],
      ['new-1', 'applied'],
      ['r3', 'conflict'],
      ['new-bad', 'rejected'],
    ]);
    expect(res.json.rows[0]).toMatchObject({ id: ids[0], version: 2 });
    expect(res.json.rows[2]).toMatchObject({ id: created, version: 1, replayed: true });
    expect(await items()).toHaveLength(4);
  });

  it('applies an edit sent again with a clientRowId whose create landed, as an update of it', async () => {
    const retry = {
      rows: [
        {
          ...(batch.rows[2] as object),
          values: { ...(batch.rows[2] as any).values, responsible: 'Jonas ir Ona' },
        },
      ],
    };
    const res = await call(path, { ...head, params, body: retry });
    expect(res.json.rows[0]).toMatchObject({
      status: 'applied',
      id: created,
      version: 2,
      replayed: true,
      changed: ['responsible'],
    });
    expect(await items()).toHaveLength(4);
    // Another user's row with the same clientRowId is not theirs.
    const stolen = await call(path, { ...otherHead, params, body: retry });
    expect(stolen.json.rows[0]).toMatchObject({ status: 'rejected', id: null });
    expect(stolen.json.rows[0].errors[0]).toMatchObject({ column: null });
  });

  it('refuses another unit’s rows per row and applies the head’s own', async () => {
    const sheet = (await call('GET /v1/cycles/{year}/sheets/{entity}', { params })).json;
    const mine = sheet.rows.find((r: any) => r.id === ids[1]);
    const res = await call(path, {
      ...otherHead,
      params,
      lang: 'en',
      body: {
        rows: [
          {
            clientRowId: 'x1',
            id: ids[1],
            version: mine.version,
            values: { responsible: 'Kažkas kitas' },
          },
          {
            clientRowId: 'g1',
            values: {
              unitId: 'globos-centras',
              period: 'annual',
              goal: 'Globos tikslas',
              activity: 'Veikla',
              responsible: 'Rasa',
            },
          },
        ],
      },
    });
    expect(res.status).toBe(200);
    expect(res.json.rows[0]).toEqual({
      clientRowId: 'x1',
      status: 'rejected',
      id: ids[1],
      errors: [
        {
          column: 'unitId',
          header: 'Unit',
          message: 'You can change only your own unit’s items.',
        },
      ],
    });
    expect(res.json.rows[1]).toMatchObject({ status: 'applied', replayed: false });
    expect((await items()).find((i) => i.id === ids[1]).responsible).toBe('Ona');
    const staff = await call(path, {
      roles: ['staff'],
      user: 'globos@org-a',
      params,
      body: {
        rows: [
          {
            clientRowId: 's1',
            id: ids[1],
            version: mine.version,
            values: { responsible: 'Darbuotoja' },
          },
        ],
      },
    });
    expect(staff.json.rows[0]).toMatchObject({
      status: 'rejected',
      errors: [{ column: 'unitId', header: 'Skyrius', message: expect.any(String) }],
    });
    const admin = await call(path, { roles: ['admin'], params, body: batch });
    expect(admin.status).toBe(403);
  });

  it('writes rows one by one when someone writes between the review and the transaction', async () => {
    const sheet = (await call('GET /v1/cycles/{year}/sheets/{entity}', { params })).json;
    const rowOf = (id: string) => sheet.rows.find((r: any) => r.id === id);
    const { racing, state } = racingApi(async (ctx) => {
      const current = rowOf(ids[0]!);
      await table.deps.store.save(
        ctx,
        { type: 'planItem', id: ids[0]!, cycle: 2026 },
        { ...(await items()).find((i) => i.id === ids[0]), statusComment: 'Kitas naudotojas' },
        current.version,
      );
    });
    const res = await racing(path, {
      ...head,
      params,
      body: {
        rows: [
          {
            clientRowId: 'race-1',
            id: ids[0],
            version: rowOf(ids[0]!).version,
            values: { responsible: 'Ona Onaitė' },
          },
          {
            clientRowId: 'race-2',
            values: {
              unitId: 'Dienos centras',
              period: 'H1',
              goal: 'Lenktynių tikslas',
              activity: 'Veikla',
              responsible: 'Jonas',
            },
          },
        ],
      },
    });
    expect(state.raced).toBe(true);
    expect(res.json.rows.map((r: any) => r.status)).toEqual(['conflict', 'applied']);
    expect(res.json.rows[0].values).toMatchObject({
      statusComment: 'Kitas naudotojas',
      responsible: 'Ona',
    });
    expect((await items()).filter((i) => i.goal === 'Lenktynių tikslas')).toHaveLength(1);
  });

  it('creates one item when the same create is sent twice at once', async () => {
    const body = {
      rows: [
        {
          clientRowId: 'twin-1',
          values: {
            unitId: 'Dienos centras',
            period: 'H1',
            goal: 'Dvynių tikslas',
            activity: 'Veikla',
            responsible: 'Jonas',
          },
        },
      ],
    };
    const [a, b] = await Promise.all([
      call(path, { ...head, params, body }),
      call(path, { ...head, params, body }),
    ]);
    expect([a.json.rows[0].status, b.json.rows[0].status]).toEqual(['applied', 'applied']);
    expect(a.json.rows[0].id).toBe(b.json.rows[0].id);
    expect((await items()).filter((i) => i.goal === 'Dvynių tikslas')).toHaveLength(1);
  });

  it('refuses deleteMissing: true and a clientRowId sent twice', async () => {
    const res = await call(path, {
      ...head,
      params,
      body: { rows: batch.rows.slice(0, 1), deleteMissing: true },
    });
    expect(res.status).toBe(400);
    expect(res.json.errors).toEqual([
      expect.objectContaining({
        field: 'deleteMissing',
        message: expect.stringContaining('deleteMissing: false'),
      }),
    ]);
    const twice = await call(path, {
      ...head,
      params,
      body: { rows: [batch.rows[0], batch.rows[0]] },
    });
    expect(twice.status).toBe(400);
    expect(twice.json.errors[0].message).toContain('clientRowId');
  });

  it('shows nothing of another organisation', async () => {
    const get = await call('GET /v1/cycles/{year}/sheets/{entity}', { params, org: 'org-b' });
    expect(get.status).toBe(404);
    const put = await call(path, { params, org: 'org-b', body: batch });
    expect(put.status).toBe(404);
  });

  it('leaves an audit entry for every change', async () => {
    const entries = async (entityType: string, entityId: string) =>
      (
        await call('GET /v1/audit', {
          query: { entityType, entityId, cycle: year },
        })
      ).json.items as any[];
    const update = await entries('planItem', ids[0]!);
    expect(update.map((e) => [e.action, e.actor.userId])).toContainEqual([
      'update',
      'vadove@org-a',
    ]);
    const create = await entries('planItem', created);
    expect(create.map((e) => e.action).sort()).toEqual(['create', 'update']);
    const receipt = await entries('sheetRowReceipt', 'plan-items.new-1');
    expect(receipt).toEqual([
      expect.objectContaining({
        action: 'create',
        after: expect.objectContaining({ itemId: created, clientRowId: 'new-1' }),
      }),
    ]);
  });

  /**
   * Explicit deletions: each at the version read, by the area's own delete rules, in
   * transactions, audited; a retry finds the item gone, a stale version is a conflict with the
   * current values, areas without a delete refuse.
   */
  describe('deletions', () => {
    const PUT = path;
    const planItems = params;
    const ona = { roles: ['staff' as const], user: 'ona@org-a' };
    const deputy = { roles: ['deputy' as const], user: 'pavaduotoja@org-a' };
    const target = async (goal: string) => ({ id: await planItem(goal), version: 1 });
    const planItemIds = async () => (await items()).map((i) => i.id as string);

    beforeAll(async () => {
      await call('PUT /v1/org/members/{userId}', {
        params: { userId: 'ona@org-a' },
        body: { version: 0, name: 'Ona Onaitė', unitIds: ['dienos-centras'] },
      });
    });

    it('deletes at the version read, with the rows of the same request, and a retry finds it gone', async () => {
      const [a, b, kept] = [await target('Pirmas'), await target('Antras'), await target('Lieka')];
      const body = {
        rows: [
          {
            clientRowId: 'k1',
            id: kept.id,
            version: kept.version,
            values: { responsible: 'Rūta' },
          },
        ],
        deletes: [a, b],
      };
      const res = await call(PUT, { ...head, params: planItems, body });
      expect(res.status).toBe(200);
      expect(res.json.summary).toEqual({
        applied: 1,
        unchanged: 0,
        conflict: 0,
        rejected: 0,
        deleted: 2,
      });
      expect(res.json.rows[0]).toMatchObject({ status: 'applied', id: kept.id, version: 2 });
      expect(res.json.deleted).toEqual([
        { id: a.id, status: 'deleted', version: 1 },
        { id: b.id, status: 'deleted', version: 1 },
      ]);
      const left = await planItemIds();
      expect(left).toContain(kept.id);
      expect(left).not.toContain(a.id);
      expect(left).not.toContain(b.id);

      const retry = await call(PUT, {
        ...head,
        params: planItems,
        body: { rows: [], deletes: [a, b] },
      });
      expect(retry.status).toBe(200);
      expect(retry.json.deleted).toEqual([
        { id: a.id, status: 'gone' },
        { id: b.id, status: 'gone' },
      ]);
      expect(retry.json.summary.deleted).toBe(0);

      const audit = await call('GET /v1/audit', {
        query: { entityType: 'planItem', entityId: a.id, cycle: year },
      });
      expect(audit.json.items.map((e: any) => [e.action, e.actor.userId]).sort()).toEqual([
        ['create', 'vadove@org-a'],
        ['delete', 'vadove@org-a'],
      ]);
      const deletion = audit.json.items.find((e: any) => e.action === 'delete');
      expect(deletion.before).toMatchObject({ goal: 'Pirmas' });
    });

    it('deletes nothing of an item changed since it was read: its current values come back', async () => {
      const item = await target('Keičiamas');
      const sheet = (await call('GET /v1/cycles/{year}/sheets/{entity}', { params: planItems }))
        .json;
      await call(PUT, {
        ...head,
        params: planItems,
        body: {
          rows: [
            {
              clientRowId: 'other',
              id: item.id,
              version: item.version,
              values: { responsible: 'Kitas' },
            },
          ],
        },
      });
      const res = await call(PUT, {
        ...head,
        params: planItems,
        body: { rows: [], deletes: [item] },
      });
      expect(res.json.deleted).toEqual([
        {
          id: item.id,
          status: 'conflict',
          version: 2,
          values: expect.objectContaining({ goal: 'Keičiamas', responsible: 'Kitas' }),
        },
      ]);
      expect(Object.keys(res.json.deleted[0].values).sort()).toEqual(
        Object.keys(sheet.rows[0].values).sort(),
      );
      expect(await planItemIds()).toContain(item.id);
    });

    it('applies the area’s own rules: another unit’s head and staff are refused per item', async () => {
      const item = await target('Ne jūsų');
      const theirs = await call(PUT, {
        ...otherHead,
        params: planItems,
        body: { rows: [], deletes: [item] },
      });
      expect(theirs.status).toBe(200);
      expect(theirs.json.deleted).toEqual([
        {
          id: item.id,
          status: 'rejected',
          errors: [
            { column: null, header: null, message: 'Galite keisti tik savo skyriaus įrašus.' },
          ],
        },
      ]);
      const staff = await call(PUT, {
        ...ona,
        params: planItems,
        body: { rows: [], deletes: [item] },
        lang: 'en',
      });
      expect(staff.json.deleted[0]).toMatchObject({ status: 'rejected' });
      expect(staff.json.deleted[0].errors[0].message).toBe(
        'This action needs one of the roles: deputy director for social work, director, administrator, unit head.',
      );
      expect(await planItemIds()).toContain(item.id);
    });

    it('keeps a need a training answers, and deletes a staff member’s own need', async () => {
      const need = async (topic: string) => {
        const res = await call('POST /v1/cycles/{year}/needs', {
          ...ona,
          params: { year },
          body: { area: 'psychologyTrauma', topic },
        });
        expect(res.status).toBe(201);
        return { id: res.json.id as string, version: res.json.version as number };
      };
      const [linked, free] = [await need('Darbas su trauma'), await need('Supervizija')];
      const training = await call('POST /v1/cycles/{year}/training', {
        ...deputy,
        params: { year },
        body: {
          topic: 'Darbas su trauma: pradmenys',
          area: 'psychologyTrauma',
          provider: 'Traumų centras',
          format: 'external',
          plannedHours: 16,
          participants: ['ona@org-a'],
          from: '2026-05-18',
          to: '2026-05-19',
          needIds: [linked.id],
        },
      });
      expect(training.status).toBe(201);
      const res = await call(PUT, {
        ...ona,
        params: { year, entity: 'needs' },
        body: { rows: [], deletes: [linked, free] },
      });
      expect(res.json.deleted).toEqual([
        {
          id: linked.id,
          status: 'rejected',
          errors: [
            {
              column: null,
              header: null,
              message:
                'Poreikio ištrinti negalima: jis susietas su šiais mokymais: Darbas su trauma: pradmenys.',
            },
          ],
        },
        { id: free.id, status: 'deleted', version: 1 },
      ]);
      const left = await call('GET /v1/cycles/{year}/needs', { ...ona, params: { year } });
      expect(left.json.items.map((n: any) => n.id)).toEqual([linked.id]);
    });

    it('refuses deletions where the area has none, naming the sheet', async () => {
      const proposal = await call('POST /v1/cycles/{year}/proposals', {
        ...ona,
        params: { year },
        body: {
          kind: 'proposal',
          source: 'staffMeeting',
          unitId: 'dienos-centras',
          text: 'Įrengti poilsio kambarį vaikams',
          category: 'environment',
          receivedOn: '2026-02-14',
          submittedBy: 'Ona Onaitė',
        },
      });
      expect(proposal.status).toBe(201);
      const target = { id: proposal.json.id, version: proposal.json.version };
      const lt = await call(PUT, {
        ...deputy,
        params: { year, entity: 'proposals' },
        body: { rows: [], deletes: [target] },
      });
      expect(lt.json.deleted[0]).toMatchObject({ id: target.id, status: 'rejected' });
      expect(lt.json.deleted[0].errors[0].message).toMatch(/^Lapo „.+“ įrašų ištrinti negalima/);
      const en = await call(PUT, {
        ...deputy,
        params: { year, entity: 'proposals' },
        body: { rows: [], deletes: [target] },
        lang: 'en',
      });
      expect(en.json.deleted[0].errors[0].message).toMatch(
        /^Items of sheet “.+” cannot be deleted/,
      );
      const still = await call('GET /v1/cycles/{year}/proposals/{proposalId}', {
        params: { year, proposalId: target.id },
      });
      expect(still.status).toBe(200);
    });

    it('refuses an id both written and deleted, or deleted twice, naming it; and an empty request', async () => {
      const item = await target('Dvigubas');
      const both = await call(PUT, {
        ...head,
        params: planItems,
        body: {
          rows: [{ clientRowId: 'x', id: item.id, version: 1, values: { responsible: 'Jonas' } }],
          deletes: [item],
        },
      });
      expect(both.status).toBe(400);
      expect(both.json.errors).toEqual([
        expect.objectContaining({
          field: 'deletes.0.id',
          in: 'body',
          message: expect.stringContaining(item.id),
        }),
      ]);
      const twice = await call(PUT, {
        ...head,
        params: planItems,
        body: { rows: [], deletes: [item, item] },
        lang: 'en',
      });
      expect(twice.status).toBe(400);
      expect(twice.json.errors).toEqual([
        expect.objectContaining({
          field: 'deletes.1.id',
          message: `Item ${item.id} is named for deletion more than once.`,
        }),
      ]);
      const empty = await call(PUT, { ...head, params: planItems, body: { rows: [] } });
      expect(empty.status).toBe(400);
      expect(empty.json.errors[0].field).toBe('rows');
      const tooMany = await call(PUT, {
        ...head,
        params: planItems,
        body: {
          rows: [],
          deletes: Array.from({ length: 501 }, (_, i) => ({ id: `x${i}`, version: 1 })),
        },
      });
      expect(tooMany.status).toBe(400);
      expect(tooMany.json.errors[0].field).toBe('deletes');
      expect(await planItemIds()).toContain(item.id);
    });

    it('deletes one by one when someone writes between the review and the transaction', async () => {
      const [raced, calm] = [await target('Lenktynės'), await target('Ramus')];
      const { racing, state } = racingApi(async (ctx) => {
        const ref = { type: 'planItem' as const, id: raced.id, cycle: 2026 };
        const current = (await table.deps.store.get<any>(ctx, ref))!;
        await table.deps.store.save(
          ctx,
          ref,
          { ...current, responsible: 'Kitas naudotojas' },
          current.version,
        );
      });
      const res = await racing(PUT, {
        ...head,
        params: planItems,
        body: { rows: [], deletes: [raced, calm] },
      });
      expect(state.raced).toBe(true);
      expect(res.json.deleted).toEqual([
        expect.objectContaining({
          id: raced.id,
          status: 'conflict',
          version: 2,
          values: expect.objectContaining({ responsible: 'Kitas naudotojas' }),
        }),
        { id: calm.id, status: 'deleted', version: 1 },
      ]);
      const ids = await planItemIds();
      expect(ids).toContain(raced.id);
      expect(ids).not.toContain(calm.id);
    });

    it('reaches nothing of another organisation', async () => {
      const item = await target('Mūsų');
      const res = await call(PUT, {
        roles: ['director'],
        org: 'org-b',
        params: planItems,
        body: { rows: [], deletes: [item] },
      });
      expect(res.status).toBe(404);
      expect(await planItemIds()).toContain(item.id);
    });
  });
});
