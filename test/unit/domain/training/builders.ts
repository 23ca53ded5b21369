import type { Need } from '../../../../functions/domain/training/need';
import type { Completion, Training } from '../../../../functions/domain/training/training';

export const aNeed = (overrides: Partial<Need> = {}): Need => ({
  id: 'n1',
  employee: 'ona@org-a',
  employeeName: 'Ona Onaitė',
  unitId: 'dienos-centras',
  area: 'psychologyTrauma',
  topic: 'Darbas su trauma',
  reason: '',
  source: 'staffRequest',
  ...overrides,
});

export const aCompletion = (overrides: Partial<Completion> = {}): Completion => ({
  userId: 'ona@org-a',
  hours: 16,
  completedOn: '2026-05-20',
  certificate: true,
  recordedBy: 'pavaduotoja@org-a',
  recordedOn: '2026-05-21',
  ...overrides,
});

export const aTraining = (overrides: Partial<Training> = {}): Training => ({
  id: 't1',
  topic: 'Darbas su trauma',
  area: 'psychologyTrauma',
  provider: 'VšĮ „Paramos vaikams centras“',
  format: 'external',
  plannedHours: 16,
  participants: ['ona@org-a', 'petras@org-a', 'jonas@org-a'],
  from: '2026-05-18',
  to: '2026-05-19',
  costEur: 450,
  needIds: [],
  completions: [],
  ...overrides,
});
