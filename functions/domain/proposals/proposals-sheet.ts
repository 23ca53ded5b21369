import type { MessageKey } from '../../i18n';
import type { SheetDef } from '../spreadsheets/sheet';
import type { WorkbookEntity } from '../spreadsheets/workbook-entity';
import {
  ANONYMOUS_CODES,
  PROPOSAL_CATEGORIES,
  PROPOSAL_KINDS,
  PROPOSAL_SOURCES,
  PROPOSAL_STATUSES,
  type Proposal,
  type ProposalFields,
} from './proposal';
import { listProposals, prepareCreate, prepareUpdate } from './proposal-service';

export const PROPOSALS_SHEET: SheetDef = {
  id: 'proposals',
  title: 'proposals.sheet.title',
  columns: [
    { key: 'id', header: 'sheet.col.id', kind: 'id', width: 22 },
    { key: 'version', header: 'sheet.col.version', kind: 'version', width: 10 },
    {
      key: 'kind',
      header: 'proposals.col.kind',
      kind: 'enum',
      values: PROPOSAL_KINDS,
      labelKey: (c) => `proposals.kind.${c}` as MessageKey,
      required: true,
      width: 24,
    },
    {
      key: 'source',
      header: 'proposals.col.source',
      kind: 'enum',
      values: PROPOSAL_SOURCES,
      labelKey: (c) => `proposals.source.${c}` as MessageKey,
      required: true,
      width: 24,
    },
    // Not required: an empty cell is about the whole organisation.
    { key: 'unitId', header: 'proposals.col.unit', kind: 'unit', width: 24 },
    {
      key: 'text',
      header: 'proposals.col.text',
      kind: 'text',
      required: true,
      maxLength: 4000,
      width: 48,
    },
    {
      key: 'category',
      header: 'proposals.col.category',
      kind: 'enum',
      values: PROPOSAL_CATEGORIES,
      labelKey: (c) => `proposals.category.${c}` as MessageKey,
      required: true,
      width: 24,
    },
    {
      key: 'receivedOn',
      header: 'proposals.col.receivedOn',
      kind: 'date',
      required: true,
      width: 12,
    },
    {
      key: 'submittedBy',
      header: 'proposals.col.submittedBy',
      kind: 'text',
      maxLength: 120,
      width: 22,
    },
    {
      key: 'recipientCode',
      header: 'proposals.col.recipientCode',
      kind: 'text',
      maxLength: 20,
      width: 14,
    },
    {
      key: 'anonymous',
      header: 'proposals.col.anonymous',
      kind: 'enum',
      values: ANONYMOUS_CODES,
      labelKey: (c) => (c === 'true' ? 'proposals.yes' : 'proposals.no'),
      width: 12,
    },
    { key: 'responseDueOn', header: 'proposals.col.responseDueOn', kind: 'date', width: 12 },
    // Decisions and responses have their own workflow (the API): shown for reference, never read.
    {
      key: 'status',
      header: 'proposals.col.status',
      kind: 'enum',
      values: PROPOSAL_STATUSES,
      labelKey: (c) => `proposals.status.${c}` as MessageKey,
      readOnly: true,
      width: 14,
    },
    {
      key: 'reason',
      header: 'proposals.col.reason',
      kind: 'text',
      readOnly: true,
      width: 30,
    },
    {
      key: 'response',
      header: 'proposals.col.response',
      kind: 'text',
      readOnly: true,
      width: 30,
    },
    {
      key: 'respondedOn',
      header: 'proposals.col.respondedOn',
      kind: 'date',
      readOnly: true,
      width: 12,
    },
  ],
};

/**
 * The cycle's proposals, suggestions and complaints as a register, oldest first (new rows go at
 * the bottom). A row obeys exactly the API's rules: it goes through the same prepareCreate and
 * prepareUpdate, so only a new one changes, only by whoever may edit it.
 */
export const proposalsSheet: WorkbookEntity<Proposal, ProposalFields> = {
  sheet: PROPOSALS_SHEET,
  list: async (ctx, year, deps) =>
    (await listProposals(ctx, year, {}, deps)).items
      .map((s) => s.proposal)
      .sort((a, b) => a.receivedOn.localeCompare(b.receivedOn) || a.id.localeCompare(b.id)),
  // `anonymous` stays a boolean: its cell shows the label of `String(value)`, and the row's
  // contract gives a boolean back, so an untouched row compares equal.
  toValues: (item) => ({ ...item }),
  prepareCreate,
  prepareUpdate,
};
