import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Role } from '../../functions/domain/auth/actor';
import { localDate } from '../../functions/domain/time';
import { loadOrCreateKeys, signLocalToken } from '../../functions/local/jwt';
import { startLocalServer, type LocalServer } from '../support/local-server';

/**
 * One cycle walked through `npm start` over HTTP, with each role's own token: proposals → unit
 * plan → needs and training plan → compiled annual plan → submit → approve → progress →
 * improvement action from a finding; and the refusals along the way.
 */
describe('a planning cycle end to end', () => {
  const dataDir = mkdtempSync(join(tmpdir(), 'ciklas-walk-'));
  const org = 'saules-centras';
  const year = Number(localDate(new Date()).slice(0, 4));
  const y = String(year);
  let server: LocalServer;
  const tokens: Record<string, string> = {};

  const as = (who: string) => ({
    call: async (method: string, path: string, body?: unknown) => {
      const res = await fetch(`${server.url}${path}`, {
        method,
        headers: {
          authorization: `Bearer ${tokens[who]}`,
          ...(body === undefined ? {} : { 'content-type': 'application/json' }),
        },
        ...(body === undefined ? {} : { body: JSON.stringify(body) }),
      });
      return { status: res.status, json: (await res.json()) as any };
    },
  });

  beforeAll(async () => {
    server = await startLocalServer(dataDir);
    const keys = await loadOrCreateKeys(dataDir);
    const people: [string, Role][] = [
      ['admin', 'admin'],
      ['direktore', 'director'],
      ['pavaduotoja', 'deputy'],
      ['vadove', 'unitHead'],
      ['ona', 'staff'],
    ];
    for (const [name, role] of people) {
      tokens[name] = await signLocalToken(keys, {
        orgId: org,
        roles: [role],
        userId: `${name}@${org}`,
      });
    }
  }, 120_000);

  afterAll(async () => {
    await server?.stop();
    rmSync(dataDir, { recursive: true, force: true });
  });

  let proposalId: string;
  let complaintId: string;
  let itemId: string;
  let needId: string;
  let trainingId: string;

  it('sets up the organisation, its units, people and the cycle', async () => {
    const admin = as('admin');
    expect(
      (
        await admin.call('PUT', '/v1/org', {
          version: 0,
          name: 'Saulės socialinių paslaugų centras',
          type: 'dayCentre',
          municipality: 'Utenos rajono savivaldybė',
          settings: { halfYearReports: true, founderAgreement: false },
        })
      ).status,
    ).toBe(200);
    for (const [unitId, name] of [
      ['dienos-centras', 'Dienos centras'],
      ['globos-centras', 'Globos centras'],
    ]) {
      expect(
        (await admin.call('PUT', `/v1/org/units/${unitId}`, { version: 0, name })).status,
      ).toBe(200);
    }
    for (const [name, unitIds] of [
      ['vadove', ['dienos-centras']],
      ['ona', ['dienos-centras']],
      ['pavaduotoja', []],
    ] as const) {
      const res = await admin.call('PUT', `/v1/org/members/${name}@${org}`, {
        version: 0,
        name,
        unitIds,
      });
      expect(res.status).toBe(200);
    }
    const cycle = await as('pavaduotoja').call('PUT', `/v1/cycles/${y}`, {
      version: 0,
      budgetApprovedOn: `${y}-02-10`,
    });
    expect(cycle.status).toBe(200);
  });

  it('gathers a staff proposal and a recipient’s complaint; the unit head accepts the proposal', async () => {
    const ona = as('ona');
    const proposal = await ona.call('POST', `/v1/cycles/${y}/proposals`, {
      kind: 'proposal',
      source: 'staffMeeting',
      unitId: 'dienos-centras',
      text: 'Organizuoti socialinių įgūdžių grupę paaugliams',
      category: 'activities',
      receivedOn: `${y}-01-15`,
      submittedBy: 'Ona',
    });
    expect(proposal.status).toBe(201);
    proposalId = proposal.json.id;
    const complaint = await ona.call('POST', `/v1/cycles/${y}/proposals`, {
      kind: 'complaint',
      source: 'suggestionBox',
      unitId: 'dienos-centras',
      text: 'Per mažai užsiėmimų po pamokų',
      category: 'activities',
      receivedOn: `${y}-01-20`,
      anonymous: true,
    });
    expect(complaint.status).toBe(201);
    complaintId = complaint.json.id;
    expect(
      (
        await ona.call('POST', `/v1/cycles/${y}/proposals/${proposalId}/decision`, {
          version: 1,
          status: 'accepted',
        })
      ).status,
    ).toBe(403);
    const accepted = await as('vadove').call(
      'POST',
      `/v1/cycles/${y}/proposals/${proposalId}/decision`,
      {
        version: 1,
        status: 'accepted',
      },
    );
    expect(accepted.json.status).toBe('accepted');
  });

  it('writes the unit plan from it; staff cannot', async () => {
    const item = {
      unitId: 'dienos-centras',
      goal: 'Stiprinti paauglių socialinius įgūdžius',
      activity: 'Socialinių įgūdžių grupė kas savaitę',
      responsible: 'Ona',
      startOn: `${y}-03-01`,
      dueOn: `${y}-12-20`,
      indicator: 'Dalyvių skaičius',
      targetValue: '12',
      origin: [proposalId],
    };
    expect((await as('ona').call('POST', `/v1/cycles/${y}/plan-items`, item)).status).toBe(403);
    const created = await as('vadove').call('POST', `/v1/cycles/${y}/plan-items`, item);
    expect(created.status).toBe(201);
    expect(created.json.origin).toEqual([proposalId]);
    itemId = created.json.id;
  });

  it('turns a staff member’s need into the training plan', async () => {
    const need = await as('ona').call('POST', `/v1/cycles/${y}/needs`, {
      area: 'communication',
      topic: 'Darbas su paaugliais grupėje',
      reason: 'Nauja grupė',
      source: 'selfAssessment',
    });
    expect(need.status).toBe(201);
    needId = need.json.id;
    const plan = {
      topic: 'Darbas su paaugliais grupėje',
      area: 'communication',
      provider: 'VšĮ Mokymų centras',
      format: 'external',
      plannedHours: 16,
      participants: [`ona@${org}`],
      from: `${y}-01-10`,
      to: `${y}-01-11`,
      costEur: 120,
      needIds: [needId],
    };
    expect((await as('vadove').call('POST', `/v1/cycles/${y}/training`, plan)).status).toBe(403);
    const training = await as('pavaduotoja').call('POST', `/v1/cycles/${y}/training`, plan);
    expect(training.status).toBe(201);
    trainingId = training.json.id;
  });

  it('compiles the annual plan, which the deputy submits and the director approves (not the deputy, not staff)', async () => {
    const compiled = await as('ona').call('GET', `/v1/cycles/${y}/annual-plan`);
    expect(compiled.json.content.totals).toEqual({
      items: 1,
      units: 1,
      trainingItems: 1,
      trainingHours: 16,
    });
    expect(compiled.json.deadline.dueOn).toBe(`${y}-04-10`);
    expect(
      (await as('ona').call('POST', `/v1/cycles/${y}/annual-plan/submit`, { version: 0 })).status,
    ).toBe(403);
    const submitted = await as('pavaduotoja').call('POST', `/v1/cycles/${y}/annual-plan/submit`, {
      version: 0,
    });
    expect(submitted.json.state).toBe('submitted');
    const byStaff = await as('ona').call('POST', `/v1/cycles/${y}/annual-plan/decision`, {
      version: 1,
      decision: 'approve',
    });
    expect(byStaff.status).toBe(403);
    const byDeputy = await as('pavaduotoja').call('POST', `/v1/cycles/${y}/annual-plan/decision`, {
      version: 1,
      decision: 'approve',
    });
    expect(byDeputy.status).toBe(403);
    const approved = await as('direktore').call('POST', `/v1/cycles/${y}/annual-plan/decision`, {
      version: 1,
      decision: 'approve',
      comment: 'Tvirtinu',
    });
    expect(approved.json).toMatchObject({
      state: 'approved',
      stateLabel: 'Patvirtintas',
      editability: 'frozen',
    });
    const cycle = await as('ona').call('GET', `/v1/cycles/${y}`);
    expect(cycle.json.milestones.planApprovedOn).toBe(approved.json.approvedOn);
  });

  it('refuses an edit of the approved plan that is not an amendment', async () => {
    const current = await as('vadove').call('GET', `/v1/cycles/${y}/plan-items/${itemId}`);
    const {
      id: _i,
      unitName: _u,
      periodLabel: _p,
      statusLabel: _s,
      latestPercent: _l,
      overdue: _o,
      progress: _pr,
      createdAt: _c,
      createdBy: _cb,
      updatedAt: _ua,
      updatedBy: _ub,
      ...fields
    } = current.json;
    const res = await as('vadove').call('PUT', `/v1/cycles/${y}/plan-items/${itemId}`, {
      ...fields,
      targetValue: '15',
    });
    expect(res.status).toBe(409);
    expect(res.json.detail).toContain('plano pakeitimą');
    const training = await as('pavaduotoja').call('PUT', `/v1/cycles/${y}/training/${trainingId}`, {
      version: 1,
      topic: 'Darbas su paaugliais grupėje',
      area: 'communication',
      format: 'external',
      plannedHours: 24,
      participants: [`ona@${org}`],
      from: `${y}-01-10`,
      to: `${y}-01-12`,
      needIds: [needId],
    });
    expect(training.status).toBe(409);
  });

  it('records progress and a completed training, which the frozen plan allows', async () => {
    const progress = await as('ona').call('POST', `/v1/cycles/${y}/plan-items/${itemId}/progress`, {
      version: 1,
      checkpoint: 'H1',
      percent: 60,
      comment: 'Grupė susirinko, vyksta užsiėmimai',
    });
    expect(progress.json).toMatchObject({ status: 'inProgress', latestPercent: 60 });
    const completion = await as('pavaduotoja').call(
      'POST',
      `/v1/cycles/${y}/training/${trainingId}/completions`,
      {
        version: 1,
        userId: `ona@${org}`,
        hours: 16,
        completedOn: `${y}-01-11`,
        certificate: true,
      },
    );
    expect(completion.status).toBe(200);
    const plan = await as('direktore').call('GET', `/v1/cycles/${y}/annual-plan`);
    expect(plan.json.changesSinceApproval).toEqual({ added: [], changed: [], removed: [] });
  });

  it('opens an improvement action from the complaint, measured by an indicator', async () => {
    const indicator = await as('pavaduotoja').call('POST', '/v1/indicators', {
      code: 'UZS-1',
      name: {
        lt: 'Popamokinių užsiėmimų skaičius per savaitę',
        en: 'After-school sessions a week',
      },
      unit: 'count',
      direction: 'up',
      target: 5,
    });
    expect(indicator.status).toBe(201);
    await as('pavaduotoja').call('PUT', `/v1/indicators/${indicator.json.id}/values/${y}`, {
      version: 1,
      value: 2,
    });
    const action = await as('vadove').call('POST', `/v1/cycles/${y}/actions`, {
      finding: { kind: 'complaint', reference: complaintId, text: 'Per mažai užsiėmimų po pamokų' },
      title: 'Papildomi popamokiniai užsiėmimai',
      ownerUserId: `vadove@${org}`,
      unitId: 'dienos-centras',
      dueOn: `${year + 1}-03-31`,
      indicatorId: indicator.json.id,
    });
    expect(action.status).toBe(201);
    expect(action.json.effect).toMatchObject({
      baseline: { year, value: 2 },
      effect: { year: year + 1, value: null },
    });
    const answered = await as('vadove').call(
      'POST',
      `/v1/cycles/${y}/proposals/${complaintId}/response`,
      {
        version: 1,
        response: 'Nuo kito mėnesio – du papildomi užsiėmimai per savaitę.',
        respondedOn: localDate(new Date()),
      },
    );
    expect(answered.status).toBe(200);
  });

  it('keeps every step in the audit log, for the director and not for staff', async () => {
    const audit = await as('direktore').call('GET', '/v1/audit?limit=200');
    const types = new Set(audit.json.items.map((e: { entity: { type: string } }) => e.entity.type));
    for (const type of [
      'proposal',
      'planItem',
      'need',
      'training',
      'annualPlan',
      'cycle',
      'indicator',
      'action',
    ]) {
      expect(types).toContain(type);
    }
    expect((await as('ona').call('GET', '/v1/audit')).status).toBe(403);
  });
});
