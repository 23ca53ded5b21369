import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { localDate } from '../../functions/domain/time';
import { loadOrCreateKeys, signLocalToken } from '../../functions/local/jwt';
import { generateKeyPair, SignJWT } from 'jose';
import { startLocalServer, type LocalServer } from '../support/local-server';

const run = promisify(execFile);
const ROOT = join(__dirname, '..', '..');

/** `npm start` end to end: a real process, DynamoDB Local on disk, HTTP on a free port. */
describe('npm start, over HTTP', () => {
  const dataDir = mkdtempSync(join(tmpdir(), 'ciklas-e2e-'));
  let server: LocalServer;
  const year = Number(localDate(new Date()).slice(0, 4));

  const call = async (
    method: string,
    path: string,
    options: { token?: string | null; body?: unknown; lang?: string; rawBody?: string } = {},
  ) => {
    const headers: Record<string, string> = {};
    const token = options.token === undefined ? server.token : options.token;
    if (token) headers.authorization = `Bearer ${token}`;
    if (options.lang) headers['accept-language'] = options.lang;
    if (options.body !== undefined || options.rawBody !== undefined)
      headers['content-type'] = 'application/json';
    const res = await fetch(`${server.url}${path}`, {
      method,
      headers,
      ...(options.rawBody !== undefined ? { body: options.rawBody } : {}),
      ...(options.body !== undefined ? { body: JSON.stringify(options.body) } : {}),
    });
    const text = await res.text();
    return {
      status: res.status,
      type: res.headers.get('content-type') ?? '',
      json: text ? (JSON.parse(text) as Record<string, any>) : {},
    };
  };

  const tokenFor = async (
    orgId: string,
    role: 'staff' | 'deputy' | 'director' | 'admin' | 'unitHead',
  ) =>
    signLocalToken(await loadOrCreateKeys(dataDir), {
      orgId,
      roles: [role],
      userId: `${role}@${orgId}`,
    });

  beforeAll(async () => {
    server = await startLocalServer(dataDir);
  }, 120_000);

  afterAll(async () => {
    await server?.stop();
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('answers /health and /openapi.json without a token', async () => {
    expect((await call('GET', '/health', { token: null })).json.status).toBe('ok');
    const doc = await call('GET', '/openapi.json', { token: null });
    expect(doc.json.openapi).toBe('3.1.0');
    expect(Object.keys(doc.json.paths)).toContain('/v1/cycles/{year}');
  });

  it('lists the demo organisation’s cycles with the printed token, in Lithuanian by default', async () => {
    const res = await call('GET', '/v1/cycles');
    expect(res.status).toBe(200);
    expect(res.json.items.map((c: { year: number }) => c.year)).toEqual([year, year - 1, year - 2]);
    expect(res.json.items[0].deadlines[0].label).toBe('Metinio veiklos plano patvirtinimas');
    const en = await call('GET', `/v1/cycles/${year}`, { lang: 'en' });
    expect(en.json.deadlines[0].label).toBe('Annual activity plan approved');
  });

  it('refuses a missing, forged or foreign-signed token with 401', async () => {
    expect((await call('GET', '/v1/cycles', { token: null })).status).toBe(401);
    expect(
      (await call('GET', '/v1/cycles', { token: `${server.token.slice(0, -4)}AAAA` })).status,
    ).toBe(401);
    const stranger = await generateKeyPair('ES256');
    const foreign = await new SignJWT({ 'custom:org': 'demo', 'cognito:groups': ['director'] })
      .setProtectedHeader({ alg: 'ES256' })
      .setSubject('intruder')
      .setIssuer('ciklas-local')
      .setAudience('ciklas')
      .setExpirationTime('1h')
      .sign(stranger.privateKey);
    expect((await call('GET', '/v1/cycles', { token: foreign })).status).toBe(401);
  });

  it('refuses a role the route does not allow with 403 problem+json', async () => {
    const res = await call('PUT', `/v1/cycles/${year}`, {
      token: await tokenFor('demo', 'staff'),
      body: { version: 1 },
    });
    expect(res.status).toBe(403);
    expect(res.type).toContain('application/problem+json');
    expect(
      (await call('GET', '/v1/audit', { token: await tokenFor('demo', 'staff') })).status,
    ).toBe(403);
  });

  it('answers a malformed body with 400 problem+json naming the field, in the user’s language', async () => {
    const res = await call('PUT', `/v1/cycles/${year}`, {
      body: { version: 1, budgetApprovedOn: '2026-02-30' },
    });
    expect(res.status).toBe(400);
    expect(res.type).toContain('application/problem+json');
    expect(res.json.errors).toEqual([
      expect.objectContaining({ field: 'budgetApprovedOn', in: 'body' }),
    ]);
    expect(res.json.title).toBe('Netinkami duomenys');
    const en = await call('PUT', `/v1/cycles/${year}`, { body: { version: 'x' }, lang: 'en' });
    expect(en.json.title).toBe('Invalid input');
    expect(en.json.errors[0].field).toBe('version');
  });

  it('saves at the current version and answers a stale one with 409 and the current item', async () => {
    const current = await call('GET', `/v1/cycles/${year}`);
    const body = {
      version: current.json.version,
      budgetApprovedOn: current.json.budgetApprovedOn,
      milestones: current.json.milestones,
      notes: 'Biudžetas patvirtintas savivaldybės tarybos sprendimu.',
    };
    const saved = await call('PUT', `/v1/cycles/${year}`, { body });
    expect(saved.status).toBe(200);
    expect(saved.json.version).toBe(current.json.version + 1);
    const stale = await call('PUT', `/v1/cycles/${year}`, { body: { ...body, notes: 'senas' } });
    expect(stale.status).toBe(409);
    expect(stale.json.current).toEqual(saved.json);
  });

  it('hides one organisation’s cycle from another (404) and keeps their writes apart', async () => {
    const other = await tokenFor('kita-istaiga', 'director');
    expect((await call('GET', `/v1/cycles/${year}`, { token: other })).status).toBe(404);
    expect((await call('GET', '/v1/cycles', { token: other })).json.items).toEqual([]);
    const created = await call('PUT', `/v1/cycles/${year}`, {
      token: other,
      body: { version: 0, budgetApprovedOn: null },
    });
    expect(created.status).toBe(200);
    const demo = await call('GET', `/v1/cycles/${year}`);
    expect(demo.json.notes).toBe('Biudžetas patvirtintas savivaldybės tarybos sprendimu.');
    const audit = await call('GET', '/v1/audit?limit=200', {
      token: await tokenFor('kita-istaiga', 'deputy'),
    });
    expect(audit.json.items).toHaveLength(1);
    expect(JSON.stringify(audit.json)).not.toContain('Biudžetas');
  });

  it('shows the change history to the deputy and director', async () => {
    const res = await call('GET', `/v1/audit?entityType=cycle&entityId=${year}&limit=5`);
    expect(res.status).toBe(200);
    expect(res.json.items[0]).toMatchObject({
      action: 'update',
      actor: { userId: 'direktorius@demo' },
    });
    expect(res.json.items[0].after.notes).toBe(
      'Biudžetas patvirtintas savivaldybės tarybos sprendimu.',
    );
    const bad = await call('GET', '/v1/audit?limit=9999');
    expect(bad.status).toBe(400);
    expect(bad.json.errors[0]).toMatchObject({ field: 'limit', in: 'query' });
  });

  it('gives another token from `npm run token`', async () => {
    const { stdout } = await run(
      join(ROOT, 'node_modules', '.bin', 'tsx'),
      ['functions/local/token.ts', '--org', 'demo', '--role', 'unitHead'],
      {
        cwd: ROOT,
        env: { ...process.env, DATA_DIR: dataDir },
      },
    );
    const me = await call('GET', '/v1/me', { token: stdout.trim() });
    expect(me.json).toMatchObject({ orgId: 'demo', roles: ['unitHead'] });
    await expect(
      run(
        join(ROOT, 'node_modules', '.bin', 'tsx'),
        ['functions/local/token.ts', '--role', 'boss'],
        { cwd: ROOT },
      ),
    ).rejects.toMatchObject({ code: 2 });
  });

  it('stops cleanly on Ctrl-C and keeps the data across a restart', async () => {
    expect(await server.stop()).toBe(0);
    server = await startLocalServer(dataDir);
    expect(server.output()).toContain('jau yra / present');
    const res = await call('GET', `/v1/cycles/${year}`);
    expect(res.json.notes).toBe('Biudžetas patvirtintas savivaldybės tarybos sprendimu.');
  }, 120_000);
});
