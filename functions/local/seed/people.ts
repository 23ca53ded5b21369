import type { Role } from '../../domain/auth/actor';
import type { RequestContext } from '../../domain/ports';

export const DEMO_ORG_ID = 'demo';

export const UNIT = {
  dayCentre: 'dienos-centras',
  fosterCare: 'globos-centras',
  familyWelfare: 'seimos-gerove',
  crisisCentre: 'krizes-centras',
} as const;

export const DEMO_UNITS = [
  { id: UNIT.dayCentre, name: 'Dienos centras', active: true },
  { id: UNIT.fosterCare, name: 'Globos centras', active: true },
  { id: UNIT.familyWelfare, name: 'Šeimos gerovės skyrius', active: true },
  { id: UNIT.crisisCentre, name: 'Krizių centras', active: true },
];

export interface DemoPerson {
  /** The token subject: `npm run token -- --org demo --role <role> --user <userId>`. */
  userId: string;
  /** Invented: no real person is meant. */
  name: string;
  /** Their position, as plan items name the person responsible. */
  title: string;
  role: Role;
  unitIds: string[];
}

const person = (
  userId: string,
  name: string,
  title: string,
  role: Role,
  unitIds: string[] = [],
): DemoPerson => ({ userId, name, title, role, unitIds });

/**
 * The demo's people; each id works with `npm run token -- --org demo --role <role> --user <id>`:
 *   direktorius@demo   director   Rimantas Žemaitis (the token `npm start` prints)
 *   pavaduotoja@demo   deputy     Jolanta Petrauskienė, deputy director for social work
 *   vadove.dc@demo     unitHead   Inga Stankevičienė, Dienos centras
 *   vadove.gc@demo     unitHead   Daiva Kazlauskienė, Globos centras
 *   vadove.sg@demo     unitHead   Laima Urbonienė, Šeimos gerovės skyrius
 *   vadovas.kc@demo    unitHead   Tomas Vaitkus, Krizių centras
 *   ona@demo           staff      Ona Balčiūnienė, Dienos centras
 *   ruta@demo          staff      Rūta Paulauskienė, Globos centras
 *   egle@demo          staff      Eglė Navickaitė, Šeimos gerovės skyrius
 *   mantas@demo        staff      Mantas Rimkus, Krizių centras
 *   kestutis@demo      staff      Kęstutis Žukauskas, psychologist of two units (Šeimos gerovės, Krizių)
 *   jurgita@demo       (left)     Jurgita Vasiliauskienė, Dienos centras until the end of last year
 */
export const PEOPLE = {
  director: person('direktorius@demo', 'Rimantas Žemaitis', 'direktorius', 'director'),
  deputy: person(
    'pavaduotoja@demo',
    'Jolanta Petrauskienė',
    'direktoriaus pavaduotoja socialiniam darbui',
    'deputy',
  ),
  headDay: person('vadove.dc@demo', 'Inga Stankevičienė', 'skyriaus vadovė', 'unitHead', [
    UNIT.dayCentre,
  ]),
  headFoster: person('vadove.gc@demo', 'Daiva Kazlauskienė', 'skyriaus vadovė', 'unitHead', [
    UNIT.fosterCare,
  ]),
  headFamily: person('vadove.sg@demo', 'Laima Urbonienė', 'skyriaus vadovė', 'unitHead', [
    UNIT.familyWelfare,
  ]),
  headCrisis: person('vadovas.kc@demo', 'Tomas Vaitkus', 'skyriaus vadovas', 'unitHead', [
    UNIT.crisisCentre,
  ]),
  ona: person('ona@demo', 'Ona Balčiūnienė', 'socialinė darbuotoja', 'staff', [UNIT.dayCentre]),
  ruta: person('ruta@demo', 'Rūta Paulauskienė', 'socialinė darbuotoja', 'staff', [
    UNIT.fosterCare,
  ]),
  egle: person('egle@demo', 'Eglė Navickaitė', 'atvejo vadybininkė', 'staff', [UNIT.familyWelfare]),
  mantas: person('mantas@demo', 'Mantas Rimkus', 'socialinis darbuotojas', 'staff', [
    UNIT.crisisCentre,
  ]),
  kestutis: person('kestutis@demo', 'Kęstutis Žukauskas', 'psichologas', 'staff', [
    UNIT.familyWelfare,
    UNIT.crisisCentre,
  ]),
  jurgita: person('jurgita@demo', 'Jurgita Vasiliauskienė', 'socialinė darbuotoja', 'staff', [
    UNIT.dayCentre,
  ]),
} as const satisfies Record<string, DemoPerson>;

/** A request by a demo person, with their role, as their token would give it. */
export const by = (p: DemoPerson): RequestContext => ({
  actor: { userId: p.userId, orgId: DEMO_ORG_ID, roles: [p.role] },
  requestId: 'demo-seed',
});

/** Who sets the organisation up: the seed itself, as an administrator. */
export const SEED_ADMIN: RequestContext = {
  actor: { userId: 'seed', orgId: DEMO_ORG_ID, roles: ['admin'] },
  requestId: 'demo-seed',
};

/** How a plan item names the person responsible. */
export const responsible = (p: DemoPerson): string => `${p.name}, ${p.title}`;
