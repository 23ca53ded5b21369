import {
  compareSurveys,
  normaliseHeader,
  type ItemChange,
  type QuestionComparison,
  type SurveyComparison,
} from '../../../../../functions/domain/surveys/analysis';
import {
  respondentDomainScores,
  respondentScoreList,
} from '../../../../../functions/domain/surveys/analysis/domains';
import type { Answer, SurveyQuestion } from '../../../../../functions/domain/surveys/model';
import {
  holmAdjust,
  isSuppressed,
  mannWhitneyU,
  mean,
  topBoxCount,
  type Scale,
} from '../../../../../functions/domain/surveys/statistics';
import { aChoice, aLikert, aText, aZeroToTen, columns, times } from './builders';

const change = (comparison: SurveyComparison, keyAfter: string): ItemChange => {
  const found = comparison.questions.find((q) => q.keyAfter === keyAfter);
  if (!found) throw new Error(`no comparison for ${keyAfter}`);
  if (isSuppressed(found.change)) throw new Error(`${keyAfter} is suppressed`);
  return found.change;
};

const side = (questions: SurveyQuestion[], answers: Parameters<typeof columns>[0]) => ({
  questions,
  responses: columns(answers),
});

describe('compareSurveys: one item', () => {
  it('reproduces R’s airquality Mann–Whitney example with many ties (W = 127.5, p = 0.0001208)', () => {
    // The statistics' published example: wilcox.test(Ozone ~ Month, subset = Month %in% c(5, 8))
    // → W = 127.5 for May, p = 0.0001208. Before = May, after = August, on a 1–168 "scale"
    // (the test is rank-based). U of after = 26·26 − 127.5 = 548.5, so August tends higher.
    const may = [
      41, 36, 12, 18, 28, 23, 19, 8, 7, 16, 11, 14, 18, 14, 34, 6, 30, 11, 1, 11, 4, 32, 23, 45,
      115, 37,
    ];
    const august = [
      39, 9, 16, 78, 35, 66, 122, 89, 110, 44, 28, 65, 22, 59, 23, 31, 44, 21, 9, 45, 168, 73, 76,
      118, 84, 85,
    ];
    const ozone = aLikert('ozone', { scale: { min: 1, max: 168, family: 'numeric' } });

    const comparison = compareSurveys(
      side([ozone], { ozone: may }),
      side([ozone], { ozone: august }),
    );

    const result = change(comparison, 'ozone');
    expect(result.mannWhitney.u).toBe(548.5);
    expect(result.mannWhitney.p).toBeCloseTo(0.00012080783076877434, 14);
    expect(result.mannWhitney.z).toBeGreaterThan(0);
    expect(result.significant).toBe(true);
    expect(result.direction).toBe('better');
    expect(result.nBefore).toBe(26);
    expect(result.nAfter).toBe(26);
  });

  it('gives means, top-2-box shares, their changes and Fisher’s test for small counts', () => {
    // The statistics' hand example with ties, before 1 2 2 3, after 2 3 3 4 5 (minGroupN 4):
    // U of before = 3, so U of after = 20 − 3 = 17, P(after > before) + ½ties = 17/20 = 0.85,
    // p = 0.09934224785346528 (scipy, asymptotic, continuity corrected): better, not significant.
    // Means 8/4 = 2 and 17/5 = 3.4: Δ 1.4. Top-2-box (4–5) 0/4 and 2/5: Δ 0.4.
    // Expected counts of [[2, 3], [0, 4]] fall below 5 → Fisher: with margins 5, 4 | 2, 7,
    // P(k successes after) = C(5, k)·C(4, 2 − k)/C(9, 2): k = 0 → 6/36, 1 → 20/36, 2 → 10/36;
    // observed k = 2; tables as or less likely: k = 0 and 2 → p = 16/36 = 0.4444.
    const q = aLikert('q');
    const comparison = compareSurveys(
      side([q], { q: [1, 2, 2, 3] }),
      side([q], { q: [2, 3, 3, 4, 5] }),
      { minGroupN: 4 },
    );

    expect(change(comparison, 'q')).toMatchObject({
      nBefore: 4,
      nAfter: 5,
      meanBefore: 2,
      topTwoBoxBefore: 0,
      topTwoBoxAfter: 0.4,
      deltaTopTwoBox: 0.4,
      significant: false,
      direction: 'better',
      mannWhitney: { u: 17, probabilityOfSuperiority: 0.85 },
      topTwoBoxTest: { test: 'fisherExact', z: null },
    });
    const result = change(comparison, 'q');
    expect(result.meanAfter).toBeCloseTo(3.4, 12);
    expect(result.deltaMean).toBeCloseTo(1.4, 12);
    expect(result.mannWhitney.p).toBeCloseTo(0.09934224785346528, 13);
    expect(result.topTwoBoxTest.p).toBeCloseTo(16 / 36, 12);
    expect(comparison.multipleComparisons).toBeNull(); // one test: nothing to adjust
    expect(result.mannWhitney.pHolm).toBe(result.mannWhitney.p);
  });

  it('uses the z-test for top-2-box when every expected count is 5 or more, and says worse', () => {
    // Before 15 of 20 in 4–5, after 5 of 20: pooled 0.5, every expected count 10 → z-test.
    // z = (0.25 − 0.75)/√(0.25·(2/20)) = −0.5/0.1581139 = −3.1622777.
    const q = aLikert('q');
    const before = [...times(15, 5), ...times(5, 2)];
    const after = [...times(5, 4), ...times(15, 2)];
    const result = change(compareSurveys(side([q], { q: before }), side([q], { q: after })), 'q');
    expect(result.topTwoBoxTest.test).toBe('zTest');
    expect(result.topTwoBoxTest.z).toBeCloseTo(-Math.sqrt(10), 10);
    expect(result.direction).toBe('worse');
    expect(result.significant).toBe(true);
  });

  it('says same when the answers do not move', () => {
    const q = aLikert('q');
    const result = change(
      compareSurveys(side([q], { q: [1, 2, 3, 4, 5] }), side([q], { q: [5, 4, 3, 2, 1] })),
      'q',
    );
    expect(result.direction).toBe('same');
    expect(result.deltaMean).toBe(0);
    expect(result.significant).toBe(false);
  });

  it('hides a question with fewer than five answers on either side: no figures, no p', () => {
    const q = aLikert('q');
    const comparison = compareSurveys(
      side([q], { q: [1, 2, 3, 4, null, null] }),
      side([q], { q: [5, 5, 5, 5, 5, 5] }),
    );
    expect(comparison.questions[0]?.change).toEqual({
      suppressed: true,
      reason: 'belowMinimumN',
      minimumN: 5,
    });
    expect(comparison.multipleComparisons).toBeNull();
  });
});

