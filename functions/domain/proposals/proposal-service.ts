import { dataOf } from '../items';
import type { Role } from '../auth/actor';
import { assertUnitAccess } from '../auth/policy';
import { requireCycle, requireUnit } from '../cycle/require-cycle';
import {
  ConflictError,
  ForbiddenError,
  NotFoundError,
  StateError,
  ValidationError,
  type FieldIssue,
} from '../errors';
import type { MessageKey } from '../../i18n';
import type { Change, Deps, RequestContext, Stored } from '../ports';
import { localDate, type IsoDate } from '../time';
import {
  checkDecision,
  checkProposalFields,
  checkResponse,
  countProposals,
  decideProposal,
  describeProposal,
  editProposal,
  isEditable,
  mayDecide,
  mayRespond,
  newProposal,
  newestFirst,
  respondToComplaint,
  type DecisionInput,
  type Proposal,
  type ProposalCounts,
  type ProposalFields,
  type ProposalKind,
  type ProposalState,
  type ProposalStatus,
  type ResponseInput,
} from './proposal';

const ref = (year: number, id: string) => ({ type: 'proposal', id, cycle: year }) as const;

const today = (deps: Deps): IsoDate => localDate(deps.clock.now());

/** A store change that writes one proposal, with the proposal it writes. */
export type PreparedChange = Change & { data: Proposal };

const change = (proposal: Proposal, expectedVersion: number): PreparedChange => ({
  ref: ref(proposal.year, proposal.id),
  data: proposal,
  expectedVersion,
});

const fail = (issues: FieldIssue[]): void => {
  if (issues.length > 0) throw new ValidationError(issues);
};

/** `assertUnitAccess`, with a refusal that says what this area's rule is. */
const assertAccess = async (
  ctx: RequestContext,
  unitId: string | null,
  unitRoles: readonly Role[],
  key: MessageKey,
  deps: Deps,
): Promise<void> => {
  try {
    await assertUnitAccess(ctx, unitId, unitRoles, deps);
  } catch (error) {
    if (error instanceof ForbiddenError) {
      throw new ForbiddenError(error.allowedRoles, { key, cause: error });
    }
    throw error;
  }
};

/** Saves a prepared change; a conflict answers with the proposal as it is now. */
const save = async (
  ctx: RequestContext,
  change: PreparedChange,
  deps: Deps,
): Promise<ProposalState> => {
  const day = today(deps);
  try {
    const saved = await deps.store.save<Proposal>(
      ctx,
      change.ref,
      change.data,
      change.expectedVersion,
    );
    return describeProposal(saved, day);
  } catch (error) {
    if (error instanceof ConflictError && error.current) {
      throw new ConflictError(describeProposal(error.current as Stored<Proposal>, day), {
        cause: error,
      });
    }
    throw error;
  }
};

const load = async (
  ctx: RequestContext,
  year: number,
  id: string,
  deps: Deps,
): Promise<Stored<Proposal>> => {
  const [, proposal] = await Promise.all([
    requireCycle(ctx, year, deps),
    deps.store.get<Proposal>(ctx, ref(year, id)),
  ]);
  if (!proposal) throw new NotFoundError('proposal', id);
  return proposal;
};

export interface ProposalFilter {
  kind?: ProposalKind | undefined;
  status?: ProposalStatus | undefined;
  unitId?: string | undefined;
  overdue?: boolean | undefined;
}

/** The cycle's proposals matching `filter`, newest first, with counts of those listed. */
export const listProposals = async (
  ctx: RequestContext,
  year: number,
  filter: ProposalFilter,
  deps: Deps,
): Promise<{ items: ProposalState[]; counts: ProposalCounts }> => {
  await requireCycle(ctx, year, deps);
  const day = today(deps);
  const items = (await deps.store.list<Proposal>(ctx, 'proposal', { cycle: year }))
    .map((p) => describeProposal(p, day))
    .filter(({ proposal: p, overdue }) => {
      if (filter.kind && p.kind !== filter.kind) return false;
      if (filter.status && p.status !== filter.status) return false;
      if (filter.unitId && p.unitId !== filter.unitId) return false;
      if (filter.overdue !== undefined && overdue !== filter.overdue) return false;
      return true;
    })
    .sort(newestFirst);
  return { items, counts: countProposals(items) };
};

export const getProposal = async (
  ctx: RequestContext,
  year: number,
  id: string,
  deps: Deps,
): Promise<ProposalState> => describeProposal(await load(ctx, year, id, deps), today(deps));

