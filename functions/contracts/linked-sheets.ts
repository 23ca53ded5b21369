import { z } from 'zod';
import {
  RESULTS_LANGUAGES,
  SHEET_NAME_MAX,
  SPREADSHEET_ID_PATTERN,
} from '../domain/linked-sheets/link';
import { RUN_ERROR_CODES } from '../domain/linked-sheets/status';
import { ItemMeta, Version } from './common';

const SheetName = z.string().min(1).max(SHEET_NAME_MAX);

export const PutLinkedSheetRequest = z
  .strictObject({
    spreadsheetId: z.string().regex(SPREADSHEET_ID_PATTERN).meta({
      description:
        'The id in the spreadsheet’s URL: https://docs.google.com/spreadsheets/d/<id>/edit',
    }),
    responsesSheet: SheetName.meta({
      description: 'The tab the answers land in (Google Forms: "Form Responses 1")',
    }),
    resultsSheet: SheetName.nullable()
      .default(null)
      .meta({ description: 'A tab the nightly job replaces with the results; null: none' }),
    language: z
      .enum(RESULTS_LANGUAGES)
      .default('lt')
      .meta({ description: 'Language of the results block' }),
    version: Version,
  })
  .meta({ id: 'PutLinkedSheetRequest' });
export type PutLinkedSheetRequest = z.infer<typeof PutLinkedSheetRequest>;

export const DeleteLinkedSheetQuery = z.strictObject({
  version: z.coerce.number().int().min(1),
});

const Message = z.object({ key: z.string(), message: z.string() });

export const LinkStatusView = z
  .object({
    state: z.enum(['pending', 'ok', 'flagged', 'failing']),
    stateLabel: z.string(),
    lastRunAt: z.iso.datetime().nullable(),
    lastSuccessAt: z.iso.datetime().nullable(),
    lastError: z
      .object({ at: z.iso.datetime(), code: z.enum(RUN_ERROR_CODES), message: z.string() })
      .nullable(),
    rowsImported: z.number().int().min(0).meta({
      description: 'Responses the survey holds from this spreadsheet, all runs together',
    }),
    lastRun: z
      .object({
        at: z.iso.datetime(),
        rowsRead: z.number().int(),
        added: z.number().int(),
        alreadyImported: z.number().int(),
        rejectedCells: z.number().int(),
      })
      .nullable(),
    flagged: z
      .object({
        at: z.iso.datetime(),
        reason: z.enum(['rejectedCells', 'conflicts', 'headersChanged']),
        reasonLabel: z.string(),
        issues: z.array(Message),
      })
      .nullable()
      .meta({ description: 'New rows wait for a person: nothing of them is stored' }),
    resultsWrittenAt: z.iso.datetime().nullable(),
  })
  .meta({ id: 'LinkedSheetStatus' });

export const LinkedSheetView = z
  .object({
    year: z.number().int(),
    surveyId: z.string(),
    spreadsheetId: z.string(),
    spreadsheetUrl: z.url(),
    responsesSheet: z.string(),
    resultsSheet: z.string().nullable(),
    language: z.enum(RESULTS_LANGUAGES),
    status: LinkStatusView,
  })
  .extend(ItemMeta.shape)
  .meta({ id: 'LinkedSheetView' });

export const LinkedSheetList = z
  .object({ items: z.array(LinkedSheetView) })
  .meta({ id: 'LinkedSheetList' });

export const ServiceAccountView = z
  .object({
    email: z.string().nullable().meta({
      description: 'Share each linked spreadsheet with this address (editor); null: not known yet',
    }),
    seenAt: z.iso.datetime().nullable(),
    message: z.string(),
  })
  .meta({ id: 'LinkedSheetsServiceAccount' });
