import type { Role } from '../auth/actor';
import type { FieldIssue } from '../errors';
import type { Stored } from '../ports';
import type { IsoDate } from '../time';
import { addWorkingDays } from './working-days';

/** `proposal`: from staff, for next year's plan; `suggestion`, `complaint`: from service recipients. */
export const PROPOSAL_KINDS = ['proposal', 'suggestion', 'complaint'] as const;
export type ProposalKind = (typeof PROPOSAL_KINDS)[number];

export const PROPOSAL_SOURCES = ['staffMeeting', 'annualReview', 'suggestionBox', 'other'] as const;
export type ProposalSource = (typeof PROPOSAL_SOURCES)[number];

export const PROPOSAL_CATEGORIES = [
  'services',
  'activities',
  'staff',
  'communication',
  'environment',
  'safety',
  'food',
  'rights',
  'other',
] as const;
export type ProposalCategory = (typeof PROPOSAL_CATEGORIES)[number];

export const PROPOSAL_STATUSES = ['new', 'accepted', 'rejected', 'merged'] as const;
export type ProposalStatus = (typeof PROPOSAL_STATUSES)[number];

export const DECISION_STATUSES = ['accepted', 'rejected', 'merged'] as const;
export type DecisionStatus = (typeof DECISION_STATUSES)[number];

/**
 * The `anonymous` flag as a workbook column's codes: the boolean as text, so a cell reads back as
 * the value it was written from (and Excel's TRUE/FALSE as themselves); cells show Taip/Ne.
 */
export const ANONYMOUS_CODES = ['true', 'false'] as const;

/** What an accepted proposal became; the linked item belongs to the planning or improvement area. */
export const OUTCOME_TYPES = ['planItem', 'action'] as const;
export type OutcomeType = (typeof OUTCOME_TYPES)[number];
export interface Outcome {
  type: OutcomeType;
  id: string;
}

/**
 * Public bodies in Lithuania answer a person's written request within 20 working days; the
 * organisations follow the same practice for complaints. It is the default, overridable per complaint.
 */
export const COMPLAINT_RESPONSE_WORKING_DAYS = 20;

/** Who may change a decision or a response once made (a unit head decides only once). */
export const REVISING_ROLES: readonly Role[] = ['deputy', 'director'];

export const isRecipientKind = (kind: ProposalKind): boolean => kind !== 'proposal';

const revises = (roles: readonly Role[]): boolean => roles.some((r) => REVISING_ROLES.includes(r));

/** What was said can change only until someone decides on it. */
export const isEditable = (p: Pick<Proposal, 'status'>): boolean => p.status === 'new';

/** A new proposal is decided once by whoever may decide; a decided one is revised only by management. */
export const mayDecide = (p: Pick<Proposal, 'status'>, roles: readonly Role[]): boolean =>
  p.status === 'new' || revises(roles);

export const mayRespond = (p: Pick<Proposal, 'respondedOn'>, roles: readonly Role[]): boolean =>
  p.respondedOn === null || revises(roles);

/** What the person registering it says about a proposal; editable while it is new. */
export interface ProposalFields {
  kind: ProposalKind;
  source: ProposalSource;
  /** null: about the whole organisation. */
  unitId: string | null;
  text: string;
  category: ProposalCategory;
  receivedOn: IsoDate;
  /** A staff member's name, for staff proposals only: recipients are never named. */
  submittedBy: string | null;
  /** A service recipient's pseudonymous code. */
  recipientCode: string | null;
  anonymous: boolean;
  /** Complaints only; null takes the default (`receivedOn` + 20 working days). */
  responseDueOn: IsoDate | null;
}

/** A proposal, suggestion or complaint as stored in its cycle. */
export interface Proposal extends ProposalFields {
  id: string;
  year: number;
  /** The user who registered it (from the token). */
  registeredBy: string;
  status: ProposalStatus;
  /** True while `responseDueOn` is the computed default, so it follows a corrected `receivedOn`. */
  responseDueOnDefault: boolean;
  reason: string | null;
  mergedInto: string | null;
  outcome: Outcome | null;
  decidedBy: string | null;
  decidedOn: IsoDate | null;
  response: string | null;
  respondedOn: IsoDate | null;
  respondedBy: string | null;
}

export interface DecisionInput {
  status: DecisionStatus;
  reason: string | null;
  mergedInto: string | null;
  outcome: Outcome | null;
  /** null: today. */
  decidedOn: IsoDate | null;
}

export interface ResponseInput {
  response: string;
  respondedOn: IsoDate;
}

/** A Lithuanian personal code: 11 digits, the first (3–6) giving sex and century of birth. */
export const looksLikePersonalCode = (code: string): boolean =>
  /^[3-6]\d{10}$/.test(code.replace(/[-\s]/g, ''));

