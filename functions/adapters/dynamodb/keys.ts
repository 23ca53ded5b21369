import type { EntityRef } from '../../domain/ports';

/**
 * Key formats live here and nowhere else. Every key starts with the organisation's partition,
 * and the organisation is always the actor's, so no key can name another organisation.
 */
export const orgPartition = (orgId: string): string => `ORG#${orgId}`;

export const itemPartition = (orgId: string, cycle?: number): string =>
  cycle === undefined ? orgPartition(orgId) : `${orgPartition(orgId)}#CYCLE#${cycle}`;

export const itemSortKey = (ref: Pick<EntityRef, 'type' | 'id'>): string => `${ref.type}#${ref.id}`;

export const typePrefix = (type: string): string => `${type}#`;

export const auditPartition = (orgId: string): string => `${orgPartition(orgId)}#AUDIT`;

export const entityHistoryPartition = (orgId: string, ref: EntityRef): string =>
  `${orgPartition(orgId)}#HISTORY#${ref.type}#${ref.cycle ?? '-'}#${ref.id}`;

// The shared benchmark partition: the one place keys do not start with an organisation. It holds
// no organisation's id or name; a contributor is an HMAC of the id (benchmark-contributor.ts).

/** One figure's values of one year, every contributor's: one Query reads a peer distribution. */
export const benchmarkPartition = (figure: string, year: number): string =>
  `BENCHMARK#${figure}#${year}`;

export const benchmarkSortKey = (contributor: string): string => `CONTRIBUTOR#${contributor}`;

/** `gsi1pk` of a contribution (index `byEntity`): one contributor's values, for opt-out. */
export const benchmarkContributorPartition = (contributor: string): string =>
  `BENCHMARK#CONTRIBUTOR#${contributor}`;

export const benchmarkContributorSortKey = (figure: string, year: number): string =>
  `${figure}#${year}`;

// Personal access tokens: one lookup item per token, keyed by the SHA-256 of the token, so the
// authorizer reads it with one GetItem (and may read nothing else: dynamodb:LeadingKeys).

/** The prefix every access-token lookup partition starts with (the authorizer's IAM condition). */
export const ACCESS_TOKEN_PARTITION_PREFIX = 'ACCESSTOKEN#';

export const accessTokenPartition = (sha256Hex: string): string =>
  `${ACCESS_TOKEN_PARTITION_PREFIX}${sha256Hex}`;

export const ACCESS_TOKEN_SORT_KEY = 'LOOKUP';
