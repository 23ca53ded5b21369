/**
 * Exponential back-off with full jitter (AWS Architecture Blog, "Exponential Backoff And Jitter",
 * 2015): before retry k (1-based) wait a uniform random time in [0, min(cap, base·2^(k−1))).
 * A server's `Retry-After` is honoured: the wait is then at least what it asks (up to a ceiling).
 */
export interface RetryPolicy {
  /** Tries in all, the first one included. @default 5 */
  maxAttempts: number;
  /** @default 500 */
  baseDelayMs: number;
  /** @default 16_000 */
  maxDelayMs: number;
  /** A longer `Retry-After` is cut to this, so one link cannot stall the night. @default 60_000 */
  maxRetryAfterMs: number;
  sleep: (ms: number) => Promise<void>;
  /** Uniform in [0, 1). */
  random: () => number;
}

export const DEFAULT_RETRY_POLICY: RetryPolicy = {
  maxAttempts: 5,
  baseDelayMs: 500,
  maxDelayMs: 16_000,
  maxRetryAfterMs: 60_000,
  sleep: (ms) => new Promise((resolve) => setTimeout(resolve, ms)),
  random: Math.random,
};

/** The jitter's upper bound before retry `retry` (1-based). */
export const backoffCeiling = (
  retry: number,
  policy: Pick<RetryPolicy, 'baseDelayMs' | 'maxDelayMs'>,
) => Math.min(policy.maxDelayMs, policy.baseDelayMs * 2 ** (retry - 1));

/** How long to wait before retry `retry` (1-based). */
export const backoffDelay = (
  retry: number,
  policy: Pick<RetryPolicy, 'baseDelayMs' | 'maxDelayMs' | 'maxRetryAfterMs' | 'random'>,
  retryAfterMs: number | null = null,
): number => {
  const jitter = Math.floor(policy.random() * backoffCeiling(retry, policy));
  return retryAfterMs === null
    ? jitter
    : Math.max(Math.min(retryAfterMs, policy.maxRetryAfterMs), jitter);
};

/** `Retry-After` (RFC 9110 §10.2.3): seconds, or an HTTP date; null when absent or unreadable. */
export const parseRetryAfter = (
  value: string | null | undefined,
  now = Date.now(),
): number | null => {
  if (value === null || value === undefined || value.trim() === '') return null;
  const text = value.trim();
  if (/^\d+$/.test(text)) return Number(text) * 1000;
  const at = Date.parse(text);
  return Number.isNaN(at) ? null : Math.max(0, at - now);
};

export interface RetryVerdict {
  retry: boolean;
  retryAfterMs: number | null;
}

/** Runs `call`, retrying while `classify` says so, at most `maxAttempts` tries in all. */
export const withRetry = async <T>(
  call: (attempt: number) => Promise<T>,
  classify: (error: unknown) => RetryVerdict,
  policy: RetryPolicy,
): Promise<T> => {
  for (let attempt = 1; ; attempt++) {
    try {
      return await call(attempt);
    } catch (error) {
      const verdict = classify(error);
      if (!verdict.retry || attempt >= policy.maxAttempts) throw error;
      await policy.sleep(backoffDelay(attempt, policy, verdict.retryAfterMs));
    }
  }
};
