import type { ResponseColumns, SurveyDomain, SurveyQuestion } from '../model';
import { SURVEY_DOMAINS } from '../model';
import {
  responseRate,
  type EstimateOptions,
  type Interval,
  type MeanEstimate,
} from '../statistics';
import { columnOf, scaleOf, scoreAt } from './responses';
import { estimateFromTally, type TallyEstimate } from './tally';

/**
 * Domain figures (satisfaction, quality of life, empowerment, service benefit).
 *
 * The respondent is the unit of analysis, because one person's answers to several items of a
 * domain are not independent draws:
 * - each item is rescaled to 0–100, (score − min)/(max − min)·100, so a 1–5 item and a 0–10
 *   item weigh alike (the WHOQOL-BREF transform to 0–100 does the same to its domains);
 * - a respondent's domain score is the mean of their rescaled answered items (the usual
 *   "mean of available items" scale score), and respondents with no answered item are left out;
 * - n, the mean with its t interval and the median are over those respondents' scores
 *   (multi-item scale scores may be treated as interval: survey conventions §5);
 * - the top-2-box of a domain is the mean over respondents of the share of their answered
 *   items that are in the item's top two points (4–5 of 1–5, 9–10 of 0–10). With no item left
 *   blank it equals the pooled share of all the domain's answers, which is also given. Its
 *   interval is the t interval over respondents' shares (clipped to 0–1), not a Wilson
 *   interval over the pooled answers: a Wilson interval would count someone who answered k
 *   items as k independent people and come out too narrow.
 */

export interface DomainTopTwoBox {
  /** Mean over respondents of their share of top-2-box answers in the domain (0–1); null when n = 0. */
  share: number | null;
  /** t interval over respondents' shares, clipped to 0–1; null below two respondents. */
  ci: Interval | null;
  /** All answers to the domain's items (a respondent counts once per answered item). */
  answers: number;
  /** Of those, answers in their item's top two points. */
  topTwoBoxAnswers: number;
}

export interface DomainFigures {
  /** Respondents who answered at least one of the domain's items. */
  n: number;
  population: number | null;
  /** n ÷ N (0–1); null when N is unknown or zero. */
  responseRate: number | null;
  /** Mean respondent domain score, 0–100, with its t interval (finite-population corrected when N is known). */
  score: MeanEstimate;
  /** Median respondent domain score, 0–100. */
  median: number | null;
  topTwoBox: DomainTopTwoBox;
}

/** Per respondent: the sum of rescaled answers, the answered items and the top-2-box answers. */
export interface RespondentDomainScores {
  sum: Float64Array;
  items: Int32Array;
  topTwoBox: Int32Array;
}

/** The likert and 0–10 questions tagged with `domain`. */
export const domainQuestions = (
  questions: readonly SurveyQuestion[],
  domain: SurveyDomain,
): SurveyQuestion[] =>
  questions.filter((q) => q.domain === domain && (q.kind === 'likert' || q.kind === 'scale0to10'));

/** The domains that have at least one tagged likert or 0–10 question, in SURVEY_DOMAINS order. */
export const domainsOf = (questions: readonly SurveyQuestion[]): SurveyDomain[] =>
  SURVEY_DOMAINS.filter((domain) => domainQuestions(questions, domain).length > 0);

export const respondentDomainScores = (
  questions: readonly SurveyQuestion[],
  responses: ResponseColumns,
): RespondentDomainScores => {
  const sum = new Float64Array(responses.count);
  const items = new Int32Array(responses.count);
  const topTwoBox = new Int32Array(responses.count);
  for (const question of questions) {
    const scale = scaleOf(question);
    const column = columnOf(responses, question.key);
    const range = scale.max - scale.min;
    for (let row = 0; row < responses.count; row++) {
      const score = scoreAt(question, column, row, scale);
      if (score === null) continue;
      sum[row] = (sum[row] as number) + ((score - scale.min) / range) * 100;
      items[row] = (items[row] as number) + 1;
      if (score >= scale.max - 1) topTwoBox[row] = (topTwoBox[row] as number) + 1;
    }
  }
  return { sum, items, topTwoBox };
};

/** Domain scores (0–100) of every respondent who answered at least one item, ascending. */
export const respondentScoreList = (scores: RespondentDomainScores): number[] => {
  const result: number[] = [];
  for (let row = 0; row < scores.items.length; row++) {
    const items = scores.items[row] as number;
    if (items > 0) result.push((scores.sum[row] as number) / items);
  }
  return Array.from(Float64Array.from(result).sort());
};

/**
 * How many respondents of a group have each domain score and each top-2-box share: a few
 * hundred distinct values at most, however many respondents, so the figures need no sort.
 */
export interface DomainTally {
  scores: Map<number, number>;
  shares: Map<number, number>;
  answers: number;
  topTwoBoxAnswers: number;
}

const emptyTally = (): DomainTally => ({
  scores: new Map(),
  shares: new Map(),
  answers: 0,
  topTwoBoxAnswers: 0,
});

const addTo = (map: Map<number, number>, value: number, count = 1): void => {
  map.set(value, (map.get(value) ?? 0) + count);
};

/** One tally per group (`groupOf(row)` in 0…groupCount − 1), and their sum. */
export const tallyDomain = (
  scores: RespondentDomainScores,
  groupCount: number,
  groupOf: (row: number) => number,
): { overall: DomainTally; groups: DomainTally[] } => {
  const groups = Array.from({ length: groupCount }, emptyTally);
  for (let row = 0; row < scores.items.length; row++) {
    const items = scores.items[row] as number;
    if (items === 0) continue;
    const top = scores.topTwoBox[row] as number;
    const tally = groups[groupOf(row)] as DomainTally;
    addTo(tally.scores, (scores.sum[row] as number) / items);
    addTo(tally.shares, top / items);
    tally.answers += items;
    tally.topTwoBoxAnswers += top;
  }
  const overall = emptyTally();
  for (const tally of groups) {
    tally.scores.forEach((count, value) => addTo(overall.scores, value, count));
    tally.shares.forEach((count, value) => addTo(overall.shares, value, count));
    overall.answers += tally.answers;
    overall.topTwoBoxAnswers += tally.topTwoBoxAnswers;
  }
  return { overall, groups };
};

const estimateOf = (map: Map<number, number>, options: EstimateOptions): TallyEstimate => {
  const values = Float64Array.from(map.keys()).sort();
  return estimateFromTally(
    values,
    Array.from(values, (value) => map.get(value) as number),
    options,
  );
};

/** The figures of one group's tally. */
export const domainFigures = (
  tally: DomainTally,
  population: number | undefined,
): DomainFigures => {
  const options: EstimateOptions = population === undefined ? {} : { population };
  const score = estimateOf(tally.scores, options);
  const share = estimateOf(tally.shares, options).mean;
  const n = score.mean.n;
  return {
    n,
    population: population ?? null,
    responseRate: responseRate(n, population),
    score: score.mean,
    median: score.median,
    topTwoBox: {
      share: share.mean,
      ci: share.ci && {
        lower: Math.max(0, share.ci.lower),
        upper: Math.min(1, share.ci.upper),
      },
      answers: tally.answers,
      topTwoBoxAnswers: tally.topTwoBoxAnswers,
    },
  };
};
