import { z } from 'zod';
import { FIGURE_CODES, FIGURE_UNITS, FINDING_RULES, REPORT_STATES } from '../domain/reports/model';
import { REPORT_KINDS } from '../domain/reports/workflow';
import { SURVEY_AUDIENCES } from '../domain/surveys/survey';
import { SURVEY_DOMAINS } from '../domain/surveys/model';
import { IsoDate, Slug, Version } from './common';
import { DeadlineView } from './cycle';

/** `/v1/reports/{year}`: the report's year (its cycle). */
export const ReportParams = z.strictObject({
  year: z
    .string()
    .regex(/^\d{4}$/)
    .transform(Number)
    .pipe(z.number().int().min(2000).max(2100)),
});

const VersionChoice = z
  .union([
    z.literal('live'),
    z
      .string()
      .regex(/^\d{1,4}$/)
      .transform(Number),
  ])
  .optional()
  .meta({
    description:
      'A report version’s frozen figures (1, 2, …), or `live` for figures computed now. Default: the latest version’s (frozen once submitted).',
  });

export const ReportQuery = z.strictObject({ version: VersionChoice });
export const HalfYearQuery = z.strictObject({
  unitId: Slug.optional().meta({
    description: 'One unit’s report; the whole organisation without.',
  }),
  version: VersionChoice,
});
export const HalfYearWorkflowQuery = z.strictObject({ unitId: Slug.optional() });

const UnitScope = { unitId: Slug.nullable().default(null) };

export const SubmitReportRequest = z
  .strictObject({ version: Version, comment: z.string().trim().max(4000).default('') })
  .meta({ id: 'SubmitReportRequest' });
export const SubmitHalfYearRequest = SubmitReportRequest.extend(UnitScope).meta({
  id: 'SubmitHalfYearRequest',
});

export const ReportDecisionRequest = z
  .strictObject({
    version: Version,
    decision: z.enum(['approve', 'return']),
    comment: z.string().trim().max(4000).default(''),
  })
  .meta({ id: 'ReportDecisionRequest' });
export const HalfYearDecisionRequest = ReportDecisionRequest.extend(UnitScope).meta({
  id: 'HalfYearDecisionRequest',
});

export const PresentReportRequest = z
  .strictObject({
    version: Version,
    meetingOn: IsoDate.meta({ description: 'The staff meeting where the report was presented.' }),
    comment: z.string().trim().max(4000).default(''),
  })
  .meta({ id: 'PresentReportRequest' });

export const NewReportVersionRequest = z
  .strictObject({
    version: Version,
    reason: z
      .string()
      .trim()
      .min(3)
      .max(2000)
      .meta({ description: 'What the correction corrects.' }),
  })
  .meta({ id: 'NewReportVersionRequest' });
export const NewHalfYearVersionRequest = NewReportVersionRequest.extend(UnitScope).meta({
  id: 'NewHalfYearVersionRequest',
});

const StepView = z.object({
  state: z.enum(REPORT_STATES),
  stateLabel: z.string(),
  by: z.string(),
  on: IsoDate,
  at: z.string(),
  comment: z.string(),
  meetingOn: IsoDate.nullable(),
});

const SnapshotView = z.object({
  id: z.string(),
  parts: z.number().int(),
  bytes: z.number().int(),
  jsonBytes: z.number().int(),
  sha256: z.string(),
  takenAt: z.string(),
});

export const ReportWorkflowView = z
  .object({
    kind: z.enum(REPORT_KINDS),
    kindLabel: z.string(),
    year: z.number().int(),
    unitId: z.string().nullable(),
    version: z
      .number()
      .int()
      .meta({ description: 'The record’s version to name in the next step (0 before any).' }),
    currentVersion: z.number().int().meta({ description: 'The latest report version’s number.' }),
    state: z.enum(REPORT_STATES),
    stateLabel: z.string(),
    overdue: z.boolean(),
    deadline: DeadlineView.nullable(),
    versions: z.array(
      z.object({
        number: z.number().int(),
        state: z.enum(REPORT_STATES),
        stateLabel: z.string(),
        reason: z.string(),
        submittedOn: IsoDate.nullable(),
        approvedOn: IsoDate.nullable(),
        approvedBy: z.string().nullable(),
        presentedOn: IsoDate.nullable(),
        snapshot: SnapshotView.nullable(),
        history: z.array(StepView),
      }),
    ),
  })
  .meta({ id: 'ReportWorkflow' });
export type ReportWorkflowView = z.infer<typeof ReportWorkflowView>;

const Suppressed = z.object({
  suppressed: z.literal(true),
  reason: z.string(),
  minimumN: z.number().int(),
});

const StatusView = z.object({
  reportVersion: z.number().int(),
  state: z.enum(REPORT_STATES),
  submittedOn: IsoDate.nullable(),
  approvedOn: IsoDate.nullable(),
  approvedBy: z.string().nullable(),
  presentedOn: IsoDate.nullable(),
  dueOn: IsoDate.nullable(),
  overdue: z.boolean(),
  source: z.enum(['live', 'snapshot']),
});

