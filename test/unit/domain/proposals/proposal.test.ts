import {
  checkDecision,
  checkProposalFields,
  checkResponse,
  countProposals,
  decideProposal,
  describeProposal,
  editProposal,
  isEditable,
  isOverdue,
  looksLikePersonalCode,
  mayDecide,
  mayRespond,
  newProposal,
  respondToComplaint,
  type DecisionInput,
  type Proposal,
  type ProposalFields,
} from '../../../../functions/domain/proposals/proposal';
import type { Stored } from '../../../../functions/domain/ports';

const TODAY = '2026-11-24';

const staffProposal = (overrides: Partial<ProposalFields> = {}): ProposalFields => ({
  kind: 'proposal',
  source: 'staffMeeting',
  unitId: 'dienos-centras',
  text: 'Įrengti poilsio kambarį vaikams',
  category: 'environment',
  receivedOn: '2026-11-20',
  submittedBy: 'Ona Onaitė',
  recipientCode: null,
  anonymous: false,
  responseDueOn: null,
  ...overrides,
});

const complaint = (overrides: Partial<ProposalFields> = {}): ProposalFields =>
  staffProposal({
    kind: 'complaint',
    source: 'suggestionBox',
    category: 'food',
    text: 'Per šalti pietūs',
    submittedBy: null,
    recipientCode: 'VG-014',
    ...overrides,
  });

const stored = (p: Proposal): Stored<Proposal> => ({
  ...p,
  version: 1,
  createdAt: '2026-11-20T08:00:00.000Z',
  createdBy: 'ona@org-a',
  updatedAt: '2026-11-20T08:00:00.000Z',
  updatedBy: 'ona@org-a',
});

const aDecision = (overrides: Partial<DecisionInput> = {}): DecisionInput => ({
  status: 'accepted',
  reason: null,
  mergedInto: null,
  outcome: null,
  decidedOn: null,
  ...overrides,
});

const keys = (issues: { path: readonly (string | number)[]; key?: string }[]) =>
  issues.map((i) => [i.path.join('.'), i.key]);

describe('checking what is registered', () => {
  it('accepts a named staff proposal and an anonymous recipient’s suggestion', () => {
    expect(checkProposalFields(2026, staffProposal(), TODAY)).toEqual([]);
    const suggestion = complaint({ kind: 'suggestion', recipientCode: null, anonymous: true });
    expect(checkProposalFields(2026, suggestion, TODAY)).toEqual([]);
  });

  it('never names a service recipient', () => {
    const named = complaint({ submittedBy: 'Jonas Jonaitis' });
    expect(keys(checkProposalFields(2026, named, TODAY))).toEqual([
      ['submittedBy', 'proposals.recipientNotNamed'],
    ]);
  });

  it('refuses a recipient code that looks like a Lithuanian personal code', () => {
    expect(looksLikePersonalCode('38501011234')).toBe(true);
    expect(looksLikePersonalCode('6-0101-011234')).toBe(true);
    expect(looksLikePersonalCode('18501011234')).toBe(false);
    expect(looksLikePersonalCode('VG-014')).toBe(false);
    expect(looksLikePersonalCode('1234')).toBe(false);
    const issues = checkProposalFields(2026, complaint({ recipientCode: '48501011234' }), TODAY);
    expect(keys(issues)).toEqual([['recipientCode', 'proposals.personalCode']]);
  });

  it('needs a recipient code or the anonymous mark, not both', () => {
    expect(keys(checkProposalFields(2026, complaint({ recipientCode: null }), TODAY))).toEqual([
      ['recipientCode', 'proposals.codeOrAnonymous'],
    ]);
    expect(keys(checkProposalFields(2026, complaint({ anonymous: true }), TODAY))).toEqual([
      ['anonymous', 'proposals.anonymousWithCode'],
    ]);
  });

  it('keeps staff proposals and recipients’ items to their own sources and fields', () => {
    const fromBox = staffProposal({ source: 'suggestionBox', recipientCode: 'VG-1' });
    expect(keys(checkProposalFields(2026, fromBox, TODAY))).toEqual([
      ['source', 'proposals.boxIsForRecipients'],
      ['recipientCode', 'proposals.recipientCodeForStaff'],
    ]);
    const atMeeting = complaint({ source: 'staffMeeting' });
    expect(keys(checkProposalFields(2026, atMeeting, TODAY))).toEqual([
      ['source', 'proposals.staffSourceIsForStaff'],
    ]);
    const anonymousNamed = staffProposal({ anonymous: true });
    expect(keys(checkProposalFields(2026, anonymousNamed, TODAY))).toEqual([
      ['submittedBy', 'proposals.anonymousNamed'],
    ]);
  });

  it('takes dates received in the planning season up to today only', () => {
    expect(
      keys(checkProposalFields(2026, staffProposal({ receivedOn: '2026-11-25' }), TODAY)),
    ).toEqual([['receivedOn', 'validation.dateInFuture']]);
    expect(checkProposalFields(2026, staffProposal({ receivedOn: '2025-12-15' }), TODAY)).toEqual(
      [],
    );
    expect(checkProposalFields(2026, staffProposal({ receivedOn: '2025-06-30' }), TODAY)).toEqual([
      {
        path: ['receivedOn'],
        key: 'validation.dateOutsideCycle',
        params: { from: '2025-07-01', to: '2026-12-31' },
      },
    ]);
  });

  it('lets only complaints have a response due date, not before they were received', () => {
    const onProposal = staffProposal({ responseDueOn: '2026-12-01' });
    expect(keys(checkProposalFields(2026, onProposal, TODAY))).toEqual([
      ['responseDueOn', 'proposals.complaintsOnly'],
    ]);
    const early = complaint({ responseDueOn: '2026-11-01' });
    expect(keys(checkProposalFields(2026, early, TODAY))).toEqual([
      ['responseDueOn', 'proposals.beforeReceived'],
    ]);
  });
});

