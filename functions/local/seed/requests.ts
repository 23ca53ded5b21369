import type { z } from 'zod';
import { ROUTES, type RouteSpec, type Routes } from '../../contracts/routes';
import { hasAnyRole } from '../../domain/auth/actor';
import { getCycle, saveCycle } from '../../domain/cycle/cycle-service';
import { createAction, updateAction } from '../../domain/improvement/actions/action-service';
import { createGoal } from '../../domain/improvement/goals/goal-service';
import {
  createIndicator,
  putIndicatorValue,
} from '../../domain/improvement/indicators/indicator-service';
import { createProject } from '../../domain/improvement/projects/project-service';
import { saveMember } from '../../domain/org/members';
import { saveOrganisation, saveUnit } from '../../domain/org/org-service';
import {
  decideAnnualPlan,
  openPlanAmendment,
  recordFounder,
  submitAnnualPlan,
  submitPlanAmendment,
} from '../../domain/planning/annual-plan-service';
import { createPlanItem, recordProgress } from '../../domain/planning/plan-items';
import type { Deps, RequestContext } from '../../domain/ports';
import {
  createProposal,
  decideOnProposal,
  respondToProposal,
} from '../../domain/proposals/proposal-service';
import {
  decideReportFor,
  presentAnnualReport,
  submitReportFor,
} from '../../domain/reports/report-service';
import { createNeed } from '../../domain/training/needs-service';
import { createTraining, recordCompletion } from '../../domain/training/training-service';
import type { QuestionOverride } from '../../domain/surveys/model';
import { createSurvey, setSurveyMapping } from '../../domain/surveys/survey-service';

type WithBody = {
  [K in keyof Routes]: Routes[K] extends { body: z.ZodType } ? K : never;
}[keyof Routes];
type BodySchema<K extends WithBody> = Routes[K] extends { body: infer S extends z.ZodType }
  ? S
  : never;
/** A request body as a client would send it to operation `K`. */
export type Body<K extends WithBody> = z.input<BodySchema<K>>;

/**
 * What the API makes of `body` for operation `op` called by the actor: the route's roles and its
 * body schema (defaults, trimming, limits), as the HTTP adapter applies them before the domain.
 */
const request = <K extends WithBody>(
  op: K,
  ctx: RequestContext,
  body: Body<K>,
): z.output<BodySchema<K>> => {
  const route: RouteSpec = ROUTES[op];
  if (route.roles !== 'public' && !hasAnyRole(ctx.actor, route.roles)) {
    throw new Error(`Demo seed: ${ctx.actor.userId} (${ctx.actor.roles.join(', ')}) may not ${op}`);
  }
  return route.body!.parse(body) as z.output<BodySchema<K>>;
};

/*
 * Each demo step is a request a user could have sent: checked as the API checks it, then given to
 * the same domain service, which validates it against the stored data and writes the audit entry.
 */

export const putOrganisation = (ctx: RequestContext, deps: Deps, body: Body<'putOrganisation'>) => {
  const { version, ...org } = request('putOrganisation', ctx, body);
  return saveOrganisation(ctx, org, version, deps);
};

export const putUnit = (ctx: RequestContext, deps: Deps, unitId: string, body: Body<'putUnit'>) => {
  const { version, ...unit } = request('putUnit', ctx, body);
  return saveUnit(ctx, { id: unitId, ...unit }, version, deps);
};

export const putMember = (
  ctx: RequestContext,
  deps: Deps,
  userId: string,
  body: Body<'putMember'>,
) => {
  const { version, ...member } = request('putMember', ctx, body);
  return saveMember(ctx, { userId, ...member }, version, deps);
};

export const putCycle = (ctx: RequestContext, deps: Deps, year: number, body: Body<'putCycle'>) => {
  const { version, ...input } = request('putCycle', ctx, body);
  return saveCycle(ctx, year, input, version, deps);
};

/** Records a cycle's milestone (a report) the way a manager edits the cycle: read, change, save. */
export const recordMilestone = async (
  ctx: RequestContext,
  deps: Deps,
  year: number,
  milestones: Body<'putCycle'>['milestones'],
  notes?: string,
) => {
  const { cycle } = await getCycle(ctx, year, deps);
  return putCycle(ctx, deps, year, {
    version: cycle.version,
    budgetApprovedOn: cycle.budgetApprovedOn,
    milestones: { ...cycle.milestones, ...milestones },
    notes: notes ?? cycle.notes,
  });
};

export const addGoal = (ctx: RequestContext, deps: Deps, body: Body<'createGoal'>) =>
  createGoal(ctx, request('createGoal', ctx, body), deps);

export const addIndicator = async (
  ctx: RequestContext,
  deps: Deps,
  body: Body<'createIndicator'>,
) => (await createIndicator(ctx, request('createIndicator', ctx, body), deps)).indicator;

export const putValue = async (
  ctx: RequestContext,
  deps: Deps,
  indicatorId: string,
  year: number,
  body: Body<'putIndicatorValue'>,
) => {
  const { version, ...input } = request('putIndicatorValue', ctx, body);
  return (await putIndicatorValue(ctx, indicatorId, year, input, version, deps)).indicator;
};

export const propose = async (
  ctx: RequestContext,
  deps: Deps,
  year: number,
  body: Body<'createProposal'>,
) => {
  const { version: _version, ...fields } = request('createProposal', ctx, body);
  return (await createProposal(ctx, year, fields, deps)).proposal;
};

