import type { HttpEvent } from '../functions/adapters/http/http-handler';
import type { createApi } from '../functions/shared/composition';

export type Api = ReturnType<typeof createApi>;

export interface Call {
  params?: Record<string, string>;
  query?: Record<string, string>;
  body?: unknown;
  file?: Buffer;
}

export interface Caller {
  org: string;
  user?: string;
  roles?: string[];
}

/**
 * Calls the Lambda handler in process with the payload-2.0 event API Gateway sends, the
 * authorizer's claims those of `caller` (a director by default). A status ≥ 300 throws.
 */
export const invoke = async (
  api: Api,
  routeKey: string,
  call: Call = {},
  caller: Caller = { org: 'bench' },
): Promise<Record<string, unknown>> => {
  const [method = 'GET', template = '/'] = routeKey.split(' ');
  const rawPath = template.replace(/\{(\w+)\}/g, (_, n: string) => call.params?.[n] ?? '');
  const event: HttpEvent = {
    version: '2.0',
    routeKey,
    rawPath,
    rawQueryString: new URLSearchParams(call.query ?? {}).toString(),
    headers: {
      'content-type': call.file
        ? 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'
        : 'application/json',
    },
    isBase64Encoded: call.file !== undefined,
    ...(call.params ? { pathParameters: call.params } : {}),
    ...(call.query ? { queryStringParameters: call.query } : {}),
    ...(call.body !== undefined ? { body: JSON.stringify(call.body) } : {}),
    ...(call.file ? { body: call.file.toString('base64') } : {}),
    requestContext: {
      accountId: 'bench',
      apiId: 'bench',
      authorizer: {
        jwt: {
          claims: {
            sub: caller.user ?? 'bench',
            'custom:org': caller.org,
            'cognito:groups': `[${(caller.roles ?? ['director']).join(' ')}]`,
          },
          scopes: null,
        },
      },
      domainName: 'localhost',
      domainPrefix: 'localhost',
      http: {
        method,
        path: rawPath,
        protocol: 'HTTP/1.1',
        sourceIp: '127.0.0.1',
        userAgent: 'bench',
      },
      requestId: 'bench',
      routeKey,
      stage: '$default',
      time: '',
      timeEpoch: 0,
    },
  };
  const res = (await api(event)) as { statusCode: number; body?: string };
  const json = res.body ? (JSON.parse(res.body) as Record<string, unknown>) : {};
  if (res.statusCode >= 300) throw new Error(`${routeKey}: ${res.statusCode} ${res.body ?? ''}`);
  return json;
};
