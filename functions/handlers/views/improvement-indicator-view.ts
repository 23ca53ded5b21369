import type { IndicatorView } from '../../contracts/improvement';
import type { Assessment } from '../../domain/improvement/assessment';
import type { IndicatorValue, YearComparison } from '../../domain/improvement/indicators/indicator';
import type { IndicatorYear } from '../../domain/improvement/indicators/indicator-service';
import { t, type Locale, type MessageKey } from '../../i18n';
import { changeView, localText } from './improvement-labels';

const valueView = (year: number, v: IndicatorValue | null) => (v ? { year, ...v } : null);

export const assessmentLabel = (assessment: Assessment, locale: Locale): string =>
  t(locale, `improvement.assessment.${assessment}`);

const targetKey = (target: number | null, c: YearComparison): MessageKey => {
  if (target === null) return 'improvement.target.none';
  if (c.targetMet === null) return 'improvement.target.noData';
  return c.targetMet ? 'improvement.target.met' : 'improvement.target.notMet';
};

/** An indicator for one year, labels in the user's language. */
export const indicatorView = (
  { indicator, comparison: c }: IndicatorYear,
  locale: Locale,
): IndicatorView => ({
  id: indicator.id,
  code: indicator.code,
  name: indicator.name,
  label: localText(indicator.name.lt, indicator.name.en, locale),
  unit: indicator.unit,
  unitLabel: t(locale, `improvement.unit.${indicator.unit}`),
  direction: indicator.direction,
  directionLabel: t(locale, `improvement.direction.${indicator.direction}`),
  target: indicator.target,
  goalId: indicator.goalId,
  year: c.year,
  value: valueView(c.year, c.current),
  previous: valueView(c.year - 1, c.previous),
  change: changeView(c.change, indicator.unit, locale),
  assessment: c.assessment,
  assessmentLabel: assessmentLabel(c.assessment, locale),
  targetMet: c.targetMet,
  targetLabel: t(locale, targetKey(indicator.target, c)),
  values: Object.entries(indicator.values)
    .map(([year, v]) => ({ year: Number(year), ...v }))
    .sort((a, b) => a.year - b.year),
  version: indicator.version,
  createdAt: indicator.createdAt,
  createdBy: indicator.createdBy,
  updatedAt: indicator.updatedAt,
  updatedBy: indicator.updatedBy,
});
