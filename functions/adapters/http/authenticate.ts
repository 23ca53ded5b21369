import { createRemoteJWKSet, jwtVerify, type JWTPayload } from 'jose';
import { lookupIsValid, type AccessTokenLookup } from '../../domain/access-tokens/access-token';
import { hashToken, isAccessToken, TOKEN_PREFIX } from '../../domain/access-tokens/token';
import { UnauthenticatedError } from '../../domain/errors';
import type { Clock } from '../../domain/ports';
import { CLAIMS, toAuthorizerContext, type ContextValue } from './claims';

/** Verifies a JWT (signature, issuer, audience, expiry) and gives its claims, or throws. */
export type VerifyJwt = (token: string) => Promise<JWTPayload>;

/** Takes a bearer token and gives the caller's claims (authorizer context), or throws. */
export type Authenticate = (token: string) => Promise<Record<string, ContextValue>>;

export interface AuthenticatorDeps {
  verifyJwt: VerifyJwt;
  /** The access-token lookup by hash (one GetItem). */
  accessTokens: { find(sha256Hex: string): Promise<AccessTokenLookup | undefined> };
  clock: Clock;
}

/** The token of an `Authorization: Bearer …` header; undefined for anything else. */
export const bearerToken = (header: string | undefined): string | undefined => {
  const m = /^Bearer\s+(\S+)\s*$/i.exec(header ?? '');
  return m?.[1];
};

/** Claims only our authorizer may set: a JWT that carries them has them removed. */
const OURS = [CLAIMS.authMethod, CLAIMS.tokenId] as const;

/**
 * The one authenticator behind the Lambda authorizer (AWS) and the local gateway (`npm start`):
 * a `ckl_…` personal access token is hashed and looked up (absent, revoked or expired: refused);
 * anything else must be a JWT the verifier accepts. Either way the answer carries the claim
 * names of a Cognito ID token (`sub`, `custom:org`, `cognito:groups`, `email`), so
 * `actorFromClaims` reads both alike, plus `ciklas:auth` (`pat`/`jwt`) and, for a personal
 * token, `ciklas:token` (its id).
 */
export const createAuthenticator =
  (deps: AuthenticatorDeps): Authenticate =>
  async (token) => {
    if (token.startsWith(TOKEN_PREFIX)) {
      if (!isAccessToken(token)) throw new UnauthenticatedError('malformed access token');
      const lookup = await deps.accessTokens.find(hashToken(token));
      if (!lookup) throw new UnauthenticatedError('unknown access token');
      if (!lookupIsValid(lookup, deps.clock.now()))
        throw new UnauthenticatedError('revoked or expired access token');
      return toAuthorizerContext({
        [CLAIMS.subject]: lookup.userId,
        [CLAIMS.org]: lookup.orgId,
        [CLAIMS.groups]: lookup.roles,
        ...(lookup.email === undefined ? {} : { [CLAIMS.email]: lookup.email }),
        [CLAIMS.authMethod]: 'pat',
        [CLAIMS.tokenId]: lookup.tokenId,
      });
    }
    let claims: JWTPayload;
    try {
      claims = await deps.verifyJwt(token);
    } catch (cause) {
      throw new UnauthenticatedError('invalid JWT', { cause });
    }
    const copy: Record<string, unknown> = { ...claims };
    for (const name of OURS) delete copy[name];
    return toAuthorizerContext({ ...copy, [CLAIMS.authMethod]: 'jwt' });
  };

export interface CognitoVerifierOptions {
  region: string;
  userPoolId: string;
  /** The app client: Cognito ID tokens name it in `aud`. */
  clientId: string;
  /**
   * Where the pool's public keys are.
   * @default `https://cognito-idp.<region>.amazonaws.com/<userPoolId>/.well-known/jwks.json`
   */
  jwksUrl?: string;
}

/**
 * Cognito ID tokens: signed by a key of the pool's JWKS (fetched once, cached by jose, refetched
 * when an unknown `kid` appears), issued by the pool, for the app client, `token_use` = `id`.
 */
export const cognitoJwtVerifier = (options: CognitoVerifierOptions): VerifyJwt => {
  const issuer = `https://cognito-idp.${options.region}.amazonaws.com/${options.userPoolId}`;
  const jwks = createRemoteJWKSet(new URL(options.jwksUrl ?? `${issuer}/.well-known/jwks.json`));
  return async (token) => {
    const { payload } = await jwtVerify(token, jwks, {
      issuer,
      audience: options.clientId,
      algorithms: ['RS256'],
    });
    if (payload.token_use !== 'id') throw new Error('not an ID token');
    return payload;
  };
};
