import type { FieldIssue } from '../errors';
import type { Deps, RequestContext } from '../ports';
import { goalRef } from './goals/goal';
import { indicatorRef } from './indicators/indicator';

/** Links to a strategy goal and an indicator must name ones the organisation has. */
export const checkLinks = async (
  ctx: RequestContext,
  links: { goalId?: string | null; indicatorId?: string | null },
  deps: Deps,
): Promise<FieldIssue[]> => {
  const [goal, indicator] = await Promise.all([
    links.goalId ? deps.store.get(ctx, goalRef(links.goalId)) : null,
    links.indicatorId ? deps.store.get(ctx, indicatorRef(links.indicatorId)) : null,
  ]);
  const issues: FieldIssue[] = [];
  if (links.goalId && !goal)
    issues.push({ path: ['goalId'], key: 'improvement.validation.unknownGoal' });
  if (links.indicatorId && !indicator)
    issues.push({ path: ['indicatorId'], key: 'improvement.validation.unknownIndicator' });
  return issues;
};
