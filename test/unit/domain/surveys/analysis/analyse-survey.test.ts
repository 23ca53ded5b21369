import {
  analyseSurvey,
  type ChoiceFigures,
  type QuestionAnalysis,
  type ScaleFigures,
  type SurveyAnalysis,
  type TextFigures,
} from '../../../../../functions/domain/surveys/analysis';
import type { SurveyQuestion } from '../../../../../functions/domain/surveys/model';
import {
  isSuppressed,
  meanWithCi,
  tCritical,
  type Suppressed,
} from '../../../../../functions/domain/surveys/statistics';
import {
  aChoice,
  aLikert,
  aText,
  aUnitColumn,
  aZeroToTen,
  columns,
  times,
  unitAnswers,
} from './builders';

const shown = <T>(figures: T | Suppressed): T => {
  if (isSuppressed(figures)) throw new Error(`expected figures, got ${JSON.stringify(figures)}`);
  return figures;
};

const question = (analysis: SurveyAnalysis, key: string): QuestionAnalysis => {
  const found = analysis.questions.find((q) => q.key === key);
  if (!found) throw new Error(`no question ${key}`);
  return found;
};

const scaleOverall = (analysis: SurveyAnalysis, key: string): ScaleFigures =>
  shown(question(analysis, key).overall) as ScaleFigures;

const unitLabels = (analysis: SurveyAnalysis, key: string): string[] =>
  question(analysis, key).byUnit.map((u) => u.unit);

const unitStates = (analysis: SurveyAnalysis, key: string): Record<string, string | number> =>
  Object.fromEntries(
    question(analysis, key).byUnit.map(({ unit, figures }) => [
      unit,
      isSuppressed(figures) ? figures.reason : figures.n,
    ]),
  );

describe('analyseSurvey: a Likert item', () => {
  // Ten answers and two blanks: 5 5 4 4 4 3 3 2 1 5.
  // Counts 1:1 2:1 3:2 4:3 5:3. Sum = 1 + 2 + 6 + 12 + 15 = 36, mean = 3.6.
  // Sorted 1 2 3 3 4 | 4 4 5 5 5: median = (4 + 4)/2 = 4, ordinal (lower) median 4.
  // Squares about 3.6: 6.76 + 2.56 + 2·0.36 + 3·0.16 + 3·1.96 = 16.4; s² = 16.4/9, s = 1.3498971.
  // SE = s/√10 = 0.4268749; t(0.975, 9) = 2.2621572; CI = 3.6 ± 0.9656582 = [2.6343418, 4.5656582].
  // Top-2-box (4–5) = 6/10. Wilson, z² = 3.8414588: centre = (6 + 1.9207294)/13.8414588 = 0.5722467,
  // half = (1.959964/13.8414588)·√(6·4/10 + 0.9603647) = 0.1416009·1.8331297 = 0.2595730
  // → [0.3126737, 0.8318197].
  const scores = [5, 5, 4, null, 4, 4, 3, 3, 2, 1, null, 5];
  const input = { questions: [aLikert('q1')], responses: columns({ q1: scores }) };

  it('gives the full distribution, n, mean with its t interval, median and top-2-box', () => {
    // Act
    const analysis = analyseSurvey(input);

    // Assess
    expect(analysis.responses).toBe(12);
    expect(analysis.responseRate).toBeNull();
    const figures = scaleOverall(analysis, 'q1');
    expect(figures.kind).toBe('likert');
    expect(figures.n).toBe(10);
    expect(figures.distribution.points).toEqual([
      { value: 1, count: 1, share: 0.1 },
      { value: 2, count: 1, share: 0.1 },
      { value: 3, count: 2, share: 0.2 },
      { value: 4, count: 3, share: 0.3 },
      { value: 5, count: 3, share: 0.3 },
    ]);
    expect(figures.mean.mean).toBeCloseTo(3.6, 12);
    expect(figures.mean.standardDeviation).toBeCloseTo(Math.sqrt(16.4 / 9), 12);
    expect(figures.mean.ci?.lower).toBeCloseTo(2.6343418, 6);
    expect(figures.mean.ci?.upper).toBeCloseTo(4.5656582, 6);
    expect(figures.median).toBe(4);
    expect(figures.topTwoBox.successes).toBe(6);
    expect(figures.topTwoBox.share).toBe(0.6);
    expect(figures.topTwoBox.ci?.lower).toBeCloseTo(0.3126737, 6);
    expect(figures.topTwoBox.ci?.upper).toBeCloseTo(0.8318197, 6);
    expect(figures.nps).toBeNull();
    expect(figures.responseRate).toBeNull();
  });

  it('gives the response rate and narrows both intervals when the population is known', () => {
    // N = 20, n = 10. Response rate 10/20 = 0.5.
    // Mean: SE·√(1 − 10/20) = 0.4268749·0.7071068 = 0.3018462 → 3.6 ± 0.6828235.
    // Wilson: z² times f = (20 − 10)/19 = 0.5263158 → 2.0218204; centre = 7.0109102/12.0218204
    // = 0.5831821, half = (1.4219073/12.0218204)·√(2.4 + 0.5054551) = 0.2016082
    // → [0.3815739, 0.7847903].
    const analysis = analyseSurvey({ ...input, population: 24 });
    const figures = scaleOverall(analysis, 'q1');
    expect(analysis.responseRate).toBe(0.5); // 12 responses of 24
    expect(figures.population).toBe(24);
    expect(figures.responseRate).toBeCloseTo(10 / 24, 12); // the item's 10 answers of 24

    const census = analyseSurvey({ ...input, population: 20 });
    const item = scaleOverall(census, 'q1');
    expect(item.responseRate).toBe(0.5);
    expect(item.mean.standardError).toBeCloseTo(0.4268749 * Math.SQRT1_2, 6);
    expect(item.topTwoBox.ci?.lower).toBeCloseTo(0.3815739, 6);
    expect(item.topTwoBox.ci?.upper).toBeCloseTo(0.7847903, 6);
  });

  it('rejects an answer off the scale, naming the question', () => {
    const bad = { questions: [aLikert('q1')], responses: columns({ q1: [1, 6] }) };
    expect(() => analyseSurvey(bad)).toThrow(/q1.*response 1.*1–5/);
  });

  it('rejects a population below the responses', () => {
    expect(() => analyseSurvey({ ...input, population: 11 })).toThrow(RangeError);
  });
});

