import type { FieldIssue } from '../errors';
import type { EntityRef } from '../ports';
import type { ExportFamily, QuestionOverride, SurveyQuestion } from './model';

/** Who answered: the cycle surveys recipients, their families, staff and stakeholders (mission.md). */
export const SURVEY_AUDIENCES = ['recipients', 'families', 'staff', 'stakeholders'] as const;
export type SurveyAudience = (typeof SURVEY_AUDIENCES)[number];

/** What the user says about a survey; everything else is learnt from its imports. */
export interface SurveyInput {
  title: string;
  /** The questionnaire used: "Paslaugų gavėjų pasitenkinimo apklausa", "WHOQOL-BREF", … */
  instrument: string;
  audience: SurveyAudience;
  /** ISO dates, inclusive: when answers were collected. */
  period: { from: string; to: string };
  /** A survey of one unit; null for the whole organisation. */
  unitId: string | null;
  /** The surveyed (eligible or served) population N, for response rates; null when unknown. */
  population: number | null;
  /** N per unit label (as the unit column's answers read), for response rates by unit. */
  populationByUnit: Record<string, number>;
}

export interface Survey extends SurveyInput {
  id: string;
  cycle: number;
  /** The user's corrections to what imports infer, applied to every import of this survey. */
  mapping: QuestionOverride[];
  /** Every question any committed import brought, in first-seen order; answers are keyed by `key`. */
  questions: SurveyQuestion[];
  /** Committed imports, oldest first: only their chunks are read. */
  imports: string[];
  responses: number;
  family: ExportFamily | null;
}

/** One committed upload: what it added; its chunks and identity parts are named from its id. */
export interface SurveyImport {
  id: string;
  surveyId: string;
  cycle: number;
  fileName: string | null;
  /** SHA-256 of the uploaded bytes, hex. */
  sha256: string;
  sheet: string;
  family: ExportFamily;
  headerRow: number;
  rows: number;
  added: number;
  alreadyImported: number;
  duplicatesInFile: number;
  incomplete: number;
  rejectedCells: number;
  chunks: number;
  identityParts: number;
}

export const surveyRef = (cycle: number, id: string): EntityRef => ({ type: 'survey', id, cycle });
export const surveyImportRef = (cycle: number, id: string): EntityRef => ({
  type: 'surveyImport',
  id,
  cycle,
});

/** Bulk items are named `{survey}.{import}.{seq}` so one prefix query finds a survey's. */
export const bulkPrefix = (surveyId: string): string => `${surveyId}.`;
export const bulkId = (surveyId: string, importId: string, seq: number): string =>
  `${surveyId}.${importId}.${String(seq).padStart(5, '0')}`;
export const importOfBulkId = (id: string): string => id.split('.')[1] ?? '';

/** The rules a survey's description obeys beyond its schema. */
export const checkSurvey = (cycle: number, input: SurveyInput): FieldIssue[] => {
  const issues: FieldIssue[] = [];
  if (input.period.to < input.period.from)
    issues.push({
      path: ['period', 'to'],
      key: 'improvement.validation.endBeforeStart',
      params: { from: input.period.from },
    });
  const year = Number(input.period.from.slice(0, 4));
  if (year > cycle + 1 || Number(input.period.to.slice(0, 4)) < cycle - 1)
    issues.push({
      path: ['period', 'from'],
      key: 'surveys.periodOutsideCycle',
      params: { year: cycle },
    });
  return issues;
};
