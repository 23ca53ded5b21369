import type { z } from 'zod';
import type {
  OutcomeFiguresView,
  SettingsView,
  SupportPlanSummary,
  SupportPlanView,
} from '../../contracts/support-plans';
import type { Stored } from '../../domain/ports';
import type { OutcomeFigures } from '../../domain/support-plans/outcomes';
import {
  LIFE_DOMAINS,
  latestReview,
  OUTCOME_SCALE_NAMES,
  OUTCOME_SCALES,
  recipientChange,
  type Goal,
  type OutcomeScale,
  type SupportPlan,
} from '../../domain/support-plans/plan';
import { isSuppressed, type Suppressed } from '../../domain/surveys/statistics';
import { t, type Locale, type MessageKey } from '../../i18n';

const scaleDomainLabel = (locale: Locale, domain: string): string =>
  t(locale, `supportPlans.scaleDomain.${domain}` as MessageKey);

const goalView = (goal: Goal, locale: Locale) => {
  const latest = latestReview(goal);
  const span = goal.target - goal.baseline;
  return {
    id: goal.id,
    domain: goal.domain,
    domainLabel: t(locale, `supportPlans.domain.${goal.domain}`),
    text: goal.text,
    result: goal.result,
    baseline: goal.baseline,
    target: goal.target,
    dueOn: goal.dueOn,
    reviewOn: goal.reviewOn,
    reviews: goal.reviews.map((r) => ({
      ...r,
      statusLabel: t(locale, `supportPlans.goalStatus.${r.status}`),
    })),
    latestStatus: latest?.status ?? null,
    latestValue: latest?.valueReached ?? null,
    progress: latest && span !== 0 ? (latest.valueReached - goal.baseline) / span : null,
  };
};

/** A plan as its unit's staff see it: labels in the user's language and the paired change. */
export const supportPlanView = (plan: Stored<SupportPlan>, locale: Locale): SupportPlanView => ({
  id: plan.id,
  recipientCode: plan.recipientCode,
  unitId: plan.unitId,
  responsibleWorker: plan.responsibleWorker,
  startedOn: plan.startedOn,
  needs: plan.needs.map((n) => ({
    ...n,
    domainLabel: t(locale, `supportPlans.domain.${n.domain}`),
  })),
  goals: plan.goals.map((g) => goalView(g, locale)),
  measures: plan.measures.map((m) => ({
    ...m,
    occasionLabel: t(locale, `supportPlans.occasion.${m.occasion}`),
    scaleLabel: t(locale, `supportPlans.scale.${m.scale}`),
  })),
  changes: OUTCOME_SCALE_NAMES.flatMap((scale) => {
    const change = recipientChange(plan, scale);
    if (!change) return [];
    return [
      {
        ...change,
        scaleLabel: t(locale, `supportPlans.scale.${scale}`),
        domains: Object.entries(change.domains).map(([domain, d]) => ({
          domain,
          label: scaleDomainLabel(locale, domain),
          ...d,
        })),
      },
    ];
  }),
  notes: plan.notes,
  version: plan.version,
  createdAt: plan.createdAt,
  createdBy: plan.createdBy,
  updatedAt: plan.updatedAt,
  updatedBy: plan.updatedBy,
});

export const supportPlanSummary = (
  plan: Stored<SupportPlan>,
  today: string,
): z.input<typeof SupportPlanSummary> => {
  const next = plan.goals
    .flatMap((g) => g.reviewOn)
    .filter((d) => d >= today)
    .sort()[0];
  return {
    id: plan.id,
    recipientCode: plan.recipientCode,
    unitId: plan.unitId,
    responsibleWorker: plan.responsibleWorker,
    startedOn: plan.startedOn,
    goals: plan.goals.length,
    nextReviewOn: next ?? null,
    version: plan.version,
  };
};

export const settingsView = (
  scale: OutcomeScale,
  version: number,
  locale: Locale,
): z.input<typeof SettingsView> => ({
  scale,
  scaleLabel: t(locale, `supportPlans.scale.${scale}`),
  scales: OUTCOME_SCALE_NAMES.map((s) => ({
    scale: s,
    label: t(locale, `supportPlans.scale.${s}`),
    min: OUTCOME_SCALES[s].min,
    max: OUTCOME_SCALES[s].max,
    domains: OUTCOME_SCALES[s].domains.map((domain) => ({
      domain,
      label: scaleDomainLabel(locale, domain),
    })),
  })),
  lifeDomains: LIFE_DOMAINS.map((domain) => ({
    domain,
    label: t(locale, `supportPlans.domain.${domain}`),
  })),
  version,
});

const shown = <T extends object>(value: T | Suppressed, locale: Locale) =>
  isSuppressed(value)
    ? {
        ...value,
        message: t(locale, 'supportPlans.suppressed', { minimumN: value.minimumN }),
      }
    : value;

export const outcomeFiguresView = (
  figures: OutcomeFigures,
  locale: Locale,
): z.input<typeof OutcomeFiguresView> => ({
  year: figures.year,
  scale: figures.scale,
  scaleLabel: t(locale, `supportPlans.scale.${figures.scale}`),
  unitId: figures.unitId,
  minimumN: figures.minimumN,
  overall: figures.overall === null ? null : shown(figures.overall, locale),
  domains: figures.domains.map((d) => ({
    domain: d.domain,
    label: scaleDomainLabel(locale, d.domain),
    change: d.change === null ? null : shown(d.change, locale),
  })),
  goals: shown(figures.goals, locale),
});
