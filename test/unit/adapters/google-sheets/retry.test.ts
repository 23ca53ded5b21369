import {
  backoffCeiling,
  backoffDelay,
  DEFAULT_RETRY_POLICY,
  parseRetryAfter,
  withRetry,
  type RetryPolicy,
} from '../../../../functions/adapters/google-sheets/retry';
import { classifyForRetry, faultOf } from '../../../../functions/adapters/google-sheets/errors';
import { SheetsFault } from '../../../../functions/domain/linked-sheets';

const httpError = (status: number, headers: Record<string, string> = {}, message = 'x') =>
  Object.assign(new Error(message), {
    response: { status, headers: new Headers(headers), data: { error: { message } } },
  });

const policy = (sleeps: number[], random: () => number): RetryPolicy => ({
  ...DEFAULT_RETRY_POLICY,
  sleep: async (ms) => {
    sleeps.push(ms);
  },
  random,
});

describe('back-off with full jitter', () => {
  it('waits a uniform time below min(cap, base·2^(k−1)) before retry k', () => {
    expect([1, 2, 3, 4, 5, 6, 7].map((k) => backoffCeiling(k, DEFAULT_RETRY_POLICY))).toEqual([
      500, 1000, 2000, 4000, 8000, 16000, 16000,
    ]);
    const low = { ...DEFAULT_RETRY_POLICY, random: () => 0 };
    const high = { ...DEFAULT_RETRY_POLICY, random: () => 0.999999 };
    for (let k = 1; k <= 7; k++) {
      expect(backoffDelay(k, low)).toBe(0);
      expect(backoffDelay(k, high)).toBe(backoffCeiling(k, DEFAULT_RETRY_POLICY) - 1);
    }
  });

  it('honours Retry-After (seconds or a date), up to a ceiling, and never waits less than the jitter', () => {
    const half = { ...DEFAULT_RETRY_POLICY, random: () => 0.5 };
    expect(backoffDelay(1, half, 3000)).toBe(3000);
    expect(backoffDelay(4, half, 100)).toBe(2000);
    expect(backoffDelay(1, half, 10 * 60_000)).toBe(60_000);
    expect(parseRetryAfter('7')).toBe(7000);
    expect(
      parseRetryAfter('Wed, 21 Oct 2026 07:28:10 GMT', Date.parse('2026-10-21T07:28:00Z')),
    ).toBe(10_000);
    expect(parseRetryAfter('soon')).toBeNull();
    expect(parseRetryAfter(null)).toBeNull();
  });

  it('retries 429, 5xx and unanswered calls at most 5 times in all, then gives up with the last error', async () => {
    const sleeps: number[] = [];
    let tries = 0;
    const error = httpError(503);
    await expect(
      withRetry(
        async () => {
          tries++;
          throw error;
        },
        classifyForRetry,
        policy(sleeps, () => 0.5),
      ),
    ).rejects.toBe(error);
    expect(tries).toBe(5);
    expect(sleeps).toEqual([250, 500, 1000, 2000]);
  });

  it('does not retry what a retry cannot mend (403, 400), and stops at the first success', async () => {
    for (const status of [400, 401, 403, 404]) {
      let tries = 0;
      await expect(
        withRetry(
          async () => {
            tries++;
            throw httpError(status);
          },
          classifyForRetry,
          policy([], Math.random),
        ),
      ).rejects.toBeDefined();
      expect(tries).toBe(1);
    }
    const sleeps: number[] = [];
    const answers = [httpError(429, { 'retry-after': '1' }), new TypeError('fetch failed')];
    const result = await withRetry(
      async () => {
        const next = answers.shift();
        if (next) throw next;
        return 'ok';
      },
      classifyForRetry,
      policy(sleeps, () => 0.25),
    );
    expect(result).toBe('ok');
    expect(sleeps).toEqual([1000, 250]);
  });
});

describe('faults', () => {
  it('names what a final failure means for the link', () => {
    expect(faultOf(httpError(403, {}, 'The caller does not have permission')).code).toBe(
      'notShared',
    );
    expect(faultOf(httpError(404, {}, 'Requested entity was not found.')).code).toBe('notShared');
    expect(faultOf(httpError(400, {}, 'Unable to parse range: Lapas1!1:5000')).code).toBe(
      'sheetMissing',
    );
    expect(faultOf(httpError(400, {}, 'Invalid value')).code).toBe('unexpectedResponse');
    expect(faultOf(httpError(429)).code).toBe('quota');
    expect(faultOf(httpError(502)).code).toBe('unavailable');
    expect(faultOf(httpError(401)).code).toBe('badCredentials');
    expect(faultOf(new TypeError('fetch failed')).code).toBe('unavailable');
    const fault = new SheetsFault('sheetMissing', 'no sheet');
    expect(faultOf(fault)).toBe(fault);
    expect(classifyForRetry(fault).retry).toBe(false);
  });
});
