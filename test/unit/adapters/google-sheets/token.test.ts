import { createVerify, generateKeyPairSync } from 'node:crypto';
import {
  CredentialsError,
  GOOGLE_TOKEN_URI,
  parseServiceAccount,
} from '../../../../functions/adapters/google-sheets/credentials';
import { DEFAULT_RETRY_POLICY } from '../../../../functions/adapters/google-sheets/retry';
import {
  SHEETS_SCOPE,
  ServiceAccountTokens,
} from '../../../../functions/adapters/google-sheets/token';
import { startFakeGoogleSheets } from '../../../support/fake-google-sheets';

const { privateKey, publicKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
const keyFile = (extra: Record<string, unknown> = {}) =>
  JSON.stringify({
    type: 'service_account',
    client_email: 'sync@project.iam.gserviceaccount.com',
    private_key_id: 'k1',
    private_key: privateKey.export({ type: 'pkcs8', format: 'pem' }).toString(),
    ...extra,
  });
const part = (text: string) => JSON.parse(Buffer.from(text, 'base64url').toString('utf8'));

describe('service account credentials', () => {
  it('reads a key file; without token_uri the grant goes to Google', () => {
    const account = parseServiceAccount(keyFile());
    expect(account).toMatchObject({
      email: 'sync@project.iam.gserviceaccount.com',
      keyId: 'k1',
      tokenUri: GOOGLE_TOKEN_URI,
    });
  });

  it('refuses what is not a service account key, without echoing the key', () => {
    expect(() => parseServiceAccount('{')).toThrow(CredentialsError);
    expect(() => parseServiceAccount(keyFile({ type: 'authorized_user' }))).toThrow(/type/);
    expect(() => parseServiceAccount(keyFile({ private_key: 'secret-text' }))).toThrow(
      'private_key is not a PEM private key',
    );
  });

  it('signs an RS256 assertion for the Sheets scope that the public key verifies', () => {
    const tokens = new ServiceAccountTokens(
      parseServiceAccount(keyFile({ token_uri: 'http://127.0.0.1:1/token' })),
      DEFAULT_RETRY_POLICY,
      () => Date.parse('2026-04-10T01:30:00Z'),
    );
    const [header = '', claims = '', signature = ''] = tokens.assertion().split('.');
    expect(part(header)).toEqual({ alg: 'RS256', typ: 'JWT', kid: 'k1' });
    expect(part(claims)).toEqual({
      iss: 'sync@project.iam.gserviceaccount.com',
      scope: SHEETS_SCOPE,
      aud: 'http://127.0.0.1:1/token',
      iat: 1775784600,
      exp: 1775788200,
    });
    const valid = createVerify('RSA-SHA256')
      .update(`${header}.${claims}`)
      .verify(publicKey, Buffer.from(signature, 'base64url'));
    expect(valid).toBe(true);
  });

  it('gets a token from the key file’s token_uri once, retrying a 503, and keeps it until near expiry', async () => {
    const fake = await startFakeGoogleSheets();
    try {
      let now = Date.now();
      const sleeps: number[] = [];
      const tokens = new ServiceAccountTokens(
        parseServiceAccount(fake.credentials),
        { ...DEFAULT_RETRY_POLICY, sleep: async (ms) => void sleeps.push(ms), random: () => 0 },
        () => now,
      );
      fake.failNext('token', [{ status: 503 }]);
      const first = await tokens.token();
      expect(first).toMatch(/^ya29\.fake-/);
      expect(await tokens.token()).toBe(first);
      now += 3_599_000 - 30_000;
      const renewed = await tokens.token();
      expect(renewed).not.toBe(first);
      expect(fake.requests.filter((r) => r.call === 'token').map((r) => r.status)).toEqual([
        503, 200, 200,
      ]);
      expect(sleeps).toEqual([0]);
    } finally {
      await fake.close();
    }
  });

  it('a key the token endpoint refuses is badCredentials, not retried', async () => {
    const fake = await startFakeGoogleSheets();
    try {
      const other = JSON.parse(keyFile()) as Record<string, unknown>;
      const tokens = new ServiceAccountTokens(
        parseServiceAccount(
          JSON.stringify({
            ...other,
            client_email: JSON.parse(fake.credentials).client_email,
            token_uri: fake.tokenUri,
          }),
        ),
        DEFAULT_RETRY_POLICY,
      );
      await expect(tokens.token()).rejects.toMatchObject({
        name: 'SheetsFault',
        code: 'badCredentials',
      });
      expect(fake.requests.filter((r) => r.call === 'token')).toHaveLength(1);
    } finally {
      await fake.close();
    }
  });
});
