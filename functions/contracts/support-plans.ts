import { z } from 'zod';
import {
  GOAL_STATUSES,
  LIFE_DOMAINS,
  MEASURE_OCCASIONS,
  OUTCOME_SCALE_NAMES,
} from '../domain/support-plans/plan';
import { IsoDate, ItemMeta, Slug, Version, YearParam } from './common';
import { RecipientCode } from './proposals';

/** Plan, goal, review and measure ids are the store's (`[0-9a-z]`). */
const Id = Slug;

export const PlanParams = z.strictObject({ planId: Id });
export const GoalParams = PlanParams.extend({ goalId: Id });
export const RecipientParams = z.strictObject({ recipientCode: RecipientCode });
export const OutcomeYearParams = z.strictObject({ year: YearParam });

const Text = (max: number) => z.string().trim().min(1).max(max);
const OptionalText = z.string().trim().max(2000).nullable().default(null);

export const Need = z.strictObject({
  domain: z.enum(LIFE_DOMAINS),
  description: Text(2000).meta({ description: 'The assessed need, without names or identifiers.' }),
});

export const GoalInput = z.strictObject({
  id: Id.nullable()
    .default(null)
    .meta({ description: 'null: a new goal; else a goal of the plan.' }),
  domain: z.enum(LIFE_DOMAINS),
  text: Text(1000),
  result: Text(500).meta({
    description: 'The measurable result: what is counted, in what unit (“school days a week”).',
  }),
  baseline: z.number().finite(),
  target: z.number().finite(),
  dueOn: IsoDate,
  reviewOn: z.array(IsoDate).min(1).max(24).meta({ description: 'Planned review dates.' }),
});

export const PlanFields = z.strictObject({
  recipientCode: RecipientCode,
  unitId: Slug,
  responsibleWorker: z
    .string()
    .min(1)
    .max(128)
    .meta({ description: 'The responsible worker’s user id (a member of the unit).' }),
  startedOn: IsoDate,
  needs: z.array(Need).max(50).default([]),
  goals: z.array(GoalInput).max(50).default([]),
  notes: OptionalText,
});

export const CreatePlanRequest = PlanFields.extend({
  version: z.literal(0).optional().meta({ description: 'Nothing or 0: a new plan.' }),
}).meta({ id: 'CreateSupportPlanRequest' });
export type CreatePlanRequest = z.infer<typeof CreatePlanRequest>;

export const UpdatePlanRequest = PlanFields.extend({ version: Version }).meta({
  id: 'UpdateSupportPlanRequest',
  description:
    'The whole plan content with the version you read; reviews and measures stay. A reviewed goal cannot be left out.',
});
export type UpdatePlanRequest = z.infer<typeof UpdatePlanRequest>;

export const ReviewRequest = z
  .strictObject({
    version: Version,
    reviewedOn: IsoDate,
    valueReached: z.number().finite(),
    status: z.enum(GOAL_STATUSES),
    reason: OptionalText.meta({ description: 'Required when dropped.' }),
    note: OptionalText,
  })
  .meta({ id: 'GoalReviewRequest' });

export const MeasureRequest = z
  .strictObject({
    version: Version,
    occasion: z.enum(MEASURE_OCCASIONS),
    recordedOn: IsoDate,
    scale: z
      .enum(OUTCOME_SCALE_NAMES)
      .optional()
      .meta({ description: 'Default: the organisation’s scale (settings).' }),
    scores: z.record(z.string().max(40), z.number().finite()),
  })
  .meta({ id: 'OutcomeMeasureRequest' });

export const ListPlansQuery = z.strictObject({
  unitId: Slug.optional(),
  recipientCode: RecipientCode.optional(),
});

export const SettingsRequest = z
  .strictObject({ version: Version, scale: z.enum(OUTCOME_SCALE_NAMES) })
  .meta({ id: 'SupportPlanSettingsRequest' });

export const SettingsView = z
  .object({
    scale: z.enum(OUTCOME_SCALE_NAMES),
    scaleLabel: z.string(),
    scales: z.array(
      z.object({
        scale: z.enum(OUTCOME_SCALE_NAMES),
        label: z.string(),
        min: z.number(),
        max: z.number(),
        domains: z.array(z.object({ domain: z.string(), label: z.string() })),
      }),
    ),
    lifeDomains: z.array(z.object({ domain: z.enum(LIFE_DOMAINS), label: z.string() })),
    version: z.number().int().min(0),
  })
  .meta({ id: 'SupportPlanSettings' });

export const ReviewView = z.object({
  id: z.string(),
  reviewedOn: IsoDate,
  valueReached: z.number(),
  status: z.enum(GOAL_STATUSES),
  statusLabel: z.string(),
  reason: z.string().nullable(),
  note: z.string().nullable(),
  reviewedBy: z.string(),
});

export const GoalView = z.object({
  id: z.string(),
  domain: z.enum(LIFE_DOMAINS),
  domainLabel: z.string(),
  text: z.string(),
  result: z.string(),
  baseline: z.number(),
  target: z.number(),
  dueOn: IsoDate,
  reviewOn: z.array(IsoDate),
  reviews: z.array(ReviewView),
  latestStatus: z.enum(GOAL_STATUSES).nullable(),
  latestValue: z.number().nullable(),
  progress: z
    .number()
    .nullable()
    .meta({ description: '(latest value − baseline) / (target − baseline); 1 = target reached.' }),
});

export const MeasureView = z.object({
  id: z.string(),
  occasion: z.enum(MEASURE_OCCASIONS),
  occasionLabel: z.string(),
  recordedOn: IsoDate,
  scale: z.enum(OUTCOME_SCALE_NAMES),
  scaleLabel: z.string(),
  scores: z.record(z.string(), z.number()),
  recordedBy: z.string(),
});

