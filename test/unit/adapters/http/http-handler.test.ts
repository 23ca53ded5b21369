import {
  createHttpHandler,
  type HttpEvent,
  type Operations,
} from '../../../../functions/adapters/http/http-handler';
import type { Deps } from '../../../../functions/domain/ports';
import { operations } from '../../../../functions/handlers/operations';
import { createLogger } from '../../../../functions/shared/logger';

/** Deps that fail loudly: every case here must be decided before the store is touched. */
const untouchable = new Proxy({} as Deps, {
  get: () => {
    throw new Error('the store must not be reached');
  },
});

const logged: string[] = [];
const handlerWith = (overrides: Partial<Operations> = {}) =>
  createHttpHandler({
    operations: { ...operations, ...overrides },
    deps: untouchable,
    logger: createLogger('error', (line) => logged.push(line)),
  });

const anEvent = (
  routeKey: string,
  init: Partial<HttpEvent> & { claims?: Record<string, string> } = {},
): HttpEvent => {
  const { claims, ...rest } = init;
  const [method = 'GET', path = '/'] = routeKey.split(' ');
  return {
    version: '2.0',
    routeKey,
    rawPath: path,
    rawQueryString: '',
    headers: {},
    isBase64Encoded: false,
    requestContext: {
      accountId: 'local',
      apiId: 'local',
      domainName: 'localhost',
      domainPrefix: 'localhost',
      http: { method, path, protocol: 'HTTP/1.1', sourceIp: '127.0.0.1', userAgent: 'jest' },
      requestId: 'req-1',
      routeKey,
      stage: '$default',
      time: '',
      timeEpoch: 0,
      ...(claims ? { authorizer: { jwt: { claims, scopes: null } } } : {}),
    },
    ...rest,
  };
};

const DIRECTOR = { sub: 'd-1', 'custom:org': 'org-a', 'cognito:groups': '[director]' };
const STAFF = { sub: 's-1', 'custom:org': 'org-a', 'cognito:groups': '[staff]' };
const body = (r: { body: string }) => JSON.parse(r.body) as Record<string, unknown>;

describe('the HTTP handler', () => {
  it('answers a route the caller’s role allows', async () => {
    const res = await handlerWith()(anEvent('GET /v1/me', { claims: STAFF }));
    expect(res.statusCode).toBe(200);
    expect(body(res)).toEqual({ userId: 's-1', orgId: 'org-a', roles: ['staff'], locale: 'lt' });
  });

  it('reads the caller from a Lambda authorizer’s context as from JWT claims', async () => {
    const base = anEvent('GET /v1/me');
    const res = await handlerWith()({
      ...base,
      requestContext: {
        ...base.requestContext,
        authorizer: { lambda: { ...STAFF, 'ciklas:auth': 'pat', 'ciklas:token': 't1' } },
      },
    });
    expect(res.statusCode).toBe(200);
    expect(body(res)).toEqual({ userId: 's-1', orgId: 'org-a', roles: ['staff'], locale: 'lt' });
  });

  it('refuses a protected route without authorizer claims with 401', async () => {
    const res = await handlerWith()(anEvent('GET /v1/me'));
    expect(res.statusCode).toBe(401);
    expect(res.headers['content-type']).toContain('application/problem+json');
  });

  it('refuses a role the route does not declare with 403, naming the roles in Lithuanian', async () => {
    const res = await handlerWith()(
      anEvent('PUT /v1/cycles/{year}', {
        claims: STAFF,
        pathParameters: { year: '2026' },
        body: '{"version":0}',
      }),
    );
    expect(res.statusCode).toBe(403);
    expect(body(res).detail).toContain('direktoriaus pavaduotojas socialiniam darbui, direktorius');
  });

  it('names each bad field of a malformed body, in the language asked for', async () => {
    const event = anEvent('PUT /v1/cycles/{year}', {
      claims: DIRECTOR,
      pathParameters: { year: '2026' },
      headers: { 'accept-language': 'en' },
      body: JSON.stringify({ version: 'one', budgetApprovedOn: '2026-13-40', colour: 'red' }),
    });
    const res = await handlerWith()(event);
    expect(res.statusCode).toBe(400);
    expect(res.headers['content-language']).toBe('en');
    const errors = body(res).errors as { field: string; in: string; message: string }[];
    expect(errors.map((e) => e.field).sort()).toEqual(['budgetApprovedOn', 'colour', 'version']);
    expect(errors.every((e) => e.in === 'body' && e.message.length > 0)).toBe(true);
  });

  it('says in Lithuanian when the body is not JSON', async () => {
    const res = await handlerWith()(
      anEvent('PUT /v1/cycles/{year}', {
        claims: DIRECTOR,
        pathParameters: { year: '2026' },
        body: '{oops',
      }),
    );
    expect(res.statusCode).toBe(400);
    expect(body(res).errors).toEqual([
      { field: 'body', in: 'body', message: 'Užklausos turinys nėra tinkamas JSON.' },
    ]);
  });

  it('validates path parameters', async () => {
    const res = await handlerWith()(
      anEvent('GET /v1/cycles/{year}', { claims: STAFF, pathParameters: { year: '26' } }),
    );
    expect(res.statusCode).toBe(400);
    expect(body(res).errors).toEqual([expect.objectContaining({ field: 'year', in: 'path' })]);
  });

  it('turns an unknown error into a 500 that names the request id and leaks nothing', async () => {
    const res = await handlerWith({
      getMe: async () => {
        throw new Error('secret table name ciklas-prod in eu-central-1');
      },
    })(anEvent('GET /v1/me', { claims: STAFF }), { awsRequestId: 'aws-req-9' });
    expect(res.statusCode).toBe(500);
    expect(res.body).not.toContain('secret');
    expect(body(res)).toMatchObject({ status: 500, requestId: 'aws-req-9' });
    expect(logged.join('\n')).toContain('secret table name');
  });

  it('answers an unknown route key with 404', async () => {
    const res = await handlerWith()(anEvent('GET /v1/nothing', { claims: STAFF }));
    expect(res.statusCode).toBe(404);
  });
});
