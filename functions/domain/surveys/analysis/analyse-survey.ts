import type { ColumnKind, ResponseColumns, SurveyDomain, SurveyQuestion } from '../model';
import {
  MIN_FREE_TEXT_N,
  MIN_GROUP_N,
  NPS_SCALE,
  responseRate,
  type EstimateOptions,
  type ItemSummary,
  type NpsResult,
  type Scale,
  type Suppressed,
} from '../statistics';
import {
  domainFigures,
  domainQuestions,
  domainsOf,
  respondentDomainScores,
  tallyDomain,
  type DomainFigures,
} from './domains';
import {
  columnOf,
  groupByUnit,
  optionAt,
  optionsAt,
  scaleOf,
  scoreAt,
  textAt,
  type UnitGrouping,
} from './responses';
import { suppressTable, type UnitFigures } from './suppress';
import { npsOfTally, summariseTally } from './tally';

export interface AnalysisOptions {
  /** Fewest respondents for any figure of a group. @default 5 (MIN_GROUP_N) */
  minGroupN?: number;
  /** Fewest non-blank free-text answers for any of them to be listed. @default 10 (MIN_FREE_TEXT_N) */
  minFreeTextN?: number;
}

export interface SurveyAnalysisInput {
  questions: readonly SurveyQuestion[];
  responses: ResponseColumns;
  /** The eligible (invited or served) population N of the whole survey, when known. */
  population?: number | null;
  /** N per unit, keyed by the unit's label in the unit column. */
  populationByUnit?: Readonly<Record<string, number>>;
}

/** Likert and 0–10 items: the statistics' item summary, and the NPS for a 0–10 item. */
export interface ScaleFigures extends ItemSummary {
  kind: 'likert' | 'scale0to10';
  /** 0–10 items only (promoters 9–10, detractors 0–6); null for Likert items. */
  nps: NpsResult | null;
}

export interface OptionCount {
  /** Index into the question's options. */
  index: number;
  label: string;
  count: number;
  /** count ÷ n (0–1); null when n = 0. For multi-choice a share of respondents, so they can sum past 1. */
  share: number | null;
}

export interface ChoiceFigures {
  kind: 'single' | 'multi';
  /** Respondents who answered (chose at least one option). */
  n: number;
  population: number | null;
  responseRate: number | null;
  /** Every option, in the question's order. */
  options: OptionCount[];
}

export interface TextFigures {
  kind: 'text';
  /** Non-blank answers. */
  n: number;
  population: number | null;
  responseRate: number | null;
  /** The answers, trimmed, in response order. */
  answers: string[];
}

export type QuestionFigures = ScaleFigures | ChoiceFigures | TextFigures;

export interface QuestionAnalysis {
  key: string;
  header: string;
  group: string | null;
  kind: Exclude<ColumnKind, 'meta'>;
  domain: SurveyDomain | null;
  unitId: string | null;
  overall: QuestionFigures | Suppressed;
  /** One entry per unit of the unit column, sorted by label; empty without a unit column. */
  byUnit: Array<UnitFigures<QuestionFigures>>;
}

export interface DomainAnalysis {
  domain: SurveyDomain;
  /** The likert and 0–10 questions tagged with the domain. */
  questionKeys: string[];
  overall: DomainFigures | Suppressed;
  byUnit: Array<UnitFigures<DomainFigures>>;
}

export interface UnitResponses {
  n: number;
  population: number | null;
  responseRate: number | null;
}

export interface SurveyAnalysis {
  /** Responses analysed. */
  responses: number;
  population: number | null;
  /** responses ÷ population (0–1); null when the population is unknown or zero. */
  responseRate: number | null;
  /** The question that tells each respondent's unit; null when there is none. */
  unitQuestionKey: string | null;
  /** Respondents per unit, sorted by label (small units hidden like any figure). */
  units: Array<UnitFigures<UnitResponses>>;
  /**
   * Respondents who left the unit blank (they count in every overall figure), suppressed like a
   * unit; null without a unit column.
   */
  withoutUnit: UnitResponses | Suppressed | null;
  /** Every question except metadata and the unit column, in the survey's order. */
  questions: QuestionAnalysis[];
  /** The domains with tagged likert or 0–10 questions, in SURVEY_DOMAINS order. */
  domains: DomainAnalysis[];
  minGroupN: number;
  minFreeTextN: number;
}

/**
 * Groups: the units (sorted by label), then one group for respondents without a unit. Every
 * per-group array below is indexed so; the overall figures add the groups up.
 */
interface Groups {
  grouping: UnitGrouping | null;
  count: number;
  /** Group of each response. */
  of: (row: number) => number;
  population: (group: number | null) => number | undefined;
}

const increment = (counts: Float64Array, index: number, by = 1): void => {
  counts[index] = (counts[index] as number) + by;
};

const estimate = (population: number | undefined): EstimateOptions =>
  population === undefined ? {} : { population };

