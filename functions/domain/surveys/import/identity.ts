import { hash } from 'node:crypto';
import { normaliseLabel, numericValue } from './labels';
import type { SheetValue } from './types';

const sha256 = (s: string): string => hash('sha256', s, 'hex');

/** A question key from its header: `q` + 40 bits of SHA-256 of the normalised text. */
export const questionKey = (header: string): string =>
  `q${sha256(normaliseLabel(header)).slice(0, 10)}`;

/** Keys in column order; a repeated header gets `~2`, `~3` … in the order the columns come. */
export const questionKeys = (headers: readonly string[]): string[] => {
  const seen = new Map<string, number>();
  return headers.map((h) => {
    const base = questionKey(h);
    const n = (seen.get(base) ?? 0) + 1;
    seen.set(base, n);
    return n === 1 ? base : `${base}~${n}`;
  });
};

/**
 * A cell as the identity sees it: numbers and numbers stored as text alike ("4" = 4), labels
 * normalised, dates as ISO, so a re-export with other cell types keeps its identities.
 */
export const canonicalValue = (value: SheetValue): string => {
  if (value === null) return '';
  if (value instanceof Date) return value.toISOString();
  if (typeof value === 'boolean') return value ? 'true' : 'false';
  const n = numericValue(value);
  if (n !== undefined) return String(n);
  return normaliseLabel(String(value));
};

/** 96 bits of SHA-256, as 24 hex characters. */
export const identityOf = (input: string): string => sha256(input).slice(0, 24);

/** Long values enter a row's identity input by their own hash, keeping the input short. */
const MAX_PLAIN_VALUE = 64;

/**
 * One (header, value) pair of a row's identity input: the header by 48 bits of its hash, the
 * canonical value as text or, when long, by 64 bits of its hash.
 */
export const identityPiece = (token: string, value: SheetValue): string => {
  const canonical = canonicalValue(value);
  const shown =
    canonical.length > MAX_PLAIN_VALUE ? `#${sha256(canonical).slice(0, 16)}` : canonical;
  return `${token}\u001f${shown}\u001e`;
};

export const headerToken = (normalisedHeader: string): string =>
  sha256(normalisedHeader).slice(0, 12);

export const respondentIdentity = (family: string, id: string): string =>
  identityOf(`${family}\u0000${id}`);
