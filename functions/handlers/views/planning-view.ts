import type { AnnualPlanView, PlanItemView } from '../../contracts/planning';
import type { PlanDecision } from '../../domain/planning/annual-plan-state';
import type { AnnualPlanState } from '../../domain/planning/annual-plan-service';
import type { CompiledPlan } from '../../domain/planning/compile';
import { latestPercent, type PlanItem } from '../../domain/planning/plan-item';
import type { Stored } from '../../domain/ports';
import type { IsoDate } from '../../domain/time';
import { t, type Locale } from '../../i18n';
import { deadlineView } from './cycle-view';

const FINISHED = new Set(['done', 'notDone', 'cancelled']);

export const planItemView = (
  item: Stored<PlanItem>,
  unitNames: Map<string, string>,
  today: IsoDate,
  locale: Locale,
): PlanItemView => ({
  id: item.id,
  unitId: item.unitId,
  unitName: unitNames.get(item.unitId) ?? item.unitId,
  period: item.period,
  periodLabel: t(locale, `planning.period.${item.period}`),
  goal: item.goal,
  activity: item.activity,
  responsible: item.responsible,
  startOn: item.startOn,
  dueOn: item.dueOn,
  indicator: item.indicator,
  targetValue: item.targetValue,
  indicatorId: item.indicatorId,
  strategyGoalId: item.strategyGoalId,
  origin: item.origin,
  status: item.status,
  statusLabel: t(locale, `planning.status.${item.status}`),
  statusComment: item.statusComment,
  latestPercent: latestPercent(item),
  overdue: item.dueOn !== null && item.dueOn < today && !FINISHED.has(item.status),
  progress: item.progress.map((p) => ({
    ...p,
    checkpointLabel: t(locale, `planning.checkpoint.${p.checkpoint}`),
  })),
  version: item.version,
  createdAt: item.createdAt,
  createdBy: item.createdBy,
  updatedAt: item.updatedAt,
  updatedBy: item.updatedBy,
});

const decisionView = (d: PlanDecision, locale: Locale) => ({
  ...d,
  stateLabel: t(locale, `plan.state.${d.state}`),
});

export const annualPlanView = (state: AnnualPlanState, locale: Locale): AnnualPlanView => {
  const { plan } = state;
  return {
    year: plan.year,
    version: state.version,
    state: plan.state,
    stateLabel: t(locale, `plan.state.${plan.state}`),
    editability: state.editability,
    editabilityLabel: t(locale, `plan.editability.${state.editability}`),
    deadline: state.deadline ? deadlineView(state.deadline, locale) : null,
    needsFounderAgreement: state.needsFounderAgreement,
    founderAgreement: plan.founderAgreement,
    approvedOn: plan.approvedOn,
    history: plan.history.map((d) => decisionView(d, locale)),
    amendments: plan.amendments.map((a) => ({
      ...a,
      stateLabel: t(locale, `plan.state.${a.state}`),
      history: a.history.map((d) => decisionView(d, locale)),
    })),
    content: state.content,
    approvedContent: (plan.snapshot as CompiledPlan | null) ?? null,
    changesSinceApproval: state.changesSinceApproval,
  };
};