describe('compareSurveys: matching questions', () => {
  it('matches by key first, then by header with spaces and case normalised', () => {
    const before = [
      aLikert('k1', { header: 'Darbuotojai mandagūs' }),
      aLikert('old', { header: '  Ar esate   PATENKINTI paslauga? ' }),
      aLikert('gone', { header: 'Klausimas, kurio nebėra' }),
      aChoice('c', ['a'], { header: 'Lytis' }),
    ];
    const after: SurveyQuestion[] = [
      aLikert('new', { header: 'Ar esate patenkinti paslauga?' }),
      aLikert('k1', { header: 'Darbuotojai mandagūs ir paslaugūs' }),
      aLikert('fresh', { header: 'Naujas klausimas' }),
      aChoice('c', ['a'], { header: 'Lytis' }),
      { key: 'when', header: 'Laiko žyma', kind: 'meta', columns: [1] },
    ];
    const comparison = compareSurveys(
      side(before, { k1: times(5, 3), old: times(5, 3), gone: times(5, 3), c: times(5, 0) }),
      side(after, {
        new: times(5, 4),
        k1: times(5, 4),
        fresh: times(5, 4),
        c: times(5, 0),
        when: times(5, null),
      }),
    );

    const pairs = comparison.questions.map((q: QuestionComparison) => [
      q.keyBefore,
      q.keyAfter,
      q.matchedBy,
    ]);
    expect(pairs).toEqual([
      ['old', 'new', 'header'],
      ['k1', 'k1', 'key'],
    ]); // in the after survey's order; the choice question is matched but not tested
    expect(comparison.onlyBefore).toEqual(['Klausimas, kurio nebėra']);
    expect(comparison.onlyAfter).toEqual(['Naujas klausimas']); // metadata is not listed
  });

  it('normalises headers: trims, collapses spaces, lower-cases', () => {
    expect(normaliseHeader('  Ar\tesate \n PATENKINTI? ')).toBe('ar esate patenkinti?');
  });

  it('lists matched questions whose kind or scale differs instead of testing them', () => {
    const before = [
      aLikert('a', { header: 'A' }),
      aLikert('b', { header: 'B', scale: { min: 1, max: 7, family: 'agreement' } }),
    ];
    const after = [aZeroToTen('a', { header: 'A' }), aLikert('b', { header: 'B' })];
    const comparison = compareSurveys(
      side(before, { a: times(5, 3), b: times(5, 3) }),
      side(after, { a: times(5, 3), b: times(5, 3) }),
    );
    expect(comparison.questions).toEqual([]);
    expect(comparison.notComparable.map((n) => [n.keyAfter, n.reason])).toEqual([
      ['a', 'kindDiffers'],
      ['b', 'scaleDiffers'],
    ]);
  });
});

