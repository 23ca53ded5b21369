import type { RejectedCell, SurveyQuestion } from '../surveys/model';
import type { MergeIssue } from '../surveys/merge-questions';
import { MAX_FLAG_ISSUES, type Flag, type FlagReason, type Message } from './status';

/** Content questions (not ids, times, e-mails): those a rename would split. */
const content = (questions: readonly SurveyQuestion[]) =>
  questions.filter((q) => q.kind !== 'meta');

export interface HeaderChange {
  /** Headers the sheet has and the survey does not. */
  added: string[];
  /** The survey's headers the sheet no longer has. */
  missing: string[];
}

/**
 * A header that looks renamed: the sheet has a question the survey does not, and the survey has
 * one the sheet no longer has. Committing would silently split one question's answers in two, so
 * the run leaves it for a person (restore the header, skip the column in the mapping, or commit
 * once by hand to accept it as a new question). A question only added, or only gone, is no rename.
 */
export const headerChange = (
  stored: readonly SurveyQuestion[],
  incoming: readonly SurveyQuestion[],
): HeaderChange | null => {
  const before = content(stored);
  if (before.length === 0) return null;
  const after = content(incoming);
  const storedKeys = new Set(before.map((q) => q.key));
  const incomingKeys = new Set(after.map((q) => q.key));
  const added = after.filter((q) => !storedKeys.has(q.key)).map((q) => q.header);
  const missing = before.filter((q) => !incomingKeys.has(q.key)).map((q) => q.header);
  return added.length > 0 && missing.length > 0 ? { added, missing } : null;
};

export interface SyncFacts {
  /** Accepted rows the survey does not hold yet. */
  newResponses: number;
  /** Rejected cells in those new rows (cells of rows already imported were settled then). */
  rejectedInNewRows: RejectedCell[];
  conflicts: MergeIssue[];
  headers: HeaderChange | null;
  /** The responses sheet's name, for A1 addresses. */
  sheet: string;
}

export type SyncDecision =
  { action: 'commit' } | { action: 'nothingNew' } | { action: 'flag'; flag: Omit<Flag, 'at'> };

/** `'Form Responses 1'!C5`: the sheet's name quoted as Sheets writes it. */
export const a1 = (sheet: string, cell: string): string => `'${sheet.replace(/'/g, "''")}'!${cell}`;

/**
 * Commit only what a person would have committed without a second look: new rows, no rejected
 * cell among them, no question whose kind or scale changed, no renamed header. Anything else is
 * flagged, and nothing is written until a person settles it; no new rows is never a flag.
 */
export const decideSync = (facts: SyncFacts): SyncDecision => {
  if (facts.newResponses === 0) return { action: 'nothingNew' };
  const reasons: FlagReason[] = [];
  const issues: Message[] = [];
  if (facts.rejectedInNewRows.length > 0) {
    reasons.push('rejectedCells');
    issues.push({
      key: 'linkedSheets.flag.rejectedCells',
      params: { count: facts.rejectedInNewRows.length },
    });
    for (const r of facts.rejectedInNewRows.slice(0, MAX_FLAG_ISSUES))
      issues.push({
        key: 'linkedSheets.flag.rejectedCell',
        params: {
          cell: a1(facts.sheet, r.cell),
          header: r.header,
          value: r.value,
          reason: r.reason,
        },
      });
  }
  if (facts.conflicts.length > 0) {
    reasons.push('conflicts');
    for (const c of facts.conflicts) issues.push({ key: c.key, params: c.params });
  }
  if (facts.headers) {
    reasons.push('headersChanged');
    issues.push({
      key: 'linkedSheets.flag.headersChanged',
      params: { added: facts.headers.added.join('; '), missing: facts.headers.missing.join('; ') },
    });
  }
  if (reasons.length === 0) return { action: 'commit' };
  return {
    action: 'flag',
    flag: { reason: reasons[0]!, reasons, issues: issues.slice(0, MAX_FLAG_ISSUES + 3) },
  };
};

/**
 * The rejected cells of rows whose identity is new: `rowNumbers[i]` is the sheet row of the i-th
 * accepted response, `identities[i]` its identity. Cells of rows not accepted are left out.
 */
export const rejectedInNewRows = (
  rejected: readonly RejectedCell[],
  rowNumbers: readonly number[],
  identities: readonly string[],
  known: { has(id: string): boolean },
): RejectedCell[] => {
  const identityOfRow = new Map(rowNumbers.map((row, i) => [row, identities[i]!]));
  return rejected.filter((r) => {
    const id = identityOfRow.get(r.row);
    return id !== undefined && !known.has(id);
  });
};
