import type { Action } from '../improvement/actions/action';
import type { PlanItem } from '../planning/plan-item';
import {
  PROPOSAL_CATEGORIES,
  PROPOSAL_KINDS,
  isOverdue,
  type Proposal,
} from '../proposals/proposal';
import { daysBetween, type IsoDate } from '../time';
import type { FeedbackOutcomeRow, FeedbackSection, ResponseTimes } from './model';
import { mean, median, percentOf, round } from './numbers';

/** Where an accepted proposal's outcome may live: this cycle's and next cycle's plan, the actions. */
export interface OutcomeLookup {
  planItems: readonly PlanItem[];
  actions: readonly Action[];
}

const times = (days: readonly number[]): ResponseTimes => {
  const m = mean(days);
  return {
    n: days.length,
    meanDays: m === null ? null : round(m, 1),
    medianDays: median(days),
    maxDays: days.length === 0 ? null : Math.max(...days),
  };
};

const outcomeOf = (
  p: Proposal,
  lookup: OutcomeLookup,
): { title: string | null; implemented: boolean } => {
  if (!p.outcome) return { title: null, implemented: false };
  const { id, type } = p.outcome;
  if (type === 'planItem') {
    const item = lookup.planItems.find((i) => i.id === id);
    return { title: item?.activity ?? null, implemented: item?.status === 'done' };
  }
  const action = lookup.actions.find((a) => a.id === id);
  return { title: action?.title ?? null, implemented: action?.status === 'done' };
};

/**
 * Proposals, suggestions and complaints of the cycle: counts, how long decisions and answers
 * took (calendar days from receipt), and what the accepted ones led to. Texts people wrote are
 * left out: they may name someone.
 */
export const buildFeedbackSection = (
  proposals: readonly Proposal[],
  unitName: (unitId: string | null) => string | null,
  lookup: OutcomeLookup,
  asOf: IsoDate,
): FeedbackSection => {
  const byKind = PROPOSAL_KINDS.map((kind) => {
    const mine = proposals.filter((p) => p.kind === kind);
    const count = (status: Proposal['status']) => mine.filter((p) => p.status === status).length;
    return {
      kind,
      received: mine.length,
      undecided: count('new'),
      accepted: count('accepted'),
      rejected: count('rejected'),
      merged: count('merged'),
      implemented: mine.filter((p) => p.status === 'accepted' && outcomeOf(p, lookup).implemented)
        .length,
      decisionTimes: times(
        mine.flatMap((p) => (p.decidedOn ? [daysBetween(p.receivedOn, p.decidedOn)] : [])),
      ),
    };
  });
  const complaints = proposals.filter((p) => p.kind === 'complaint');
  const answered = complaints.filter((p) => p.respondedOn !== null);
  const onTime = answered.filter(
    (p) => p.responseDueOn === null || p.respondedOn! <= p.responseDueOn,
  );
  const overdue = complaints.filter((p) => isOverdue(p, asOf)).length;
  const outcomes: FeedbackOutcomeRow[] = proposals
    .filter((p) => p.status === 'accepted' && p.outcome !== null)
    .map((p) => {
      const found = outcomeOf(p, lookup);
      return {
        proposalId: p.id,
        kind: p.kind,
        category: p.category,
        unitName: unitName(p.unitId),
        outcomeType: p.outcome!.type,
        outcomeId: p.outcome!.id,
        outcomeTitle: found.title,
        implemented: found.implemented,
      };
    });
  return {
    byKind,
    byCategory: PROPOSAL_CATEGORIES.map((category) => ({
      category,
      count: proposals.filter((p) => p.category === category).length,
    })).filter((c) => c.count > 0),
    complaints: {
      received: complaints.length,
      answered: answered.length,
      answeredOnTime: onTime.length,
      answeredLate: answered.length - onTime.length,
      overdue,
      pending: complaints.length - answered.length - overdue,
      onTimePercent: percentOf(onTime.length, answered.length + overdue),
      responseTimes: times(answered.map((p) => daysBetween(p.receivedOn, p.respondedOn!))),
    },
    outcomes,
  };
};
