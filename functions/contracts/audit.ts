import { z } from 'zod';
import { AUDIT_ACTIONS, ENTITY_TYPES } from '../domain/ports';
import { YearParam } from './common';

const Timestamp = z.union([z.iso.datetime(), z.iso.date()]);

export const ListAuditQuery = z
  .strictObject({
    entityType: z.enum(ENTITY_TYPES).optional(),
    entityId: z
      .string()
      .regex(/^[A-Za-z0-9@._+-]{1,128}$/)
      .optional(),
    cycle: YearParam.optional(),
    from: Timestamp.optional(),
    to: Timestamp.optional(),
    limit: z
      .string()
      .regex(/^\d+$/)
      .transform(Number)
      .pipe(z.number().int().min(1).max(200))
      .optional(),
    cursor: z.string().max(2000).optional(),
  })
  .refine((q) => (q.entityType === undefined) === (q.entityId === undefined), {
    path: ['entityId'],
    params: { key: 'validation.entityPair' },
  });

export const AuditEntryView = z
  .object({
    id: z.string(),
    at: z.iso.datetime(),
    action: z.enum(AUDIT_ACTIONS),
    entity: z.object({ type: z.string(), id: z.string(), cycle: z.number().int().optional() }),
    actor: z.object({ userId: z.string(), roles: z.array(z.string()) }),
    requestId: z.string().optional(),
    before: z.unknown(),
    after: z.unknown(),
    detail: z
      .record(z.string(), z.union([z.string(), z.number(), z.boolean()]))
      .optional()
      .meta({ description: 'What a `read` entry says about the read, e.g. `purpose: export`.' }),
  })
  .meta({ id: 'AuditEntry' });

export const AuditPage = z.object({
  items: z.array(AuditEntryView),
  cursor: z.string().optional(),
});
