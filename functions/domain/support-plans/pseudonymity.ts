import type { FieldIssue } from '../errors';
import { looksLikePersonalCode } from '../proposals/proposal';

/**
 * Support plans are kept under a pseudonymous code: nothing typed into them may identify the
 * person. These checks find what most often slips in — a personal code, an e-mail address, a
 * phone number — in free text; they are a guard, not a guarantee (a name cannot be detected).
 */

const WEIGHTS_1 = [1, 2, 3, 4, 5, 6, 7, 8, 9, 1] as const;
const WEIGHTS_2 = [3, 4, 5, 6, 7, 8, 9, 1, 2, 3] as const;

const weightedMod11 = (digits: readonly number[], weights: readonly number[]): number =>
  weights.reduce((sum, w, i) => sum + w * (digits[i] as number), 0) % 11;

/**
 * The check digit of a Lithuanian personal code's first ten digits (LST 1185:1993, the rule the
 * Residents' Register applies): Σ dᵢ·(1,2,…,9,1) mod 11; when that is 10, Σ dᵢ·(3,4,…,9,1,2,3)
 * mod 11; when that is 10 too, 0.
 */
export const personalCodeCheckDigit = (firstTen: string): number => {
  if (!/^\d{10}$/.test(firstTen)) throw new RangeError('ten digits expected');
  const digits = [...firstTen].map(Number);
  const first = weightedMod11(digits, WEIGHTS_1);
  if (first !== 10) return first;
  const second = weightedMod11(digits, WEIGHTS_2);
  return second !== 10 ? second : 0;
};

/**
 * A Lithuanian personal code (asmens kodas): 11 digits, the first (1–6) giving sex and century
 * of birth, the last the check digit of the other ten.
 */
export const isPersonalCode = (value: string): boolean =>
  /^[1-6]\d{10}$/.test(value) &&
  personalCodeCheckDigit(value.slice(0, 10)) === Number(value.slice(10));

/** Runs of 11 digits, also written in groups (`385 0101 1234`, `38501-011234`). */
const ELEVEN_DIGITS = /(?<![\d])\d(?:[ \-.]?\d){10}(?![\d])/g;

export const containsPersonalCode = (text: string): boolean =>
  [...text.matchAll(ELEVEN_DIGITS)].some((m) => isPersonalCode(m[0].replace(/\D/g, '')));

const EMAIL =
  /[A-Za-z0-9._%+-]+\s?(?:@|\(at\)|\[at\])\s?[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}/;

export const containsEmail = (text: string): boolean => EMAIL.test(text);

/**
 * Lithuanian phone numbers: international `+370 612 34567`, `00370…` (eight digits after 370),
 * and national `8 612 34567`, `8-5 212 3456`, `(8 37) 123456` (8 then eight digits, the area or
 * mobile code starting 3–7). Separators: spaces, hyphens, dots, parentheses.
 */
const INTERNATIONAL_PHONE = /(?:\+|(?<!\d)00)\s?370(?:[\s().-]*\d){8}(?!\d)/;
const NATIONAL_PHONE = /(?<![\d+])\(?8[\s.-]?\(?[3-7](?:[\s().-]*\d){7}(?!\d)/;

export const containsPhone = (text: string): boolean =>
  INTERNATIONAL_PHONE.test(text) || NATIONAL_PHONE.test(text);

export type IdentifierKind = 'personalCode' | 'email' | 'phone';

/** What identifying data `text` seems to hold, the most serious first; null when none. */
export const findIdentifier = (text: string): IdentifierKind | null => {
  if (containsPersonalCode(text)) return 'personalCode';
  if (containsEmail(text)) return 'email';
  if (containsPhone(text)) return 'phone';
  return null;
};

const fieldName = (path: ReadonlyArray<string | number>): string => path.join('.');

/**
 * One issue per free-text field that seems to identify the person; the message names the field
 * (`goals.0.result`) and what it found.
 */
export const checkFreeText = (
  fields: ReadonlyArray<readonly [ReadonlyArray<string | number>, string | null]>,
): FieldIssue[] => {
  const issues: FieldIssue[] = [];
  for (const [path, text] of fields) {
    if (text === null) continue;
    const kind = findIdentifier(text);
    if (kind) {
      issues.push({
        path: [...path],
        key: `supportPlans.identifier.${kind}`,
        params: { field: fieldName(path) },
      });
    }
  }
  return issues;
};

/**
 * A recipient's pseudonymous code must not be a personal code: the proposals area's rule
 * (`looksLikePersonalCode`, so a code accepted there is accepted here), and any valid one.
 */
export const checkRecipientCode = (code: string): FieldIssue[] =>
  looksLikePersonalCode(code) || isPersonalCode(code.replace(/[-\s]/g, ''))
    ? [{ path: ['recipientCode'], key: 'proposals.personalCode' }]
    : checkFreeText([[['recipientCode'], code]]);
