import { netPromoterScore } from '../../../../../functions/domain/surveys/statistics/nps';

/**
 * The hand set: 10 answers, promoters 10, 9, 9, 10, 9 (5), passives 8, 7 (2), detractors
 * 6, 3, 0 (3). NPS = 0.5 − 0.3 = 0.2 (20 points).
 * Wald: Var = (0.5 + 0.3 − 0.2²)/10 = 0.076, SE 0.2756810, ±1.959964·SE = ±0.5403248
 *   → −0.3403248 … 0.7403248.
 * Adjusted Wald: P' = 5.75/13 = 0.4423077, D' = 3.75/13 = 0.2884615, centre 0.1538462,
 *   Var = (0.4423077 + 0.2884615 − 0.1538462²)/13 = 0.0543924, ±0.4571061
 *   → −0.3032599 … 0.6109523.
 */
const HAND = [10, 9, 9, 8, 7, 6, 3, 10, 9, 0];

describe('netPromoterScore', () => {
  it('counts promoters, passives and detractors and gives the score as a share', () => {
    const nps = netPromoterScore(HAND);
    expect(nps).toMatchObject({
      n: 10,
      promoters: 5,
      passives: 2,
      detractors: 3,
      promoterShare: 0.5,
      detractorShare: 0.3,
      method: 'adjustedWald',
    });
    expect(nps.score).toBeCloseTo(0.2, 15);
  });

  it('gives the adjusted-Wald interval by default', () => {
    const { ci } = netPromoterScore(HAND);
    expect(ci?.lower).toBeCloseTo(-0.3032599443550416, 12);
    expect(ci?.upper).toBeCloseTo(0.6109522520473494, 12);
  });

  it('gives the plain Wald interval of the multinomial difference on request', () => {
    const { ci } = netPromoterScore(HAND, { method: 'wald' });
    expect(ci?.lower).toBeCloseTo(-0.34032478230482227, 12);
    expect(ci?.upper).toBeCloseTo(0.7403247823048222, 12);
  });

  it('keeps the interval within −1…1 and open when everyone is a promoter', () => {
    const all = netPromoterScore([10, 9, 10, 9, 10]);
    expect(all.score).toBe(1);
    expect(all.ci?.upper).toBeLessThanOrEqual(1);
    expect(all.ci?.lower).toBeLessThan(0.9);
    expect(netPromoterScore([10, 9, 10], { method: 'wald' }).ci).toEqual({ lower: 1, upper: 1 });
    expect(netPromoterScore([0, 1, 2, 3, 4, 5, 6]).score).toBe(-1);
  });

  it('gives counts of zero and null figures for no answers', () => {
    expect(netPromoterScore([])).toEqual({
      n: 0,
      promoters: 0,
      passives: 0,
      detractors: 0,
      promoterShare: null,
      detractorShare: null,
      score: null,
      ci: null,
      method: 'adjustedWald',
    });
  });

  it('rejects answers off the 0–10 scale', () => {
    expect(() => netPromoterScore([11])).toThrow(RangeError);
    expect(() => netPromoterScore([8.5])).toThrow(RangeError);
  });
});
