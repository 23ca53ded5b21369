import type { OrgSettings } from '../org/organisation';
import { addMonths, daysBetween, endOfMonth, type IsoDate } from '../time';
import type { Cycle, Milestones } from './cycle';

export const DEADLINE_IDS = [
  'annualPlanApproval',
  'founderAgreement',
  'halfYearReport',
  'annualReport',
] as const;
export type DeadlineId = (typeof DEADLINE_IDS)[number];

export const DEADLINE_STATUSES = [
  'done',
  'doneLate',
  'overdue',
  'dueSoon',
  'upcoming',
  'unscheduled',
] as const;
export type DeadlineStatus = (typeof DEADLINE_STATUSES)[number];

/** Days before a due date from which it is flagged as due soon. */
export const DUE_SOON_DAYS = 14;

/** Where a deadline comes from: the organisation's own approved text, quoted. */
export interface DeadlineSource {
  document: string;
  clause: string;
  quote: string;
}

export interface DeadlineRule {
  id: DeadlineId;
  source: DeadlineSource;
  applies: (settings: OrgSettings) => boolean;
  due: (cycle: Cycle) => IsoDate | null;
  doneOn: (milestones: Milestones) => IsoDate | undefined;
}

const UTENA =
  'Utenos šeimos ir vaiko gerovės centro nuolatinio tobulinimosi ir mokymosi sistemos aprašas (2021-10-21 Nr. 1-121)';
const PANEVEZYS =
  'Panevėžio socialinių paslaugų centro Globos centro nuolatinio tobulinimosi ir mokymosi sistema (2021-05-27 Nr. V-224)';

const planDue = (cycle: Cycle): IsoDate | null =>
  cycle.budgetApprovedOn ? addMonths(cycle.budgetApprovedOn, 2) : null;

export const DEADLINE_RULES: readonly DeadlineRule[] = [
  {
    id: 'annualPlanApproval',
    source: {
      document: UTENA,
      clause: '1.4',
      quote:
        'Metinį veiklos planą direktorius patvirtina per du mėnesius po metinio įstaigos biudžeto patvirtinimo.',
    },
    applies: () => true,
    due: planDue,
    doneOn: (m) => m.planApprovedOn,
  },
  {
    id: 'founderAgreement',
    source: {
      document: PANEVEZYS,
      clause: '2',
      quote:
        'Centro veikla vykdoma, vadovaujantis centro veiklos metiniu planu, kuris yra derinamas su steigėju ir tvirtinamas centro direktoriaus.',
    },
    applies: (s) => s.founderAgreement,
    due: planDue,
    doneOn: (m) => m.founderAgreedOn,
  },
  {
    id: 'halfYearReport',
    source: {
      document: PANEVEZYS,
      clause: '4',
      quote:
        'Pasibaigus pusmečiui, Panevėžio socialinių paslaugų centro direktoriui teikiamos pusmetinės ataskaitos, metams pasibaigus – metinė.',
    },
    applies: (s) => s.halfYearReports,
    due: (c) => endOfMonth(c.year, 7),
    doneOn: (m) => m.halfYearReportSubmittedOn,
  },
  {
    id: 'annualReport',
    source: {
      document: PANEVEZYS,
      clause: '4',
      quote:
        'Pasibaigus kalendoriniams metams, per keturis mėnesius GC vyr. socialinis darbuotojas rengia praėjusių metų Globos centro veiklos ataskaitą ir teikia ją direktoriui tvirtinti.',
    },
    applies: () => true,
    due: (c) => addMonths(`${c.year}-12-31`, 4),
    doneOn: (m) => m.annualReportApprovedOn,
  },
];

export interface Deadline {
  id: DeadlineId;
  dueOn: IsoDate | null;
  doneOn: IsoDate | null;
  status: DeadlineStatus;
  /** Positive: days left; negative: days overdue; null when done or unscheduled. */
  daysLeft: number | null;
  source: DeadlineSource;
}

export const deadlineStatus = (
  dueOn: IsoDate | null,
  doneOn: IsoDate | undefined,
  today: IsoDate,
): DeadlineStatus => {
  if (doneOn) return dueOn && doneOn > dueOn ? 'doneLate' : 'done';
  if (!dueOn) return 'unscheduled';
  const left = daysBetween(today, dueOn);
  if (left < 0) return 'overdue';
  return left <= DUE_SOON_DAYS ? 'dueSoon' : 'upcoming';
};

/** The cycle's deadlines that apply to this organisation, as of `today`. */
export const computeDeadlines = (cycle: Cycle, settings: OrgSettings, today: IsoDate): Deadline[] =>
  DEADLINE_RULES.filter((rule) => rule.applies(settings)).map((rule) => {
    const dueOn = rule.due(cycle);
    const doneOn = rule.doneOn(cycle.milestones);
    const status = deadlineStatus(dueOn, doneOn, today);
    return {
      id: rule.id,
      dueOn,
      doneOn: doneOn ?? null,
      status,
      daysLeft: doneOn || !dueOn ? null : daysBetween(today, dueOn),
      source: rule.source,
    };
  });
