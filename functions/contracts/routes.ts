import { AuditPage, ListAuditQuery } from './audit';
import { CycleList, CycleParams, CycleView, PutCycleRequest } from './cycle';
import { Health, Me, OpenApiDocument } from './meta';
import {
  MemberList,
  MemberParams,
  MemberView,
  OrganisationView,
  PutMemberRequest,
  PutOrganisationRequest,
  PutUnitRequest,
  UnitList,
  UnitParams,
  UnitView,
} from './org';

import { ACCESS_TOKEN_ROUTES } from './access-tokens-routes';
import { BENCHMARK_ROUTES } from './benchmark-routes';
import { IMPROVEMENT_ROUTES } from './improvement-routes';
import { LINKED_SHEET_ROUTES } from './linked-sheets-routes';
import { PLANNING_ROUTES } from './planning-routes';
import { PROPOSAL_ROUTES } from './proposals-routes';
import { REPORT_ROUTES } from './reports-routes';
import { REPORT_DOWNLOAD_ROUTES } from './report-downloads-routes';
import { EVERYONE, MANAGEMENT, type RouteSpec } from './route-spec';
import { SHEET_ROW_ROUTES } from './sheet-rows-routes';
import { SUPPORT_PLAN_ROUTES } from './support-plans-routes';
import { SURVEY_ROUTES } from './surveys-routes';
import { TRAINING_ROUTES } from './training-routes';
import { UPLOAD_ROUTES } from './uploads-routes';

export { EVERYONE, MANAGEMENT, routeKey, type HttpMethod, type RouteSpec } from './route-spec';

const CORE_ROUTES = {
  getHealth: {
    method: 'GET',
    path: '/health',
    summary: 'Liveness check',
    tag: 'meta',
    roles: 'public',
    response: Health,
  },
  getOpenApi: {
    method: 'GET',
    path: '/openapi.json',
    summary: 'This API as an OpenAPI 3.1 document',
    tag: 'meta',
    roles: 'public',
    response: OpenApiDocument,
  },
  getMe: {
    method: 'GET',
    path: '/v1/me',
    summary: 'Who the token says you are',
    tag: 'meta',
    roles: EVERYONE,
    response: Me,
  },
  getOrganisation: {
    method: 'GET',
    path: '/v1/org',
    summary: 'Your organisation',
    tag: 'organisation',
    roles: EVERYONE,
    response: OrganisationView,
  },
  putOrganisation: {
    method: 'PUT',
    path: '/v1/org',
    summary: 'Describe your organisation (version 0 creates it)',
    tag: 'organisation',
    roles: ['director', 'admin'],
    body: PutOrganisationRequest,
    response: OrganisationView,
  },
  listUnits: {
    method: 'GET',
    path: '/v1/org/units',
    summary: 'Units (departments)',
    tag: 'organisation',
    roles: EVERYONE,
    response: UnitList,
  },
  putUnit: {
    method: 'PUT',
    path: '/v1/org/units/{unitId}',
    summary: 'Create (version 0) or change a unit',
    tag: 'organisation',
    roles: ['deputy', 'director', 'admin'],
    params: UnitParams,
    body: PutUnitRequest,
    response: UnitView,
  },
  listMembers: {
    method: 'GET',
    path: '/v1/org/members',
    summary: 'Users and the units they belong to',
    tag: 'organisation',
    roles: EVERYONE,
    response: MemberList,
  },
  putMember: {
    method: 'PUT',
    path: '/v1/org/members/{userId}',
    summary: 'Register a user (version 0) or change their units',
    tag: 'organisation',
    roles: ['deputy', 'director', 'admin'],
    params: MemberParams,
    body: PutMemberRequest,
    response: MemberView,
  },
  listCycles: {
    method: 'GET',
    path: '/v1/cycles',
    summary: 'All cycles, newest first, with phase, deadlines and warnings',
    tag: 'cycle',
    roles: EVERYONE,
    response: CycleList,
  },
  getCycle: {
    method: 'GET',
    path: '/v1/cycles/{year}',
    summary: 'One year’s cycle',
    tag: 'cycle',
    roles: EVERYONE,
    params: CycleParams,
    response: CycleView,
  },
  putCycle: {
    method: 'PUT',
    path: '/v1/cycles/{year}',
    summary: 'Create (version 0) or change a cycle: budget approval date, milestones, notes',
    tag: 'cycle',
    roles: MANAGEMENT,
    params: CycleParams,
    body: PutCycleRequest,
    response: CycleView,
  },
  listAudit: {
    method: 'GET',
    path: '/v1/audit',
    summary: 'Change history (who, when, before, after), newest first',
    tag: 'audit',
    roles: MANAGEMENT,
    query: ListAuditQuery,
    response: AuditPage,
  },
} as const satisfies Record<string, RouteSpec>;

/** Every route of the API; each area keeps its own in `<area>-routes.ts`. */
export const ROUTES = {
  ...CORE_ROUTES,
  ...PLANNING_ROUTES,
  ...PROPOSAL_ROUTES,
  ...TRAINING_ROUTES,
  ...IMPROVEMENT_ROUTES,
  ...SURVEY_ROUTES,
  ...SUPPORT_PLAN_ROUTES,
  ...REPORT_ROUTES,
  ...REPORT_DOWNLOAD_ROUTES,
  ...UPLOAD_ROUTES,
  ...BENCHMARK_ROUTES,
  ...SHEET_ROW_ROUTES,
  ...ACCESS_TOKEN_ROUTES,
  ...LINKED_SHEET_ROUTES,
} as const satisfies Record<string, RouteSpec>;

export type Routes = typeof ROUTES;
export type OperationId = keyof Routes;
