import type { FieldIssue } from '../../errors';
import type { IsoDate } from '../../time';

export const PROJECT_KINDS = [
  'project',
  'partnership',
  'innovation',
  'socialResponsibility',
] as const;
export type ProjectKind = (typeof PROJECT_KINDS)[number];

export const PROJECT_STATUSES = ['planned', 'ongoing', 'completed', 'cancelled'] as const;
export type ProjectStatus = (typeof PROJECT_STATUSES)[number];

/** One entry of the register of projects, partnerships, innovations and social-responsibility activities. */
export interface Project {
  id: string;
  cycle: number;
  kind: ProjectKind;
  title: string;
  description: string;
  /** Names of the partner organisations. */
  partners: string[];
  fundedBy: string | null;
  from: IsoDate;
  /** Open-ended (a standing partnership) when null. */
  to: IsoDate | null;
  status: ProjectStatus;
  result: string;
  unitId: string | null;
  goalId: string | null;
}

export type ProjectInput = Omit<Project, 'id' | 'cycle'>;

export const projectRef = (cycle: number, id: string) => ({ type: 'project', id, cycle }) as const;

/**
 * Rules across fields: it ends after it starts, it runs at some time in the cycle's year (the
 * register is the year's), and a completed one has ended.
 */
export const checkProject = (cycle: number, input: ProjectInput): FieldIssue[] => {
  const issues: FieldIssue[] = [];
  if (input.to !== null && input.to < input.from) {
    issues.push({
      path: ['to'],
      key: 'improvement.validation.endBeforeStart',
      params: { from: input.from },
    });
  }
  const yearStart = `${cycle}-01-01`;
  const yearEnd = `${cycle}-12-31`;
  if (input.from > yearEnd || (input.to !== null && input.to < yearStart)) {
    issues.push({
      path: ['from'],
      key: 'improvement.validation.outsideYear',
      params: { year: cycle },
    });
  }
  if (input.status === 'completed' && input.to === null) {
    issues.push({ path: ['to'], key: 'improvement.validation.endRequired' });
  }
  return issues;
};

/** How a sheet cell lists partners: organisation names hold commas, so they are split by `;`. */
export const PARTNER_SEPARATOR = '; ';

/** Partner names from a cell: separated by `;` or line breaks, trimmed, empty ones left out. */
export const splitPartners = (text: string): string[] =>
  text
    .split(/[;\n\r]+/)
    .map((name) => name.trim())
    .filter((name) => name !== '');

export const joinPartners = (partners: readonly string[]): string =>
  partners.join(PARTNER_SEPARATOR);
