import type { Action } from '../../../../functions/domain/improvement/actions/action';
import type { Indicator } from '../../../../functions/domain/improvement/indicators/indicator';
import type { Project } from '../../../../functions/domain/improvement/projects/project';
import type { PlanItem } from '../../../../functions/domain/planning/plan-item';
import type { Proposal } from '../../../../functions/domain/proposals/proposal';
import type { CycleData, OrgData, SurveyData } from '../../../../functions/domain/reports/inputs';
import type { ReportStatus } from '../../../../functions/domain/reports/model';
import type { SurveyQuestion } from '../../../../functions/domain/surveys/model';
import type { Training } from '../../../../functions/domain/training/training';

/** Report fixtures: small enough that every figure the tests expect is worked out by hand. */

export const DC = 'dienos-centras';
export const GC = 'globos-centras';

export const anItem = (overrides: Partial<PlanItem> = {}): PlanItem => ({
  id: 'i',
  unitId: DC,
  period: 'annual',
  goal: 'Tikslas',
  activity: 'Veikla',
  responsible: 'Ona',
  startOn: null,
  dueOn: '2026-12-31',
  indicator: '',
  targetValue: '',
  indicatorId: null,
  strategyGoalId: null,
  origin: [],
  status: 'planned',
  statusComment: '',
  progress: [],
  ...overrides,
});

export const aProposal = (overrides: Partial<Proposal> = {}): Proposal => ({
  id: 'p',
  year: 2026,
  kind: 'suggestion',
  source: 'suggestionBox',
  unitId: null,
  text: 'Asmeninis tekstas, kurio ataskaitoje būti negali',
  category: 'services',
  receivedOn: '2026-03-02',
  submittedBy: null,
  recipientCode: null,
  anonymous: true,
  responseDueOn: null,
  registeredBy: 'ona@org',
  status: 'new',
  responseDueOnDefault: false,
  reason: null,
  mergedInto: null,
  outcome: null,
  decidedBy: null,
  decidedOn: null,
  response: null,
  respondedOn: null,
  respondedBy: null,
  ...overrides,
});

export const anAction = (overrides: Partial<Action> = {}): Action => ({
  id: 'a',
  cycle: 2025,
  finding: { kind: 'survey', reference: '', text: '' },
  title: 'Priemonė',
  description: '',
  ownerUserId: 'ona@org',
  ownerName: 'Ona',
  unitId: null,
  dueOn: '2026-06-30',
  status: 'open',
  doneOn: null,
  cancelReason: '',
  progress: '',
  goalId: null,
  indicatorId: null,
  ...overrides,
});

export const anIndicator = (overrides: Partial<Indicator> = {}): Indicator => ({
  id: 'ind',
  code: 'R1',
  name: { lt: 'Rodiklis', en: null },
  unit: 'percent',
  direction: 'up',
  target: null,
  goalId: null,
  values: {},
  ...overrides,
});

const value = (v: number) => ({ value: v, note: '', recordedBy: 'x', recordedOn: '2027-01-10' });

export const QUESTIONS: SurveyQuestion[] = [
  {
    key: 'unit',
    header: 'Padalinys',
    kind: 'single',
    columns: [2],
    options: ['Dienos centras', 'Globos centras'],
    isUnitColumn: true,
  },
  {
    key: 'sat',
    header: 'Ar esate patenkinti paslaugomis?',
    kind: 'likert',
    columns: [3],
    scale: { min: 1, max: 5, family: 'satisfaction' },
    domain: 'satisfaction',
  },
];

/** A recipients' survey: `units[i]` is 0 (Dienos centras) or 1 (Globos centras). */
export const aSurvey = (
  id: string,
  year: number,
  units: number[],
  scores: number[],
  overrides: Partial<SurveyData['survey']> = {},
): SurveyData => ({
  survey: {
    id,
    cycle: year,
    title: `Gavėjų apklausa ${year}`,
    instrument: 'Paslaugų gavėjų pasitenkinimo klausimynas',
    audience: 'recipients',
    period: { from: `${year}-03-01`, to: `${year}-03-31` },
    unitId: null,
    population: 20,
    populationByUnit: {},
    mapping: [],
    questions: QUESTIONS,
    imports: ['imp'],
    responses: scores.length,
    family: 'googleForms',
    ...overrides,
  },
  responses: { count: scores.length, answers: { unit: units, sat: scores } },
});

export const ORG: OrgData = {
  organisation: { name: 'Centras', type: 'familyChildWelfare', municipality: 'Utena' },
  units: [
    { id: DC, name: 'Dienos centras', active: true },
    { id: GC, name: 'Globos centras', active: true },
  ],
  members: [
    { userId: 'a', name: 'Aistė', unitIds: [DC], active: true },
    { userId: 'b', name: 'Birutė', unitIds: [DC], active: true },
    { userId: 'c', name: 'Ckus', unitIds: [GC], active: true },
    { userId: 'd', name: 'Darius', unitIds: [GC], active: false },
  ],
  indicators: [
    anIndicator({
      id: 'ind1',
      code: 'R1',
      target: 85,
      values: { '2024': value(65), '2025': value(70), '2026': value(80) },
    }),
    anIndicator({
      id: 'ind2',
      code: 'R2',
      unit: 'count',
      direction: 'down',
      values: { '2025': value(2), '2026': value(3) },
    }),
  ],
};

