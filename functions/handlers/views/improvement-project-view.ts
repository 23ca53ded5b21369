import type { ProjectView } from '../../contracts/improvement-projects';
import type { ProjectState } from '../../domain/improvement/projects/project-service';
import { t, type Locale } from '../../i18n';
import { goalLinkView } from './improvement-labels';

/** An entry of the projects register, labels in the user's language. */
export const projectView = (
  { project: p, unitName, goal }: ProjectState,
  locale: Locale,
): ProjectView => ({
  id: p.id,
  year: p.cycle,
  kind: p.kind,
  kindLabel: t(locale, `improvement.projectKind.${p.kind}`),
  title: p.title,
  description: p.description,
  partners: p.partners,
  fundedBy: p.fundedBy,
  from: p.from,
  to: p.to,
  status: p.status,
  statusLabel: t(locale, `improvement.projectStatus.${p.status}`),
  result: p.result,
  unitId: p.unitId,
  unitName,
  goalId: p.goalId,
  goal: goalLinkView(goal, locale),
  version: p.version,
  createdAt: p.createdAt,
  createdBy: p.createdBy,
  updatedAt: p.updatedAt,
  updatedBy: p.updatedBy,
});
