import { z } from 'zod';
import { AMENDMENT_STATES, PLAN_STATES } from '../domain/planning/annual-plan-state';
import { CHECKPOINTS, PLAN_ITEM_STATUSES, PLAN_PERIODS } from '../domain/planning/plan-item';
import { IsoDate, ItemMeta, Slug, Version } from './common';
import { CycleParams, DeadlineView } from './cycle';

export const PlanItemParams = CycleParams.extend({ itemId: Slug });
export const AmendmentParams = CycleParams.extend({ amendmentId: Slug });

export const PlanItemFields = z.strictObject({
  unitId: Slug,
  period: z.enum(PLAN_PERIODS).default('annual'),
  goal: z.string().trim().min(3).max(1000),
  activity: z.string().trim().min(3).max(2000),
  responsible: z.string().trim().min(2).max(200),
  startOn: IsoDate.nullable().default(null),
  dueOn: IsoDate.nullable().default(null),
  indicator: z.string().trim().max(1000).default(''),
  targetValue: z.string().trim().max(200).default(''),
  indicatorId: Slug.nullable().default(null),
  strategyGoalId: Slug.nullable().default(null),
  origin: z.array(Slug).max(50).default([]),
  status: z.enum(PLAN_ITEM_STATUSES).optional(),
  statusComment: z.string().trim().max(2000).default(''),
});

export const CreatePlanItemRequest = PlanItemFields.meta({ id: 'CreatePlanItemRequest' });
export const UpdatePlanItemRequest = PlanItemFields.extend({ version: Version }).meta({
  id: 'UpdatePlanItemRequest',
});

export const ListPlanItemsQuery = z.strictObject({
  unitId: Slug.optional(),
  period: z.enum(PLAN_PERIODS).optional(),
});

export const VersionQuery = z.strictObject({
  version: z.string().regex(/^\d+$/).transform(Number),
});

export const ProgressRequest = z
  .strictObject({
    version: Version,
    checkpoint: z.enum(CHECKPOINTS),
    percent: z.number().int().min(0).max(100).nullable().default(null),
    done: z.boolean().nullable().default(null),
    comment: z.string().trim().min(1).max(2000),
  })
  .meta({ id: 'ProgressRequest' });

export const ProgressEntryView = z.object({
  checkpoint: z.enum(CHECKPOINTS),
  checkpointLabel: z.string(),
  percent: z.number().nullable(),
  done: z.boolean().nullable(),
  comment: z.string(),
  recordedOn: IsoDate,
  recordedBy: z.string(),
});

export const PlanItemView = z
  .object({
    id: z.string(),
    unitId: z.string(),
    unitName: z.string(),
    period: z.enum(PLAN_PERIODS),
    periodLabel: z.string(),
    goal: z.string(),
    activity: z.string(),
    responsible: z.string(),
    startOn: IsoDate.nullable(),
    dueOn: IsoDate.nullable(),
    indicator: z.string(),
    targetValue: z.string(),
    indicatorId: z.string().nullable(),
    strategyGoalId: z.string().nullable(),
    origin: z.array(z.string()),
    status: z.enum(PLAN_ITEM_STATUSES),
    statusLabel: z.string(),
    statusComment: z.string(),
    latestPercent: z.number().nullable(),
    overdue: z.boolean(),
    progress: z.array(ProgressEntryView),
  })
  .extend(ItemMeta.shape)
  .meta({ id: 'PlanItem' });
export type PlanItemView = z.infer<typeof PlanItemView>;

export const PlanItemList = z.object({
  items: z.array(PlanItemView),
  counts: z.record(z.string(), z.number().int()),
});

export const CommentedVersion = z.strictObject({
  version: Version,
  comment: z.string().trim().max(4000).default(''),
});

export const PlanDecisionRequest = z
  .strictObject({
    version: Version,
    decision: z.enum(['approve', 'return']),
    comment: z.string().trim().max(4000).default(''),
  })
  .meta({ id: 'PlanDecisionRequest' });

