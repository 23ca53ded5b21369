import { z } from 'zod';
import { FIGURES } from '../domain/training/figures';
import { COMPETENCE_AREAS, NEED_SOURCES } from '../domain/training/need';
import { COVERAGES } from '../domain/training/summary';
import { TRAINING_FORMATS } from '../domain/training/training';
import { IsoDate, ItemMeta, Slug, Version } from './common';
import { CycleParams } from './cycle';
import { UserId } from './org';

export const NeedParams = CycleParams.extend({ needId: Slug });
export const TrainingParams = CycleParams.extend({ trainingId: Slug });

/** `?version=` of a DELETE: the version the client read. */
export const DeleteVersionQuery = z.strictObject({
  version: z.string().regex(/^\d+$/).transform(Number),
});

const Area = z.enum(COMPETENCE_AREAS);
const Topic = z.string().trim().min(2).max(300);
/** Hours in steps of 0.1. */
const Hours = z.number().positive().max(1000).multipleOf(0.1);

const NeedFields = z.strictObject({
  employee: UserId.optional().meta({
    description: 'The staff member whose need it is; you, when left out (on a change: unchanged).',
  }),
  unitId: Slug.optional().meta({
    description: 'Their unit; when left out, the one unit they belong to (on a change: unchanged).',
  }),
  area: Area,
  topic: Topic,
  reason: z.string().trim().max(2000).default(''),
  source: z.enum(NEED_SOURCES).default('staffRequest'),
});

export const CreateNeedRequest = NeedFields.meta({ id: 'CreateNeedRequest' });
export const UpdateNeedRequest = NeedFields.extend({ version: Version }).meta({
  id: 'UpdateNeedRequest',
});

export const ListNeedsQuery = z.strictObject({
  unitId: Slug.optional(),
  employee: UserId.optional(),
  area: Area.optional(),
});

const TrainingRefView = z.object({ id: z.string(), topic: z.string() });

export const NeedView = z
  .object({
    id: z.string(),
    employee: z.string(),
    employeeName: z.string(),
    unitId: z.string(),
    unitName: z.string(),
    area: Area,
    areaLabel: z.string(),
    topic: z.string(),
    reason: z.string(),
    source: z.enum(NEED_SOURCES),
    sourceLabel: z.string(),
    trainings: z.array(TrainingRefView).meta({ description: 'Training items that answer it.' }),
  })
  .extend(ItemMeta.shape)
  .meta({ id: 'Need' });
export type NeedView = z.infer<typeof NeedView>;

export const NeedList = z.object({ items: z.array(NeedView) });

export const NeedsSummaryView = z
  .object({
    year: z.number().int(),
    total: z.number().int(),
    coveredNeeds: z.number().int(),
    coveredPercent: z.number().nullable(),
    areas: z.array(
      z.object({
        area: Area,
        areaLabel: z.string(),
        count: z.number().int(),
        coveredNeeds: z.number().int(),
        topics: z.array(
          z.object({
            key: z
              .string()
              .meta({ description: 'The topic without case and spacing differences.' }),
            topic: z.string().meta({ description: 'As most people wrote it.' }),
            count: z.number().int(),
            employees: z.array(z.object({ userId: z.string(), name: z.string() })),
            units: z.array(z.object({ unitId: z.string(), unitName: z.string() })),
            needIds: z.array(z.string()),
            coveredNeeds: z.number().int(),
            coverage: z.enum(COVERAGES),
            coverageLabel: z.string(),
            coveredBy: z.array(TrainingRefView),
          }),
        ),
      }),
    ),
  })
  .meta({
    id: 'NeedsSummary',
    description:
      'The needs you may see, by area and topic, and how far the training plan answers them.',
  });
export type NeedsSummaryView = z.infer<typeof NeedsSummaryView>;