const makeGroups = (input: SurveyAnalysisInput): Groups => {
  const grouping = groupByUnit(input.questions, input.responses);
  const labels = grouping?.labels ?? [];
  const residue = labels.length;
  const unitOf = grouping?.unitOf;
  return {
    grouping,
    count: labels.length + 1,
    of: unitOf ? (row) => (unitOf[row] === -1 ? residue : (unitOf[row] as number)) : () => residue,
    population: (group) => {
      if (group === null) return input.population ?? undefined;
      const label = labels[group];
      return label === undefined ? undefined : input.populationByUnit?.[label];
    },
  };
};

const assertPopulations = (
  groups: Groups,
  input: SurveyAnalysisInput,
  sizes: readonly number[],
): void => {
  const check = (population: number | undefined, n: number, what: string): void => {
    if (population !== undefined && !(Number.isInteger(population) && population >= n)) {
      throw new RangeError(`the population of ${what} (${population}) is below its ${n} responses`);
    }
  };
  check(groups.population(null), input.responses.count, 'the survey');
  groups.grouping?.labels.forEach((label, g) =>
    check(groups.population(g), sizes[g] as number, `unit "${label}"`),
  );
};

/** Per-group figures → overall and by-unit entries, suppressed. */
const tabulate = <T extends { n: number }>(
  groups: Groups,
  overall: T,
  perGroup: readonly T[],
  minimumN: number,
  primaryReason?: Suppressed['reason'],
): { overall: T | Suppressed; byUnit: Array<UnitFigures<T>>; residue: T | Suppressed } => {
  const table = suppressTable(overall, perGroup, minimumN, primaryReason);
  const labels = groups.grouping?.labels ?? [];
  return {
    overall: table.overall,
    byUnit: labels.map((unit, g) => ({ unit, figures: table.groups[g] as T | Suppressed })),
    residue: table.groups[labels.length] as T | Suppressed,
  };
};

const scaleFigures = (
  question: SurveyQuestion,
  responses: ResponseColumns,
  groups: Groups,
): { overall: ScaleFigures; perGroup: ScaleFigures[] } => {
  const scale = scaleOf(question);
  const points = scale.max - scale.min + 1;
  const counts = new Float64Array(groups.count * points);
  const column = columnOf(responses, question.key);
  for (let row = 0; row < responses.count; row++) {
    const score = scoreAt(question, column, row, scale);
    if (score !== null) increment(counts, groups.of(row) * points + score - scale.min);
  }
  const isNps = (s: Scale): boolean => s.min === NPS_SCALE.min && s.max === NPS_SCALE.max;
  const kind = question.kind === 'scale0to10' ? 'scale0to10' : 'likert';
  const figures = (tally: Float64Array, population: number | undefined): ScaleFigures => ({
    kind,
    ...summariseTally(tally, scale, estimate(population)),
    nps: kind === 'scale0to10' && isNps(scale) ? npsOfTally(tally) : null,
  });
  const overallTally = new Float64Array(points);
  for (let g = 0; g < groups.count; g++) {
    for (let k = 0; k < points; k++) increment(overallTally, k, counts[g * points + k] as number);
  }
  return {
    overall: figures(overallTally, groups.population(null)),
    perGroup: Array.from({ length: groups.count }, (_, g) =>
      figures(counts.subarray(g * points, (g + 1) * points), groups.population(g)),
    ),
  };
};

const choiceFigures = (
  question: SurveyQuestion,
  responses: ResponseColumns,
  groups: Groups,
): { overall: ChoiceFigures; perGroup: ChoiceFigures[] } => {
  const labels = question.options ?? [];
  const width = labels.length;
  const counts = new Float64Array(groups.count * width);
  const answered = new Float64Array(groups.count);
  const column = columnOf(responses, question.key);
  const multi = question.kind === 'multi';
  for (let row = 0; row < responses.count; row++) {
    const g = groups.of(row);
    const chosen = multi
      ? optionsAt(question, column, row, width)
      : [optionAt(question, column, row, width)].filter((o): o is number => o !== null);
    if (chosen === null || chosen.length === 0) continue;
    increment(answered, g);
    for (const option of chosen) increment(counts, g * width + option);
  }
  const figures = (
    n: number,
    count: (option: number) => number,
    population: number | undefined,
  ): ChoiceFigures => ({
    kind: multi ? 'multi' : 'single',
    n,
    population: population ?? null,
    responseRate: responseRate(n, population),
    options: labels.map((label, index) => ({
      index,
      label,
      count: count(index),
      share: n === 0 ? null : count(index) / n,
    })),
  });
  const sumOver = (pick: (g: number) => number): number => {
    let s = 0;
    for (let g = 0; g < groups.count; g++) s += pick(g);
    return s;
  };
  return {
    overall: figures(
      sumOver((g) => answered[g] as number),
      (o) => sumOver((g) => counts[g * width + o] as number),
      groups.population(null),
    ),
    perGroup: Array.from({ length: groups.count }, (_, g) =>
      figures(answered[g] as number, (o) => counts[g * width + o] as number, groups.population(g)),
    ),
  };
};