/** Staff and unit heads register for their own units; anyone may register an organisation-wide one. */
const assertMayRegister = (ctx: RequestContext, unitId: string | null, deps: Deps) =>
  unitId === null
    ? Promise.resolve()
    : assertAccess(ctx, unitId, ['staff', 'unitHead'], 'proposals.forbidden.register', deps);

/**
 * Checks a new proposal (access, the rules across fields, its unit) and gives the change that
 * creates it. The API's create and the planning workbook's new rows both go through here.
 */
export const prepareCreate = async (
  ctx: RequestContext,
  year: number,
  input: ProposalFields,
  deps: Deps,
): Promise<PreparedChange> => {
  await assertMayRegister(ctx, input.unitId, deps);
  fail(checkProposalFields(year, input, today(deps)));
  if (input.unitId !== null) await requireUnit(ctx, input.unitId, deps);
  return change(newProposal(deps.newId(), year, input, ctx.actor.userId), 0);
};

export const createProposal = async (
  ctx: RequestContext,
  year: number,
  input: ProposalFields,
  deps: Deps,
): Promise<ProposalState> => {
  await requireCycle(ctx, year, deps);
  return save(ctx, await prepareCreate(ctx, year, input, deps), deps);
};

/** The staff member who registered it, the head of its unit, or management. */
const assertMayEdit = async (ctx: RequestContext, current: Proposal, deps: Deps) => {
  if (current.registeredBy === ctx.actor.userId) return;
  await assertAccess(ctx, current.unitId, ['unitHead'], 'proposals.forbidden.edit', deps);
};

/**
 * Checks a change to `current` (who may edit, the unit it moves to, that it is still new, the
 * rules across fields) and gives the change. Its decision and response stay as they are. The
 * API's update and the planning workbook's changed rows both go through here.
 */
export const prepareUpdate = async (
  ctx: RequestContext,
  year: number,
  current: Stored<Proposal>,
  input: ProposalFields,
  expectedVersion: number,
  deps: Deps,
): Promise<PreparedChange> => {
  await assertMayEdit(ctx, current, deps);
  if (input.unitId !== current.unitId) await assertMayRegister(ctx, input.unitId, deps);
  if (!isEditable(current)) throw new StateError('proposals.notNew');
  fail(checkProposalFields(year, input, today(deps)));
  if (input.unitId !== null) await requireUnit(ctx, input.unitId, deps);
  const data = dataOf(current);
  return change(editProposal(data, input), expectedVersion);
};

export const updateProposal = async (
  ctx: RequestContext,
  year: number,
  id: string,
  input: ProposalFields,
  expectedVersion: number,
  deps: Deps,
): Promise<ProposalState> => {
  const current = await load(ctx, year, id, deps);
  return save(ctx, await prepareUpdate(ctx, year, current, input, expectedVersion, deps), deps);
};

/** The head of its unit, or management; an organisation-wide one is management's alone. */
const assertMayDecide = (ctx: RequestContext, current: Proposal, key: MessageKey, deps: Deps) =>
  assertAccess(ctx, current.unitId, ['unitHead'], key, deps);

export const decideOnProposal = async (
  ctx: RequestContext,
  year: number,
  id: string,
  input: DecisionInput,
  expectedVersion: number,
  deps: Deps,
): Promise<ProposalState> => {
  const current = await load(ctx, year, id, deps);
  await assertMayDecide(ctx, current, 'proposals.forbidden.decide', deps);
  if (!mayDecide(current, ctx.actor.roles)) throw new StateError('proposals.alreadyDecided');
  const target =
    input.status === 'merged' && input.mergedInto !== null && input.mergedInto !== id
      ? await deps.store.get<Proposal>(ctx, ref(year, input.mergedInto))
      : undefined;
  const day = today(deps);
  fail(checkDecision(current, input, target, day));
  return save(
    ctx,
    change(decideProposal(current, input, ctx.actor.userId, day), expectedVersion),
    deps,
  );
};

export const respondToProposal = async (
  ctx: RequestContext,
  year: number,
  id: string,
  input: ResponseInput,
  expectedVersion: number,
  deps: Deps,
): Promise<ProposalState> => {
  const current = await load(ctx, year, id, deps);
  if (current.kind !== 'complaint') throw new StateError('proposals.notComplaint');
  await assertMayDecide(ctx, current, 'proposals.forbidden.respond', deps);
  if (!mayRespond(current, ctx.actor.roles)) throw new StateError('proposals.alreadyResponded');
  fail(checkResponse(current, input, today(deps)));
  return save(
    ctx,
    change(respondToComplaint(current, input, ctx.actor.userId), expectedVersion),
    deps,
  );
};
