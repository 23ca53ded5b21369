import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describeRun, runCli } from '../support/cli';
import { startLocalServer, type LocalServer } from '../support/local-server';

/** Personal access tokens against `npm start`: the local gateway runs the AWS authorizer's code. */
describe('personal access tokens, over HTTP against npm start', () => {
  const dataDir = mkdtempSync(join(tmpdir(), 'ciklas-e2e-pat-'));
  let server: LocalServer;

  const call = async (method: string, path: string, token: string, body?: unknown) => {
    const res = await fetch(`${server.url}${path}`, {
      method,
      headers: {
        authorization: `Bearer ${token}`,
        ...(body === undefined ? {} : { 'content-type': 'application/json' }),
      },
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    });
    const text = await res.text();
    return { status: res.status, json: text ? (JSON.parse(text) as Record<string, any>) : {} };
  };

  beforeAll(async () => {
    server = await startLocalServer(dataDir);
  }, 120_000);
  afterAll(async () => {
    await server?.stop();
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('makes a token with the sign-in, uses it, refuses it minting another, revokes it: 401', async () => {
    const created = await call('POST', '/v1/access-tokens', server.token, { name: 'Sheets' });
    expect(created.status).toBe(201);
    const pat = created.json.token as string;
    expect(pat).toMatch(/^ckl_[A-Za-z0-9_-]{43}$/);

    const me = await call('GET', '/v1/me', pat);
    expect(me).toEqual({
      status: 200,
      json: { userId: 'direktorius@demo', orgId: 'demo', roles: ['director'], locale: 'lt' },
    });
    const cycles = await call('GET', '/v1/cycles', pat);
    expect(cycles.status).toBe(200);
    const minted = await call('POST', '/v1/access-tokens', pat, { name: 'Again' });
    expect(minted.status).toBe(403);

    const revoked = await call('DELETE', `/v1/access-tokens/${created.json.tokenId}`, pat);
    expect(revoked.json).toMatchObject({ status: 'revoked' });
    const after = await call('GET', '/v1/me', pat);
    expect(after).toEqual({ status: 401, json: { message: 'Unauthorized' } });
    // The sign-in still works.
    expect((await call('GET', '/v1/me', server.token)).status).toBe(200);
  });

  it('ciklas token create / list / revoke, in Lithuanian and English', async () => {
    const api = ['--api', server.url, '--token', server.token];
    const create = await runCli(['token', 'create', '--name', 'Priedas', '--days', '7', ...api]);
    expect({ code: create.code, run: describeRun(create) }).toMatchObject({ code: 0 });
    expect(create.stdout).toMatch(/Sukurtas raktas „Priedas“/);
    const pat = /^(ckl_\S+)$/m.exec(create.stdout)?.[1] ?? '';
    const id = /id (\w+)/.exec(create.stdout)?.[1] ?? '';
    expect(pat).toMatch(/^ckl_[A-Za-z0-9_-]{43}$/);
    expect((await call('GET', '/v1/me', pat)).status).toBe(200);

    const list = await runCli(['token', 'list', '--lang', 'en', ...api]);
    expect(list.code).toBe(0);
    expect(list.stdout).toContain(`${id}  ${pat.slice(0, 12)}…  Priedas  active`);
    expect(list.stdout).not.toContain(pat);

    const revoke = await runCli(['token', 'revoke', id, ...api]);
    expect(revoke.code).toBe(0);
    expect(revoke.stdout).toMatch(new RegExp(`Raktas ${id} atšauktas`));
    expect((await call('GET', '/v1/me', pat)).status).toBe(401);

    const refused = await runCli([
      'token',
      'create',
      '--name',
      'X',
      '--api',
      server.url,
      '--token',
      pat,
    ]);
    expect(refused.code).toBe(2);
    expect(refused.stderr).toMatch(/401/);
  });
});
