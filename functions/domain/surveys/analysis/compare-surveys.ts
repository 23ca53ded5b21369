import type { ResponseColumns, SurveyDomain, SurveyQuestion } from '../model';
import {
  ALPHA,
  compareProportions,
  holmAdjust,
  isSignificant,
  isSuppressed,
  mannWhitneyFromCounts,
  MIN_GROUP_N,
  multipleComparisonNote,
  topBoxCount,
  type MannWhitneyResult,
  type MultipleComparisonNote,
  type Scale,
  type Suppressed,
} from '../statistics';
import {
  domainFigures,
  domainQuestions,
  domainsOf,
  respondentDomainScores,
  tallyDomain,
} from './domains';
import { columnOf, scaleOf, scoreAt } from './responses';
import { suppressedMarker } from './suppress';

export interface ComparisonOptions {
  /** Fewest respondents on each side for a question or domain to be compared. @default 5 */
  minGroupN?: number;
  /** Significance level of every `significant` flag. @default 0.05 */
  alpha?: number;
  /** Fewest compared questions for which `multipleComparisons` is given. @default 2 */
  multipleComparisonsFrom?: number;
}

export interface SurveySide {
  questions: readonly SurveyQuestion[];
  responses: ResponseColumns;
}

/**
 * Which way things moved, by the rank statistic the test uses: 'better' when an answer after
 * tends to be higher (more favourable) than one before, P(after > before) + ½P(tie) > ½.
 * Descriptive, whether significant or not; read it with `significant`.
 */
export type Direction = 'better' | 'worse' | 'same';

export interface RankTest {
  /** U of the after sample (pairs where after > before, ties ½). */
  u: number;
  /** P(after > before) + ½P(after = before), 0–1. */
  probabilityOfSuperiority: number;
  /** Positive when after tends higher. */
  z: number;
  /** Two-sided, normal approximation with tie and continuity corrections. */
  p: number;
  /** Holm-adjusted over the family of questions (or domains) compared. */
  pHolm: number;
}

export interface TopTwoBoxTest {
  /** The pooled z-test, or Fisher's exact test when an expected count is below 5. */
  test: 'zTest' | 'fisherExact';
  /** Positive when after's share is higher; null for Fisher's test. */
  z: number | null;
  p: number;
  /** Holm-adjusted over the questions compared. */
  pHolm: number;
  /** The smallest expected count, which chose the test. */
  minExpected: number;
}

export interface ItemChange {
  nBefore: number;
  nAfter: number;
  meanBefore: number;
  meanAfter: number;
  /** after − before, in scale points. */
  deltaMean: number;
  /** Shares 0–1. */
  topTwoBoxBefore: number;
  topTwoBoxAfter: number;
  /** after − before, −1…1. */
  deltaTopTwoBox: number;
  mannWhitney: RankTest;
  topTwoBoxTest: TopTwoBoxTest;
  /** Mann–Whitney p < α, unadjusted. */
  significant: boolean;
  /** Holm-adjusted Mann–Whitney p < α. */
  significantAfterHolm: boolean;
  direction: Direction;
}

export interface QuestionComparison {
  keyBefore: string;
  keyAfter: string;
  /** The after survey's header. */
  header: string;
  headerBefore: string;
  group: string | null;
  kind: 'likert' | 'scale0to10';
  domain: SurveyDomain | null;
  scale: Scale;
  matchedBy: 'key' | 'header';
  /** The figures and tests, or the marker when either side has fewer than minGroupN answers. */
  change: ItemChange | Suppressed;
}

export interface NotComparable {
  keyBefore: string;
  keyAfter: string;
  header: string;
  /** A scored question matched one of another kind, or the scales' points differ (1–5 vs 1–7). */
  reason: 'kindDiffers' | 'scaleDiffers';
}

export interface DomainChange {
  nBefore: number;
  nAfter: number;
  /** Mean respondent domain scores, 0–100. */
  meanBefore: number;
  meanAfter: number;
  /** after − before, in points of 0–100. */
  deltaMean: number;
  /** Respondent-averaged top-2-box shares (see domains.ts), 0–1. */
  topTwoBoxBefore: number;
  topTwoBoxAfter: number;
  deltaTopTwoBox: number;
  mannWhitney: RankTest;
  significant: boolean;
  significantAfterHolm: boolean;
  direction: Direction;
}

