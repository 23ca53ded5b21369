import { MANAGEMENT, type RouteSpec } from './route-spec';
import {
  CreatePlanRequest,
  ErasureRequest,
  ErasureView,
  GoalParams,
  ListPlansQuery,
  MeasureRequest,
  OutcomeFiguresView,
  OutcomesQuery,
  OutcomeYearParams,
  PlanParams,
  PublishedOutcomesView,
  PublishOutcomesRequest,
  RecipientExportView,
  RecipientParams,
  ReviewRequest,
  SettingsRequest,
  SettingsView,
  SupportPlanList,
  SupportPlanView,
  UpdatePlanRequest,
} from './support-plans';

/**
 * Who works with individual plans: staff and unit heads (their own units), management (all).
 * Administrators run accounts, not social work: they see no plan.
 */
const PLAN_ROLES = ['staff', 'unitHead', 'deputy', 'director'] as const;

/**
 * Individual support plans (IPP) and their outcomes. Literal paths (`settings`, `outcomes`,
 * `recipients`) come before `{planId}`: the local gateway takes the first route that matches.
 */
export const SUPPORT_PLAN_ROUTES = {
  getSupportPlanSettings: {
    method: 'GET',
    path: '/v1/support-plans/settings',
    summary: 'The organisation’s outcome scale, and the scales and life domains to choose from',
    tag: 'support-plans',
    roles: PLAN_ROLES,
    response: SettingsView,
  },
  putSupportPlanSettings: {
    method: 'PUT',
    path: '/v1/support-plans/settings',
    summary:
      'Pick the outcome scale measures are recorded on (quality of life, empowerment, self-rating)',
    tag: 'support-plans',
    roles: MANAGEMENT,
    body: SettingsRequest,
    response: SettingsView,
  },
  getSupportOutcomes: {
    method: 'GET',
    path: '/v1/support-plans/outcomes',
    summary:
      'Aggregated outcomes of a year: paired change per domain with the Wilcoxon signed-rank test, share of goals achieved; hidden below 5 recipients',
    tag: 'support-plans',
    roles: MANAGEMENT,
    query: OutcomesQuery,
    response: OutcomeFiguresView,
  },
  getPublishedSupportOutcomes: {
    method: 'GET',
    path: '/v1/support-plans/outcomes/{year}',
    summary:
      'The outcome figures as published for the year (kept after any erasure); null until published',
    tag: 'support-plans',
    roles: MANAGEMENT,
    params: OutcomeYearParams,
    response: PublishedOutcomesView,
  },
  publishSupportOutcomes: {
    method: 'PUT',
    path: '/v1/support-plans/outcomes/{year}',
    summary: 'Publish (version 0) or republish the year’s aggregated outcome figures',
    tag: 'support-plans',
    roles: MANAGEMENT,
    params: OutcomeYearParams,
    body: PublishOutcomesRequest,
    response: PublishedOutcomesView,
  },
  exportSupportPlanRecipient: {
    method: 'GET',
    path: '/v1/support-plans/recipients/{recipientCode}/export',
    summary:
      'A recipient’s data on request (GDPR Art. 15, 20): every plan under the code as JSON; logged',
    tag: 'support-plans',
    roles: MANAGEMENT,
    params: RecipientParams,
    response: RecipientExportView,
  },
  eraseSupportPlanRecipient: {
    method: 'POST',
    path: '/v1/support-plans/recipients/{recipientCode}/erasure',
    summary:
      'Erase a recipient’s plans on request (GDPR Art. 17); their copies in the audit log are redacted, published aggregates stay',
    tag: 'support-plans',
    roles: MANAGEMENT,
    params: RecipientParams,
    body: ErasureRequest,
    response: ErasureView,
  },
  listSupportPlans: {
    method: 'GET',
    path: '/v1/support-plans',
    summary:
      'Support plans of your units (management: all), by recipient code; each read is logged',
    tag: 'support-plans',
    roles: PLAN_ROLES,
    query: ListPlansQuery,
    response: SupportPlanList,
  },
  createSupportPlan: {
    method: 'POST',
    path: '/v1/support-plans',
    summary:
      'Write a recipient’s support plan under a pseudonymous code (staff and unit heads: own units)',
    tag: 'support-plans',
    roles: PLAN_ROLES,
    body: CreatePlanRequest,
    response: SupportPlanView,
    status: 201,
  },
  getSupportPlan: {
    method: 'GET',
    path: '/v1/support-plans/{planId}',
    summary:
      'One support plan with goals, reviews, measures and the paired change; the read is logged',
    tag: 'support-plans',
    roles: PLAN_ROLES,
    params: PlanParams,
    response: SupportPlanView,
  },
  updateSupportPlan: {
    method: 'PUT',
    path: '/v1/support-plans/{planId}',
    summary: 'Change the plan: needs, goals, responsible worker, unit',
    tag: 'support-plans',
    roles: PLAN_ROLES,
    params: PlanParams,
    body: UpdatePlanRequest,
    response: SupportPlanView,
  },
  reviewSupportPlanGoal: {
    method: 'POST',
    path: '/v1/support-plans/{planId}/goals/{goalId}/reviews',
    summary: 'Record a goal review: the value reached and the status (dropped: with the reason)',
    tag: 'support-plans',
    roles: PLAN_ROLES,
    params: GoalParams,
    body: ReviewRequest,
    response: SupportPlanView,
  },
  recordSupportPlanMeasure: {
    method: 'POST',
    path: '/v1/support-plans/{planId}/measures',
    summary: 'Record an outcome measure at intake or review',
    tag: 'support-plans',
    roles: PLAN_ROLES,
    params: PlanParams,
    body: MeasureRequest,
    response: SupportPlanView,
  },
} as const satisfies Record<string, RouteSpec>;
