import {
  AccessTokenList,
  AccessTokenParams,
  AccessTokenView,
  CreateAccessTokenRequest,
  CreatedAccessToken,
  ListAccessTokensQuery,
} from './access-tokens';
import { EVERYONE, type RouteSpec } from './route-spec';

/** Personal access tokens: the Google Sheets add-on (and scripts) sign in with one. */
export const ACCESS_TOKEN_ROUTES = {
  createAccessToken: {
    method: 'POST',
    path: '/v1/access-tokens',
    summary:
      'A personal access token with your organisation and roles, shown once; only a sign-in (not a token) may make one',
    tag: 'access-tokens',
    roles: EVERYONE,
    body: CreateAccessTokenRequest,
    response: CreatedAccessToken,
    status: 201,
  },
  listAccessTokens: {
    method: 'GET',
    path: '/v1/access-tokens',
    summary: 'Your tokens (active, expired, revoked), newest first; ?all=true (admins) every one',
    tag: 'access-tokens',
    roles: EVERYONE,
    query: ListAccessTokensQuery,
    response: AccessTokenList,
  },
  revokeAccessToken: {
    method: 'DELETE',
    path: '/v1/access-tokens/{tokenId}',
    summary: 'Revoke a token: yours, or any (admins); it stops working within 5 minutes',
    tag: 'access-tokens',
    roles: EVERYONE,
    params: AccessTokenParams,
    response: AccessTokenView,
  },
} as const satisfies Record<string, RouteSpec>;
