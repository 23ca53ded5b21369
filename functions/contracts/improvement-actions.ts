import { z } from 'zod';
import { ACTION_STATUSES, FINDING_KINDS } from '../domain/improvement/actions/action';
import { ASSESSMENTS, DIRECTIONS } from '../domain/improvement/assessment';
import { INDICATOR_UNITS } from '../domain/improvement/indicators/indicator';
import { IsoDate, ItemMeta, Slug, Version } from './common';
import { CycleParams } from './cycle';
import { ChangeView, GoalLinkView } from './improvement';
import { UserId } from './org';

export const ActionParams = CycleParams.extend({ actionId: Slug });

export const ListActionsQuery = z.strictObject({
  status: z.enum(ACTION_STATUSES).optional(),
  unitId: Slug.optional(),
  overdue: z
    .enum(['true', 'false'])
    .transform((v) => v === 'true')
    .optional(),
});

const Finding = z.strictObject({
  kind: z.enum(FINDING_KINDS),
  reference: z.string().trim().max(200).default('').meta({
    description: 'Where it was found: a survey question id, an indicator id, a proposal id.',
  }),
  text: z.string().trim().min(3).max(4000),
});

const ActionFields = z.strictObject({
  finding: Finding,
  title: z.string().trim().min(3).max(300),
  description: z.string().trim().max(4000).default(''),
  ownerUserId: UserId.meta({ description: 'A registered member: the person responsible.' }),
  ownerName: z
    .string()
    .trim()
    .min(2)
    .max(120)
    .nullable()
    .default(null)
    .meta({ description: 'Defaults to the member’s name.' }),
  unitId: Slug.nullable().default(null),
  dueOn: IsoDate,
  status: z.enum(ACTION_STATUSES).default('open'),
  doneOn: IsoDate.nullable()
    .default(null)
    .meta({ description: 'Only when done; defaults to today (Lithuania).' }),
  cancelReason: z
    .string()
    .trim()
    .max(1000)
    .default('')
    .meta({ description: 'Required when cancelled.' }),
  progress: z.string().trim().max(4000).default(''),
  goalId: Slug.nullable().default(null),
  indicatorId: Slug.nullable()
    .default(null)
    .meta({ description: 'The indicator the action should move in its direction.' }),
});

export const CreateActionRequest = ActionFields.meta({ id: 'CreateActionRequest' });
export const UpdateActionRequest = ActionFields.extend({ version: Version }).meta({
  id: 'UpdateActionRequest',
});

/**
 * A row of the planning workbook's actions sheet: the same fields and rules as a request, the
 * finding's fields in columns of their own; the owner's name is only shown there.
 */
export const ActionSheetRow = ActionFields.omit({ finding: true, ownerName: true }).extend({
  findingKind: Finding.shape.kind,
  findingReference: Finding.shape.reference,
  findingText: Finding.shape.text,
});

const YearValue = z.object({ year: z.number().int(), value: z.number().nullable() });

export const ActionEffectView = z
  .object({
    indicatorId: z.string(),
    code: z.string(),
    label: z.string(),
    unit: z.enum(INDICATOR_UNITS),
    unitLabel: z.string(),
    expectedDirection: z.enum(DIRECTIONS),
    directionLabel: z.string(),
    baseline: YearValue.meta({ description: 'The indicator in the action’s cycle year.' }),
    effect: YearValue.meta({ description: 'The indicator in the year after.' }),
    change: ChangeView.nullable(),
    assessment: z.enum(ASSESSMENTS),
    assessmentLabel: z.string(),
  })
  .meta({ id: 'ActionEffect' });

export const ActionView = z
  .object({
    id: z.string(),
    year: z.number().int(),
    finding: z.object({
      kind: z.enum(FINDING_KINDS),
      kindLabel: z.string(),
      reference: z.string(),
      text: z.string(),
    }),
    title: z.string(),
    description: z.string(),
    ownerUserId: z.string(),
    ownerName: z.string(),
    unitId: z.string().nullable(),
    unitName: z.string().nullable(),
    dueOn: IsoDate,
    status: z.enum(ACTION_STATUSES),
    statusLabel: z.string(),
    doneOn: IsoDate.nullable(),
    cancelReason: z.string(),
    progress: z.string(),
    overdue: z.boolean(),
    daysOverdue: z.number().int().nullable(),
    overdueLabel: z.string().nullable(),
    goalId: z.string().nullable(),
    goal: GoalLinkView.nullable(),
    indicatorId: z.string().nullable(),
    effect: ActionEffectView.nullable(),
  })
  .extend(ItemMeta.shape)
  .meta({ id: 'ImprovementAction' });
export type ActionView = z.infer<typeof ActionView>;

const Count = z.number().int();

export const ActionList = z.object({
  items: z.array(ActionView),
  counts: z.object({ open: Count, inProgress: Count, done: Count, cancelled: Count }).meta({
    description: 'By status, over the unit asked for (or all), whatever the other filters.',
  }),
  overdue: z.number().int(),
  total: z.number().int(),
});