describe('a complaint’s response due date', () => {
  it('defaults to 20 working days after it was received and follows a corrected date', () => {
    const p = newProposal('p1', 2026, complaint({ receivedOn: '2026-11-06' }), 'ona@org-a');
    expect(p).toMatchObject({ responseDueOn: '2026-12-04', responseDueOnDefault: true });
    // The client sends back the default it read, with the received date corrected.
    const moved = editProposal(
      p,
      complaint({ receivedOn: '2026-11-09', responseDueOn: '2026-12-04' }),
    );
    expect(moved).toMatchObject({ responseDueOn: '2026-12-07', responseDueOnDefault: true });
  });

  it('keeps a date set by hand', () => {
    const p = newProposal('p1', 2026, complaint({ responseDueOn: '2026-12-31' }), 'ona@org-a');
    expect(p).toMatchObject({ responseDueOn: '2026-12-31', responseDueOnDefault: false });
  });

  it('is none for proposals and suggestions', () => {
    expect(newProposal('p1', 2026, staffProposal(), 'ona@org-a').responseDueOn).toBeNull();
  });

  it('makes an unanswered complaint overdue the day after it is due', () => {
    const p = stored(newProposal('p1', 2026, complaint({ receivedOn: '2026-10-01' }), 'x'));
    expect(p.responseDueOn).toBe('2026-10-29');
    expect(isOverdue(p, '2026-10-29')).toBe(false);
    expect(isOverdue(p, '2026-10-30')).toBe(true);
    const answered = { ...p, response: 'Atsakyta', respondedOn: '2026-10-31' };
    expect(isOverdue(answered, '2026-11-24')).toBe(false);
  });
});