const KeyFigureView = z.object({
  code: z.enum(FIGURE_CODES),
  value: z.number().nullable(),
  unit: z.enum(FIGURE_UNITS),
  previous: z.number().nullable(),
  change: z.number().nullable(),
  assessment: z.enum(['better', 'worse', 'same', 'noData']).nullable(),
});

const SurveyCellView = z.union([
  Suppressed,
  z.object({
    n: z.number().int(),
    responseRatePercent: z.number().nullable(),
    topTwoBoxPercent: z.number().nullable(),
    mean: z.number().nullable(),
  }),
]);

const ActionsView = z.object({
  counts: z.object({ total: z.number().int(), done: z.number().int(), overdue: z.number().int() }),
  items: z.array(z.object({ actionId: z.string(), title: z.string() })),
});

const FindingView = z.object({
  rule: z.enum(FINDING_RULES),
  value: z.number(),
  unit: z.string(),
  reference: z.number().nullable(),
});

/**
 * The annual report's model (functions/domain/reports/model.ts is its full, documented shape):
 * codes and keys, not words; the workbook writer translates them.
 */
export const AnnualReportModelView = z
  .object({
    kind: z.literal('annual'),
    modelVersion: z.number().int(),
    year: z.number().int(),
    asOf: IsoDate,
    generatedAt: z.string(),
    cover: z.object({ year: z.number().int(), status: StatusView }),
    keyFigures: z.object({
      figures: z.array(KeyFigureView),
      indicators: z.array(z.object({ code: z.string(), value: z.number().nullable() })),
    }),
    planExecution: z.object({ totals: z.object({ items: z.number().int() }) }),
    training: z.object({ plannedHours: z.number(), doneHours: z.number() }),
    projects: z.object({ items: z.array(z.object({ title: z.string() })) }),
    surveys: z.object({
      surveys: z.array(
        z.object({
          surveyId: z.string(),
          title: z.string(),
          audience: z.enum(SURVEY_AUDIENCES),
          responses: z.number().int(),
          domains: z.array(
            z.object({
              domain: z.enum(SURVEY_DOMAINS),
              overall: SurveyCellView,
              byUnit: z.array(z.object({ unit: z.string(), figures: SurveyCellView })),
            }),
          ),
        }),
      ),
    }),
    feedback: z.object({ byKind: z.array(z.object({ kind: z.string() })) }),
    improvementActions: z.object({
      carriedOut: ActionsView,
      opened: ActionsView,
    }),
    benchmark: z
      .object({ rows: z.array(z.object({ indicatorCode: z.string() })) })
      .nullable()
      .meta({ description: 'Null until benchmarks exist.' }),
    strengths: z.array(FindingView),
    weaknesses: z.array(FindingView),
  })
  .meta({ id: 'AnnualReportModel' });

export const RecipientsSummaryModelView = z
  .object({
    kind: z.literal('recipientsSummary'),
    year: z.number().int(),
    satisfaction: z.array(
      z.object({
        title: z.string(),
        satisfaction: z.union([
          Suppressed,
          z.object({ n: z.number().int(), topTwoBoxPercent: z.number().nullable() }),
        ]),
      }),
    ),
    suggestions: z.object({
      received: z.number().int(),
      accepted: z.number().int(),
      implemented: z.number().int(),
      changes: z.array(z.object({ title: z.string(), implemented: z.boolean() })),
    }),
    next: z.object({
      planItems: z.array(z.object({ title: z.string(), unitName: z.string() })),
      actions: z.array(z.object({ title: z.string(), dueOn: IsoDate })),
    }),
  })
  .meta({ id: 'RecipientsSummaryModel' });

export const HalfYearReportModelView = z
  .object({
    kind: z.literal('halfYear'),
    year: z.number().int(),
    unit: z.object({ unitId: z.string(), unitName: z.string() }).nullable(),
    periodEnd: IsoDate,
    cover: z.object({ status: StatusView }),
    plan: z.object({
      totals: z.object({ items: z.number().int(), done: z.number().int() }),
      items: z.array(z.object({ itemId: z.string(), percent: z.number().nullable() })),
    }),
    training: z.object({ plannedHours: z.number(), doneHours: z.number() }),
  })
  .meta({ id: 'HalfYearReportModel' });

const reportRead = <T extends z.ZodType>(model: T, id: string) =>
  z.object({ workflow: ReportWorkflowView, model }).meta({ id });

export const AnnualReportView = reportRead(AnnualReportModelView, 'AnnualReport');
export const RecipientsSummaryView = reportRead(RecipientsSummaryModelView, 'RecipientsSummary');
export const HalfYearReportView = reportRead(HalfYearReportModelView, 'HalfYearReport');
