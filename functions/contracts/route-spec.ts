import type { z } from 'zod';
import type { Role } from '../domain/auth/actor';

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
  /** The body is a file of this media type, handed to the operation as bytes. */
  consumes?: string;
  /** The operation answers a file ({ filename, bytes }) of this media type. */
  produces?: string;
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

/** API Gateway's route key, `GET /v1/cycles/{year}`. */
export const routeKey = (route: Pick<RouteSpec, 'method' | 'path'>): string =>
  `${route.method} ${route.path}`;

export const XLSX_MEDIA_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