export const FounderAgreementRequest = z
  .strictObject({
    version: Version,
    agreedOn: IsoDate,
    reference: z
      .string()
      .trim()
      .min(2)
      .max(300)
      .meta({ description: 'The founder’s letter or decision, e.g. its number and date.' }),
  })
  .meta({ id: 'FounderAgreementRequest' });

export const OpenAmendmentRequest = z
  .strictObject({ version: Version, reason: z.string().trim().min(3).max(2000) })
  .meta({ id: 'OpenAmendmentRequest' });

const DecisionView = z.object({
  state: z.string(),
  stateLabel: z.string(),
  by: z.string(),
  on: IsoDate,
  at: z.string(),
  comment: z.string(),
});

const CompiledItemView = z.object({
  id: z.string(),
  version: z.number().int(),
  goal: z.string(),
  activity: z.string(),
  responsible: z.string(),
  startOn: IsoDate.nullable(),
  dueOn: IsoDate.nullable(),
  indicator: z.string(),
  targetValue: z.string(),
  strategyGoalId: z.string().nullable(),
  origin: z.array(z.string()),
});

export const CompiledPlanView = z.object({
  units: z.array(
    z.object({ unitId: z.string(), unitName: z.string(), items: z.array(CompiledItemView) }),
  ),
  training: z.array(
    z.object({
      id: z.string(),
      version: z.number().int(),
      topic: z.string(),
      provider: z.string(),
      plannedHours: z.number(),
      participants: z.number().int(),
    }),
  ),
  totals: z.object({
    items: z.number().int(),
    units: z.number().int(),
    trainingItems: z.number().int(),
    trainingHours: z.number(),
  }),
});

export const AnnualPlanView = z
  .object({
    year: z.number().int(),
    version: z.number().int().meta({ description: '0 until the first step is recorded.' }),
    state: z.enum(PLAN_STATES),
    stateLabel: z.string(),
    editability: z.enum(['editable', 'underReview', 'frozen']),
    editabilityLabel: z.string(),
    deadline: DeadlineView.nullable(),
    needsFounderAgreement: z.boolean(),
    founderAgreement: z
      .object({ agreedOn: IsoDate, reference: z.string(), recordedBy: z.string() })
      .nullable(),
    approvedOn: IsoDate.nullable(),
    history: z.array(DecisionView),
    amendments: z.array(
      z.object({
        id: z.string(),
        reason: z.string(),
        state: z.enum(AMENDMENT_STATES),
        stateLabel: z.string(),
        history: z.array(DecisionView),
      }),
    ),
    content: CompiledPlanView.meta({
      description: 'Compiled now from unit plans and the training plan.',
    }),
    approvedContent: CompiledPlanView.nullable().meta({ description: 'As last approved.' }),
    changesSinceApproval: z.object({
      added: z.array(z.string()),
      changed: z.array(z.string()),
      removed: z.array(z.string()),
    }),
  })
  .meta({ id: 'AnnualPlan' });
export type AnnualPlanView = z.infer<typeof AnnualPlanView>;

export const WorkbookReviewView = z
  .object({
    summary: z.object({
      create: z.number().int(),
      update: z.number().int(),
      unchanged: z.number().int(),
      rejected: z.number().int(),
      conflict: z.number().int(),
    }),
    rows: z.array(
      z.object({
        sheet: z.string(),
        row: z.number().int(),
        id: z.string().nullable(),
        action: z.enum(['create', 'update', 'unchanged', 'rejected', 'conflict']),
        changed: z.array(z.string()),
      }),
    ),
    rejected: z.array(z.object({ cell: z.string(), message: z.string() })),
    conflicts: z.array(
      z.object({
        cell: z.string(),
        id: z.string(),
        sentVersion: z.number().int(),
        currentVersion: z.number().int(),
      }),
    ),
    applied: z.number().int().meta({ description: 'Rows written: 0 for a preview.' }),
  })
  .meta({ id: 'WorkbookReview' });
export type WorkbookReviewView = z.infer<typeof WorkbookReviewView>;
