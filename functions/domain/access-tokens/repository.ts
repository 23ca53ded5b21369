import type { RequestContext, Stored } from '../ports';
import type { AccessToken, AccessTokenLookup } from './access-token';

/**
 * Personal access tokens: the organisation's `accessToken` item and the lookup item keyed by the
 * token's hash (its own partition, outside every organisation), always written together with the
 * item's audit entry in one transaction. Audit entries hold the token without its hash. Reading
 * the organisation's tokens goes through `Store` (`list`/`get` of type `accessToken`).
 */
export interface AccessTokenRepository {
  /** Writes a new token (version 1), its lookup and its `create` audit entry. */
  create(ctx: RequestContext, token: AccessToken): Promise<Stored<AccessToken>>;
  /**
   * Replaces the token at the version read (`current.version`) with `next`, and its lookup, with
   * an `update` audit entry. A stale version throws `ConflictError`.
   */
  update(
    ctx: RequestContext,
    current: Stored<AccessToken>,
    next: AccessToken,
  ): Promise<Stored<AccessToken>>;
  /** The lookup of a token's SHA-256 (hex), or undefined. One GetItem. */
  find(sha256Hex: string): Promise<AccessTokenLookup | undefined>;
}
