import { randomUUID } from 'node:crypto';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { HttpEvent } from '../adapters/http/http-handler';
import type { HttpResponse } from '../adapters/http/problem';
import { toAuthorizerContext, type ClaimValue } from '../adapters/http/claims';
import { routeKey, ROUTES, type RouteSpec } from '../contracts/routes';
import type { JWTPayload } from 'jose';
import { isUploadRequest, serveUpload, type ReceiveUpload } from './upload-endpoint';

/** API Gateway's own limit for an HTTP API request body. */
export const MAX_BODY_BYTES = 10 * 1024 * 1024;

interface CompiledRoute {
  key: string;
  method: string;
  pattern: RegExp;
  names: string[];
  isPublic: boolean;
}

const compile = (route: RouteSpec): CompiledRoute => {
  const names: string[] = [];
  const source = route.path
    .split('/')
    .map((part) => {
      const m = /^\{(\w+)\}$/.exec(part);
      if (!m) return part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
      names.push(m[1]!);
      return '([^/]+)';
    })
    .join('/');
  return {
    key: routeKey(route),
    method: route.method,
    pattern: new RegExp(`^${source}$`),
    names,
    isPublic: route.roles === 'public',
  };
};

const COMPILED = (Object.values(ROUTES) as RouteSpec[]).map(compile);

/** API Gateway's JWT authorizer hands claims to the integration as text; arrays become `[a b]`. */
export const flattenClaims = (payload: JWTPayload): Record<string, ClaimValue> =>
  Object.fromEntries(
    Object.entries(payload).map(([k, v]) => [
      k,
      Array.isArray(v) ? `[${v.join(' ')}]` : typeof v === 'object' ? JSON.stringify(v) : String(v),
    ]),
  );

const TEXT_TYPES =
  /^(text\/|application\/(json|problem\+json|xml|x-www-form-urlencoded|javascript))|\+json|\+xml/i;

/**
 * The authorizer: a bearer token → the caller's claims, or a throw (401). `npm start` passes the
 * same authenticator the AWS Lambda authorizer runs (functions/adapters/http/authenticate.ts).
 */
export type Verify = (token: string) => Promise<Record<string, unknown>>;
export type Handler = (
  event: HttpEvent,
  context: { awsRequestId: string },
) => Promise<HttpResponse & { isBase64Encoded?: boolean }>;

const send = (
  res: ServerResponse,
  status: number,
  body: unknown,
  headers: Record<string, string> = {},
) => {
  res.writeHead(status, {
    'content-type': 'application/json',
    'apigw-requestid': randomUUID(),
    ...headers,
  });
  res.end(JSON.stringify(body));
};

const readBody = (req: IncomingMessage): Promise<Buffer | 'too-large'> =>
  new Promise((ok, fail) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size <= MAX_BODY_BYTES) chunks.push(chunk);
    });
    req.on('end', () => ok(size > MAX_BODY_BYTES ? 'too-large' : Buffer.concat(chunks)));
    req.on('error', fail);
  });

/**
 * Plays API Gateway HTTP API in front of the handler: matches the route, runs the authorizer on
 * protected routes (401 `{"message":"Unauthorized"}` as API Gateway answers), and passes the
 * same payload-2.0 event, the claims as the Lambda authorizer's context (`authorizer.lambda`). With `uploads`, it also plays
 * the uploads bucket: `PUT /uploads/{token}` takes the pre-signed PUTs `POST /v1/uploads` hands out.
 */
export const createGatewayServer = (
  handler: Handler,
  verify: Verify,
  onError: (e: unknown) => void,
  options: { uploads?: ReceiveUpload } = {},
): Server => {
  const serveRequest = async (req: IncomingMessage, res: ServerResponse): Promise<void> => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    const method = (req.method ?? 'GET').toUpperCase();
    const rawPath = url.pathname;
    if (options.uploads && isUploadRequest(method, rawPath))
      return serveUpload(options.uploads, req, res);
    let match: { route: CompiledRoute; values: RegExpExecArray } | undefined;
    for (const route of COMPILED) {
      if (route.method !== method) continue;
      const values = route.pattern.exec(rawPath);
      if (values) {
        match = { route, values };
        break;
      }
    }
    if (!match) return send(res, 404, { message: 'Not Found' });

    const body = await readBody(req);
    if (body === 'too-large') return send(res, 413, { message: 'Request Entity Too Large' });

    let authorizer: HttpEvent['requestContext']['authorizer'];
    if (!match.route.isPublic) {
      const header = req.headers.authorization ?? '';
      const token = header.replace(/^Bearer\s+/i, '').trim();
      try {
        if (!token) throw new Error('no token');
        // As the Lambda authorizer's simple response: its context arrives as `authorizer.lambda`.
        authorizer = { lambda: toAuthorizerContext(await verify(token)) };
      } catch {
        return send(res, 401, { message: 'Unauthorized' }, { 'www-authenticate': 'Bearer' });
      }
    }

    const headers: Record<string, string> = {};
    const cookies: string[] = [];
    for (const [name, value] of Object.entries(req.headers)) {
      if (value === undefined) continue;
      if (name === 'cookie') cookies.push(...String(value).split(/;\s*/));
      else headers[name] = Array.isArray(value) ? value.join(',') : value;
    }
    const query: Record<string, string> = {};
    for (const [k, v] of url.searchParams) query[k] = k in query ? `${query[k]},${v}` : v;
    const pathParameters: Record<string, string> = {};
    try {
      match.route.names.forEach(
        (name, i) => (pathParameters[name] = decodeURIComponent(match.values[i + 1] ?? '')),
      );
    } catch {
      return send(res, 400, { message: 'Bad Request' });
    }
    const isText = body.length === 0 || TEXT_TYPES.test(headers['content-type'] ?? '');
    const requestId = randomUUID();
    const now = new Date();
    const event: HttpEvent = {
      version: '2.0',
      routeKey: match.route.key,
      rawPath,
      rawQueryString: url.search.slice(1),
      headers,
      ...(cookies.length ? { cookies } : {}),
      ...(Object.keys(query).length ? { queryStringParameters: query } : {}),
      ...(match.route.names.length ? { pathParameters } : {}),
      requestContext: {
        accountId: 'local',
        apiId: 'local',
        ...(authorizer ? { authorizer } : {}),
        domainName: headers.host ?? 'localhost',
        domainPrefix: 'localhost',
        http: {
          method,
          path: rawPath,
          protocol: `HTTP/${req.httpVersion}`,
          sourceIp: req.socket.remoteAddress ?? '127.0.0.1',
          userAgent: headers['user-agent'] ?? '',
        },
        requestId,
        routeKey: match.route.key,
        stage: '$default',
        time: now.toUTCString(),
        timeEpoch: now.getTime(),
      },
      ...(body.length ? { body: isText ? body.toString('utf8') : body.toString('base64') } : {}),
      isBase64Encoded: !isText,
    };
    const out = await handler(event, { awsRequestId: requestId });
    const payload = out.isBase64Encoded
      ? Buffer.from(out.body, 'base64')
      : Buffer.from(out.body, 'utf8');
    res.writeHead(out.statusCode, {
      ...out.headers,
      'apigw-requestid': requestId,
      'content-length': String(payload.length),
    });
    res.end(payload);
  };
  return createServer((req, res) => {
    serveRequest(req, res).catch((error: unknown) => {
      onError(error);
      if (!res.headersSent) send(res, 500, { message: 'Internal Server Error' });
      else res.end();
    });
  });
};
