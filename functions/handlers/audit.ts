import type { Operation } from '../adapters/http/http-handler';
import type { Routes } from '../contracts/routes';
import { listAudit } from '../domain/audit/audit-service';
import type { AuditQuery } from '../domain/ports';

export const DEFAULT_AUDIT_PAGE = 50;

export const listAuditOperation: Operation<Routes['listAudit']> = async ({ query }, ctx) => {
  const q: AuditQuery = { limit: query.limit ?? DEFAULT_AUDIT_PAGE };
  if (query.entityType && query.entityId) {
    q.entity = {
      type: query.entityType,
      id: query.entityId,
      ...(query.cycle !== undefined ? { cycle: query.cycle } : {}),
    };
  }
  if (query.from) q.from = query.from;
  if (query.to) q.to = query.to;
  if (query.cursor) q.cursor = query.cursor;
  return listAudit(ctx, q, ctx.deps);
};
