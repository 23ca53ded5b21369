import type { GoalView } from '../../contracts/improvement';
import type { Goal } from '../../domain/improvement/goals/goal';
import type { Stored } from '../../domain/ports';
import { t, type Locale } from '../../i18n';
import { localText } from './improvement-labels';

export const goalView = (goal: Stored<Goal>, locale: Locale): GoalView => ({
  id: goal.id,
  code: goal.code,
  title: goal.title,
  titleEn: goal.titleEn,
  label: localText(goal.title, goal.titleEn, locale),
  description: goal.description,
  periodFrom: goal.periodFrom,
  periodTo: goal.periodTo,
  periodLabel: t(locale, 'improvement.period', { from: goal.periodFrom, to: goal.periodTo }),
  active: goal.active,
  version: goal.version,
  createdAt: goal.createdAt,
  createdBy: goal.createdBy,
  updatedAt: goal.updatedAt,
  updatedBy: goal.updatedBy,
});