const textFigures = (
  question: SurveyQuestion,
  responses: ResponseColumns,
  groups: Groups,
): { overall: TextFigures; perGroup: TextFigures[] } => {
  const all: string[] = [];
  const perGroup: string[][] = Array.from({ length: groups.count }, () => []);
  const column = columnOf(responses, question.key);
  for (let row = 0; row < responses.count; row++) {
    const text = textAt(question, column, row);
    if (text === null) continue;
    all.push(text);
    perGroup[groups.of(row)]?.push(text);
  }
  const figures = (answers: string[], population: number | undefined): TextFigures => ({
    kind: 'text',
    n: answers.length,
    population: population ?? null,
    responseRate: responseRate(answers.length, population),
    answers,
  });
  return {
    overall: figures(all, groups.population(null)),
    perGroup: perGroup.map((answers, g) => figures(answers, groups.population(g))),
  };
};

const analyseQuestion = (
  question: SurveyQuestion,
  responses: ResponseColumns,
  groups: Groups,
  minGroupN: number,
  minFreeTextN: number,
): QuestionAnalysis => {
  const kind = question.kind as Exclude<ColumnKind, 'meta'>;
  const table =
    kind === 'likert' || kind === 'scale0to10'
      ? tabulateFigures(scaleFigures(question, responses, groups), groups, minGroupN)
      : kind === 'single' || kind === 'multi'
        ? tabulateFigures(choiceFigures(question, responses, groups), groups, minGroupN)
        : tabulateFigures(
            textFigures(question, responses, groups),
            groups,
            // Free text identifies by its words: the stricter minimum, never below the group one.
            Math.max(minFreeTextN, minGroupN),
            'freeTextBelowMinimum',
          );
  return {
    key: question.key,
    header: question.header,
    group: question.group ?? null,
    kind,
    domain: question.domain ?? null,
    unitId: question.unitId ?? null,
    ...table,
  };
};

const tabulateFigures = <T extends QuestionFigures>(
  figures: { overall: T; perGroup: T[] },
  groups: Groups,
  minimumN: number,
  primaryReason?: Suppressed['reason'],
): { overall: QuestionFigures | Suppressed; byUnit: Array<UnitFigures<QuestionFigures>> } => {
  const { overall, byUnit } = tabulate<QuestionFigures>(
    groups,
    figures.overall,
    figures.perGroup,
    minimumN,
    primaryReason,
  );
  return { overall, byUnit };
};

/**
 * Every figure of one imported survey, overall and by unit, with small groups suppressed
 * (survey conventions §5). Pure: no I/O. Throws a RangeError when an answer does not fit its
 * question or a population is below its responses.
 */
export const analyseSurvey = (
  input: SurveyAnalysisInput,
  options: AnalysisOptions = {},
): SurveyAnalysis => {
  const minGroupN = options.minGroupN ?? MIN_GROUP_N;
  const minFreeTextN = options.minFreeTextN ?? MIN_FREE_TEXT_N;
  const { questions, responses } = input;
  const groups = makeGroups(input);
  const unitKey = groups.grouping?.key ?? null;
  const groupSizes = new Array<number>(groups.count).fill(0);
  for (let row = 0; row < responses.count; row++) {
    const g = groups.of(row);
    groupSizes[g] = (groupSizes[g] as number) + 1;
  }
  assertPopulations(groups, input, groupSizes);

  const unitTable = tabulate<UnitResponses>(
    groups,
    {
      n: responses.count,
      population: groups.population(null) ?? null,
      responseRate: responseRate(responses.count, groups.population(null)),
    },
    groupSizes.map((n, g) => ({
      n,
      population: groups.population(g) ?? null,
      responseRate: responseRate(n, groups.population(g)),
    })),
    minGroupN,
  );

  const analysed = questions
    .filter((q) => q.kind !== 'meta' && q.key !== unitKey)
    .map((q) => analyseQuestion(q, responses, groups, minGroupN, minFreeTextN));

  const domains = domainsOf(questions).map((domain): DomainAnalysis => {
    const tagged = domainQuestions(questions, domain);
    const scores = respondentDomainScores(tagged, responses);
    const tally = tallyDomain(scores, groups.count, groups.of);
    const { overall, byUnit } = tabulate(
      groups,
      domainFigures(tally.overall, groups.population(null)),
      tally.groups.map((group, g) => domainFigures(group, groups.population(g))),
      minGroupN,
    );
    return { domain, questionKeys: tagged.map((q) => q.key), overall, byUnit };
  });

  return {
    responses: responses.count,
    population: groups.population(null) ?? null,
    responseRate: responseRate(responses.count, groups.population(null)),
    unitQuestionKey: unitKey,
    units: unitTable.byUnit,
    withoutUnit: groups.grouping ? unitTable.residue : null,
    questions: analysed,
    domains,
    minGroupN,
    minFreeTextN,
  };
};