export interface DomainComparison {
  domain: SurveyDomain;
  /** How many tagged questions make up the domain on each side (they may differ). */
  questionsBefore: number;
  questionsAfter: number;
  change: DomainChange | Suppressed;
}

export interface SurveyComparison {
  responsesBefore: number;
  responsesAfter: number;
  /** The likert and 0–10 questions of both surveys, in the after survey's order. */
  questions: QuestionComparison[];
  /** Matched questions that cannot be compared. */
  notComparable: NotComparable[];
  /** Headers of questions (not metadata) found in one survey only. */
  onlyBefore: string[];
  onlyAfter: string[];
  /** Domains with scored questions on both sides, in SURVEY_DOMAINS order. */
  domains: DomainComparison[];
  /** Over the questions' Mann–Whitney tests, when at least `multipleComparisonsFrom` were made. */
  multipleComparisons: MultipleComparisonNote | null;
  alpha: number;
  minGroupN: number;
}

/** Header text as people see it: NFC, trimmed, inner spaces collapsed, lower case. */
export const normaliseHeader = (header: string): string =>
  header.normalize('NFC').trim().replace(/\s+/g, ' ').toLowerCase();

interface Match {
  before: SurveyQuestion;
  after: SurveyQuestion;
  afterIndex: number;
  matchedBy: 'key' | 'header';
}

/** Pairs questions by key, then the rest by normalised header (first unused match wins). */
export const matchQuestions = (
  before: readonly SurveyQuestion[],
  after: readonly SurveyQuestion[],
): { matches: Match[]; onlyBefore: SurveyQuestion[]; onlyAfter: SurveyQuestion[] } => {
  const b = before.filter((q) => q.kind !== 'meta');
  const a = after.filter((q) => q.kind !== 'meta');
  const used = new Set<number>();
  const matches: Match[] = [];
  const afterByKey = new Map<string, number>();
  a.forEach((q, i) => {
    if (!afterByKey.has(q.key)) afterByKey.set(q.key, i);
  });
  const unmatched: SurveyQuestion[] = [];
  for (const q of b) {
    const i = afterByKey.get(q.key);
    if (i === undefined || used.has(i)) unmatched.push(q);
    else {
      used.add(i);
      matches.push({ before: q, after: a[i] as SurveyQuestion, afterIndex: i, matchedBy: 'key' });
    }
  }
  const onlyBefore: SurveyQuestion[] = [];
  for (const q of unmatched) {
    const header = normaliseHeader(q.header);
    const i = a.findIndex((other, j) => !used.has(j) && normaliseHeader(other.header) === header);
    if (i < 0) onlyBefore.push(q);
    else {
      used.add(i);
      matches.push({
        before: q,
        after: a[i] as SurveyQuestion,
        afterIndex: i,
        matchedBy: 'header',
      });
    }
  }
  matches.sort((x, y) => x.afterIndex - y.afterIndex);
  return { matches, onlyBefore, onlyAfter: a.filter((_, j) => !used.has(j)) };
};

const isScored = (q: SurveyQuestion): boolean => q.kind === 'likert' || q.kind === 'scale0to10';

const directionOf = (test: MannWhitneyResult): Direction =>
  test.probabilityOfSuperiority > 0.5
    ? 'better'
    : test.probabilityOfSuperiority < 0.5
      ? 'worse'
      : 'same';

const rankTest = (test: MannWhitneyResult): RankTest => ({
  u: test.u1,
  probabilityOfSuperiority: test.probabilityOfSuperiority,
  z: test.z,
  p: test.p,
  pHolm: test.p,
});

/**
 * How many answers fall on each point of the question's scale (index = score − min). Every
 * figure of an item comparison (n, mean, top-2-box, Mann–Whitney) is read off these counts, so
 * no column is sorted or even copied.
 */
const scoreCounts = (
  question: SurveyQuestion,
  responses: ResponseColumns,
  scale: Scale,
): Float64Array => {
  const column = columnOf(responses, question.key);
  const counts = new Float64Array(scale.max - scale.min + 1);
  for (let row = 0; row < responses.count; row++) {
    const score = scoreAt(question, column, row, scale);
    if (score !== null) counts[score - scale.min] = (counts[score - scale.min] as number) + 1;
  }
  return counts;
};

const totalOf = (counts: Float64Array): number => counts.reduce((s, c) => s + c, 0);

