import type { ActionView } from '../../contracts/improvement-actions';
import type { ActionEffect, ActionState } from '../../domain/improvement/actions/action-service';
import { t, type Locale } from '../../i18n';
import { assessmentLabel } from './improvement-indicator-view';
import { changeView, goalLinkView, localText } from './improvement-labels';

const effectView = (effect: ActionEffect, locale: Locale) => {
  const { indicator, comparison: c } = effect;
  return {
    indicatorId: indicator.id,
    code: indicator.code,
    label: localText(indicator.name.lt, indicator.name.en, locale),
    unit: indicator.unit,
    unitLabel: t(locale, `improvement.unit.${indicator.unit}`),
    expectedDirection: indicator.direction,
    directionLabel: t(locale, `improvement.direction.${indicator.direction}`),
    baseline: { year: effect.baselineYear, value: c.previous?.value ?? null },
    effect: { year: effect.effectYear, value: c.current?.value ?? null },
    change: changeView(c.change, indicator.unit, locale),
    assessment: c.assessment,
    assessmentLabel: assessmentLabel(c.assessment, locale),
  };
};

/** An improvement action as the API shows it, labels in the user's language. */
export const actionView = (state: ActionState, locale: Locale): ActionView => {
  const { action } = state;
  return {
    id: action.id,
    year: action.cycle,
    finding: {
      kind: action.finding.kind,
      kindLabel: t(locale, `improvement.findingKind.${action.finding.kind}`),
      reference: action.finding.reference,
      text: action.finding.text,
    },
    title: action.title,
    description: action.description,
    ownerUserId: action.ownerUserId,
    ownerName: action.ownerName,
    unitId: action.unitId,
    unitName: state.unitName,
    dueOn: action.dueOn,
    status: action.status,
    statusLabel: t(locale, `improvement.actionStatus.${action.status}`),
    doneOn: action.doneOn,
    cancelReason: action.cancelReason,
    progress: action.progress,
    overdue: state.overdue,
    daysOverdue: state.daysOverdue,
    overdueLabel:
      state.daysOverdue === null
        ? null
        : t(locale, 'improvement.overdue', { days: state.daysOverdue }),
    goalId: action.goalId,
    goal: goalLinkView(state.goal, locale),
    indicatorId: action.indicatorId,
    effect: state.effect ? effectView(state.effect, locale) : null,
    version: action.version,
    createdAt: action.createdAt,
    createdBy: action.createdBy,
    updatedAt: action.updatedAt,
    updatedBy: action.updatedBy,
  };
};
