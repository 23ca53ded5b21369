import type { Actor } from '../domain/auth/actor';
import { saveCycle } from '../domain/cycle/cycle-service';
import type { Milestones } from '../domain/cycle/cycle';
import { saveOrganisation, saveUnit } from '../domain/org/org-service';
import type { Organisation, Unit } from '../domain/org/organisation';
import type { Deps, RequestContext } from '../domain/ports';
import { localDate, type IsoDate } from '../domain/time';

export const DEMO_ORG_ID = 'demo';

export const DEMO_ORGANISATION: Organisation = {
  name: 'Saulėtekio šeimos ir vaiko gerovės centras',
  type: 'familyChildWelfare',
  municipality: 'Utenos rajono savivaldybė',
  settings: { halfYearReports: true, founderAgreement: true },
};

export const DEMO_UNITS: Unit[] = [
  { id: 'dienos-centras', name: 'Dienos centras', active: true },
  { id: 'globos-centras', name: 'Globos centras', active: true },
  { id: 'seimos-gerove', name: 'Šeimos gerovės skyrius', active: true },
  { id: 'krizes-centras', name: 'Krizių centras', active: true },
];

/** Only dates already reached are recorded, so the demo stays true whatever today is. */
const reachedBy = (today: IsoDate, dates: Milestones): Milestones =>
  Object.fromEntries(Object.entries(dates).filter(([, d]) => d !== undefined && d <= today));

/**
 * The demo organisation a newcomer sees on first start: four units, last year's cycle (report
 * approved, now in improvement) and this year's (plan approved, half-year report late).
 * Written through the domain, so it is validated and audit-logged like any user's data.
 */
export const seedDemo = async (deps: Deps): Promise<'seeded' | 'present'> => {
  const actor: Actor = { userId: 'seed', orgId: DEMO_ORG_ID, roles: ['admin', 'director'] };
  const ctx: RequestContext = { actor, requestId: 'seed' };
  if (await deps.store.get(ctx, { type: 'org', id: 'profile' })) return 'present';
  const today = localDate(deps.clock.now());
  const year = Number(today.slice(0, 4));
  await saveOrganisation(ctx, DEMO_ORGANISATION, 0, deps);
  for (const unit of DEMO_UNITS) await saveUnit(ctx, unit, 0, deps);
  const last = year - 1;
  await saveCycle(
    ctx,
    last,
    {
      budgetApprovedOn: `${last}-01-28`,
      milestones: reachedBy(today, {
        founderAgreedOn: `${last}-03-12`,
        planApprovedOn: `${last}-03-20`,
        halfYearReportSubmittedOn: `${last}-07-25`,
        annualReportApprovedOn: `${year}-04-22`,
      }),
      notes:
        'Metinė ataskaita pristatyta darbuotojų susirinkime; atmintinė paslaugų gavėjams išplatinta.',
    },
    0,
    deps,
  );
  await saveCycle(
    ctx,
    year,
    {
      budgetApprovedOn: `${year}-02-10` <= today ? `${year}-02-10` : null,
      milestones: reachedBy(today, {
        founderAgreedOn: `${year}-03-30`,
        planApprovedOn: `${year}-04-02`,
        halfYearReportSubmittedOn: `${year}-08-05`,
      }),
      notes: '',
    },
    0,
    deps,
  );
  return 'seeded';
};
