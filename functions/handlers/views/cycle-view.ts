import type { CycleView } from '../../contracts/cycle';
import type { CycleState, CycleWarning } from '../../domain/cycle/cycle-service';
import type { Deadline } from '../../domain/cycle/deadlines';
import { t, type Locale, type MessageKey } from '../../i18n';

const warningMessage = (w: CycleWarning, state: CycleState, locale: Locale): string => {
  if (w.code === 'budgetDateMissing')
    return t(locale, 'warning.budgetDateMissing', { year: state.cycle.year });
  const deadline = state.deadlines.find((d) => d.id === w.deadline);
  return t(locale, `warning.${w.code}`, {
    deadline: w.deadline ? t(locale, `deadline.${w.deadline}`) : '',
    dueOn: deadline?.dueOn ?? '',
    days: w.days ?? 0,
  });
};

export const deadlineView = (d: Deadline, locale: Locale): CycleView['deadlines'][number] => ({
  id: d.id,
  label: t(locale, `deadline.${d.id}`),
  dueOn: d.dueOn,
  doneOn: d.doneOn,
  status: d.status,
  statusLabel: t(locale, `status.${d.status}` as MessageKey),
  daysLeft: d.daysLeft,
  rule: {
    explanation: t(locale, `deadline.rule.${d.id}`),
    document: d.source.document,
    clause: d.source.clause,
    quote: d.source.quote,
  },
});

/** The cycle as the API shows it, labels in the user's language. */
export const cycleView = (state: CycleState, locale: Locale): CycleView => {
  const { cycle } = state;
  return {
    year: cycle.year,
    today: state.today,
    phase: state.phase,
    phaseLabel: t(locale, `phase.${state.phase}`),
    budgetApprovedOn: cycle.budgetApprovedOn,
    milestones: cycle.milestones,
    notes: cycle.notes,
    deadlines: state.deadlines.map((d) => deadlineView(d, locale)),
    warnings: state.warnings.map((w) => ({
      code: w.code,
      ...(w.deadline ? { deadline: w.deadline } : {}),
      ...(w.days !== undefined ? { days: w.days } : {}),
      message: warningMessage(w, state, locale),
    })),
    version: cycle.version,
    createdAt: cycle.createdAt,
    createdBy: cycle.createdBy,
    updatedAt: cycle.updatedAt,
    updatedBy: cycle.updatedBy,
  };
};
