import type { Organisation } from '../domain/org/organisation';
import type { Deps } from '../domain/ports';
import { Calendar, on } from './seed/calendar';
import { fileAnnualReport, seedLastYear } from './seed/last-year';
import { by, DEMO_ORG_ID, DEMO_UNITS, PEOPLE, SEED_ADMIN } from './seed/people';
import { seedPreviousYear } from './seed/previous-year';
import { putCycle, putMember, putOrganisation, putUnit } from './seed/requests';
import { SeedingStore } from './seed/seeding-store';
import { seedIndicatorValues, seedStrategy } from './seed/strategy';
import { seedSurveys } from './seed/surveys';
import { seedThisYear } from './seed/this-year';

export { DEMO_ORG_ID, DEMO_UNITS, PEOPLE as DEMO_PEOPLE } from './seed/people';

export const DEMO_ORGANISATION: Organisation = {
  name: 'Saulėtekio šeimos ir vaiko gerovės centras',
  type: 'familyChildWelfare',
  municipality: 'Utenos rajono savivaldybė',
  settings: { halfYearReports: true, founderAgreement: true },
};

/** The organisation, its four units and its people (the ids are listed in `seed/people.ts`). */
const seedOrganisation = async (cal: Calendar): Promise<void> => {
  const { deps } = cal;
  await putOrganisation(SEED_ADMIN, deps, { version: 0, ...DEMO_ORGANISATION });
  await Promise.all(
    DEMO_UNITS.map(({ id, ...unit }) => putUnit(SEED_ADMIN, deps, id, { version: 0, ...unit })),
  );
  await Promise.all(
    Object.values(PEOPLE).map((p) =>
      putMember(SEED_ADMIN, deps, p.userId, { version: 0, name: p.name, unitIds: p.unitIds }),
    ),
  );
};

/**
 * The cycles of the year before last, last year and this year; the budget dates are recorded once
 * they have come.
 */
const seedCycles = async (cal: Calendar): Promise<void> => {
  const deputy = by(PEOPLE.deputy);
  const budget = (year: number) => (cal.reached(on(year, '02-10')) ? on(year, '02-10') : null);
  await Promise.all([
    putCycle(deputy, cal.deps, cal.previous, {
      version: 0,
      budgetApprovedOn: on(cal.previous, '01-26'),
    }),
    putCycle(deputy, cal.deps, cal.last, { version: 0, budgetApprovedOn: on(cal.last, '01-28') }),
    putCycle(deputy, cal.deps, cal.year, { version: 0, budgetApprovedOn: budget(cal.year) }),
  ]);
};

/**
 * The demo organisation a newcomer explores on first start: a family and child welfare centre
 * with four units and a dozen people, its strategy goals and indicators (with the values of the
 * years before), the year before last as much as last year's annual report compares with, last
 * year's cycle taken through the whole loop and its annual report through its workflow, and this
 * year's as far as today, with its warnings and late items.
 * Every step is a request its person could have sent, dated on its own day and written through
 * the domain, so it is validated and audit-logged like any user's data; a step after today is
 * left out, so the demo holds on any day of the year. Seeds once: `present` when it exists.
 */
export const seedDemo = async (deps: Deps): Promise<'seeded' | 'present'> => {
  if (await deps.store.get(SEED_ADMIN, { type: 'org', id: 'profile' })) return 'present';
  const cal = new Calendar({ ...deps, store: new SeedingStore(deps.store) });
  try {
    const [strategy] = await Promise.all([
      seedStrategy(cal),
      seedOrganisation(cal),
      seedCycles(cal),
    ]);
    await Promise.all([
      seedIndicatorValues(cal, strategy),
      seedPreviousYear(cal, strategy),
      seedLastYear(cal, strategy),
      seedThisYear(cal, strategy),
      seedSurveys(cal),
    ]);
    // It reads all of the above, each step as the store stood on its day.
    await fileAnnualReport(cal);
  } catch (error) {
    throw new Error(
      `The demo organisation '${DEMO_ORG_ID}' was only partly seeded; delete the data directory (.data) and start again`,
      { cause: error },
    );
  }
  return 'seeded';
};
