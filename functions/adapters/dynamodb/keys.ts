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
