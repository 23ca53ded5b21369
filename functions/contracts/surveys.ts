import { z } from 'zod';
import { COLUMN_KINDS, EXPORT_FAMILIES, META_ROLES, SURVEY_DOMAINS } from '../domain/surveys/model';
import { SURVEY_AUDIENCES } from '../domain/surveys/survey';
import { IsoDate, ItemMeta, Slug, Version, YearParam } from './common';
import { CycleParams } from './cycle';
import { UploadId } from './uploads';

export const SurveyParams = CycleParams.extend({ surveyId: Slug });

const SurveyFields = z.strictObject({
  title: z.string().trim().min(3).max(300),
  instrument: z.string().trim().min(2).max(300).meta({
    description: 'The questionnaire: "Paslaugų gavėjų pasitenkinimo apklausa", "WHOQOL-BREF", …',
  }),
  audience: z.enum(SURVEY_AUDIENCES),
  period: z.strictObject({ from: IsoDate, to: IsoDate }),
  unitId: Slug.nullable()
    .default(null)
    .meta({ description: 'A survey of one unit; null: the whole organisation.' }),
  population: z
    .number()
    .int()
    .min(1)
    .max(1_000_000)
    .nullable()
    .default(null)
    .meta({ description: 'Surveyed (eligible or served) population N, for response rates.' }),
  populationByUnit: z
    .record(z.string().trim().min(1).max(200), z.number().int().min(1).max(1_000_000))
    .default({})
    .meta({ description: "N per unit, keyed by the unit column's answer." }),
});

export const CreateSurveyRequest = SurveyFields.meta({ id: 'CreateSurveyRequest' });
export const UpdateSurveyRequest = SurveyFields.extend({ version: Version }).meta({
  id: 'UpdateSurveyRequest',
});

export const QuestionOverride = z
  .strictObject({
    key: z.string().min(1).max(40).optional(),
    header: z.string().min(1).max(2000).optional(),
    kind: z.enum(COLUMN_KINDS).optional(),
    scale: z
      .strictObject({ min: z.number().int().min(0).max(1), max: z.number().int().min(2).max(10) })
      .optional(),
    reverse: z.boolean().optional(),
    domain: z.enum(SURVEY_DOMAINS).nullable().optional(),
    unitId: Slug.nullable().optional(),
    isUnitColumn: z.boolean().optional(),
    skip: z.boolean().optional(),
  })
  .refine((o) => o.key !== undefined || o.header !== undefined, {
    message: 'key or header',
    path: ['key'],
  })
  .meta({ id: 'QuestionOverride' });

export const PutMappingRequest = z
  .strictObject({ mapping: z.array(QuestionOverride).max(2000), version: Version })
  .meta({ id: 'PutSurveyMappingRequest' });

export const DeleteSurveyQuery = z.strictObject({
  version: z.coerce.number().int().min(1),
  withResponses: z
    .enum(['true', 'false'])
    .default('false')
    .transform((v) => v === 'true'),
});

export const ImportQuery = z.strictObject({
  sheet: z.string().trim().min(1).max(100).optional(),
  fileName: z.string().trim().min(1).max(255).optional(),
  /** Instead of a body: a file uploaded through POST /v1/uploads (exports above 10 MB). */
  upload: UploadId.optional(),
});

/** Limits of a survey sent as JSON rows; a larger export goes through the file upload path. */
export const SURVEY_ROWS_LIMITS = { rows: 100_000, columns: 200, textLength: 10_000 } as const;

const SheetCell = z.union([z.string(), z.number(), z.boolean(), z.null()]);

/**
 * A survey sheet as JSON values (the Sheets add-on, the nightly Sheets sync): row 1 first, as the
 * sheet's values; the header is found as in a file (title rows above it are fine). The limits are
 * checked by the operation, which names the row or cell in the user's language.
 */
export const SurveyRowsRequest = z
  .strictObject({
    sheet: z
      .string()
      .trim()
      .min(1)
      .max(100)
      .meta({ description: "The sheet's name: for A1 addresses and the import record." }),
    source: z.string().trim().min(1).max(200).optional().meta({
      description:
        "Where the rows come from (the spreadsheet's title); kept as the import's fileName.",
    }),
    rows: z.array(z.array(SheetCell)).meta({
      description: `The sheet's values, row 1 first. At most ${SURVEY_ROWS_LIMITS.rows.toLocaleString('en')} rows of ${SURVEY_ROWS_LIMITS.columns} columns, texts up to ${SURVEY_ROWS_LIMITS.textLength.toLocaleString('en')} characters; the request itself at most 6 MB (larger exports: the file upload).`,
    }),
  })
  .meta({ id: 'SurveyRowsRequest' });
