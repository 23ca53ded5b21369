import { z } from 'zod';
import { IsoDate, YearParam } from './common';
import { RecipientCode } from './proposals';
import { GoalInput } from './support-plans';

/**
 * The entities staff edit in spreadsheets, by the slug of their API resource: the planning
 * workbook's sheets, in its order (a unit test checks the two lists agree), then support-plan
 * goals (never in a workbook: they are read only under audit).
 */
export const SHEET_ROW_ENTITIES = [
  'plan-items',
  'proposals',
  'needs',
  'training',
  'actions',
  'projects',
  'support-goals',
] as const;
export type SheetRowEntity = (typeof SHEET_ROW_ENTITIES)[number];

export const SheetRowsParams = z.object({ year: YearParam, entity: z.enum(SHEET_ROW_ENTITIES) });

/** A support-plan goal's row (`support-goals`): the goal's fields, its plan by recipient code. */
export const SupportGoalRowRequest = GoalInput.pick({
  domain: true,
  text: true,
  result: true,
  baseline: true,
  target: true,
  dueOn: true,
}).extend({ recipientCode: RecipientCode, nextReviewOn: IsoDate });

/** Most rows one PUT takes; a longer sheet is sent in several requests. */
export const MAX_SHEET_ROWS_PER_REQUEST = 500;

const ColumnKey = z.string().min(1).max(100);

/** A cell as the client read it: what the sheet shows (labels, unit names, dates) or a code. */
export const SheetValue = z
  .union([z.string().max(20_000), z.number(), z.boolean(), z.null(), z.array(z.string().max(200))])
  .meta({ id: 'SheetValue' });

/** A cell as the server answers it: text, a number, or empty; dates as ISO `YYYY-MM-DD` text. */
export const SheetCell = z.union([z.string(), z.number(), z.boolean(), z.null()]);

export const ClientRowId = z
  .string()
  .regex(/^[A-Za-z0-9._:-]{1,100}$/, { message: 'A-Z, a-z, 0-9, . _ : -; up to 100' })
  .meta({
    description:
      'The client’s own id of the row, stable across retries (a UUID): a create retried with it creates nothing new.',
  });

export const SheetRowInput = z.strictObject({
  id: z.string().min(1).max(100).optional().meta({ description: 'Absent for a new row.' }),
  version: z.number().int().min(0).optional().meta({
    description: 'The version the row was read at; required with an id.',
  }),
  values: z.record(ColumnKey, SheetValue).meta({
    description:
      'By column key. A key left out of an update keeps the stored value; null or "" clears it. Read-only columns are ignored.',
  }),
  clientRowId: ClientRowId,
});

/** A row the user removed from the sheet and confirmed to delete, at the version it was read. */
export const SheetRowDeleteInput = z.strictObject({
  id: z.string().min(1).max(100),
  version: z.number().int().min(0).meta({
    description: 'The version read; one the item never had (0) answers conflict or gone.',
  }),
});

export const PutSheetRowsRequest = z
  .strictObject({
    rows: z.array(SheetRowInput).max(MAX_SHEET_ROWS_PER_REQUEST),
    deletes: z.array(SheetRowDeleteInput).max(MAX_SHEET_ROWS_PER_REQUEST).default([]).meta({
      description:
        'Items to delete, each at the version read (the add-on asks the user first), by the area’s own delete rules. An id also in rows, or twice here, is refused (400).',
    }),
    deleteMissing: z.boolean().optional().meta({
      description:
        'Only false is accepted: rows left out are never deleted; name deletions in `deletes`.',
    }),
  })
  .superRefine((body, ctx) => {
    if (body.deleteMissing === true) {
      ctx.addIssue({
        code: 'custom',
        path: ['deleteMissing'],
        params: { key: 'sheetRows.deleteMissingReserved' },
      });
    }
    if (body.rows.length === 0 && body.deletes.length === 0) {
      ctx.addIssue({ code: 'custom', path: ['rows'], params: { key: 'sheetRows.nothingSent' } });
    }
    const seen = new Set<string>();
    body.rows.forEach((row, i) => {
      if (seen.has(row.clientRowId)) {
        ctx.addIssue({
          code: 'custom',
          path: ['rows', i, 'clientRowId'],
          params: { key: 'sheetRows.duplicateClientRowId' },
        });
      }
      seen.add(row.clientRowId);
    });
  })
  .meta({ id: 'PutSheetRowsRequest' });

