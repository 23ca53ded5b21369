import { createHttpHandler, type HttpEvent } from '../../functions/adapters/http/http-handler';
import type { Role } from '../../functions/domain/auth/actor';
import { operations } from '../../functions/handlers/operations';
import type { UploadStore } from '../../functions/adapters/uploads/upload-store';
import { createLogger } from '../../functions/shared/logger';
import type { TestTable } from './table';

export interface CallOptions {
  /** Roles of the caller. @default ['director'] */
  roles?: Role[];
  /** @default 'org-a' */
  org?: string;
  /** @default `${roles[0]}@${org}` */
  user?: string;
  params?: Record<string, string>;
  query?: Record<string, string>;
  body?: unknown;
  /** An uploaded file (sent base64-encoded, as API Gateway passes binary bodies). */
  file?: Buffer;
  lang?: 'lt' | 'en';
}

export interface CallResult {
  status: number;
  headers: Record<string, string>;
  json: any; // eslint-disable-line @typescript-eslint/no-explicit-any
  /** The body of a file answer. */
  bytes?: Buffer;
}

/** What `apiEvent` builds a request from (the caller is given apart, as the authorizer's). */
export type EventOptions = Pick<CallOptions, 'params' | 'query' | 'body' | 'file' | 'lang'>;

/**
 * The payload-2.0 event API Gateway sends for `routeKey` (`'POST /v1/cycles/{year}/proposals'`):
 * path and query parameters, a JSON or base64 file body, and the authorizer's output as given
 * (`{ jwt: { claims } }` or `{ lambda: context }`). For tests and benches calling the handler.
 */
export const apiEvent = (
  routeKey: string,
  options: EventOptions,
  context: {
    requestId: string;
    authorizer: NonNullable<HttpEvent['requestContext']['authorizer']>;
  },
): HttpEvent => {
  const [method = 'GET', template = '/'] = routeKey.split(' ');
  const rawPath = template.replace(
    /\{(\w+)\}/g,
    (_, name: string) => options.params?.[name] ?? `{${name}}`,
  );
  return {
    version: '2.0',
    routeKey,
    rawPath,
    rawQueryString: new URLSearchParams(options.query ?? {}).toString(),
    headers: {
      'accept-language': options.lang ?? 'lt',
      'content-type': options.file
        ? 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'
        : 'application/json',
    },
    isBase64Encoded: options.file !== undefined,
    ...(options.params ? { pathParameters: options.params } : {}),
    ...(options.query ? { queryStringParameters: options.query } : {}),
    ...(options.body !== undefined ? { body: JSON.stringify(options.body) } : {}),
    ...(options.file ? { body: options.file.toString('base64') } : {}),
    requestContext: {
      accountId: 'test',
      apiId: 'test',
      domainName: 'localhost',
      domainPrefix: 'localhost',
      http: {
        method,
        path: rawPath,
        protocol: 'HTTP/1.1',
        sourceIp: '127.0.0.1',
        userAgent: 'jest',
      },
      requestId: context.requestId,
      routeKey,
      stage: '$default',
      time: '',
      timeEpoch: 0,
      authorizer: context.authorizer,
    },
  };
};

/**
 * The API's Lambda handler on a test table, called with the event API Gateway would send for
 * `routeKey` (`'POST /v1/cycles/{year}/proposals'`) and the authorizer's claims for the caller.
 */
export const createTestApi = (table: TestTable, adapters: { uploads?: UploadStore } = {}) => {
  const handler = createHttpHandler({
    operations,
    deps: table.deps,
    logger: createLogger('silent'),
    ...adapters,
  });
  let n = 0;
  return async (routeKey: string, options: CallOptions = {}): Promise<CallResult> => {
    const roles = options.roles ?? ['director'];
    const org = options.org ?? 'org-a';
    const event = apiEvent(routeKey, options, {
      requestId: `req-${++n}`,
      authorizer: {
        jwt: {
          claims: {
            sub: options.user ?? `${roles[0]}@${org}`,
            'custom:org': org,
            'cognito:groups': `[${roles.join(' ')}]`,
          },
          scopes: null,
        },
      },
    });
    const res = await handler(event);
    if (res.isBase64Encoded) {
      return {
        status: res.statusCode,
        headers: res.headers,
        json: undefined,
        bytes: Buffer.from(res.body, 'base64'),
      };
    }
    return {
      status: res.statusCode,
      headers: res.headers,
      json: res.body ? JSON.parse(res.body) : undefined,
    };
  };
};
