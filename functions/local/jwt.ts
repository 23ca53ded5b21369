import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  exportJWK,
  generateKeyPair,
  importJWK,
  jwtVerify,
  SignJWT,
  type JWK,
  type JWTPayload,
  type KeyLike,
} from 'jose';
import type { Role } from '../domain/auth/actor';
import { CLAIMS } from '../adapters/http/claims';

export const LOCAL_ISSUER = 'ciklas-local';
export const LOCAL_AUDIENCE = 'ciklas';
const ALG = 'ES256';

export interface LocalKeys {
  privateKey: KeyLike | Uint8Array;
  publicKey: KeyLike | Uint8Array;
}

/** The local signing key pair, made once and kept in `<dataDir>/jwt/` so tokens survive restarts. */
export const loadOrCreateKeys = async (dataDir: string): Promise<LocalKeys> => {
  const dir = join(dataDir, 'jwt');
  const privatePath = join(dir, 'private.jwk.json');
  const publicPath = join(dir, 'public.jwk.json');
  if (!existsSync(privatePath) || !existsSync(publicPath)) {
    mkdirSync(dir, { recursive: true });
    const pair = await generateKeyPair(ALG, { extractable: true });
    const kid = `local-${Date.now().toString(36)}`;
    writeFileSync(
      privatePath,
      JSON.stringify({ ...(await exportJWK(pair.privateKey)), kid, alg: ALG }),
      {
        mode: 0o600,
      },
    );
    writeFileSync(
      publicPath,
      JSON.stringify({ ...(await exportJWK(pair.publicKey)), kid, alg: ALG }),
    );
  }
  const read = (p: string) => JSON.parse(readFileSync(p, 'utf8')) as JWK;
  return {
    privateKey: await importJWK(read(privatePath), ALG),
    publicKey: await importJWK(read(publicPath), ALG),
  };
};

export interface TokenRequest {
  orgId: string;
  roles: Role[];
  userId?: string;
  email?: string;
  /** jose duration, e.g. `12h`. @default '12h' */
  expiresIn?: string;
}

/** A token shaped like a Cognito ID token: groups are roles, `custom:org` the organisation. */
export const signLocalToken = (keys: LocalKeys, request: TokenRequest): Promise<string> => {
  const userId = request.userId ?? `${request.roles[0] ?? 'user'}@${request.orgId}`;
  return new SignJWT({
    [CLAIMS.groups]: request.roles,
    [CLAIMS.org]: request.orgId,
    ...(request.email ? { [CLAIMS.email]: request.email } : {}),
    token_use: 'id',
  })
    .setProtectedHeader({ alg: ALG })
    .setSubject(userId)
    .setIssuer(LOCAL_ISSUER)
    .setAudience(LOCAL_AUDIENCE)
    .setIssuedAt()
    .setExpirationTime(request.expiresIn ?? '12h')
    .sign(keys.privateKey);
};

export const verifyLocalToken = async (keys: LocalKeys, token: string): Promise<JWTPayload> =>
  (
    await jwtVerify(token, keys.publicKey, {
      issuer: LOCAL_ISSUER,
      audience: LOCAL_AUDIENCE,
      algorithms: [ALG],
    })
  ).payload;