export const RecipientChangeView = z.object({
  scale: z.enum(OUTCOME_SCALE_NAMES),
  scaleLabel: z.string(),
  intakeOn: IsoDate,
  reviewOn: IsoDate,
  domains: z.array(
    z.object({
      domain: z.string(),
      label: z.string(),
      before: z.number(),
      after: z.number(),
      change: z.number(),
    }),
  ),
  before: z.number(),
  after: z.number(),
  change: z.number(),
});

export const SupportPlanView = z
  .object({
    id: z.string(),
    recipientCode: z.string(),
    unitId: z.string(),
    responsibleWorker: z.string(),
    startedOn: IsoDate,
    needs: z.array(
      z.object({ domain: z.enum(LIFE_DOMAINS), domainLabel: z.string(), description: z.string() }),
    ),
    goals: z.array(GoalView),
    measures: z.array(MeasureView),
    changes: z
      .array(RecipientChangeView)
      .meta({ description: 'Intake to latest review, per scale with both.' }),
    notes: z.string().nullable(),
  })
  .extend(ItemMeta.shape)
  .meta({ id: 'SupportPlan' });
export type SupportPlanView = z.infer<typeof SupportPlanView>;

export const SupportPlanSummary = z
  .object({
    id: z.string(),
    recipientCode: z.string(),
    unitId: z.string(),
    responsibleWorker: z.string(),
    startedOn: IsoDate,
    goals: z.number().int(),
    nextReviewOn: IsoDate.nullable(),
    version: z.number().int(),
  })
  .meta({ id: 'SupportPlanSummary' });

export const SupportPlanList = z
  .object({ items: z.array(SupportPlanSummary) })
  .meta({ id: 'SupportPlanList' });

const SuppressedView = z
  .object({
    suppressed: z.literal(true),
    reason: z.string(),
    minimumN: z.number().int(),
    message: z.string(),
  })
  .meta({ id: 'SuppressedFigures' });

const WilcoxonView = z.object({
  pairs: z.number().int(),
  zeros: z.number().int(),
  n: z.number().int(),
  wPlus: z.number(),
  wMinus: z.number(),
  t: z.number(),
  method: z.enum(['exact', 'normal']),
  z: z.number().nullable(),
  p: z.number(),
  significant: z.boolean(),
});

const PairedChangeView = z.object({
  n: z.number().int(),
  meanBefore: z.number(),
  meanAfter: z.number(),
  meanChange: z.number(),
  medianChange: z.number(),
  improved: z.number().int(),
  unchanged: z.number().int(),
  worsened: z.number().int(),
  wilcoxon: WilcoxonView,
});

const GoalFiguresView = z.object({
  n: z.number().int().meta({ description: 'Recipients with a goal reviewed in the year.' }),
  goals: z.number().int(),
  byStatus: z.object(
    Object.fromEntries(GOAL_STATUSES.map((s) => [s, z.number().int()])) as Record<
      (typeof GOAL_STATUSES)[number],
      z.ZodNumber
    >,
  ),
  achievedShare: z.number().nullable(),
  partlyShare: z.number().nullable(),
});

export const OutcomeFiguresView = z
  .object({
    year: z.number().int(),
    scale: z.enum(OUTCOME_SCALE_NAMES),
    scaleLabel: z.string(),
    unitId: z.string().nullable(),
    minimumN: z.number().int(),
    overall: z.union([PairedChangeView, SuppressedView]).nullable(),
    domains: z.array(
      z.object({
        domain: z.string(),
        label: z.string(),
        change: z.union([PairedChangeView, SuppressedView]).nullable(),
      }),
    ),
    goals: z.union([GoalFiguresView, SuppressedView]),
  })
  .meta({ id: 'SupportOutcomes' });

export const OutcomesQuery = z.strictObject({
  year: YearParam.optional().meta({ description: 'Default: this year.' }),
  scale: z.enum(OUTCOME_SCALE_NAMES).optional(),
  unitId: Slug.optional(),
});

export const PublishOutcomesRequest = z
  .strictObject({ version: Version })
  .meta({ id: 'PublishSupportOutcomesRequest' });

export const PublishedOutcomesView = z
  .object({
    year: z.number().int(),
    published: z
      .object({
        figures: OutcomeFiguresView,
        publishedOn: IsoDate,
        publishedBy: z.string(),
      })
      .extend(ItemMeta.shape)
      .nullable()
      .meta({ description: 'null: not published yet (publish with version 0).' }),
  })
  .meta({ id: 'PublishedSupportOutcomes' });

export const RecipientExportView = z
  .object({
    recipientCode: z.string(),
    exportedAt: z.iso.datetime(),
    exportedBy: z.string(),
    plans: z.array(SupportPlanView).meta({
      description: 'Every plan under the code, whole: needs, goals, reviews, measures, metadata.',
    }),
  })
  .meta({ id: 'SupportPlanRecipientExport' });

export const ErasureRequest = z
  .strictObject({
    requestedOn: IsoDate.meta({ description: 'The day the recipient asked for erasure.' }),
  })
  .meta({ id: 'SupportPlanErasureRequest' });

export const ErasureView = z
  .object({
    id: z.string(),
    recipientCode: z.string(),
    planIds: z.array(z.string()),
    requestedOn: IsoDate,
    erasedOn: IsoDate,
    erasedBy: z.string(),
    redactedEntries: z.number().int(),
  })
  .meta({ id: 'SupportPlanErasure' });