/** The first and last day a proposal of cycle `year` may be received: the planning season runs from mid-year before. */
export const receivedRange = (year: number): { from: IsoDate; to: IsoDate } => ({
  from: `${year - 1}-07-01`,
  to: `${year}-12-31`,
});

export const defaultResponseDue = (receivedOn: IsoDate): IsoDate =>
  addWorkingDays(receivedOn, COMPLAINT_RESPONSE_WORKING_DAYS);

const checkDate = (
  issues: FieldIssue[],
  path: string,
  date: IsoDate,
  today: IsoDate,
  receivedOn?: IsoDate,
): void => {
  if (date > today) {
    issues.push({ path: [path], key: 'validation.dateInFuture', params: { today } });
  } else if (receivedOn && date < receivedOn) {
    issues.push({ path: [path], key: 'proposals.beforeReceived', params: { receivedOn } });
  }
};

/** Rules across fields that a schema cannot state: who may be named, which source fits which kind. */
export const checkProposalFields = (
  year: number,
  input: ProposalFields,
  today: IsoDate,
): FieldIssue[] => {
  const issues: FieldIssue[] = [];
  const recipient = isRecipientKind(input.kind);
  if (!recipient && input.source === 'suggestionBox') {
    issues.push({ path: ['source'], key: 'proposals.boxIsForRecipients' });
  }
  if (recipient && (input.source === 'staffMeeting' || input.source === 'annualReview')) {
    issues.push({ path: ['source'], key: 'proposals.staffSourceIsForStaff' });
  }
  if (input.submittedBy !== null) {
    if (recipient) issues.push({ path: ['submittedBy'], key: 'proposals.recipientNotNamed' });
    else if (input.anonymous)
      issues.push({ path: ['submittedBy'], key: 'proposals.anonymousNamed' });
  }
  if (input.recipientCode !== null) {
    if (!recipient) {
      issues.push({ path: ['recipientCode'], key: 'proposals.recipientCodeForStaff' });
    } else if (looksLikePersonalCode(input.recipientCode)) {
      issues.push({ path: ['recipientCode'], key: 'proposals.personalCode' });
    } else if (input.anonymous) {
      issues.push({ path: ['anonymous'], key: 'proposals.anonymousWithCode' });
    }
  } else if (recipient && !input.anonymous) {
    issues.push({ path: ['recipientCode'], key: 'proposals.codeOrAnonymous' });
  }
  const { from, to } = receivedRange(year);
  if (input.receivedOn > today) {
    issues.push({ path: ['receivedOn'], key: 'validation.dateInFuture', params: { today } });
  } else if (input.receivedOn < from || input.receivedOn > to) {
    issues.push({ path: ['receivedOn'], key: 'validation.dateOutsideCycle', params: { from, to } });
  }
  if (input.responseDueOn !== null) {
    if (input.kind !== 'complaint') {
      issues.push({ path: ['responseDueOn'], key: 'proposals.complaintsOnly' });
    } else if (input.responseDueOn < input.receivedOn) {
      issues.push({
        path: ['responseDueOn'],
        key: 'proposals.beforeReceived',
        params: { receivedOn: input.receivedOn },
      });
    }
  }
  return issues;
};

/**
 * The due date to store and whether it is the default. Sending back the default one had read
 * (a sheet's round trip) keeps it the default, so it moves when `receivedOn` is corrected.
 */
export const responseDue = (
  input: ProposalFields,
  current?: Pick<Proposal, 'responseDueOn' | 'responseDueOnDefault'>,
): { responseDueOn: IsoDate | null; responseDueOnDefault: boolean } => {
  if (input.kind !== 'complaint') return { responseDueOn: null, responseDueOnDefault: false };
  const keepsDefault =
    input.responseDueOn === null ||
    (current?.responseDueOnDefault === true && input.responseDueOn === current.responseDueOn);
  return keepsDefault
    ? { responseDueOn: defaultResponseDue(input.receivedOn), responseDueOnDefault: true }
    : { responseDueOn: input.responseDueOn, responseDueOnDefault: false };
};

/** A new proposal; the person registering it is the actor, never a name from the body. */
export const newProposal = (
  id: string,
  year: number,
  input: ProposalFields,
  registeredBy: string,
): Proposal => ({
  ...input,
  ...responseDue(input),
  id,
  year,
  registeredBy,
  status: 'new',
  reason: null,
  mergedInto: null,
  outcome: null,
  decidedBy: null,
  decidedOn: null,
  response: null,
  respondedOn: null,
  respondedBy: null,
});

