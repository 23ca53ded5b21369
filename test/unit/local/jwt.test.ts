import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { SignJWT } from 'jose';
import { loadOrCreateKeys, signLocalToken, verifyLocalToken } from '../../../functions/local/jwt';

describe('local tokens', () => {
  const dataDir = mkdtempSync(join(tmpdir(), 'ciklas-jwt-'));

  it('keeps the key pair across loads, so tokens survive a restart', async () => {
    const first = await loadOrCreateKeys(dataDir);
    const token = await signLocalToken(first, { orgId: 'demo', roles: ['deputy', 'director'] });
    const again = await loadOrCreateKeys(dataDir);
    const claims = await verifyLocalToken(again, token);
    expect(claims).toMatchObject({
      sub: 'deputy@demo',
      'custom:org': 'demo',
      'cognito:groups': ['deputy', 'director'],
    });
  });

  it('refuses an expired token and one for another audience', async () => {
    const keys = await loadOrCreateKeys(dataDir);
    const expired = await new SignJWT({ 'custom:org': 'demo' })
      .setProtectedHeader({ alg: 'ES256' })
      .setIssuer('ciklas-local')
      .setAudience('ciklas')
      .setExpirationTime(Math.floor(Date.now() / 1000) - 60)
      .sign(keys.privateKey);
    await expect(verifyLocalToken(keys, expired)).rejects.toThrow(/exp/);
    const otherAudience = await new SignJWT({})
      .setProtectedHeader({ alg: 'ES256' })
      .setIssuer('ciklas-local')
      .setAudience('someone-else')
      .setExpirationTime('1h')
      .sign(keys.privateKey);
    await expect(verifyLocalToken(keys, otherAudience)).rejects.toThrow(/aud/);
  });
});