describe('deciding', () => {
  const current = newProposal('p1', 2026, staffProposal(), 'ona@org-a');
  const other = newProposal('p2', 2026, staffProposal(), 'ona@org-a');

  it('records who decided and when, clearing what does not belong to the new status', () => {
    const merged = decideProposal(
      current,
      aDecision({ status: 'merged', mergedInto: 'p2' }),
      'v',
      TODAY,
    );
    expect(merged).toMatchObject({
      status: 'merged',
      mergedInto: 'p2',
      decidedBy: 'v',
      decidedOn: TODAY,
    });
    const accepted = decideProposal(
      merged,
      aDecision({ outcome: { type: 'planItem', id: 'x1' }, decidedOn: '2026-11-21' }),
      'd',
      TODAY,
    );
    expect(accepted).toMatchObject({
      status: 'accepted',
      mergedInto: null,
      outcome: { type: 'planItem', id: 'x1' },
      decidedOn: '2026-11-21',
    });
  });

  it('needs a reason to reject', () => {
    expect(
      keys(
        checkDecision(current, aDecision({ status: 'rejected', reason: ' ' }), undefined, TODAY),
      ),
    ).toEqual([['reason', 'proposals.reasonRequired']]);
    expect(
      checkDecision(
        current,
        aDecision({ status: 'rejected', reason: 'Nėra lėšų' }),
        undefined,
        TODAY,
      ),
    ).toEqual([]);
  });

  it('merges only into another existing, unmerged proposal', () => {
    const merge = (mergedInto: string | null, target?: Proposal) =>
      keys(checkDecision(current, aDecision({ status: 'merged', mergedInto }), target, TODAY));
    expect(merge(null)).toEqual([['mergedInto', 'proposals.mergedIntoRequired']]);
    expect(merge('p1', current)).toEqual([['mergedInto', 'proposals.mergedIntoSelf']]);
    expect(merge('p9')).toEqual([['mergedInto', 'proposals.mergedIntoMissing']]);
    const mergedAway = { ...other, status: 'merged' as const, mergedInto: 'p3' };
    expect(merge('p2', mergedAway)).toEqual([['mergedInto', 'proposals.mergedIntoMerged']]);
    expect(merge('p2', other)).toEqual([]);
  });

  it('names the plan item it became only when accepted, and no merge target unless merging', () => {
    const issues = checkDecision(
      current,
      aDecision({
        status: 'rejected',
        reason: 'Ne',
        mergedInto: 'p2',
        outcome: { type: 'action', id: 'a1' },
      }),
      undefined,
      TODAY,
    );
    expect(keys(issues)).toEqual([
      ['mergedInto', 'proposals.mergedIntoOnlyForMerged'],
      ['outcome', 'proposals.outcomeOnlyForAccepted'],
    ]);
  });

  it('dates a decision between receipt and today', () => {
    expect(
      keys(checkDecision(current, aDecision({ decidedOn: '2026-11-25' }), undefined, TODAY)),
    ).toEqual([['decidedOn', 'validation.dateInFuture']]);
    expect(
      keys(checkDecision(current, aDecision({ decidedOn: '2026-11-19' }), undefined, TODAY)),
    ).toEqual([['decidedOn', 'proposals.beforeReceived']]);
  });
});

describe('responding to a complaint', () => {
  const p = newProposal('p1', 2026, complaint(), 'ona@org-a');

  it('dates the response between receipt and today', () => {
    expect(checkResponse(p, { response: 'Ačiū', respondedOn: '2026-11-24' }, TODAY)).toEqual([]);
    expect(keys(checkResponse(p, { response: 'Ačiū', respondedOn: '2026-11-19' }, TODAY))).toEqual([
      ['respondedOn', 'proposals.beforeReceived'],
    ]);
  });
});

describe('counting', () => {
  it('counts the listed items by status and kind, and the overdue ones', () => {
    const a = stored(newProposal('a', 2026, staffProposal(), 'x'));
    const b = stored(newProposal('b', 2026, complaint({ receivedOn: '2026-09-01' }), 'x'));
    const c = stored({ ...newProposal('c', 2026, staffProposal(), 'x'), status: 'accepted' });
    const counts = countProposals([a, b, c].map((p) => describeProposal(p, TODAY)));
    expect(counts).toEqual({
      total: 3,
      overdue: 1,
      byStatus: { new: 2, accepted: 1, rejected: 0, merged: 0 },
      byKind: { proposal: 2, suggestion: 0, complaint: 1 },
    });
  });
});

describe('who may change what, and when', () => {
  const fresh = newProposal('p1', 2026, staffProposal(), 'ona@org-a');
  const decided = decideProposal(fresh, aDecision(), 'vadove@org-a', TODAY);

  it('lets the content change only while the proposal is new', () => {
    expect(isEditable(fresh)).toBe(true);
    expect(isEditable(decided)).toBe(false);
  });

  it('lets a unit head decide once, and management revise a decision', () => {
    expect(mayDecide(fresh, ['unitHead'])).toBe(true);
    expect(mayDecide(decided, ['unitHead'])).toBe(false);
    expect(mayDecide(decided, ['deputy'])).toBe(true);
    expect(mayDecide(decided, ['unitHead', 'director'])).toBe(true);
  });

  it('lets a unit head answer a complaint once, and management revise the answer', () => {
    const p = newProposal('p1', 2026, complaint(), 'ona@org-a');
    const answered = respondToComplaint(p, { response: ' Pataisėme. ', respondedOn: TODAY }, 'v');
    expect(answered).toMatchObject({
      response: 'Pataisėme.',
      respondedOn: TODAY,
      respondedBy: 'v',
    });
    expect(mayRespond(p, ['unitHead'])).toBe(true);
    expect(mayRespond(answered, ['unitHead'])).toBe(false);
    expect(mayRespond(answered, ['deputy'])).toBe(true);
  });
});