describe('compareSurveys: many questions', () => {
  it('Holm-adjusts the p-values and notes the multiple comparisons', () => {
    // Three items, each 10 answers a side, moving by different amounts; a fourth is suppressed
    // and stays out of the family.
    const keys = ['q1', 'q2', 'q3', 'q4'];
    const questions = [...keys.map((k) => aLikert(k)), aText('t')];
    const before = {
      q1: times(10, 2),
      q2: [...times(5, 3), ...times(5, 4)],
      q3: [...times(5, 3), ...times(5, 4)],
      q4: [...times(3, 3), ...times(7, null)],
      t: times(10, 'ok'),
    };
    const after = {
      q1: times(10, 5),
      q2: [...times(3, 3), ...times(7, 4)],
      q3: [...times(5, 4), ...times(5, 5)],
      q4: times(10, 5),
      t: times(10, 'ok'),
    };

    const comparison = compareSurveys(side(questions, before), side(questions, after));

    const ps = ['q1', 'q2', 'q3'].map((k) => change(comparison, k).mannWhitney.p);
    expect(ps[0]).toBeCloseTo(mannWhitneyU(after.q1, before.q1)?.p ?? -1, 14);
    const holm = holmAdjust(ps);
    expect(['q1', 'q2', 'q3'].map((k) => change(comparison, k).mannWhitney.pHolm)).toEqual(holm);
    expect(comparison.multipleComparisons).toMatchObject({
      m: 3,
      alpha: 0.05,
      expectedFalsePositives: 0.15000000000000002,
      holmAdjusted: holm,
    });
    expect(comparison.multipleComparisons?.familywiseErrorRate).toBeCloseTo(1 - 0.95 ** 3, 12);
    const q2 = change(comparison, 'q2');
    expect(q2.significantAfterHolm).toBe(q2.mannWhitney.pHolm < 0.05);
    expect(isSuppressed(comparison.questions.find((q) => q.keyAfter === 'q4')?.change)).toBe(true);
  });

  it('gives the note only from the chosen number of comparisons', () => {
    const q = [aLikert('q1'), aLikert('q2')];
    const answers = { q1: [1, 2, 3, 4, 5], q2: [1, 2, 3, 4, 5] };
    const comparison = compareSurveys(side(q, answers), side(q, answers), {
      multipleComparisonsFrom: 3,
    });
    expect(comparison.multipleComparisons).toBeNull();
    expect(change(comparison, 'q1').mannWhitney.pHolm).toBe(1);
  });
});

