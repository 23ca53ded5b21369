import { z } from 'zod';
import { YearParam } from './common';

/**
 * The entities staff edit in spreadsheets, by the slug of their API resource: the planning
 * workbook's sheets, in its order (a unit test checks the two lists agree).
 */
export const SHEET_ROW_ENTITIES = [
  'plan-items',
  'proposals',
  'needs',
  'training',
  'actions',
  'projects',
] as const;
export type SheetRowEntity = (typeof SHEET_ROW_ENTITIES)[number];

export const SheetRowsParams = z.object({ year: YearParam, entity: z.enum(SHEET_ROW_ENTITIES) });

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

export const PutSheetRowsRequest = z
  .strictObject({
    rows: z.array(SheetRowInput).min(1).max(MAX_SHEET_ROWS_PER_REQUEST),
    deleteMissing: z.boolean().optional().meta({
      description: 'Reserved: rows not sent are never deleted, and `true` is refused for now.',
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
    errors: z.array(
      z.object({
        column: z.string().nullable().meta({ description: 'null: the whole row.' }),
        header: z.string().nullable(),
        message: z.string(),
      }),
    ),
  }),
]);

export const SheetRowsResultView = z
  .object({
    entity: z.enum(SHEET_ROW_ENTITIES),
    summary: z.object({
      applied: z.number().int(),
      unchanged: z.number().int(),
      conflict: z.number().int(),
      rejected: z.number().int(),
    }),
    rows: z.array(SheetRowResultView).meta({ description: 'One per row sent, in the same order.' }),
  })
  .meta({ id: 'SheetRowsResult' });
export type SheetRowsResultView = z.infer<typeof SheetRowsResultView>;
