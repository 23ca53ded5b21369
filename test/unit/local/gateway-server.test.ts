import type { AddressInfo } from 'node:net';
import type { Server } from 'node:http';
import type { HttpEvent } from '../../../functions/adapters/http/http-handler';
import { createGatewayServer, MAX_BODY_BYTES } from '../../../functions/local/gateway';

/** A real handler that answers with the event it got, so the event's shape can be checked. */
const echo = async (event: HttpEvent) => ({
  statusCode: 200,
  headers: { 'content-type': 'application/json' },
  body: JSON.stringify(event),
});

describe('the local API Gateway over HTTP', () => {
  let server: Server;
  let base: string;
  const errors: unknown[] = [];

  beforeAll(async () => {
    server = createGatewayServer(
      echo,
      async (token) => {
        if (token !== 'good') throw new Error('bad token');
        return { sub: 'u-1', 'custom:org': 'demo', 'cognito:groups': ['deputy', 'director'] };
      },
      (e) => errors.push(e),
    );
    await new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(() => new Promise<void>((ok) => server.close(() => ok())));

  it('builds the payload-2.0 event API Gateway builds, claims flattened as the authorizer context', async () => {
    const res = await fetch(`${base}/v1/cycles/2026?a=1&a=2&b=x%20y`, {
      method: 'PUT',
      headers: {
        authorization: 'Bearer good',
        'content-type': 'application/json',
        'Accept-Language': 'en',
      },
      body: '{"version":1}',
    });
    const event = (await res.json()) as HttpEvent;
    expect(event).toMatchObject({
      version: '2.0',
      routeKey: 'PUT /v1/cycles/{year}',
      rawPath: '/v1/cycles/2026',
      pathParameters: { year: '2026' },
      queryStringParameters: { a: '1,2', b: 'x y' },
      body: '{"version":1}',
      isBase64Encoded: false,
      requestContext: {
        routeKey: 'PUT /v1/cycles/{year}',
        stage: '$default',
        http: { method: 'PUT', path: '/v1/cycles/2026' },
        // As the Lambda authorizer's simple response passes its context.
        authorizer: {
          lambda: { sub: 'u-1', 'custom:org': 'demo', 'cognito:groups': '[deputy director]' },
        },
      },
    });
    expect(event.headers['accept-language']).toBe('en');
  });

  it('passes public routes without an authorizer and base64-encodes binary bodies', async () => {
    const res = await fetch(`${base}/health`);
    const event = (await res.json()) as HttpEvent;
    expect(event.requestContext.authorizer).toBeUndefined();
    const bytes = Buffer.from([0x50, 0x4b, 0x03, 0x04, 0xff]);
    const upload = await fetch(`${base}/v1/cycles/2026`, {
      method: 'PUT',
      headers: {
        authorization: 'Bearer good',
        'content-type': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
      },
      body: bytes,
    });
    const binary = (await upload.json()) as HttpEvent;
    expect(binary.isBase64Encoded).toBe(true);
    expect(Buffer.from(binary.body ?? '', 'base64')).toEqual(bytes);
  });

  it('answers 401 as API Gateway does for a missing or bad token', async () => {
    for (const headers of [{}, { authorization: 'Bearer bad' }]) {
      const res = await fetch(`${base}/v1/cycles`, { headers });
      expect(res.status).toBe(401);
      expect(await res.json()).toEqual({ message: 'Unauthorized' });
    }
  });

  it('answers 404 for a route that does not exist, or a method the path lacks', async () => {
    expect((await fetch(`${base}/v1/nothing`)).status).toBe(404);
    expect((await fetch(`${base}/v1/cycles`, { method: 'DELETE' })).status).toBe(404);
  });

  it('answers 400 for a path that is not valid percent-encoding', async () => {
    const res = await fetch(`${base}/v1/cycles/%E0%A4%A`, {
      headers: { authorization: 'Bearer good' },
    });
    expect(res.status).toBe(400);
  });

  it('refuses bodies over API Gateway’s 10 MB with 413', async () => {
    const res = await fetch(`${base}/v1/cycles/2026`, {
      method: 'PUT',
      headers: { authorization: 'Bearer good', 'content-type': 'application/json' },
      body: 'x'.repeat(MAX_BODY_BYTES + 1),
    });
    expect(res.status).toBe(413);
    expect(errors).toEqual([]);
  });
});