/** The proposal with its editable fields replaced; its decision and response stay. */
export const editProposal = (current: Proposal, input: ProposalFields): Proposal => ({
  ...current,
  ...input,
  ...responseDue(input, current),
});

/**
 * Rules of a decision: a rejection says why, a merge names another proposal of the cycle that is
 * not itself merged (`target`, looked up by the caller), an outcome only for an accepted one.
 */
export const checkDecision = (
  current: Proposal,
  input: DecisionInput,
  target: Proposal | undefined,
  today: IsoDate,
): FieldIssue[] => {
  const issues: FieldIssue[] = [];
  if (input.status === 'rejected' && !input.reason?.trim()) {
    issues.push({ path: ['reason'], key: 'proposals.reasonRequired' });
  }
  if (input.status === 'merged') {
    if (input.mergedInto === null) {
      issues.push({ path: ['mergedInto'], key: 'proposals.mergedIntoRequired' });
    } else if (input.mergedInto === current.id) {
      issues.push({ path: ['mergedInto'], key: 'proposals.mergedIntoSelf' });
    } else if (!target) {
      issues.push({
        path: ['mergedInto'],
        key: 'proposals.mergedIntoMissing',
        params: { id: input.mergedInto, year: current.year },
      });
    } else if (target.status === 'merged' && target.mergedInto !== null) {
      issues.push({
        path: ['mergedInto'],
        key: 'proposals.mergedIntoMerged',
        params: { id: target.id, target: target.mergedInto },
      });
    }
  } else if (input.mergedInto !== null) {
    issues.push({ path: ['mergedInto'], key: 'proposals.mergedIntoOnlyForMerged' });
  }
  if (input.outcome !== null && input.status !== 'accepted') {
    issues.push({ path: ['outcome'], key: 'proposals.outcomeOnlyForAccepted' });
  }
  if (input.decidedOn !== null) {
    checkDate(issues, 'decidedOn', input.decidedOn, today, current.receivedOn);
  }
  return issues;
};

/** The proposal with this decision; a new decision replaces the previous one whole. */
export const decideProposal = (
  current: Proposal,
  input: DecisionInput,
  decidedBy: string,
  today: IsoDate,
): Proposal => ({
  ...current,
  status: input.status,
  reason: input.reason?.trim() || null,
  mergedInto: input.status === 'merged' ? input.mergedInto : null,
  outcome: input.status === 'accepted' ? input.outcome : null,
  decidedBy,
  decidedOn: input.decidedOn ?? today,
});

export const checkResponse = (
  current: Proposal,
  input: ResponseInput,
  today: IsoDate,
): FieldIssue[] => {
  const issues: FieldIssue[] = [];
  checkDate(issues, 'respondedOn', input.respondedOn, today, current.receivedOn);
  return issues;
};

export const respondToComplaint = (
  current: Proposal,
  input: ResponseInput,
  respondedBy: string,
): Proposal => ({
  ...current,
  response: input.response.trim(),
  respondedOn: input.respondedOn,
  respondedBy,
});

/** A complaint not answered after its due date (the due day itself still counts as on time). */
export const isOverdue = (p: Proposal, today: IsoDate): boolean =>
  p.kind === 'complaint' &&
  p.respondedOn === null &&
  p.responseDueOn !== null &&
  today > p.responseDueOn;

/** A proposal with what follows from it as of today. */
export interface ProposalState {
  proposal: Stored<Proposal>;
  overdue: boolean;
}

export const describeProposal = (proposal: Stored<Proposal>, today: IsoDate): ProposalState => ({
  proposal,
  overdue: isOverdue(proposal, today),
});

export interface ProposalCounts {
  total: number;
  overdue: number;
  byStatus: Record<ProposalStatus, number>;
  byKind: Record<ProposalKind, number>;
}

const zeros = <K extends string>(keys: readonly K[]): Record<K, number> =>
  Object.fromEntries(keys.map((k) => [k, 0])) as Record<K, number>;

export const countProposals = (states: readonly ProposalState[]): ProposalCounts => {
  const counts: ProposalCounts = {
    total: states.length,
    overdue: 0,
    byStatus: zeros(PROPOSAL_STATUSES),
    byKind: zeros(PROPOSAL_KINDS),
  };
  for (const { proposal, overdue } of states) {
    counts.byStatus[proposal.status] += 1;
    counts.byKind[proposal.kind] += 1;
    if (overdue) counts.overdue += 1;
  }
  return counts;
};

/** Newest first: by the day received, then by registration (ids are time-ordered). */
export const newestFirst = (a: ProposalState, b: ProposalState): number =>
  b.proposal.receivedOn.localeCompare(a.proposal.receivedOn) ||
  b.proposal.id.localeCompare(a.proposal.id);
