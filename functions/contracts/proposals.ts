import { z } from 'zod';
import {
  ANONYMOUS_CODES,
  DECISION_STATUSES,
  OUTCOME_TYPES,
  PROPOSAL_CATEGORIES,
  PROPOSAL_KINDS,
  PROPOSAL_SOURCES,
  PROPOSAL_STATUSES,
} from '../domain/proposals/proposal';
import { IsoDate, ItemMeta, Slug, Version } from './common';
import { CycleParams } from './cycle';

export const ProposalParams = CycleParams.extend({ proposalId: Slug });

export const RecipientCode = z
  .string()
  .trim()
  .toUpperCase()
  .regex(/^[A-Z0-9-]{2,20}$/, { message: 'A-Z, 0-9, -; 2–20' })
  .meta({
    description:
      'A service recipient’s pseudonymous code (never a name or a personal code), e.g. `VG-014`.',
  });

export const Outcome = z
  .strictObject({ type: z.enum(OUTCOME_TYPES), id: Slug })
  .meta({ description: 'The plan item or improvement action the proposal became.' });

const LongText = z.string().trim().min(1).max(4000);

export const ProposalFields = z.strictObject({
  kind: z.enum(PROPOSAL_KINDS).meta({
    description: '`proposal`: from staff; `suggestion`, `complaint`: from service recipients.',
  }),
  source: z.enum(PROPOSAL_SOURCES),
  unitId: Slug.nullable().default(null).meta({ description: 'null: the whole organisation.' }),
  text: LongText,
  category: z.enum(PROPOSAL_CATEGORIES),
  receivedOn: IsoDate,
  submittedBy: z
    .string()
    .trim()
    .min(2)
    .max(120)
    .nullable()
    .default(null)
    .meta({ description: 'The staff member’s name; staff proposals only.' }),
  recipientCode: RecipientCode.nullable().default(null),
  anonymous: z.boolean().default(false),
  responseDueOn: IsoDate.nullable().default(null).meta({
    description:
      'Complaints only. null: the default, `receivedOn` + 20 working days (Monday–Friday).',
  }),
});

export const CreateProposalRequest = ProposalFields.extend({
  version: z.literal(0).optional().meta({ description: 'Nothing or 0: a new item.' }),
}).meta({ id: 'CreateProposalRequest' });
export type CreateProposalRequest = z.infer<typeof CreateProposalRequest>;

export const UpdateProposalRequest = ProposalFields.extend({ version: Version }).meta({
  id: 'UpdateProposalRequest',
  description: 'The whole of the editable fields, with the version you read.',
});
export type UpdateProposalRequest = z.infer<typeof UpdateProposalRequest>;

/**
 * A row of the planning workbook's proposals sheet: the fields of a request, with `anonymous` as
 * the column's codes (`true`/`false`, shown Taip/Ne); an empty cell is `false`, as in a request.
 */
export const ProposalSheetRow = ProposalFields.extend({
  anonymous: z
    .enum(ANONYMOUS_CODES)
    .transform((code) => code === 'true')
    .default(false),
});
export type ProposalSheetRow = z.infer<typeof ProposalSheetRow>;

export const DecisionRequest = z
  .strictObject({
    version: Version,
    status: z.enum(DECISION_STATUSES),
    reason: z
      .string()
      .trim()
      .max(2000)
      .nullable()
      .default(null)
      .meta({ description: 'Required when rejecting.' }),
    mergedInto: Slug.nullable()
      .default(null)
      .meta({ description: 'Merging: another proposal of the same cycle.' }),
    outcome: Outcome.nullable().default(null),
    decidedOn: IsoDate.nullable().default(null).meta({ description: 'null: today.' }),
  })
  .meta({ id: 'ProposalDecisionRequest' });
export type DecisionRequest = z.infer<typeof DecisionRequest>;

export const ResponseRequest = z
  .strictObject({ version: Version, response: LongText, respondedOn: IsoDate })
  .meta({ id: 'ComplaintResponseRequest' });
export type ResponseRequest = z.infer<typeof ResponseRequest>;

const BooleanParam = z.enum(['true', 'false']).transform((v) => v === 'true');

export const ListProposalsQuery = z.strictObject({
  kind: z.enum(PROPOSAL_KINDS).optional(),
  status: z.enum(PROPOSAL_STATUSES).optional(),
  unitId: Slug.optional(),
  overdue: BooleanParam.optional().meta({
    description: '`true`: only complaints unanswered after their due date.',
  }),
});

export const ProposalView = z
  .object({
    id: z.string(),
    year: z.number().int(),
    kind: z.enum(PROPOSAL_KINDS),
    kindLabel: z.string(),
    source: z.enum(PROPOSAL_SOURCES),
    sourceLabel: z.string(),
    unitId: z.string().nullable(),
    text: z.string(),
    category: z.enum(PROPOSAL_CATEGORIES),
    categoryLabel: z.string(),
    receivedOn: IsoDate,
    submittedBy: z.string().nullable(),
    recipientCode: z.string().nullable(),
    anonymous: z.boolean(),
    registeredBy: z.string(),
    status: z.enum(PROPOSAL_STATUSES),
    statusLabel: z.string(),
    reason: z.string().nullable(),
    mergedInto: z.string().nullable(),
    outcome: z.object({ type: z.enum(OUTCOME_TYPES), id: z.string() }).nullable(),
    decidedBy: z.string().nullable(),
    decidedOn: IsoDate.nullable(),
    responseDueOn: IsoDate.nullable(),
    responseDueOnDefault: z
      .boolean()
      .meta({ description: 'True while the due date is the computed default.' }),
    response: z.string().nullable(),
    respondedOn: IsoDate.nullable(),
    respondedBy: z.string().nullable(),
    overdue: z.boolean().meta({ description: 'A complaint unanswered after its due date.' }),
  })
  .extend(ItemMeta.shape)
  .meta({ id: 'Proposal' });
export type ProposalView = z.infer<typeof ProposalView>;

const countsOf = <T extends readonly [string, ...string[]]>(keys: T) =>
  z.object(
    Object.fromEntries(keys.map((k) => [k, z.number().int()])) as {
      [K in T[number]]: z.ZodNumber;
    },
  );

export const ProposalCounts = z.object({
  total: z.number().int(),
  overdue: z.number().int(),
  byStatus: countsOf(PROPOSAL_STATUSES),
  byKind: countsOf(PROPOSAL_KINDS),
});

export const ProposalList = z
  .object({ items: z.array(ProposalView), counts: ProposalCounts })
  .meta({ id: 'ProposalList' });