export type SurveyRowsRequest = z.infer<typeof SurveyRowsRequest>;

export const CompareQuery = z.strictObject({
  withYear: YearParam.optional(),
  withSurvey: Slug.optional(),
  unitA: z.string().trim().min(1).max(200).optional(),
  unitB: z.string().trim().min(1).max(200).optional(),
});

export const QuestionView = z
  .object({
    key: z.string(),
    header: z.string(),
    group: z.string().optional(),
    kind: z.enum(COLUMN_KINDS),
    kindLabel: z.string(),
    columns: z.array(z.string()).meta({ description: 'Source columns, as letters.' }),
    scale: z
      .object({
        min: z.number(),
        max: z.number(),
        family: z.string(),
        labels: z.array(z.string()).optional(),
      })
      .optional(),
    options: z.array(z.string()).optional(),
    metaRole: z.enum(META_ROLES).optional(),
    domain: z.enum(SURVEY_DOMAINS).optional(),
    domainLabel: z.string().optional(),
    unitId: z.string().optional(),
    isUnitColumn: z.boolean().optional(),
  })
  .meta({ id: 'SurveyQuestion' });

export const SurveyView = z
  .object({
    id: z.string(),
    year: z.number().int(),
    title: z.string(),
    instrument: z.string(),
    audience: z.enum(SURVEY_AUDIENCES),
    audienceLabel: z.string(),
    period: z.object({ from: IsoDate, to: IsoDate }),
    unitId: z.string().nullable(),
    unitName: z.string().nullable(),
    population: z.number().nullable(),
    populationByUnit: z.record(z.string(), z.number()),
    responses: z.number().int(),
    responseRate: z.number().nullable(),
    family: z.enum(EXPORT_FAMILIES).nullable(),
    mapping: z.array(QuestionOverride),
    questions: z.array(QuestionView),
    imports: z.array(
      z.object({
        id: z.string(),
        at: z.string(),
        by: z.string(),
        fileName: z.string().nullable(),
        sheet: z.string(),
        added: z.number(),
        alreadyImported: z.number(),
        rejectedCells: z.number(),
      }),
    ),
  })
  .extend(ItemMeta.shape)
  .meta({ id: 'Survey' });

export const SurveyList = z.object({ items: z.array(SurveyView) }).meta({ id: 'SurveyList' });

const Counts = z.object({
  rows: z.number(),
  blankRows: z.number(),
  incomplete: z.number(),
  duplicatesInFile: z.number(),
  accepted: z.number(),
  alreadyImported: z.number(),
  new: z.number(),
  rejectedCells: z.number(),
});

export const ImportPreviewView = z
  .object({
    sheet: z.string(),
    family: z.enum(EXPORT_FAMILIES),
    familyLabel: z.string(),
    headerRow: z.number(),
    questions: z.array(
      QuestionView.extend({
        answered: z.number().meta({ description: 'Non-blank answers among the accepted rows.' }),
      }),
    ),
    counts: Counts,
    rejected: z.array(
      z.object({
        cell: z.string(),
        row: z.number(),
        header: z.string(),
        reason: z.string(),
        message: z.string(),
        value: z.string(),
      }),
    ),
    warnings: z.array(z.string()),
    conflicts: z.array(z.object({ header: z.string(), message: z.string() })),
    canCommit: z.boolean(),
  })
  .meta({ id: 'SurveyImportPreview' });

export const ImportResultView = z
  .object({
    survey: SurveyView,
    importId: z.string().nullable(),
    added: z.number(),
    alreadyImported: z.number(),
    message: z.string().optional(),
  })
  .meta({ id: 'SurveyImportResult' });

export const SurveyAnalysisView = z
  .object({
    survey: z.object({ id: z.string(), year: z.number(), title: z.string() }),
    analysis: z.record(z.string(), z.unknown()).meta({
      description:
        'responses, responseRate, questions (overall and byUnit figures or a suppression marker), domains.',
    }),
  })
  .meta({ id: 'SurveyAnalysis' });

export const SurveyComparisonView = z
  .object({
    before: z.object({
      id: z.string(),
      year: z.number(),
      title: z.string(),
      unit: z.string().optional(),
    }),
    after: z.object({
      id: z.string(),
      year: z.number(),
      title: z.string(),
      unit: z.string().optional(),
    }),
    comparison: z.record(z.string(), z.unknown()),
    note: z.string().nullable(),
  })
  .meta({ id: 'SurveyComparison' });
