import type { AnnualReportInput } from './inputs';
import { REPORT_MODEL_VERSION, type AnnualReportModel, type RecipientsSummaryModel } from './model';

/** Whose surveys speak for recipients: themselves and their families. */
export const RECIPIENT_AUDIENCES = ['recipients', 'families'] as const;

/** At most this many lines under "what changed" and under each "what comes next" list. */
export const SUMMARY_LIST_MAX = 10;

const recipientKinds = new Set(['suggestion', 'complaint']);

/**
 * The recipients' plain-language summary (atmintinė), from the annual report's model and the
 * data behind it: satisfaction as the surveys' suppressed figures give it, what suggestions and
 * complaints led to, and what comes next. No codes, names or texts recipients wrote.
 */
export const buildRecipientsSummary = (
  input: AnnualReportInput,
  annual: AnnualReportModel,
): RecipientsSummaryModel => {
  const { current } = input;
  const satisfaction = annual.surveys.surveys.flatMap((s) => {
    if (!(RECIPIENT_AUDIENCES as readonly string[]).includes(s.audience)) return [];
    const domain = s.domains.find((d) => d.domain === 'satisfaction');
    if (!domain) return [];
    const cell = domain.overall;
    const change = domain.change && !('suppressed' in domain.change) ? domain.change : null;
    return [
      {
        surveyId: s.surveyId,
        title: s.title,
        audience: s.audience,
        satisfaction:
          'suppressed' in cell ? cell : { n: cell.n, topTwoBoxPercent: cell.topTwoBoxPercent },
        previousTopTwoBoxPercent:
          'suppressed' in cell ? null : (change?.previousTopTwoBoxPercent ?? null),
        direction: 'suppressed' in cell ? null : (change?.direction ?? null),
      },
    ];
  });
  const fromRecipients = current.proposals.filter((p) => recipientKinds.has(p.kind));
  const ids = new Set(fromRecipients.map((p) => p.id));
  const outcomes = annual.feedback.outcomes.filter((o) => ids.has(o.proposalId));
  const seen = new Set<string>();
  const changes = outcomes
    .flatMap((o) =>
      o.outcomeTitle === null ? [] : [{ title: o.outcomeTitle, implemented: o.implemented }],
    )
    .filter((c) => !seen.has(c.title) && seen.add(c.title))
    .sort((a, b) => Number(b.implemented) - Number(a.implemented))
    .slice(0, SUMMARY_LIST_MAX);
  const unitName = (id: string) => input.org.units.find((u) => u.id === id)?.name ?? id;
  return {
    kind: 'recipientsSummary',
    modelVersion: REPORT_MODEL_VERSION,
    year: current.year,
    generatedAt: input.generatedAt,
    organisation: input.org.organisation ? { name: input.org.organisation.name } : null,
    satisfaction,
    suggestions: {
      received: fromRecipients.length,
      decided: fromRecipients.filter((p) => p.status !== 'new').length,
      accepted: fromRecipients.filter((p) => p.status === 'accepted').length,
      implemented: outcomes.filter((o) => o.implemented).length,
      changes,
    },
    next: {
      planItems: input.nextPlanItems
        .filter((i) => i.status !== 'cancelled')
        .slice(0, SUMMARY_LIST_MAX)
        .map((i) => ({ title: i.activity, unitName: unitName(i.unitId) })),
      actions: annual.improvementActions.opened.items
        .filter((a) => a.status === 'open' || a.status === 'inProgress')
        .slice(0, SUMMARY_LIST_MAX)
        .map((a) => ({ title: a.title, dueOn: a.dueOn })),
    },
  };
};
