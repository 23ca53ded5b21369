import { randomBytes } from 'node:crypto';

/**
 * A new id: 9 base-36 characters of milliseconds (time-ordered until the year 5188) and 10 of
 * randomness; `[0-9a-z]{19}`, safe in keys, URLs and spreadsheet cells.
 */
export const newId = (): string =>
  Date.now().toString(36).padStart(9, '0') +
  BigInt(`0x${randomBytes(7).toString('hex')}`)
    .toString(36)
    .padStart(10, '0')
    .slice(-10);
