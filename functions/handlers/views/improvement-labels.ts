import type { Change } from '../../domain/improvement/assessment';
import type { IndicatorUnit } from '../../domain/improvement/indicators/indicator';
import type { GoalLink } from '../../domain/improvement/lookups';
import { t, type Locale } from '../../i18n';

const signed: Record<Locale, Intl.NumberFormat> = {
  lt: new Intl.NumberFormat('lt-LT', { maximumFractionDigits: 2, signDisplay: 'exceptZero' }),
  en: new Intl.NumberFormat('en-GB', { maximumFractionDigits: 2, signDisplay: 'exceptZero' }),
};

/** "+8 proc. p.", "−3 vnt. (−12,5 %)", "+250 Eur": a change as a person reads it. */
export const changeView = (change: Change | null, unit: IndicatorUnit, locale: Locale) => {
  if (!change) return null;
  const absolute = signed[locale].format(change.absolute);
  const unitLabel = t(locale, `improvement.unit.${unit}`);
  const label =
    unit === 'percent'
      ? t(locale, 'improvement.change.points', { absolute })
      : change.relativePercent === null
        ? t(locale, 'improvement.change.plain', { absolute, unit: unitLabel })
        : t(locale, 'improvement.change.relative', {
            absolute,
            unit: unitLabel,
            relative: signed[locale].format(change.relativePercent),
          });
  return { ...change, label };
};

/** The organisation's own text in the user's language, falling back to the Lithuanian original. */
export const localText = (lt: string, en: string | null, locale: Locale): string =>
  locale === 'en' && en ? en : lt;

export const goalLinkView = (goal: GoalLink | null, locale: Locale) =>
  goal
    ? { id: goal.id, code: goal.code, label: localText(goal.title, goal.titleEn, locale) }
    : null;
