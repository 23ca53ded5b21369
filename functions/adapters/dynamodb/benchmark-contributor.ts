import { createHmac, randomBytes } from 'node:crypto';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';

/** Shortest secret accepted: 32 characters (≥ 192 bits as base64url). */
export const MIN_BENCHMARK_SECRET_LENGTH = 32;

/** Domain separation: the same secret used elsewhere would give unrelated keys. */
const CONTEXT = 'ciklas/benchmark-contributor/v1';

/**
 * The pseudonymous contributor key of an organisation: HMAC-SHA256(secret, context ‖ org id),
 * base64url. Stable, so a later publish replaces the organisation's earlier value and opt-out
 * finds it; without the secret it cannot be linked back to the organisation.
 */
export const contributorKeyer = (secret: string): ((orgId: string) => string) => {
  if (secret.length < MIN_BENCHMARK_SECRET_LENGTH) {
    throw new Error(
      `The benchmark secret needs at least ${MIN_BENCHMARK_SECRET_LENGTH} characters`,
    );
  }
  return (orgId) => createHmac('sha256', secret).update(`${CONTEXT}\n${orgId}`).digest('base64url');
};

/**
 * The local secret (`npm start`): read from `file`, or generated (32 random bytes) and written
 * there readable by the owner only. Losing the file orphans the published values: opt-out can no
 * longer find them (docs/benchmarking.md).
 */
export const loadOrCreateBenchmarkSecret = (file: string): string => {
  try {
    return readFileSync(file, 'utf8').trim();
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
  }
  mkdirSync(dirname(file), { recursive: true });
  const secret = randomBytes(32).toString('base64url');
  try {
    writeFileSync(file, `${secret}\n`, { mode: 0o600, flag: 'wx' });
    return secret;
  } catch (error) {
    // Another process wrote it first: use theirs.
    if ((error as NodeJS.ErrnoException).code === 'EEXIST')
      return readFileSync(file, 'utf8').trim();
    throw error;
  }
};