export const decide = async (
  ctx: RequestContext,
  deps: Deps,
  year: number,
  proposalId: string,
  body: Body<'decideProposal'>,
) => {
  const { version, ...decision } = request('decideProposal', ctx, body);
  return (await decideOnProposal(ctx, year, proposalId, decision, version, deps)).proposal;
};

export const respond = async (
  ctx: RequestContext,
  deps: Deps,
  year: number,
  proposalId: string,
  body: Body<'respondToComplaint'>,
) => {
  const { version, ...response } = request('respondToComplaint', ctx, body);
  return (await respondToProposal(ctx, year, proposalId, response, version, deps)).proposal;
};

export const addPlanItem = (
  ctx: RequestContext,
  deps: Deps,
  year: number,
  body: Body<'createPlanItem'>,
) => createPlanItem(ctx, year, request('createPlanItem', ctx, body), deps);

export const progress = (
  ctx: RequestContext,
  deps: Deps,
  year: number,
  itemId: string,
  body: Body<'recordProgress'>,
) => {
  const { version, ...input } = request('recordProgress', ctx, body);
  return recordProgress(ctx, year, itemId, input, version, deps);
};

export const addNeed = (ctx: RequestContext, deps: Deps, year: number, body: Body<'createNeed'>) =>
  createNeed(ctx, year, request('createNeed', ctx, body), deps);

export const addTraining = (
  ctx: RequestContext,
  deps: Deps,
  year: number,
  body: Body<'createTraining'>,
) => createTraining(ctx, year, request('createTraining', ctx, body), deps);

export const complete = (
  ctx: RequestContext,
  deps: Deps,
  year: number,
  trainingId: string,
  body: Body<'recordCompletion'>,
) => {
  const { version, ...input } = request('recordCompletion', ctx, body);
  return recordCompletion(ctx, year, trainingId, input, version, deps);
};

export const submitPlan = (
  ctx: RequestContext,
  deps: Deps,
  year: number,
  body: Body<'submitAnnualPlan'>,
) => {
  const { version, comment } = request('submitAnnualPlan', ctx, body);
  return submitAnnualPlan(ctx, year, version, comment, deps);
};

export const decidePlan = (
  ctx: RequestContext,
  deps: Deps,
  year: number,
  body: Body<'decideAnnualPlan'>,
) => {
  const { version, decision, comment } = request('decideAnnualPlan', ctx, body);
  return decideAnnualPlan(ctx, year, decision, version, comment, deps);
};

export const founderAgreed = (
  ctx: RequestContext,
  deps: Deps,
  year: number,
  body: Body<'recordFounderAgreement'>,
) => {
  const { version, ...agreement } = request('recordFounderAgreement', ctx, body);
  return recordFounder(ctx, year, agreement, version, deps);
};

export const openAmendment = (
  ctx: RequestContext,
  deps: Deps,
  year: number,
  body: Body<'openAmendment'>,
) => {
  const { version, reason } = request('openAmendment', ctx, body);
  return openPlanAmendment(ctx, year, reason, version, deps);
};

export const submitAmendment = (
  ctx: RequestContext,
  deps: Deps,
  year: number,
  amendmentId: string,
  body: Body<'submitAmendment'>,
) => {
  const { version, comment } = request('submitAmendment', ctx, body);
  return submitPlanAmendment(ctx, year, amendmentId, version, comment, deps);
};

export const addAction = async (
  ctx: RequestContext,
  deps: Deps,
  year: number,
  body: Body<'createAction'>,
) => (await createAction(ctx, year, request('createAction', ctx, body), deps)).action;

export const changeAction = async (
  ctx: RequestContext,
  deps: Deps,
  year: number,
  actionId: string,
  body: Body<'updateAction'>,
) => {
  const { version, ...input } = request('updateAction', ctx, body);
  return (await updateAction(ctx, year, actionId, input, version, deps)).action;
};

export const addProject = async (
  ctx: RequestContext,
  deps: Deps,
  year: number,
  body: Body<'createProject'>,
) => (await createProject(ctx, year, request('createProject', ctx, body), deps)).project;

export const addSurvey = (
  ctx: RequestContext,
  deps: Deps,
  year: number,
  body: Body<'createSurvey'>,
) => createSurvey(ctx, year, request('createSurvey', ctx, body), deps);

export const mapSurvey = (
  ctx: RequestContext,
  deps: Deps,
  year: number,
  surveyId: string,
  body: Body<'putSurveyMapping'>,
) => {
  const { version, mapping } = request('putSurveyMapping', ctx, body);
  return setSurveyMapping(
    ctx,
    year,
    surveyId,
    mapping.map((o) =>
      Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)),
    ) as QuestionOverride[],
    version,
    deps,
  );
};

const annualReport = (year: number) => ({ kind: 'annual' as const, year, unitId: null });

export const submitAnnual = (
  ctx: RequestContext,
  deps: Deps,
  year: number,
  body: Body<'submitAnnualReport'>,
) => {
  const { version, comment } = request('submitAnnualReport', ctx, body);
  return submitReportFor(ctx, annualReport(year), version, comment, deps);
};

export const decideAnnual = (
  ctx: RequestContext,
  deps: Deps,
  year: number,
  body: Body<'decideAnnualReport'>,
) => {
  const { version, decision, comment } = request('decideAnnualReport', ctx, body);
  return decideReportFor(ctx, annualReport(year), decision, version, comment, deps);
};

export const presentAnnual = (
  ctx: RequestContext,
  deps: Deps,
  year: number,
  body: Body<'presentAnnualReport'>,
) => {
  const { version, meetingOn, comment } = request('presentAnnualReport', ctx, body);
  return presentAnnualReport(ctx, year, meetingOn, version, comment, deps);
};