describe('analyseSurvey: a 0–10 item', () => {
  // 10 9 9 8 7 6 5 10 3 9: promoters (9–10) 5, passives (7–8) 2, detractors (0–6) 3.
  // NPS = 5/10 − 3/10 = 0.2. Top-2-box of 0–10 is 9–10: 5/10.
  // Adjusted Wald (Rocks 2016): p = 5.75/13 = 0.4423077, d = 3.75/13 = 0.2884615,
  // centre = 0.1538462, var = (p + d − centre²)/13 = 0.0543924, half = 1.959964·0.2332217
  // = 0.4571061 → [−0.3032599, 0.6109523].
  it('gives the NPS with its interval and takes 9–10 as the top-2-box', () => {
    const analysis = analyseSurvey({
      questions: [aZeroToTen('nps')],
      responses: columns({ nps: [10, 9, 9, 8, 7, 6, 5, 10, 3, 9] }),
    });
    const figures = scaleOverall(analysis, 'nps');
    expect(figures.kind).toBe('scale0to10');
    expect(figures.distribution.points).toHaveLength(11);
    expect(figures.topTwoBox.share).toBe(0.5);
    expect(figures.nps).toMatchObject({ promoters: 5, passives: 2, detractors: 3 });
    expect(figures.nps?.score).toBeCloseTo(0.2, 12);
    expect(figures.nps?.ci?.lower).toBeCloseTo(-0.3032599, 6);
    expect(figures.nps?.ci?.upper).toBeCloseTo(0.6109523, 6);
    expect(figures.mean.mean).toBeCloseTo(7.6, 12); // 76/10
    expect(figures.median).toBe(8.5); // 3 5 6 7 8 | 9 9 9 10 10
  });
});

describe('analyseSurvey: choice items', () => {
  it('counts each option of a single-choice item against the respondents who answered', () => {
    const analysis = analyseSurvey({
      questions: [aChoice('c', ['Taip', 'Ne', 'Nežinau'])],
      responses: columns({ c: [0, 0, 1, null, 2, 0] }),
    });
    const figures = shown(question(analysis, 'c').overall) as ChoiceFigures;
    expect(figures).toEqual({
      kind: 'single',
      n: 5,
      population: null,
      responseRate: null,
      options: [
        { index: 0, label: 'Taip', count: 3, share: 0.6 },
        { index: 1, label: 'Ne', count: 1, share: 0.2 },
        { index: 2, label: 'Nežinau', count: 1, share: 0.2 },
      ],
    });
  });

  it('gives multi-choice shares of respondents, so they can add up past 1', () => {
    // Answered: [a, b], [b], [a, b, c] and two more [c]: n = 5 ([] and null are blank).
    // a 2/5, b 3/5, c 3/5 → the shares sum to 1.6.
    const analysis = analyseSurvey({
      questions: [aChoice('m', ['a', 'b', 'c'], { kind: 'multi' })],
      responses: columns({ m: [[0, 1], [1], null, [], [0, 1, 2], [2], [2]] }),
    });
    const figures = shown(question(analysis, 'm').overall) as ChoiceFigures;
    expect(figures.kind).toBe('multi');
    expect(figures.n).toBe(5);
    expect(figures.options.map((o) => [o.count, o.share])).toEqual([
      [2, 0.4],
      [3, 0.6],
      [3, 0.6],
    ]);
  });

  it('rejects an option index the question does not have', () => {
    const bad = { questions: [aChoice('c', ['Taip'])], responses: columns({ c: [1] }) };
    expect(() => analyseSurvey(bad)).toThrow(RangeError);
  });
});