const training = (overrides: Partial<Training>): Training => ({
  id: 't1',
  topic: 'Krizių valdymas',
  area: 'psychologyTrauma',
  provider: 'VšĮ Mokymai',
  format: 'external',
  plannedHours: 8,
  participants: ['a', 'b'],
  from: '2026-03-01',
  to: '2026-03-02',
  costEur: 100,
  needIds: ['n1'],
  completions: [
    {
      userId: 'a',
      hours: 8,
      completedOn: '2026-03-02',
      certificate: true,
      recordedBy: 'x',
      recordedOn: '2026-03-03',
    },
  ],
  ...overrides,
});

const project = (overrides: Partial<Project>): Project => ({
  id: 'pr',
  cycle: 2026,
  kind: 'project',
  title: 'Projektas',
  description: '',
  partners: [],
  fundedBy: null,
  from: '2026-01-01',
  to: null,
  status: 'ongoing',
  result: '',
  unitId: null,
  goalId: null,
  ...overrides,
});

// 2026: DC 8 respondents (7 top-2), GC 3 (2 top-2).
export const SURVEY_2026 = aSurvey(
  's26',
  2026,
  [0, 0, 0, 0, 0, 0, 0, 0, 1, 1, 1],
  [5, 5, 4, 4, 4, 3, 5, 4, 5, 2, 4],
);
// 2025: DC 6, GC 4; three 4s, no 5s.
export const SURVEY_2025 = aSurvey(
  's25',
  2025,
  [0, 0, 0, 0, 0, 0, 1, 1, 1, 1],
  [3, 3, 4, 2, 3, 4, 3, 2, 3, 4],
  { instrument: '  paslaugų gavėjų   PASITENKINIMO klausimynas ' },
);

export const CURRENT: CycleData = {
  year: 2026,
  planItems: [
    anItem({ id: 'i1', status: 'done' }),
    anItem({ id: 'i2', status: 'partlyDone' }),
    anItem({ id: 'i3', status: 'notDone' }),
    anItem({ id: 'i4', unitId: GC, status: 'inProgress', dueOn: '2026-06-30' }),
    anItem({ id: 'i5', unitId: GC, status: 'cancelled' }),
    anItem({ id: 'i6', unitId: GC, status: 'done' }),
  ],
  trainings: [training({})],
  needs: [
    {
      id: 'n1',
      employee: 'a',
      employeeName: 'Aistė',
      unitId: DC,
      area: 'psychologyTrauma',
      topic: 'Krizės',
      reason: '',
      source: 'staffRequest',
    },
    {
      id: 'n2',
      employee: 'c',
      employeeName: 'Ckus',
      unitId: GC,
      area: 'legal',
      topic: 'Teisė',
      reason: '',
      source: 'staffRequest',
    },
  ],
  proposals: [
    aProposal({
      id: 'c1',
      kind: 'complaint',
      receivedOn: '2026-03-02',
      responseDueOn: '2026-03-30',
      respondedOn: '2026-03-20',
      status: 'accepted',
      decidedOn: '2026-03-20',
      outcome: { type: 'action', id: 'x1' },
    }),
    aProposal({
      id: 'c2',
      kind: 'complaint',
      receivedOn: '2026-05-04',
      responseDueOn: '2026-06-01',
      respondedOn: '2026-06-10',
      status: 'rejected',
      decidedOn: '2026-06-10',
    }),
    aProposal({
      id: 'c3',
      kind: 'complaint',
      receivedOn: '2026-11-02',
      responseDueOn: '2026-11-30',
    }),
    aProposal({
      id: 's1',
      receivedOn: '2026-04-01',
      status: 'accepted',
      decidedOn: '2026-04-11',
      outcome: { type: 'planItem', id: 'i1' },
    }),
    aProposal({ id: 'p1', kind: 'proposal', source: 'staffMeeting', category: 'staff' }),
  ],
  actions: [
    anAction({ id: 'x1', cycle: 2026, title: 'Skundų dėžutė prie įėjimo', dueOn: '2027-06-30' }),
  ],
  projects: [
    project({ id: 'pr1', kind: 'innovation', status: 'completed', to: '2026-10-01' }),
    project({ id: 'pr2', kind: 'partnership', partners: ['Utenos mokykla'] }),
  ],
  surveys: [SURVEY_2026],
};

export const PREVIOUS: CycleData = {
  year: 2025,
  planItems: [
    anItem({ id: 'o1', status: 'done', dueOn: '2025-12-31' }),
    anItem({ id: 'o2', status: 'notDone', dueOn: '2025-12-31' }),
  ],
  trainings: [],
  needs: [],
  proposals: [],
  actions: [
    anAction({ id: 'y1', status: 'done', doneOn: '2026-05-01', indicatorId: 'ind1' }),
    anAction({ id: 'y2', title: 'Vėluojanti', dueOn: '2026-10-01' }),
  ],
  projects: [],
  surveys: [SURVEY_2025],
};

export const STATUS: ReportStatus = {
  reportVersion: 1,
  state: 'draft',
  submittedOn: null,
  approvedOn: null,
  approvedBy: null,
  presentedOn: null,
  dueOn: '2027-04-30',
  deadlineStatus: 'upcoming',
  overdue: false,
  source: 'live',
};
