import { createHash, randomBytes } from 'node:crypto';
import {
  expiryAfter,
  lookupIsValid,
  lookupOf,
  statusOf,
  toView,
  withoutHash,
  type AccessToken,
} from '../../../../functions/domain/access-tokens/access-token';
import { createAccessToken } from '../../../../functions/domain/access-tokens/access-token-service';
import {
  generateToken,
  hashToken,
  isAccessToken,
  visiblePrefix,
} from '../../../../functions/domain/access-tokens/token';
import { ForbiddenError, ValidationError } from '../../../../functions/domain/errors';
import type { Deps, RequestContext } from '../../../../functions/domain/ports';

const token = (overrides: Partial<AccessToken> = {}): AccessToken => ({
  tokenId: 't1',
  name: 'Sheets',
  prefix: 'ckl_abcdefgh',
  hash: 'f'.repeat(64),
  userId: 'ona@demo',
  roles: ['staff'],
  expiresAt: '2026-12-01T00:00:00.000Z',
  ...overrides,
});

describe('the token format', () => {
  it('is ckl_ and 43 base64url characters of the 32 bytes given', () => {
    const bytes = new Uint8Array(32).fill(0xfb);
    const text = generateToken(bytes);

    expect(text).toBe(`ckl_${Buffer.from(bytes).toString('base64url')}`);
    expect(text).toHaveLength(47);
    expect(isAccessToken(text)).toBe(true);
    expect(text.slice(4)).toMatch(/^[A-Za-z0-9_-]{43}$/);
  });

  it('differs every time without given bytes, and refuses the wrong number of bytes', () => {
    const seen = new Set(Array.from({ length: 50 }, () => generateToken()));

    expect(seen.size).toBe(50);
    for (const t of seen) expect(isAccessToken(t)).toBe(true);
    expect(() => generateToken(randomBytes(16))).toThrow(RangeError);
  });

  it('tells a token from a JWT or a mangled token', () => {
    const good = generateToken();

    expect(isAccessToken(`${good}x`)).toBe(false);
    expect(isAccessToken(good.slice(0, -1))).toBe(false);
    expect(isAccessToken(`ckl_${'+'.repeat(43)}`)).toBe(false);
    expect(isAccessToken('eyJhbGciOiJFUzI1NiJ9.eyJzdWIiOiJ1In0.sig')).toBe(false);
  });

  it('stores the SHA-256 of the whole token and shows only ckl_ and 8 characters', () => {
    const t = generateToken();

    expect(hashToken(t)).toBe(createHash('sha256').update(t).digest('hex'));
    expect(hashToken(t)).toMatch(/^[0-9a-f]{64}$/);
    expect(hashToken(t)).not.toBe(hashToken(generateToken()));
    expect(visiblePrefix(t)).toBe(t.slice(0, 12));
    expect(visiblePrefix(t)).toMatch(/^ckl_.{8}$/);
  });
});

describe('a token’s status', () => {
  const now = new Date('2026-11-24T10:00:00Z');

  it('is active before its expiry, expired from it on, revoked once revoked', () => {
    expect(statusOf(token({ expiresAt: '2026-11-24T10:00:00.001Z' }), now)).toBe('active');
    expect(statusOf(token({ expiresAt: '2026-11-24T10:00:00.000Z' }), now)).toBe('expired');
    expect(statusOf(token({ revokedAt: '2026-11-20T00:00:00Z' }), now)).toBe('revoked');
    expect(
      statusOf(
        token({ expiresAt: '2026-01-01T00:00:00Z', revokedAt: '2025-12-01T00:00:00Z' }),
        now,
      ),
    ).toBe('revoked');
  });

  it('lets a lookup sign in only while active', () => {
    const active = lookupOf('demo', token());

    expect(lookupIsValid(active, now)).toBe(true);
    expect(lookupIsValid({ ...active, expiresAt: now.toISOString() }, now)).toBe(false);
    expect(lookupIsValid({ ...active, revokedAt: now.toISOString() }, now)).toBe(false);
  });

  it('expires whole days later', () => {
    expect(expiryAfter(now, 90)).toBe('2027-02-22T10:00:00.000Z');
    expect(expiryAfter(now, 1)).toBe('2026-11-25T10:00:00.000Z');
  });
});

describe('what leaves the store', () => {
  const stored = {
    ...token({ email: 'ona@demo.lt' }),
    version: 1,
    createdAt: '2026-11-24T10:00:00.000Z',
    createdBy: 'ona@demo',
    updatedAt: '2026-11-24T10:00:00.000Z',
    updatedBy: 'ona@demo',
  };

  it('views and audit copies never hold the hash', () => {
    const view = toView(stored, new Date('2026-11-24T10:00:00Z'));

    expect(view).toEqual({
      tokenId: 't1',
      name: 'Sheets',
      prefix: 'ckl_abcdefgh',
      userId: 'ona@demo',
      email: 'ona@demo.lt',
      roles: ['staff'],
      status: 'active',
      createdAt: '2026-11-24T10:00:00.000Z',
      expiresAt: '2026-12-01T00:00:00.000Z',
    });
    expect(JSON.stringify(view)).not.toContain('f'.repeat(64));
    expect(JSON.stringify(withoutHash(stored))).not.toContain('f'.repeat(64));
    expect(withoutHash(stored)).toMatchObject({ tokenId: 't1', version: 1 });
  });

  it('the lookup names the organisation, user, roles and state, not the name or the hash', () => {
    expect(lookupOf('demo', token({ revokedAt: '2026-11-25T00:00:00Z' }))).toEqual({
      orgId: 'demo',
      userId: 'ona@demo',
      roles: ['staff'],
      tokenId: 't1',
      expiresAt: '2026-12-01T00:00:00.000Z',
      revokedAt: '2026-11-25T00:00:00Z',
    });
  });
});

describe('creating a token', () => {
  /** Deps that fail the test if touched: the rules below decide before any I/O. */
  const untouchable = new Proxy({} as Deps, {
    get: (_t, name) => {
      if (name === 'clock') return { now: () => new Date('2026-11-24T10:00:00Z') };
      throw new Error(`deps.${String(name)} used`);
    },
  });
  const ctx = (authMethod: 'jwt' | 'pat'): RequestContext => ({
    actor: { userId: 'ona@demo', orgId: 'demo', roles: ['staff'], authMethod },
  });

  it('is refused to a request signed with a personal access token', async () => {
    const attempt = createAccessToken(ctx('pat'), { name: 'Again' }, untouchable);

    await expect(attempt).rejects.toThrow(ForbiddenError);
    await expect(attempt).rejects.toMatchObject({ key: 'accessTokens.patCannotCreate' });
  });

  it.each([
    ['an empty name', { name: '   ' }, ['name']],
    ['a name over 80 characters', { name: 'x'.repeat(81) }, ['name']],
    ['0 days', { name: 'Sheets', days: 0 }, ['days']],
    ['366 days', { name: 'Sheets', days: 366 }, ['days']],
    ['1.5 days', { name: 'Sheets', days: 1.5 }, ['days']],
    ['both wrong', { name: '', days: 1000 }, ['name', 'days']],
  ])('names the field for %s', async (_case, input, fields) => {
    const attempt = createAccessToken(ctx('jwt'), input, untouchable);

    await expect(attempt).rejects.toThrow(ValidationError);
    const error = (await attempt.catch((e: unknown) => e)) as ValidationError;
    expect(error.issues.map((i) => i.path[0])).toEqual(fields);
  });
});