describe('analyseSurvey: units and suppression', () => {
  const units = ['Vilnius', 'Alytus', 'Kaunas'];

  it('sorts units by label and hides a small unit and, complementarily, the next smallest', () => {
    // Vilnius 12, Alytus 3, Kaunas 6. Alytus < 5 is hidden; were only it hidden, overall (21)
    // − Vilnius − Kaunas would give it away, so Kaunas, the smallest shown unit, is hidden too.
    const sizes = [12, 3, 6];
    const analysis = analyseSurvey({
      questions: [aUnitColumn(units), aLikert('q1')],
      responses: columns({ unit: unitAnswers(sizes), q1: times(21, 4) }),
    });
    expect(unitLabels(analysis, 'q1')).toEqual(['Alytus', 'Kaunas', 'Vilnius']);
    expect(unitStates(analysis, 'q1')).toEqual({
      Alytus: 'belowMinimumN',
      Kaunas: 'complementary',
      Vilnius: 12,
    });
    expect(scaleOverall(analysis, 'q1').n).toBe(21);
    expect(
      analysis.units.map((u) => (isSuppressed(u.figures) ? u.figures.reason : u.figures.n)),
    ).toEqual(['belowMinimumN', 'complementary', 12]);
    expect(analysis.unitQuestionKey).toBe('unit');
    expect(analysis.questions.map((q) => q.key)).toEqual(['q1']); // the unit column is not a question here
  });

  it('needs no complementary suppression when two units are hidden', () => {
    const analysis = analyseSurvey({
      questions: [aUnitColumn(units), aLikert('q1')],
      responses: columns({ unit: unitAnswers([12, 3, 4]), q1: times(19, 4) }),
    });
    expect(unitStates(analysis, 'q1')).toEqual({
      Alytus: 'belowMinimumN',
      Kaunas: 'belowMinimumN',
      Vilnius: 12,
    });
  });

  it('counts respondents without a unit as a hidden group in the secondary rule', () => {
    // Vilnius 20, Alytus 3, 6 without a unit. Overall 29 − Vilnius 20 = Alytus + the 6, so the
    // group without a unit (the smallest "shown") takes the complementary suppression and
    // Vilnius may stay.
    const analysis = analyseSurvey({
      questions: [aUnitColumn(['Vilnius', 'Alytus']), aLikert('q1')],
      responses: columns({
        unit: [...unitAnswers([20, 3]), ...times(6, null)],
        q1: times(29, 5),
      }),
    });
    expect(unitStates(analysis, 'q1')).toEqual({ Alytus: 'belowMinimumN', Vilnius: 20 });
    expect(scaleOverall(analysis, 'q1').n).toBe(29);
    expect(analysis.withoutUnit).toEqual({
      suppressed: true,
      reason: 'complementary',
      minimumN: 5,
    });
  });

  it('does not let a unit with no answers stand in for the complementary suppression', () => {
    // Per question: Vilnius 20 answers, Kaunas none (its 8 respondents left q1 blank), Alytus 3.
    // Counting Kaunas's zero as a second hidden unit would leave Alytus = overall − Vilnius.
    const analysis = analyseSurvey({
      questions: [aUnitColumn(units), aLikert('q1')],
      responses: columns({
        unit: unitAnswers([20, 3, 8]),
        q1: [...times(20, 4), ...times(3, 2), ...times(8, null)],
      }),
    });
    expect(unitStates(analysis, 'q1')).toEqual({
      Alytus: 'belowMinimumN',
      Kaunas: 'belowMinimumN',
      Vilnius: 'complementary',
    });
    expect(scaleOverall(analysis, 'q1').n).toBe(23);
  });

  it('hides the overall figures too when fewer than five answered', () => {
    const analysis = analyseSurvey({
      questions: [aLikert('q1')],
      responses: columns({ q1: [5, 4, 4, 3] }),
    });
    expect(question(analysis, 'q1').overall).toEqual({
      suppressed: true,
      reason: 'belowMinimumN',
      minimumN: 5,
    });
  });

  it('follows minGroupN and gives per-unit response rates from populationByUnit', () => {
    const analysis = analyseSurvey(
      {
        questions: [aUnitColumn(units), aLikert('q1')],
        responses: columns({ unit: unitAnswers([12, 3, 6]), q1: times(21, 4) }),
        populationByUnit: { Vilnius: 24, Alytus: 3 },
      },
      { minGroupN: 3 },
    );
    const byUnit = question(analysis, 'q1').byUnit.map((u) => shown(u.figures) as ScaleFigures);
    expect(byUnit.map((f) => [f.n, f.responseRate])).toEqual([
      [3, 1], // Alytus: a census
      [6, null], // Kaunas: no population given
      [12, 0.5], // Vilnius
    ]);
    expect(byUnit[0]?.topTwoBox.ci).toEqual({ lower: 1, upper: 1 }); // census: no sampling error
  });

  it('rejects a unit population below its respondents', () => {
    expect(() =>
      analyseSurvey({
        questions: [aUnitColumn(units), aLikert('q1')],
        responses: columns({ unit: unitAnswers([12, 3, 6]), q1: times(21, 4) }),
        populationByUnit: { Kaunas: 5 },
      }),
    ).toThrow(/Kaunas/);
  });

  it('sorts unit labels the Lithuanian way (Š after S, before T)', () => {
    const analysis = analyseSurvey({
      questions: [aUnitColumn(['Utena', 'Šiauliai', 'Telšiai', 'Alytus']), aLikert('q1')],
      responses: columns({ unit: [0, 1, 2, 3], q1: [1, 2, 3, 4] }),
    });
    expect(unitLabels(analysis, 'q1')).toEqual(['Alytus', 'Šiauliai', 'Telšiai', 'Utena']);
  });
});