const TrainingFields = z.strictObject({
  topic: Topic,
  area: Area,
  provider: z.string().trim().max(300).default(''),
  format: z.enum(TRAINING_FORMATS),
  plannedHours: Hours.meta({ description: 'Hours one participant is to spend.' }),
  participants: z.array(UserId).max(300).default([]),
  from: IsoDate,
  to: IsoDate,
  costEur: z
    .number()
    .min(0)
    .max(10_000_000)
    .multipleOf(0.01)
    .nullable()
    .default(null)
    .meta({ description: 'The whole item’s cost in euros; null while unknown.' }),
  needIds: z.array(Slug).max(300).default([]),
});

export const CreateTrainingRequest = TrainingFields.meta({ id: 'CreateTrainingRequest' });
export const UpdateTrainingRequest = TrainingFields.extend({ version: Version }).meta({
  id: 'UpdateTrainingRequest',
});

export const ListTrainingQuery = z.strictObject({
  area: Area.optional(),
  participant: UserId.optional(),
});

export const CompletionRequest = z
  .strictObject({
    version: Version.meta({ description: 'The training item’s version.' }),
    userId: UserId,
    hours: Hours,
    completedOn: IsoDate,
    certificate: z.boolean().default(false),
  })
  .meta({ id: 'CompletionRequest' });

export const TrainingView = z
  .object({
    id: z.string(),
    topic: z.string(),
    area: Area,
    areaLabel: z.string(),
    provider: z.string(),
    format: z.enum(TRAINING_FORMATS),
    formatLabel: z.string(),
    plannedHours: z.number(),
    participants: z.array(
      z.object({ userId: z.string(), name: z.string(), completed: z.boolean() }),
    ),
    from: IsoDate,
    to: IsoDate,
    costEur: z.number().nullable(),
    needIds: z.array(z.string()),
    completions: z.array(
      z.object({
        userId: z.string(),
        name: z.string(),
        hours: z.number(),
        completedOn: IsoDate,
        certificate: z.boolean(),
        recordedBy: z.string(),
        recordedOn: IsoDate,
      }),
    ),
    plannedParticipantHours: z.number().meta({ description: 'Planned hours × participants.' }),
    doneHours: z.number().meta({ description: 'Sum of the completions’ hours.' }),
  })
  .extend(ItemMeta.shape)
  .meta({ id: 'Training' });
export type TrainingView = z.infer<typeof TrainingView>;

export const TrainingList = z.object({ items: z.array(TrainingView) });

const HourFigure = z.number();
const Percent = z.number().nullable();

export const TrainingFiguresView = z
  .object({
    year: z.number().int(),
    totals: z.object({
      items: z.number().int(),
      courseHours: HourFigure,
      plannedHours: HourFigure,
      doneHours: HourFigure,
      donePercent: Percent,
      activeMembers: z.number().int(),
      participants: z.number().int(),
      hoursPerActiveMember: HourFigure.nullable(),
      hoursPerParticipant: HourFigure.nullable(),
      needs: z.number().int(),
      needsCovered: z.number().int(),
      needsCoveredPercent: Percent,
      certificates: z.number().int(),
      costPlanned: z.number(),
      costUnknownItems: z.number().int(),
    }),
    perEmployee: z.array(
      z.object({
        userId: z.string(),
        name: z.string(),
        active: z.boolean(),
        items: z.number().int(),
        plannedHours: HourFigure,
        doneHours: HourFigure,
        donePercent: Percent,
        certificates: z.number().int(),
      }),
    ),
    byArea: z.array(
      z.object({
        area: Area,
        areaLabel: z.string(),
        items: z.number().int(),
        plannedHours: HourFigure,
        doneHours: HourFigure,
        needs: z.number().int(),
        needsCovered: z.number().int(),
      }),
    ),
    definitions: z.array(
      z.object({ figure: z.enum(FIGURES), label: z.string(), definition: z.string() }),
    ),
    rounding: z.string(),
  })
  .meta({
    id: 'TrainingFigures',
    description: 'The training plan’s figures; `definitions` says what each one means.',
  });
export type TrainingFiguresView = z.infer<typeof TrainingFiguresView>;