describe('compareSurveys: domains', () => {
  it('compares respondents’ 0–100 domain scores with Mann–Whitney', () => {
    // Before: 1–5 item only → scores (s − 1)/4·100: 1 2 3 3 4 → 0 25 50 50 75.
    // After: the 1–5 item and a 0–10 item: (5, 10) → 100, (4, 8) → (75 + 80)/2 = 77.5,
    // (3, blank) → 50, (4, 10) → 87.5, (5, 6) → 80, (blank, blank) → not counted.
    const before = [aLikert('s', { domain: 'satisfaction' })];
    const after = [
      aLikert('s', { domain: 'satisfaction' }),
      aZeroToTen('r', { domain: 'satisfaction' }),
    ];
    const comparison = compareSurveys(
      side(before, { s: [1, 2, 3, 3, 4] }),
      side(after, { s: [5, 4, 3, 4, 5, null], r: [10, 8, null, 10, 6, null] }),
    );

    const domain = comparison.domains[0];
    expect(domain?.domain).toBe('satisfaction');
    expect(domain?.questionsBefore).toBe(1);
    expect(domain?.questionsAfter).toBe(2);
    const expected = mannWhitneyU([100, 77.5, 50, 87.5, 80], [0, 25, 50, 50, 75]);
    if (!domain || isSuppressed(domain.change)) throw new Error('expected a domain change');
    expect(domain.change).toMatchObject({
      nBefore: 5,
      nAfter: 5,
      meanBefore: 40, // 200/5
      meanAfter: 79, // 395/5
      deltaMean: 39,
      direction: 'better',
    });
    expect(domain.change.mannWhitney.p).toBeCloseTo(expected?.p ?? -1, 14);
    expect(domain.change.mannWhitney.u).toBe(expected?.u1);
    // Top-2-box shares: before 4 of 1 answer → 1/5 respondents; after 2/2, 1/2, 0/1, 2/2, 1/2
    // → (1 + 0.5 + 0 + 1 + 0.5)/5 = 0.6.
    expect(domain.change.topTwoBoxBefore).toBeCloseTo(0.2, 12);
    expect(domain.change.topTwoBoxAfter).toBeCloseTo(0.6, 12);
  });

  it('hides a domain with fewer than five respondents on a side', () => {
    const q = [aLikert('s', { domain: 'empowerment' })];
    const comparison = compareSurveys(
      side(q, { s: [1, 2, 3, 4] }),
      side(q, { s: [1, 2, 3, 4, 5] }),
    );
    expect(isSuppressed(comparison.domains[0]?.change)).toBe(true);
  });

  it('survives JSON unchanged', () => {
    const q = [aLikert('s', { domain: 'empowerment' }), aLikert('u')];
    const comparison = compareSurveys(
      side(q, { s: [1, 2, 3, 4, 5], u: [1, 1, 1, 1, null] }),
      side(q, { s: [1, 2, 3, 4, 5], u: [1, 1, 1, 1, 1] }),
    );
    expect(JSON.parse(JSON.stringify(comparison))).toStrictEqual(comparison);
  });
});

