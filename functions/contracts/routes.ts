import type { z } from 'zod';
import type { Role } from '../domain/auth/actor';
import { AuditPage, ListAuditQuery } from './audit';
import { CycleList, CycleParams, CycleView, PutCycleRequest } from './cycle';
import { Health, Me, OpenApiDocument } from './meta';
import {
  OrganisationView,
  PutOrganisationRequest,
  PutUnitRequest,
  UnitList,
  UnitParams,
  UnitView,
} from './org';

export type HttpMethod = 'GET' | 'PUT' | 'POST' | 'DELETE';

/**
 * One API route: what API Gateway routes (CDK reads `method` and `path`), who may call it, and
 * the shapes it takes and gives (the OpenAPI document is generated from these).
 */
export interface RouteSpec {
  method: HttpMethod;
  /** API Gateway path syntax: `/v1/cycles/{year}`. */
  path: string;
  summary: string;
  tag: string;
  /** `public` routes have no authorizer; all others need a token and one of these roles. */
  roles: readonly Role[] | 'public';
  params?: z.ZodType;
  query?: z.ZodType;
  body?: z.ZodType;
  response: z.ZodType;
  /** @default 200 */
  status?: number;
}

export const EVERYONE = [
  'staff',
  'unitHead',
  'deputy',
  'director',
  'admin',
] as const satisfies readonly Role[];
export const MANAGEMENT = ['deputy', 'director'] as const satisfies readonly Role[];

export const ROUTES = {
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

export type Routes = typeof ROUTES;
export type OperationId = keyof Routes;

/** API Gateway's route key, `GET /v1/cycles/{year}`. */
export const routeKey = (route: Pick<RouteSpec, 'method' | 'path'>): string =>
  `${route.method} ${route.path}`;
