import type { APIGatewayProxyEventV2WithJWTAuthorizer, Context } from 'aws-lambda';
import type { z } from 'zod';
import { hasAnyRole, type Actor } from '../../domain/auth/actor';
import { ForbiddenError, NotFoundError, UnauthenticatedError } from '../../domain/errors';
import type { Deps } from '../../domain/ports';
import {
  ROUTES,
  routeKey,
  type OperationId,
  type RouteSpec,
  type Routes,
} from '../../contracts/routes';
import { negotiateLocale, type Locale } from '../../i18n';
import type { Logger } from '../../shared/logger';
import type { UploadStore } from '../uploads/upload-store';
import { actorFromClaims, type ClaimValue } from './claims';
import { InputError, parseInput } from './parse';
import { problemResponse, toProblem, type HttpResponse } from './problem';

/**
 * The API Gateway HTTP API (payload 2.0) event; public routes have no authorizer part. A JWT
 * authorizer passes `jwt.claims`; our Lambda authorizer (functions/handlers/authorizer.ts) its
 * context as `lambda`, with the same claim names.
 */
export type HttpEvent = Omit<APIGatewayProxyEventV2WithJWTAuthorizer, 'requestContext'> & {
  requestContext: Omit<APIGatewayProxyEventV2WithJWTAuthorizer['requestContext'], 'authorizer'> & {
    authorizer?: {
      jwt?: { claims: Record<string, ClaimValue>; scopes: string[] | null };
      lambda?: Record<string, ClaimValue>;
    };
  };
};

type Out<S> = S extends z.ZodType ? z.output<S> : undefined;

export interface OperationInput<R extends RouteSpec> {
  params: Out<R['params']>;
  query: Out<R['query']>;
  body: Out<R['body']>;
}

export interface OperationContext<R extends RouteSpec> {
  /** Present on every route but public ones. */
  actor: R['roles'] extends 'public' ? undefined : Actor;
  requestId: string;
  locale: Locale;
  deps: Deps;
  /** Files uploaded through pre-signed URLs (`POST /v1/uploads`). */
  uploads: UploadStore;
}

export type Operation<R extends RouteSpec> = (
  input: OperationInput<R>,
  ctx: OperationContext<R>,
) => Promise<z.input<R['response']>>;

export type Operations = { [K in OperationId]: Operation<Routes[K]> };

/** One area's operations, for the routes in its `<area>-routes.ts`. */
export type AreaOperations<R extends Record<string, RouteSpec>> = {
  [K in keyof R]: Operation<R[K]>;
};

const ROUTE_BY_KEY = new Map<string, [OperationId, RouteSpec]>(
  (Object.entries(ROUTES) as [OperationId, RouteSpec][]).map(([id, r]) => [routeKey(r), [id, r]]),
);

const json = (statusCode: number, value: unknown, locale: Locale): HttpResponse => ({
  statusCode,
  headers: { 'content-type': 'application/json; charset=utf-8', 'content-language': locale },
  body: JSON.stringify(value),
});

const readBody = (event: HttpEvent): unknown => {
  if (event.body === undefined || event.body === null || event.body === '') {
    throw new InputError('body', [{ path: [], key: 'problem.body_required' }]);
  }
  const text = event.isBase64Encoded
    ? Buffer.from(event.body, 'base64').toString('utf8')
    : event.body;
  try {
    return JSON.parse(text);
  } catch (cause) {
    throw new InputError('body', [{ path: [], key: 'problem.body_not_json' }], { cause });
  }
};

/** A route whose file body is optional (`FileBody.optional()`) lets the operation choose. */
const fileIsOptional = (route: RouteSpec): boolean =>
  route.body !== undefined && route.body.safeParse(undefined).success;

const readFile = (event: HttpEvent): Buffer => {
  if (!event.body) throw new InputError('body', [{ path: [], key: 'problem.body_required' }]);
  return event.isBase64Encoded
    ? Buffer.from(event.body, 'base64')
    : Buffer.from(event.body, 'utf8');
};

/** A filename for the plain `filename=` parameter: Lithuanian letters folded to ASCII. */
const asciiName = (name: string): string =>
  name
    .normalize('NFKD')
    .replace(/[^\x20-\x7e]/g, '')
    .replace(/["\\]/g, '_');

export interface HttpHandlerOptions {
  operations: Operations;
  deps: Deps;
  logger: Logger;
  /** @default - none: operations that need uploads fail (500) */
  uploads?: UploadStore;
}

const NO_UPLOADS: UploadStore = {
  create: () => Promise.reject(new Error('no upload store configured')),
  read: () => Promise.reject(new Error('no upload store configured')),
  remove: () => Promise.reject(new Error('no upload store configured')),
};

/**
 * The one Lambda entry behind every route: finds the route by API Gateway's route key, takes the
 * actor from the authorizer's claims, checks the route's roles, parses path, query and body with
 * the route's contracts, runs the operation and shapes the response or the problem.
 */
export const createHttpHandler =
  ({ operations, deps, logger, uploads = NO_UPLOADS }: HttpHandlerOptions) =>
  async (event: HttpEvent, context?: Pick<Context, 'awsRequestId'>): Promise<HttpResponse> => {
    const requestId = context?.awsRequestId ?? event.requestContext.requestId;
    const locale = negotiateLocale(event.headers?.['accept-language']);
    let sentVersion: number | undefined;
    try {
      const found = ROUTE_BY_KEY.get(event.routeKey);
      if (!found) throw new NotFoundError('route', event.routeKey);
      const [operationId, route] = found;
      let actor: Actor | undefined;
      if (route.roles !== 'public') {
        const authorizer = event.requestContext.authorizer;
        const claims = authorizer?.lambda ?? authorizer?.jwt?.claims;
        if (!claims) throw new UnauthenticatedError('no authorizer claims');
        actor = actorFromClaims(claims);
        if (!hasAnyRole(actor, route.roles)) throw new ForbiddenError(route.roles);
      }
      const params = route.params
        ? parseInput(route.params, event.pathParameters ?? {}, 'path', locale)
        : undefined;
      const query = route.query
        ? parseInput(route.query, event.queryStringParameters ?? {}, 'query', locale)
        : undefined;
      let body: unknown;
      if (route.consumes) {
        body = event.body || !fileIsOptional(route) ? readFile(event) : undefined;
      } else if (route.body) {
        const raw = readBody(event);
        const version = (raw as { version?: unknown } | null)?.version;
        if (typeof version === 'number') sentVersion = version;
        body = parseInput(route.body, raw, 'body', locale);
      }
      const operation = operations[operationId] as Operation<RouteSpec>;
      const result = await operation(
        { params, query, body } as OperationInput<RouteSpec>,
        {
          actor,
          requestId,
          locale,
          deps,
          uploads,
        } as OperationContext<RouteSpec>,
      );
      if (route.produces) {
        const file = result as { filename: string; bytes: Buffer };
        return {
          statusCode: route.status ?? 200,
          headers: {
            'content-type': route.produces,
            'content-disposition': `attachment; filename="${asciiName(file.filename)}"; filename*=UTF-8''${encodeURIComponent(file.filename)}`,
            'content-language': locale,
          },
          body: file.bytes.toString('base64'),
          isBase64Encoded: true,
        };
      }
      return json(route.status ?? 200, result, locale);
    } catch (error) {
      const extra = sentVersion === undefined ? {} : { sentVersion };
      return problemResponse(toProblem(error, locale, requestId, logger, extra), locale);
    }
  };