export const SheetColumnView = z.object({
  key: z.string(),
  header: z.string().meta({ description: 'In the user’s language (Accept-Language).' }),
  type: z.enum(['id', 'version', 'text', 'date', 'number', 'enum', 'unit', 'idList']),
  readOnly: z.boolean().meta({ description: 'Shown for reference; never read back.' }),
  required: z.boolean(),
  text: z.boolean().meta({
    description:
      'Free text: write it as text, never as a formula (values may start with =, +, -, @).',
  }),
  maxLength: z.number().int().optional(),
  options: z
    .array(z.object({ value: z.string(), label: z.string() }))
    .optional()
    .meta({ description: 'enum and unit columns: the code and the label rows show.' }),
});

export const SheetRowsView = z
  .object({
    entity: z.enum(SHEET_ROW_ENTITIES),
    year: z.number().int(),
    title: z.string().meta({ description: 'The sheet’s name in the user’s language.' }),
    headers: z.array(z.string()).meta({ description: 'Every column’s header, in column order.' }),
    columns: z.array(SheetColumnView),
    textColumns: z.array(z.string()).meta({
      description: 'Keys of the columns whose values must be written as text (see `text`).',
    }),
    rows: z.array(
      z.object({
        id: z.string(),
        version: z.number().int(),
        values: z.record(z.string(), SheetCell),
      }),
    ),
  })
  .meta({ id: 'SheetRows' });
export type SheetRowsView = z.infer<typeof SheetRowsView>;

const RowValues = z.record(z.string(), SheetCell);

const RowErrors = z.array(
  z.object({
    column: z.string().nullable().meta({ description: 'null: the whole row.' }),
    header: z.string().nullable(),
    message: z.string(),
  }),
);

export const SheetRowResultView = z.discriminatedUnion('status', [
  z.object({
    clientRowId: z.string(),
    status: z.literal('applied'),
    id: z.string(),
    version: z.number().int(),
    values: RowValues.meta({ description: 'As stored now.' }),
    changed: z.array(z.string()),
    replayed: z.boolean().meta({
      description: 'The create was already applied by an earlier request with this clientRowId.',
    }),
  }),
  z.object({
    clientRowId: z.string(),
    status: z.literal('unchanged'),
    id: z.string(),
    version: z.number().int(),
    values: RowValues,
  }),
  z.object({
    clientRowId: z.string(),
    status: z.literal('conflict'),
    id: z.string(),
    sentVersion: z.number().int().nullable(),
    version: z.number().int().meta({ description: 'The current version.' }),
    values: RowValues.meta({ description: 'The current values.' }),
    changed: z.array(z.string()).meta({ description: 'Columns where the sent row differs.' }),
  }),
  z.object({
    clientRowId: z.string(),
    status: z.literal('rejected'),
    id: z.string().nullable(),
    errors: RowErrors,
  }),
]);

export const SheetDeleteResultView = z.object({
  id: z.string(),
  status: z.enum(['deleted', 'conflict', 'rejected', 'gone']).meta({
    description:
      'deleted; conflict: changed since the version sent, nothing deleted (values and version are the current ones); rejected: the area refuses (errors); gone: no such item now (already deleted, e.g. a retry).',
  }),
  version: z
    .number()
    .int()
    .optional()
    .meta({ description: 'deleted: the version deleted; conflict: the current version.' }),
  values: RowValues.optional().meta({ description: 'conflict: the current values.' }),
  errors: RowErrors.optional(),
});

export const SheetRowsResultView = z
  .object({
    entity: z.enum(SHEET_ROW_ENTITIES),
    summary: z.object({
      applied: z.number().int(),
      unchanged: z.number().int(),
      conflict: z.number().int(),
      rejected: z.number().int(),
      deleted: z.number().int().meta({ description: 'Items deleted (of `deletes`).' }),
    }),
    rows: z.array(SheetRowResultView).meta({ description: 'One per row sent, in the same order.' }),
    deleted: z
      .array(SheetDeleteResultView)
      .meta({ description: 'One per delete sent, in the same order.' }),
  })
  .meta({ id: 'SheetRowsResult' });
export type SheetRowsResultView = z.infer<typeof SheetRowsResultView>;
