import { z } from 'zod';
import { PHASES } from '../domain/cycle/cycle';
import { DEADLINE_IDS, DEADLINE_STATUSES } from '../domain/cycle/deadlines';
import { IsoDate, ItemMeta, Version, YearParam } from './common';

export const CycleParams = z.object({ year: YearParam });

export const Milestones = z.strictObject({
  planApprovedOn: IsoDate.optional(),
  founderAgreedOn: IsoDate.optional(),
  halfYearReportSubmittedOn: IsoDate.optional(),
  annualReportApprovedOn: IsoDate.optional(),
  closedOn: IsoDate.optional(),
});

export const PutCycleRequest = z
  .strictObject({
    version: Version,
    budgetApprovedOn: IsoDate.nullable().default(null),
    milestones: Milestones.default({}),
    notes: z.string().max(4000).default(''),
  })
  .meta({ id: 'PutCycleRequest' });
export type PutCycleRequest = z.infer<typeof PutCycleRequest>;

export const DeadlineView = z.object({
  id: z.enum(DEADLINE_IDS),
  label: z.string(),
  dueOn: IsoDate.nullable(),
  doneOn: IsoDate.nullable(),
  status: z.enum(DEADLINE_STATUSES),
  statusLabel: z.string(),
  daysLeft: z.number().int().nullable(),
  rule: z.object({
    explanation: z.string(),
    document: z.string(),
    clause: z.string(),
    quote: z.string().meta({ description: 'The source text, in Lithuanian as approved.' }),
  }),
});

export const CycleWarningView = z.object({
  code: z.enum(['deadlineOverdue', 'deadlineDueSoon', 'budgetDateMissing']),
  deadline: z.enum(DEADLINE_IDS).optional(),
  days: z.number().int().optional(),
  message: z.string(),
});

export const CycleView = z
  .object({
    year: z.number().int(),
    today: IsoDate,
    phase: z.enum(PHASES),
    phaseLabel: z.string(),
    budgetApprovedOn: IsoDate.nullable(),
    milestones: Milestones,
    notes: z.string(),
    deadlines: z.array(DeadlineView),
    warnings: z.array(CycleWarningView),
  })
  .extend(ItemMeta.shape)
  .meta({ id: 'Cycle' });
export type CycleView = z.infer<typeof CycleView>;

export const CycleList = z.object({ items: z.array(CycleView) });
