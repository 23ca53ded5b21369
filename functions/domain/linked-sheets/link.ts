import type { FieldIssue } from '../errors';
import type { EntityRef } from '../ports';

/**
 * A Google Sheets spreadsheet id as it appears in the sheet's URL (`/spreadsheets/d/<id>/edit`):
 * letters, digits, `-` and `_`. Real ids are 44 characters; older ones are shorter.
 */
export const SPREADSHEET_ID_PATTERN = /^[A-Za-z0-9_-]{20,100}$/;
/** Google Sheets allows 100 characters in a sheet (tab) name. */
export const SHEET_NAME_MAX = 100;
export const RESULTS_LANGUAGES = ['lt', 'en'] as const;
export type ResultsLanguage = (typeof RESULTS_LANGUAGES)[number];

/** What the organisation says when it links a spreadsheet to a survey. */
export interface LinkedSheetInput {
  spreadsheetId: string;
  /** The tab the answers land in (Google Forms: `Form Responses 1` / `Formos atsakymai 1`). */
  responsesSheet: string;
  /** The tab the nightly job replaces with the survey's results; null: no write-back. */
  resultsSheet: string | null;
  /** The language of the results block's words. @default 'lt' */
  language: ResultsLanguage;
}

/** One survey's link: a survey has at most one. */
export interface LinkedSheet extends LinkedSheetInput {
  id: string;
  surveyId: string;
  cycle: number;
}

/**
 * Links live in the organisation's own partition (not the cycle's), id `{year}.{surveyId}`, so
 * one query lists every link of the organisation.
 */
export const linkId = (cycle: number, surveyId: string): string => `${cycle}.${surveyId}`;

export const linkedSheetRef = (cycle: number, surveyId: string): EntityRef => ({
  type: 'linkedSheet',
  id: linkId(cycle, surveyId),
});

/** The link's status: written by runs, so a run never conflicts with a person editing the link. */
export const linkedSheetStatusRef = (cycle: number, surveyId: string): EntityRef => ({
  type: 'linkedSheetStatus',
  id: linkId(cycle, surveyId),
});

/** Control characters and `[ ] * ? / \ :` are not allowed in a sheet name by Google Sheets. */
// eslint-disable-next-line no-control-regex -- control characters are what it refuses
const BAD_SHEET_CHARS = /[\u0000-\u001f[\]*?/\\:]/;

const sheetNameIssue = (name: string, path: string): FieldIssue | null => {
  const trimmed = name.trim();
  if (trimmed.length === 0 || name.length > SHEET_NAME_MAX || BAD_SHEET_CHARS.test(name))
    return { path: [path], key: 'linkedSheets.badSheetName', params: { max: SHEET_NAME_MAX } };
  return null;
};

/** Every problem of a link's input, each naming its field; the schema has checked the shapes. */
export const checkLink = (input: LinkedSheetInput): FieldIssue[] => {
  const issues: FieldIssue[] = [];
  if (!SPREADSHEET_ID_PATTERN.test(input.spreadsheetId))
    issues.push({ path: ['spreadsheetId'], key: 'linkedSheets.badSpreadsheetId' });
  const responses = sheetNameIssue(input.responsesSheet, 'responsesSheet');
  if (responses) issues.push(responses);
  if (input.resultsSheet !== null) {
    const results = sheetNameIssue(input.resultsSheet, 'resultsSheet');
    if (results) issues.push(results);
    else if (input.resultsSheet.trim() === input.responsesSheet.trim())
      issues.push({ path: ['resultsSheet'], key: 'linkedSheets.resultsIsResponses' });
  }
  return issues;
};
