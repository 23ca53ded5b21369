import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { APIGatewayRequestAuthorizerEventV2 } from 'aws-lambda';
import { exportJWK, generateKeyPair, SignJWT, type JWTPayload, type KeyLike } from 'jose';
import { DynamoAccessTokenRepository } from '../../functions/adapters/dynamodb/access-token-repository';
import { createDocumentClient } from '../../functions/adapters/dynamodb/client';
import { actorFromClaims } from '../../functions/adapters/http/claims';
import {
  createAccessToken,
  revokeAccessToken,
} from '../../functions/domain/access-tokens/access-token-service';
import type { RequestContext } from '../../functions/domain/ports';
import {
  authenticatorFromConfig,
  createAuthorizerHandler,
} from '../../functions/handlers/authorizer';
import type { Config } from '../../functions/shared/config';
import { createLogger } from '../../functions/shared/logger';
import { createTestTable, type TestTable } from '../support/table';

const REGION = 'eu-central-1';
const POOL = 'eu-central-1_Test123';
const CLIENT = 'client-abc';
const ISSUER = `https://cognito-idp.${REGION}.amazonaws.com/${POOL}`;

/** Cognito's JWKS endpoint played by node:http: the pool's public key, and a count of fetches. */
const startJwks = async (jwk: object) => {
  let fetches = 0;
  const server: Server = createServer((req, res) => {
    if (req.url !== `/${POOL}/.well-known/jwks.json`) {
      res.writeHead(404).end();
      return;
    }
    fetches++;
    res.writeHead(200, { 'content-type': 'application/json' });
    res.end(JSON.stringify({ keys: [jwk] }));
  });
  await new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/${POOL}/.well-known/jwks.json`,
    fetches: () => fetches,
    close: () => new Promise<void>((ok) => server.close(() => ok())),
  };
};

const event = (authorization?: string): APIGatewayRequestAuthorizerEventV2 =>
  ({
    version: '2.0',
    type: 'REQUEST',
    routeArn: 'arn:aws:execute-api:eu-central-1:123456789012:abc/$default/GET/v1/me',
    identitySource: authorization ? [authorization] : [],
    routeKey: 'GET /v1/me',
    rawPath: '/v1/me',
    rawQueryString: '',
    headers: authorization ? { authorization } : {},
    requestContext: {
      accountId: '123456789012',
      apiId: 'abc',
      domainName: 'abc.execute-api.eu-central-1.amazonaws.com',
      domainPrefix: 'abc',
      http: {
        method: 'GET',
        path: '/v1/me',
        protocol: 'HTTP/1.1',
        sourceIp: '127.0.0.1',
        userAgent: 'jest',
      },
      requestId: 'r-1',
      routeKey: 'GET /v1/me',
      stage: '$default',
      time: '',
      timeEpoch: 0,
    },
  }) as APIGatewayRequestAuthorizerEventV2;

describe('the Lambda authorizer: Cognito ID tokens (fake JWKS) and personal tokens (DynamoDB Local)', () => {
  let table: TestTable;
  let jwks: Awaited<ReturnType<typeof startJwks>>;
  let poolKey: KeyLike;
  let otherKey: KeyLike;
  let authorize: ReturnType<typeof createAuthorizerHandler>;
  let config: Config;
  let doc: ReturnType<typeof createDocumentClient>;

  const idToken = (
    claims: JWTPayload = {},
    options: { key?: KeyLike; issuer?: string; audience?: string; expires?: string } = {},
  ) =>
    new SignJWT({
      'cognito:groups': ['deputy', 'director'],
      'custom:org': 'utena-svvc',
      email: 'pavaduotoja@utena.lt',
      token_use: 'id',
      ...claims,
    })
      .setProtectedHeader({ alg: 'RS256', kid: 'pool-key-1' })
      .setSubject('6f1c-sub')
      .setIssuer(options.issuer ?? ISSUER)
      .setAudience(options.audience ?? CLIENT)
      .setIssuedAt()
      .setExpirationTime(options.expires ?? '1h')
      .sign(options.key ?? poolKey);

  beforeAll(async () => {
    const pool = await generateKeyPair('RS256');
    poolKey = pool.privateKey;
    otherKey = (await generateKeyPair('RS256')).privateKey;
    jwks = await startJwks({
      ...(await exportJWK(pool.publicKey)),
      kid: 'pool-key-1',
      alg: 'RS256',
      use: 'sig',
    });
    // Real time: jose checks JWT expiry against the wall clock; access tokens use the same one.
    table = await createTestTable(new Date().toISOString());
    doc = createDocumentClient({ region: 'local', endpoint: table.endpoint });
    config = {
      tableName: table.tableName,
      region: REGION,
      dynamodbEndpoint: table.endpoint,
      logLevel: 'silent',
      userPoolId: POOL,
      userPoolClientId: CLIENT,
      jwksUrl: jwks.url,
    };
    authorize = createAuthorizerHandler(
      authenticatorFromConfig(config, table.deps.clock),
      createLogger('silent'),
    );
  });
  afterAll(async () => {
    await jwks.close();
    doc.destroy();
    await table.drop();
  });

  describe('Cognito ID tokens', () => {
    it('authorizes a pool ID token for the client; its context makes the same actor', async () => {
      const res = await authorize(event(`Bearer ${await idToken()}`));

      expect(res.isAuthorized).toBe(true);
      expect(res.context).toMatchObject({
        sub: '6f1c-sub',
        'custom:org': 'utena-svvc',
        'cognito:groups': '[deputy director]',
        email: 'pavaduotoja@utena.lt',
        'ciklas:auth': 'jwt',
      });
      for (const v of Object.values(res.context))
        expect(['string', 'number', 'boolean']).toContain(typeof v);
      expect(actorFromClaims(res.context)).toEqual({
        userId: '6f1c-sub',
        orgId: 'utena-svvc',
        roles: ['deputy', 'director'],
        email: 'pavaduotoja@utena.lt',
        authMethod: 'jwt',
      });
      expect(jwks.fetches()).toBeGreaterThanOrEqual(1);
    });

    it.each([
      ['another client', () => idToken({}, { audience: 'other-client' })],
      ['another pool', () => idToken({}, { issuer: `${ISSUER}x` })],
      ['an access token (token_use access)', () => idToken({ token_use: 'access' })],
      ['an expired token', () => idToken({}, { expires: '-1m' })],
      ['a key not in the pool’s JWKS', () => idToken({}, { key: otherKey })],
      ['garbage', async () => 'not.a.jwt'],
    ])('refuses %s', async (_case, make) => {
      const res = await authorize(event(`Bearer ${await make()}`));

      expect(res).toEqual({ isAuthorized: false, context: {} });
    });

    it('does not let a JWT pass itself off as a personal token', async () => {
      const res = await authorize(
        event(`Bearer ${await idToken({ 'ciklas:auth': 'pat', 'ciklas:token': 'x' })}`),
      );

      expect(res.context['ciklas:auth']).toBe('jwt');
      expect(res.context['ciklas:token']).toBeUndefined();
    });

    it('refuses a request without a bearer token', async () => {
      expect(await authorize(event())).toEqual({ isAuthorized: false, context: {} });
      expect(await authorize(event('Basic dXNlcjpwYXNz'))).toEqual({
        isAuthorized: false,
        context: {},
      });
    });
  });

  describe('personal access tokens', () => {
    const ctx: RequestContext = {
      actor: {
        userId: 'ona@utena',
        orgId: 'utena-svvc',
        roles: ['staff'],
        email: 'ona@utena.lt',
        authMethod: 'jwt',
      },
    };
    const deps = () => ({
      ...table.deps,
      accessTokens: new DynamoAccessTokenRepository(doc, table.tableName, table.deps.clock),
    });

    it('authorizes an active token with its owner’s claims, marked pat with its id', async () => {
      const created = await createAccessToken(ctx, { name: 'Sheets' }, deps());

      const res = await authorize(event(`Bearer ${created.token}`));

      expect(res).toEqual({
        isAuthorized: true,
        context: {
          sub: 'ona@utena',
          'custom:org': 'utena-svvc',
          'cognito:groups': '[staff]',
          email: 'ona@utena.lt',
          'ciklas:auth': 'pat',
          'ciklas:token': created.tokenId,
        },
      });
      expect(actorFromClaims(res.context).authMethod).toBe('pat');
    });

    it('refuses it once revoked, and refuses tokens it never issued', async () => {
      const created = await createAccessToken(ctx, { name: 'Brief' }, deps());
      await revokeAccessToken(ctx, created.tokenId, deps());

      expect((await authorize(event(`Bearer ${created.token}`))).isAuthorized).toBe(false);
      expect((await authorize(event(`Bearer ckl_${'A'.repeat(43)}`))).isAuthorized).toBe(false);
    });

    it('fails (500 in API Gateway, not a cached refusal) when the table cannot be read', async () => {
      const broken = createAuthorizerHandler(
        authenticatorFromConfig({ ...config, dynamodbEndpoint: 'http://127.0.0.1:9' }),
        createLogger('silent'),
      );

      await expect(broken(event(`Bearer ckl_${'B'.repeat(43)}`))).rejects.toThrow();
    });
  });
});