/** The mean score; whole numbers sum exactly, so this is `mean` of the answers to the bit. */
const meanOf = (counts: Float64Array, scale: Scale, n: number): number => {
  let total = 0;
  for (let k = 0; k < counts.length; k++) total += (scale.min + k) * (counts[k] as number);
  return total / n;
};

const itemChange = (
  countsBefore: Float64Array,
  countsAfter: Float64Array,
  scale: Scale,
  alpha: number,
): ItemChange => {
  // Both sides have answers here (n ≥ minGroupN ≥ 1), so the test is not null.
  const test = mannWhitneyFromCounts(countsAfter, countsBefore, { alpha }) as MannWhitneyResult;
  const nBefore = test.n2;
  const nAfter = test.n1;
  // Called on no values, topBoxCount only checks that the scale has two top boxes (it throws
  // for a 1–2 scale, as before); the count itself is that of the two highest points.
  topBoxCount([], scale);
  const top = (counts: Float64Array): number =>
    (counts[counts.length - 1] as number) + (counts[counts.length - 2] as number);
  const box = compareProportions(top(countsAfter), nAfter, top(countsBefore), nBefore, { alpha });
  if (box === null) throw new RangeError('an empty side reached the comparison');
  const meanBefore = meanOf(countsBefore, scale, nBefore);
  const meanAfter = meanOf(countsAfter, scale, nAfter);
  return {
    nBefore,
    nAfter,
    meanBefore,
    meanAfter,
    deltaMean: meanAfter - meanBefore,
    topTwoBoxBefore: box.share2,
    topTwoBoxAfter: box.share1,
    deltaTopTwoBox: box.difference,
    mannWhitney: rankTest(test),
    topTwoBoxTest: {
      test: box.test,
      z: box.z,
      p: box.p,
      pHolm: box.p,
      minExpected: box.minExpected,
    },
    significant: test.significant,
    significantAfterHolm: test.significant,
    direction: directionOf(test),
  };
};

/**
 * Two tallies (value → how many have it) as counts over the distinct values of both, ascending:
 * what mannWhitneyFromCounts reads. The domain scores are fractions (e.g. 77.5), but the test
 * needs only their order and which are equal, and a tally's keys are the very numbers
 * respondentScoreList would list (the same sum ÷ items), so this gives mannWhitneyU of the two
 * lists exactly, without sorting 2 × 100,000 of them (a few hundred distinct scores at most).
 */
const alignTallies = (
  first: ReadonlyMap<number, number>,
  second: ReadonlyMap<number, number>,
): [Float64Array, Float64Array] => {
  const values = [...new Set([...first.keys(), ...second.keys()])].sort((a, b) => a - b);
  const countsFirst = new Float64Array(values.length);
  const countsSecond = new Float64Array(values.length);
  values.forEach((value, k) => {
    countsFirst[k] = first.get(value) ?? 0;
    countsSecond[k] = second.get(value) ?? 0;
  });
  return [countsFirst, countsSecond];
};

/**
 * Before against after, for independent samples (different respondents, e.g. two years, or
 * two units of one survey): per scored question the Mann–Whitney U test and the top-2-box
 * test, Holm-adjusted across questions, and the same for domain scores (survey conventions §5).
 * Not for the same people measured twice: that needs a paired test.
 */
