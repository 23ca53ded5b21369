import type { ProposalView } from '../../contracts/proposals';
import type { ProposalState } from '../../domain/proposals/proposal';
import { t, type Locale } from '../../i18n';

/** A proposal as the API shows it: the stored fields, labels in the user's language, its overdue flag. */
export const proposalView = (
  { proposal: p, overdue }: ProposalState,
  locale: Locale,
): ProposalView => ({
  id: p.id,
  year: p.year,
  kind: p.kind,
  kindLabel: t(locale, `proposals.kind.${p.kind}`),
  source: p.source,
  sourceLabel: t(locale, `proposals.source.${p.source}`),
  unitId: p.unitId,
  text: p.text,
  category: p.category,
  categoryLabel: t(locale, `proposals.category.${p.category}`),
  receivedOn: p.receivedOn,
  submittedBy: p.submittedBy,
  recipientCode: p.recipientCode,
  anonymous: p.anonymous,
  registeredBy: p.registeredBy,
  status: p.status,
  statusLabel: t(locale, `proposals.status.${p.status}`),
  reason: p.reason,
  mergedInto: p.mergedInto,
  outcome: p.outcome,
  decidedBy: p.decidedBy,
  decidedOn: p.decidedOn,
  responseDueOn: p.responseDueOn,
  responseDueOnDefault: p.responseDueOnDefault,
  response: p.response,
  respondedOn: p.respondedOn,
  respondedBy: p.respondedBy,
  overdue,
  version: p.version,
  createdAt: p.createdAt,
  createdBy: p.createdBy,
  updatedAt: p.updatedAt,
  updatedBy: p.updatedBy,
});