describe('compareSurveys: the counted figures equal those of the answer lists', () => {
  /** A reproducible pseudo-random source (Park–Miller), so a failure can be replayed. */
  const random = (seed: number): (() => number) => {
    let state = seed;
    return () => {
      state = (state * 48271) % 2147483647;
      return state / 2147483647;
    };
  };

  /** n answers on the scale, some blank; `lean` > 0 pushes them towards the top. */
  const answersOn = (scale: Scale, n: number, lean: number, next: () => number): Answer[] =>
    Array.from({ length: n }, () => {
      if (next() < 0.1) return null;
      const u = next() ** (1 / (1 + lean));
      return Math.min(scale.max, scale.min + Math.floor(u * (scale.max - scale.min + 1)));
    });

  const scored = (column: Answer[]): number[] =>
    column.filter((a): a is number => typeof a === 'number');

  it.each([
    { nBefore: 40, nAfter: 37, seed: 1 },
    { nBefore: 600, nAfter: 900, seed: 2 },
    { nBefore: 5000, nAfter: 4000, seed: 3 },
  ])(
    'gives mannWhitneyU, mean and topBoxCount of the answers for $nBefore vs $nAfter respondents',
    ({ nBefore, nAfter, seed }) => {
      // Prepare: items of three scales in two domains; a 0–10 item and a 1–5 item share a
      // domain, so respondents' domain scores are fractions with many ties.
      const next = random(seed);
      const questions = [
        aLikert('l5', { domain: 'satisfaction' }),
        aZeroToTen('n', { domain: 'satisfaction' }),
        aLikert('l7', { scale: { min: 1, max: 7, family: 'agreement' }, domain: 'empowerment' }),
        aLikert('same', { domain: 'empowerment' }),
      ];
      const scales: Record<string, Scale> = {
        l5: { min: 1, max: 5 },
        n: { min: 0, max: 10 },
        l7: { min: 1, max: 7 },
        same: { min: 1, max: 5 },
      };
      const draw = (n: number, lean: number) =>
        Object.fromEntries(
          Object.entries(scales).map(([key, scale]) => [
            key,
            key === 'same' ? Array.from({ length: n }, () => 4) : answersOn(scale, n, lean, next),
          ]),
        );
      const before = side(questions, draw(nBefore, 0.5));
      const after = side(questions, draw(nAfter, 0.8));

      // Act
      const comparison = compareSurveys(before, after);

      // Assert: every number the same as from the lists, to the bit
      for (const [key, scale] of Object.entries(scales)) {
        const valuesBefore = scored(before.responses.answers[key] ?? []);
        const valuesAfter = scored(after.responses.answers[key] ?? []);
        const expected = mannWhitneyU(valuesAfter, valuesBefore);
        const result = change(comparison, key);
        expect(result).toMatchObject({
          nBefore: valuesBefore.length,
          nAfter: valuesAfter.length,
          meanBefore: mean(valuesBefore),
          meanAfter: mean(valuesAfter),
          topTwoBoxBefore: topBoxCount(valuesBefore, scale) / valuesBefore.length,
          topTwoBoxAfter: topBoxCount(valuesAfter, scale) / valuesAfter.length,
          significant: expected?.significant,
        });
        expect(result.mannWhitney).toMatchObject({
          u: expected?.u1,
          probabilityOfSuperiority: expected?.probabilityOfSuperiority,
          z: expected?.z,
          p: expected?.p,
        });
      }
      expect(change(comparison, 'same').mannWhitney).toMatchObject({ z: 0, p: 1 });
      for (const domain of comparison.domains) {
        const tagged = questions.filter((q) => q.domain === domain.domain);
        const expected = mannWhitneyU(
          respondentScoreList(respondentDomainScores(tagged, after.responses)),
          respondentScoreList(respondentDomainScores(tagged, before.responses)),
        );
        if (isSuppressed(domain.change)) throw new Error(`${domain.domain} is suppressed`);
        expect(domain.change.mannWhitney).toMatchObject({
          u: expected?.u1,
          probabilityOfSuperiority: expected?.probabilityOfSuperiority,
          z: expected?.z,
          p: expected?.p,
        });
        expect(domain.change.significant).toBe(expected?.significant);
      }
      expect(comparison.domains.map((d) => d.domain)).toEqual(['satisfaction', 'empowerment']);
    },
  );
});