export const compareSurveys = (
  before: SurveySide,
  after: SurveySide,
  options: ComparisonOptions = {},
): SurveyComparison => {
  const minGroupN = options.minGroupN ?? MIN_GROUP_N;
  if (!(Number.isInteger(minGroupN) && minGroupN >= 1)) {
    throw new RangeError(`minGroupN must be a whole number ≥ 1, got ${minGroupN}`);
  }
  const alpha = options.alpha ?? ALPHA;
  const noteFrom = options.multipleComparisonsFrom ?? 2;
  const { matches, onlyBefore, onlyAfter } = matchQuestions(before.questions, after.questions);

  const questions: QuestionComparison[] = [];
  const notComparable: NotComparable[] = [];
  for (const { before: qb, after: qa, matchedBy } of matches) {
    if (!isScored(qb) && !isScored(qa)) continue;
    const ids = { keyBefore: qb.key, keyAfter: qa.key, header: qa.header };
    if (qb.kind !== qa.kind) {
      notComparable.push({ ...ids, reason: 'kindDiffers' });
      continue;
    }
    const scale = scaleOf(qa);
    const scaleBefore = scaleOf(qb);
    if (scale.min !== scaleBefore.min || scale.max !== scaleBefore.max) {
      notComparable.push({ ...ids, reason: 'scaleDiffers' });
      continue;
    }
    const countsBefore = scoreCounts(qb, before.responses, scaleBefore);
    const countsAfter = scoreCounts(qa, after.responses, scale);
    const tooFew = totalOf(countsBefore) < minGroupN || totalOf(countsAfter) < minGroupN;
    questions.push({
      ...ids,
      headerBefore: qb.header,
      group: qa.group ?? null,
      kind: qa.kind as 'likert' | 'scale0to10',
      domain: qa.domain ?? null,
      scale,
      matchedBy,
      change: tooFew
        ? suppressedMarker('belowMinimumN', minGroupN)
        : itemChange(countsBefore, countsAfter, scale, alpha),
    });
  }

  const tested = questions.flatMap((q) => (isSuppressed(q.change) ? [] : [q.change]));
  const note = multipleComparisonNote(
    tested.map((c) => c.mannWhitney.p),
    alpha,
  );
  const boxHolm = holmAdjust(tested.map((c) => c.topTwoBoxTest.p));
  tested.forEach((change, i) => {
    change.mannWhitney.pHolm = note.holmAdjusted[i] as number;
    change.significantAfterHolm = isSignificant(change.mannWhitney.pHolm, alpha);
    change.topTwoBoxTest.pHolm = boxHolm[i] as number;
  });

  const afterDomains = new Set(domainsOf(after.questions));
  const domains = domainsOf(before.questions)
    .filter((domain) => afterDomains.has(domain))
    .map((domain): DomainComparison => {
      const taggedBefore = domainQuestions(before.questions, domain);
      const taggedAfter = domainQuestions(after.questions, domain);
      const scoresBefore = respondentDomainScores(taggedBefore, before.responses);
      const scoresAfter = respondentDomainScores(taggedAfter, after.responses);
      const tallyBefore = tallyDomain(scoresBefore, 1, () => 0).overall;
      const tallyAfter = tallyDomain(scoresAfter, 1, () => 0).overall;
      const figuresBefore = domainFigures(tallyBefore, undefined);
      const figuresAfter = domainFigures(tallyAfter, undefined);
      const base = {
        domain,
        questionsBefore: taggedBefore.length,
        questionsAfter: taggedAfter.length,
      };
      if (figuresBefore.n < minGroupN || figuresAfter.n < minGroupN) {
        return { ...base, change: suppressedMarker('belowMinimumN', minGroupN) };
      }
      const [countsAfter, countsBefore] = alignTallies(tallyAfter.scores, tallyBefore.scores);
      const test = mannWhitneyFromCounts(countsAfter, countsBefore, { alpha }) as MannWhitneyResult;
      const meanBefore = figuresBefore.score.mean as number;
      const meanAfter = figuresAfter.score.mean as number;
      const boxBefore = figuresBefore.topTwoBox.share as number;
      const boxAfter = figuresAfter.topTwoBox.share as number;
      return {
        ...base,
        change: {
          nBefore: figuresBefore.n,
          nAfter: figuresAfter.n,
          meanBefore,
          meanAfter,
          deltaMean: meanAfter - meanBefore,
          topTwoBoxBefore: boxBefore,
          topTwoBoxAfter: boxAfter,
          deltaTopTwoBox: boxAfter - boxBefore,
          mannWhitney: rankTest(test),
          significant: test.significant,
          significantAfterHolm: test.significant,
          direction: directionOf(test),
        },
      };
    });
  const domainChanges = domains.flatMap((d) => (isSuppressed(d.change) ? [] : [d.change]));
  const domainHolm = holmAdjust(domainChanges.map((c) => c.mannWhitney.p));
  domainChanges.forEach((change, i) => {
    change.mannWhitney.pHolm = domainHolm[i] as number;
    change.significantAfterHolm = isSignificant(change.mannWhitney.pHolm, alpha);
  });

  return {
    responsesBefore: before.responses.count,
    responsesAfter: after.responses.count,
    questions,
    notComparable,
    onlyBefore: onlyBefore.map((q) => q.header),
    onlyAfter: onlyAfter.map((q) => q.header),
    domains,
    multipleComparisons: tested.length >= noteFrom ? note : null,
    alpha,
    minGroupN,
  };
};