describe('analyseSurvey: free text', () => {
  const answers = (count: number): string[] => times(count, '  Ačiū  ');

  it('hides fewer than ten comments and lists ten, trimmed, without the blank ones', () => {
    const nine = analyseSurvey({
      questions: [aText('t')],
      responses: columns({ t: [...answers(9), '   ', null] }),
    });
    expect(question(nine, 't').overall).toEqual({
      suppressed: true,
      reason: 'freeTextBelowMinimum',
      minimumN: 10,
    });

    const ten = analyseSurvey({
      questions: [aText('t')],
      responses: columns({ t: [...answers(10), '   ', null] }),
    });
    const figures = shown(question(ten, 't').overall) as TextFigures;
    expect(figures.n).toBe(10);
    expect(figures.answers).toEqual(times(10, 'Ačiū'));
  });

  it('suppresses a unit’s comments and, complementarily, the smallest other unit’s', () => {
    // Vilnius 12 comments, Alytus 4, Kaunas 11: Alytus < 10 is hidden, and so is Kaunas, or
    // Alytus's comments would be the overall list minus the shown units' lists.
    const analysis = analyseSurvey({
      questions: [aUnitColumn(['Vilnius', 'Alytus', 'Kaunas']), aText('t')],
      responses: columns({ unit: unitAnswers([12, 4, 11]), t: answers(27) }),
    });
    expect(unitStates(analysis, 't')).toEqual({
      Alytus: 'freeTextBelowMinimum',
      Kaunas: 'complementary',
      Vilnius: 12,
    });
  });

  it('follows minFreeTextN', () => {
    const analysis = analyseSurvey(
      { questions: [aText('t')], responses: columns({ t: answers(6) }) },
      { minFreeTextN: 6 },
    );
    expect((shown(question(analysis, 't').overall) as TextFigures).n).toBe(6);
  });
});

