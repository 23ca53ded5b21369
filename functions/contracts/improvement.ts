import { z } from 'zod';
import { ASSESSMENTS, DIRECTIONS } from '../domain/improvement/assessment';
import { INDICATOR_UNITS } from '../domain/improvement/indicators/indicator';
import { IsoDate, ItemMeta, Slug, Version, YearParam } from './common';

/** A calendar year in a body (path and query years arrive as text: `YearParam`). */
const Year = z.number().int().min(2000).max(2100);
const Code = z.string().trim().min(1).max(20).meta({ description: 'Short code, e.g. `T1`, `R3`.' });

// Strategy goals

export const GoalParams = z.object({ goalId: Slug });

export const ListGoalsQuery = z.strictObject({
  year: YearParam.optional().meta({ description: 'Only goals whose period covers this year.' }),
});

const GoalFields = z.strictObject({
  code: Code,
  title: z
    .string()
    .trim()
    .min(3)
    .max(500)
    .meta({ description: 'In Lithuanian, as the organisation wrote it.' }),
  titleEn: z.string().trim().min(3).max(500).nullable().default(null),
  description: z.string().trim().max(4000).default(''),
  periodFrom: Year,
  periodTo: Year,
  active: z.boolean().default(true),
});

export const CreateGoalRequest = GoalFields.meta({ id: 'CreateGoalRequest' });
export const UpdateGoalRequest = GoalFields.extend({ version: Version }).meta({
  id: 'UpdateGoalRequest',
});

export const GoalView = z
  .object({
    id: z.string(),
    code: z.string(),
    title: z.string(),
    titleEn: z.string().nullable(),
    label: z.string().meta({
      description: 'The title in the user’s language (English falls back to the Lithuanian).',
    }),
    description: z.string(),
    periodFrom: z.number().int(),
    periodTo: z.number().int(),
    periodLabel: z.string(),
    active: z.boolean(),
  })
  .extend(ItemMeta.shape)
  .meta({ id: 'StrategyGoal' });
export type GoalView = z.infer<typeof GoalView>;

export const GoalList = z.object({ items: z.array(GoalView) });

/** A goal as an item linked to it shows it. */
export const GoalLinkView = z.object({ id: z.string(), code: z.string(), label: z.string() });

// Indicators

export const IndicatorParams = z.object({ indicatorId: Slug });
export const IndicatorValueParams = z.object({ indicatorId: Slug, year: YearParam });

export const ListIndicatorsQuery = z.strictObject({
  year: YearParam.optional().meta({
    description: 'The year to show with the one before; this year when absent.',
  }),
});

const IndicatorFields = z.strictObject({
  code: Code,
  name: z.strictObject({
    lt: z.string().trim().min(3).max(300),
    en: z.string().trim().min(3).max(300).nullable().default(null),
  }),
  unit: z.enum(INDICATOR_UNITS),
  direction: z
    .enum(DIRECTIONS)
    .meta({ description: '`up`: higher is better; `down`: lower is better.' }),
  target: z.number().nullable().default(null),
  goalId: Slug.nullable().default(null),
});

export const CreateIndicatorRequest = IndicatorFields.meta({ id: 'CreateIndicatorRequest' });
export const UpdateIndicatorRequest = IndicatorFields.extend({ version: Version }).meta({
  id: 'UpdateIndicatorRequest',
});

export const PutIndicatorValueRequest = z
  .strictObject({
    version: Version.meta({ description: 'The indicator’s version.' }),
    value: z.number().nullable().meta({ description: 'null removes the year’s value.' }),
    note: z.string().trim().max(1000).default(''),
  })
  .meta({ id: 'PutIndicatorValueRequest' });

export const IndicatorValueView = z.object({
  year: z.number().int(),
  value: z.number(),
  note: z.string(),
  recordedBy: z.string(),
  recordedOn: IsoDate,
});

export const ChangeView = z.object({
  absolute: z.number(),
  relativePercent: z.number().nullable().meta({
    description:
      'Against the earlier value; null from a zero or negative base and for percentages (read the absolute change in points).',
  }),
  label: z.string(),
});

export const IndicatorView = z
  .object({
    id: z.string(),
    code: z.string(),
    name: z.object({ lt: z.string(), en: z.string().nullable() }),
    label: z.string(),
    unit: z.enum(INDICATOR_UNITS),
    unitLabel: z.string(),
    direction: z.enum(DIRECTIONS),
    directionLabel: z.string(),
    target: z.number().nullable(),
    goalId: z.string().nullable(),
    year: z.number().int(),
    value: IndicatorValueView.nullable(),
    previous: IndicatorValueView.nullable().meta({ description: 'The year before `year`.' }),
    change: ChangeView.nullable(),
    assessment: z.enum(ASSESSMENTS),
    assessmentLabel: z.string(),
    targetMet: z.boolean().nullable(),
    targetLabel: z.string(),
    values: z.array(IndicatorValueView).meta({ description: 'Every recorded year, oldest first.' }),
  })
  .extend(ItemMeta.shape)
  .meta({ id: 'Indicator' });
export type IndicatorView = z.infer<typeof IndicatorView>;

export const IndicatorList = z.object({ year: z.number().int(), items: z.array(IndicatorView) });
