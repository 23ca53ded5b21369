/** Competence areas of social work that needs and training items are sorted into. */
export const COMPETENCE_AREAS = [
  'socialWorkMethods',
  'childProtection',
  'psychologyTrauma',
  'communication',
  'legal',
  'quality',
  'digital',
  'management',
  'healthSafety',
  'other',
] as const;
export type CompetenceArea = (typeof COMPETENCE_AREAS)[number];

/** Where a need came from (Utena 1.2: staff state them; Panevėžys 2: the review and self-assessment). */
export const NEED_SOURCES = [
  'staffRequest',
  'performanceReview',
  'selfAssessment',
  'other',
] as const;
export type NeedSource = (typeof NEED_SOURCES)[number];

/** One staff member's competence-development need in a cycle. */
export interface Need {
  id: string;
  /** The staff member's user id. */
  employee: string;
  /** Their name when the need was written, shown if they are later removed from the members. */
  employeeName: string;
  unitId: string;
  area: CompetenceArea;
  /** Spacing normalised, letter case as typed. */
  topic: string;
  reason: string;
  source: NeedSource;
}

export const needRef = (year: number, id: string) => ({ type: 'need', id, cycle: year }) as const;
