import { DynamoAccessTokenRepository } from '../../functions/adapters/dynamodb/access-token-repository';
import { createDocumentClient } from '../../functions/adapters/dynamodb/client';
import { createAuthenticator, type Authenticate } from '../../functions/adapters/http/authenticate';
import { createHttpHandler } from '../../functions/adapters/http/http-handler';
import { hashToken } from '../../functions/domain/access-tokens/token';
import { UnauthenticatedError } from '../../functions/domain/errors';
import type { Deps } from '../../functions/domain/ports';
import { operations } from '../../functions/handlers/operations';
import { createLogger } from '../../functions/shared/logger';
import { apiEvent, createTestApi, type CallOptions } from '../support/api';
import { createTestTable, type TestTable } from '../support/table';

describe('personal access tokens through the API and the authenticator', () => {
  let table: TestTable;
  let deps: Deps;
  let doc: ReturnType<typeof createDocumentClient>;
  let call: ReturnType<typeof createTestApi>;
  let authenticate: Authenticate;
  let handler: ReturnType<typeof createHttpHandler>;
  let n = 0;

  /** A request signed with `token`: the authenticator's claims as the authorizer's context. */
  const withToken = async (
    token: string,
    routeKey: string,
    options: Pick<CallOptions, 'params' | 'query' | 'body' | 'lang'> = {},
  ) => {
    const claims = await authenticate(token);
    const event = apiEvent(routeKey, options, {
      requestId: `pat-${++n}`,
      authorizer: { lambda: claims },
    });
    const res = await handler(event);
    return { status: res.statusCode, json: JSON.parse(res.body) };
  };

  const create = async (options: CallOptions = {}) => {
    const res = await call('POST /v1/access-tokens', { body: { name: 'Sheets' }, ...options });
    expect(res.status).toBe(201);
    return res.json as { token: string; tokenId: string; expiresAt: string };
  };

  beforeAll(async () => {
    table = await createTestTable('2026-11-24T10:00:00Z');
    doc = createDocumentClient({ region: 'local', endpoint: table.endpoint });
    const accessTokens = new DynamoAccessTokenRepository(doc, table.tableName, table.deps.clock);
    deps = { ...table.deps, accessTokens };
    call = createTestApi({ ...table, deps });
    handler = createHttpHandler({ operations, deps, logger: createLogger('silent') });
    authenticate = createAuthenticator({
      verifyJwt: () => Promise.reject(new Error('no JWTs in this test')),
      accessTokens,
      clock: table.deps.clock,
    });
  });
  afterEach(() => table.setNow('2026-11-24T10:00:00Z'));
  afterAll(async () => {
    doc.destroy();
    await table.drop();
  });

  it('creates a token shown once, which then signs requests as its owner with the owner’s roles', async () => {
    const res = await call('POST /v1/access-tokens', {
      roles: ['staff', 'unitHead'],
      user: 'ona@org-a',
      body: { name: '  Google Sheets ', days: 30 },
    });

    expect(res.status).toBe(201);
    expect(res.json).toMatchObject({
      name: 'Google Sheets',
      userId: 'ona@org-a',
      roles: ['staff', 'unitHead'],
      status: 'active',
      statusLabel: 'galioja',
      expiresAt: '2026-12-24T10:00:00.000Z',
    });
    expect(res.json.token).toMatch(/^ckl_[A-Za-z0-9_-]{43}$/);
    expect(res.json.prefix).toBe(res.json.token.slice(0, 12));
    expect(JSON.stringify(res.json)).not.toContain(hashToken(res.json.token));

    const me = await withToken(res.json.token, 'GET /v1/me');
    expect(me).toEqual({
      status: 200,
      json: { userId: 'ona@org-a', orgId: 'org-a', roles: ['staff', 'unitHead'], locale: 'lt' },
    });
    const listed = await call('GET /v1/access-tokens', { user: 'ona@org-a', roles: ['staff'] });
    expect(JSON.stringify(listed.json)).not.toContain(res.json.token);
    expect(JSON.stringify(listed.json)).not.toContain(hashToken(res.json.token));
  });

  it('refuses a token made with a token (403, in the user’s language), and nothing is written', async () => {
    const { token } = await create({ user: 'pat-maker@org-a', roles: ['staff'] });

    const lt = await withToken(token, 'POST /v1/access-tokens', { body: { name: 'Again' } });
    const en = await withToken(token, 'POST /v1/access-tokens', {
      body: { name: 'Again' },
      lang: 'en',
    });

    expect(lt.status).toBe(403);
    expect(lt.json.detail).toMatch(/Prisijungimo raktu negalima sukurti kito rakto/);
    expect(en.status).toBe(403);
    expect(en.json.detail).toMatch(/cannot create another token/);
    const mine = await withToken(token, 'GET /v1/access-tokens');
    expect(mine.json.items).toHaveLength(1);
  });

  it('names bad fields (400) and writes nothing', async () => {
    const res = await call('POST /v1/access-tokens', {
      user: 'bad@org-a',
      body: { name: '', days: 400 },
      lang: 'en',
    });

    expect(res.status).toBe(400);
    expect(res.json.errors.map((e: { field: string }) => e.field).sort()).toEqual(['days', 'name']);
    expect((await call('GET /v1/access-tokens', { user: 'bad@org-a' })).json.items).toEqual([]);
  });

  it('lists one’s own tokens; an admin lists the whole organisation’s with ?all=true', async () => {
    await create({ org: 'org-l', user: 'a@org-l', roles: ['staff'] });
    await create({ org: 'org-l', user: 'a@org-l', roles: ['staff'], body: { name: 'Second' } });
    await create({ org: 'org-l', user: 'b@org-l', roles: ['staff'] });
    await create({ org: 'org-l2', user: 'a@org-l', roles: ['staff'] });

    const own = await call('GET /v1/access-tokens', {
      org: 'org-l',
      user: 'a@org-l',
      roles: ['staff'],
    });
    const all = await call('GET /v1/access-tokens', {
      org: 'org-l',
      user: 'admin@org-l',
      roles: ['admin'],
      query: { all: 'true' },
    });
    const notAdmin = await call('GET /v1/access-tokens', {
      org: 'org-l',
      user: 'a@org-l',
      roles: ['director'],
      query: { all: 'true' },
    });

    expect(own.json.items.map((t: { name: string }) => t.name)).toEqual(['Second', 'Sheets']);
    expect(all.json.items.map((t: { userId: string }) => t.userId).sort()).toEqual([
      'a@org-l',
      'a@org-l',
      'b@org-l',
    ]);
    expect(notAdmin.status).toBe(403);
  });

  it('lets the owner revoke: the token stops working, stays listed as revoked, and is audited without secrets', async () => {
    const created = await create({ user: 'owner@org-a', roles: ['staff'] });
    expect((await withToken(created.token, 'GET /v1/me')).status).toBe(200);

    table.setNow('2026-11-25T08:00:00Z');
    const revoked = await call('DELETE /v1/access-tokens/{tokenId}', {
      user: 'owner@org-a',
      roles: ['staff'],
      params: { tokenId: created.tokenId },
    });

    expect(revoked.status).toBe(200);
    expect(revoked.json).toMatchObject({
      status: 'revoked',
      statusLabel: 'atšauktas',
      revokedAt: '2026-11-25T08:00:00.000Z',
      revokedBy: 'owner@org-a',
    });
    await expect(authenticate(created.token)).rejects.toThrow(UnauthenticatedError);
    const listed = await call('GET /v1/access-tokens', { user: 'owner@org-a', roles: ['staff'] });
    expect(listed.json.items).toEqual([
      expect.objectContaining({ tokenId: created.tokenId, status: 'revoked' }),
    ]);
    // Revoking again changes nothing.
    const again = await call('DELETE /v1/access-tokens/{tokenId}', {
      user: 'owner@org-a',
      roles: ['staff'],
      params: { tokenId: created.tokenId },
    });
    expect(again.json.revokedAt).toBe('2026-11-25T08:00:00.000Z');

    const audit = await call('GET /v1/audit', {
      roles: ['director'],
      query: { entityType: 'accessToken', entityId: created.tokenId },
    });
    expect(audit.json.items.map((e: { action: string }) => e.action)).toEqual(['update', 'create']);
    expect(audit.json.items[0]).toMatchObject({
      actor: { userId: 'owner@org-a' },
      before: { tokenId: created.tokenId, version: 1 },
      after: { tokenId: created.tokenId, version: 2, revokedAt: '2026-11-25T08:00:00.000Z' },
    });
    const text = JSON.stringify(audit.json);
    expect(text).not.toContain(created.token);
    expect(text).not.toContain(hashToken(created.token));
    expect(text).not.toContain('"hash"');
  });

  it('lets an admin revoke anyone’s token of the organisation; others get 404', async () => {
    const victim = await create({ user: 'v@org-a', roles: ['staff'] });

    const byColleague = await call('DELETE /v1/access-tokens/{tokenId}', {
      user: 'colleague@org-a',
      roles: ['director'],
      params: { tokenId: victim.tokenId },
    });
    const byOtherOrgAdmin = await call('DELETE /v1/access-tokens/{tokenId}', {
      org: 'org-b',
      user: 'admin@org-b',
      roles: ['admin'],
      params: { tokenId: victim.tokenId },
    });
    expect(byColleague.status).toBe(404);
    expect(byOtherOrgAdmin.status).toBe(404);
    expect((await withToken(victim.token, 'GET /v1/me')).status).toBe(200);

    const byAdmin = await call('DELETE /v1/access-tokens/{tokenId}', {
      user: 'admin@org-a',
      roles: ['admin'],
      params: { tokenId: victim.tokenId },
    });
    expect(byAdmin.json).toMatchObject({ status: 'revoked', revokedBy: 'admin@org-a' });
    await expect(authenticate(victim.token)).rejects.toThrow(UnauthenticatedError);
  });

  it('refuses an expired token, and lists it as expired', async () => {
    const short = await create({
      user: 'brief@org-a',
      roles: ['staff'],
      body: { name: 'Brief', days: 1 },
    });
    table.setNow('2026-11-25T09:59:59Z');
    expect((await withToken(short.token, 'GET /v1/me')).status).toBe(200);

    table.setNow('2026-11-25T10:00:00Z');
    await expect(authenticate(short.token)).rejects.toThrow(UnauthenticatedError);
    const listed = await call('GET /v1/access-tokens', {
      user: 'brief@org-a',
      roles: ['staff'],
      lang: 'en',
    });
    expect(listed.json.items[0]).toMatchObject({ status: 'expired', statusLabel: 'expired' });
  });

  it('refuses unknown and mangled tokens', async () => {
    const { token } = await create({ user: 'm@org-a', roles: ['staff'] });
    const flipped = token.slice(0, -1) + (token.endsWith('A') ? 'B' : 'A');

    await expect(authenticate(flipped)).rejects.toThrow(UnauthenticatedError);
    await expect(authenticate(`${token}x`)).rejects.toThrow(UnauthenticatedError);
    await expect(authenticate('ckl_')).rejects.toThrow(UnauthenticatedError);
  });

  it('keeps a token inside its organisation and its roles', async () => {
    await call('PUT /v1/org/units/{unitId}', {
      org: 'org-b',
      params: { unitId: 'b-unit' },
      body: { version: 0, name: 'B skyrius' },
    });
    await call('PUT /v1/org/units/{unitId}', {
      org: 'org-a',
      params: { unitId: 'a-unit' },
      body: { version: 0, name: 'A skyrius' },
    });
    const { token } = await create({ org: 'org-a', user: 'iso@org-a', roles: ['staff'] });

    const units = await withToken(token, 'GET /v1/org/units');
    expect(units.status).toBe(200);
    expect(JSON.stringify(units.json)).toContain('a-unit');
    expect(JSON.stringify(units.json)).not.toContain('b-unit');
    const write = await withToken(token, 'PUT /v1/org/units/{unitId}', {
      params: { unitId: 'a-unit' },
      body: { version: 1, name: 'Pakeista' },
    });
    expect(write.status).toBe(403);
  });
});