describe('analyseSurvey: domains', () => {
  // Satisfaction = a 1–5 item (s1) and a 0–10 item (s2), rescaled to 0–100:
  //   r1: s1 5 → 100, s2 10 → 100: score 100,  top-2-box 2 of 2 → 1
  //   r2: s1 3 →  50, s2  5 →  50: score 50,   0 of 2 → 0
  //   r3: s1 4 →  75, s2 blank:    score 75,   1 of 1 → 1
  //   r4: s1 1 →   0, s2  9 →  90: score 45,   1 of 2 → 0.5
  //   r5: s1 2 →  25, s2  0 →   0: score 12.5, 0 of 2 → 0
  //   r6: both blank: not counted.
  // n = 5; mean = 282.5/5 = 56.5; sorted 12.5 45 50 75 100 → median 50.
  // Squares about 56.5: 1892.25 + 42.25 + 342.25 + 132.25 + 1936 = 4345, s² = 1086.25,
  // SE = √(1086.25/5) = 14.7394030, t(0.975, 4) = 2.7764451 → 56.5 ± 40.9231432.
  // Top-2-box: mean of 1, 0, 1, 0.5, 0 = 0.5; pooled 4 of 9 answers.
  const questions: SurveyQuestion[] = [
    aLikert('s1', { domain: 'satisfaction' }),
    aZeroToTen('s2', { domain: 'satisfaction' }),
    aLikert('x', { domain: 'empowerment', kind: 'text' }), // text: not part of any domain score
    aLikert('free'),
  ];
  const responses = columns({
    s1: [5, 3, 4, 1, 2, null],
    s2: [10, 5, null, 9, 0, null],
    x: times(6, null),
    free: times(6, 3),
  });

  it('scores respondents on 0–100 across mixed scales and summarises those scores', () => {
    const analysis = analyseSurvey({ questions, responses });
    expect(analysis.domains.map((d) => d.domain)).toEqual(['satisfaction']);
    const domain = analysis.domains[0];
    expect(domain?.questionKeys).toEqual(['s1', 's2']);
    const figures = shown(domain?.overall ?? null);
    expect(figures?.n).toBe(5);
    expect(figures?.score.mean).toBeCloseTo(56.5, 12);
    expect(figures?.median).toBe(50);
    expect(figures?.score.standardError).toBeCloseTo(Math.sqrt(1086.25 / 5), 12);
    const half = tCritical(0.95, 4) * Math.sqrt(1086.25 / 5);
    expect(figures?.score.ci?.lower).toBeCloseTo(56.5 - half, 9);
    expect(figures?.score.ci?.upper).toBeCloseTo(56.5 + half, 9);
    expect(figures?.score).toEqual(meanWithCi([100, 50, 75, 45, 12.5]));
    expect(figures?.topTwoBox).toMatchObject({ share: 0.5, answers: 9, topTwoBoxAnswers: 4 });
    // t interval of 1 0 1 0.5 0 is 0.5 ± 0.62 → clipped to 0–1.
    expect(figures?.topTwoBox.ci).toEqual({ lower: 0, upper: 1 });
  });

  it('suppresses a domain below five respondents', () => {
    const analysis = analyseSurvey({
      questions,
      responses: columns({
        s1: [5, 3, null, null, null, null],
        s2: [10, null, 9, null, null, null],
        x: times(6, null),
        free: times(6, 3),
      }),
    });
    expect(isSuppressed(analysis.domains[0]?.overall)).toBe(true);
  });
});

describe('analyseSurvey: the whole result', () => {
  it('leaves out metadata and carries header, group, domain and unitId along', () => {
    const analysis = analyseSurvey({
      questions: [
        { key: 'm', header: 'Laiko žyma', kind: 'meta', columns: [1], metaRole: 'submittedAt' },
        aLikert('g1', { header: 'Paslaugos [Maitinimas]', group: 'Paslaugos', unitId: 'u-7' }),
      ],
      responses: columns({ m: times(5, '2025-03-01T10:00:00Z'), g1: [1, 2, 3, 4, 5] }),
    });
    expect(analysis.questions).toHaveLength(1);
    expect(analysis.questions[0]).toMatchObject({
      key: 'g1',
      header: 'Paslaugos [Maitinimas]',
      group: 'Paslaugos',
      kind: 'likert',
      domain: null,
      unitId: 'u-7',
      byUnit: [],
    });
  });

  it('survives JSON unchanged: no NaN, Infinity, undefined or Map', () => {
    const analysis = analyseSurvey({
      questions: [
        aUnitColumn(['A', 'B']),
        aLikert('q1', { domain: 'qualityOfLife' }),
        aZeroToTen('q2'),
        aChoice('c', ['x', 'y']),
        aText('t'),
      ],
      responses: columns({
        unit: unitAnswers([7, 1]),
        q1: [5, 5, 5, 5, 5, 5, 5, null],
        q2: [null, null, null, null, null, null, null, 10],
        c: times(8, null),
        t: times(8, 'ok'),
      }),
      population: 9,
    });
    expect(JSON.parse(JSON.stringify(analysis))).toStrictEqual(analysis);
  });
});
