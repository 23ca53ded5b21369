import type { AuditEntry, AuditQuery, Deps, Page, RequestContext } from '../ports';

/** The organisation's change history, newest first. */
export const listAudit = (
  ctx: RequestContext,
  query: AuditQuery,
  deps: Deps,
): Promise<Page<AuditEntry>> => deps.store.audit(ctx, query);
