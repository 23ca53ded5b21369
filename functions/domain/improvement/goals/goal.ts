import type { FieldIssue } from '../../errors';

/** A goal of the organisation's quality policy and strategy for a period of years (T1, 2025–2027). */
export interface Goal {
  id: string;
  code: string;
  /** As the organisation wrote it, in Lithuanian. */
  title: string;
  titleEn: string | null;
  description: string;
  periodFrom: number;
  periodTo: number;
  active: boolean;
}

export type GoalInput = Omit<Goal, 'id'>;

export const goalRef = (id: string) => ({ type: 'goal', id }) as const;

/** Codes are compared as people read them: `t1` and ` T1` are the same code. */
export const normaliseCode = (code: string): string => code.trim().toLocaleUpperCase('lt');

export const coversYear = (goal: Pick<Goal, 'periodFrom' | 'periodTo'>, year: number): boolean =>
  goal.periodFrom <= year && year <= goal.periodTo;

const overlaps = (
  a: Pick<Goal, 'periodFrom' | 'periodTo'>,
  b: Pick<Goal, 'periodFrom' | 'periodTo'>,
) => a.periodFrom <= b.periodTo && b.periodFrom <= a.periodTo;

/**
 * Rules across fields and goals: the period runs forward, and a code names one goal in any year
 * (retired goals count too: old reports still name them by code).
 */
export const checkGoal = (
  id: string | null,
  input: GoalInput,
  others: readonly Goal[],
): FieldIssue[] => {
  const issues: FieldIssue[] = [];
  if (input.periodFrom > input.periodTo) {
    issues.push({
      path: ['periodTo'],
      key: 'improvement.validation.periodOrder',
      params: { from: input.periodFrom },
    });
    return issues;
  }
  const code = normaliseCode(input.code);
  const clash = others.find(
    (g) => g.id !== id && normaliseCode(g.code) === code && overlaps(g, input),
  );
  if (clash) {
    issues.push({
      path: ['code'],
      key: 'improvement.validation.duplicateGoalCode',
      params: { code: clash.code, from: clash.periodFrom, to: clash.periodTo },
    });
  }
  return issues;
};
