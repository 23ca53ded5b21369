import { ConflictError } from '../errors';
import type { Deps, RequestContext } from '../ports';
import type { AnnualReportModel } from '../reports/model';
import { getAnnualReport } from '../reports/report-service';
import {
  BENCHMARK_FIGURE_CODES,
  BENCHMARK_FIGURES,
  MIN_RESPONDENTS,
  type BenchmarkFigureCode,
} from './figures';
import {
  PARTICIPATION_REF,
  readParticipation,
  requireOptedIn,
  requireRepository,
  type Participation,
  type ParticipationState,
} from './participation';
import { ownPeerAttributes } from './read-service';
import type { BenchmarkContribution } from './repository';

/** The organisation's values to publish; a figure left out or null has no value this year. */
export type FigureValues = Partial<
  Record<BenchmarkFigureCode, { value: number; respondents: number | null } | null>
>;

/**
 * What became of each figure: `published`; `noValue` (nothing to compute it from this year),
 * `tooFewRespondents` (a survey figure over fewer than MIN_RESPONDENTS), `noSource` (no area
 * computes it yet). All but `published` delete the organisation's earlier value of that year.
 */
export type PublishStatus = 'published' | 'noValue' | 'tooFewRespondents' | 'noSource';

export interface PublishResult {
  year: number;
  /** Where the values came from: the annual report (its frozen version or live figures) or given. */
  source: 'snapshot' | 'live' | 'values';
  reportVersion: number | null;
  figures: Array<{
    figure: BenchmarkFigureCode;
    status: PublishStatus;
    value: number | null;
    respondents: number | null;
  }>;
}

/** Respondents behind the pooled recipients' satisfaction figure (reports/survey-section.ts). */
const satisfactionRespondents = (model: AnnualReportModel): number =>
  model.surveys.surveys
    .filter((row) => row.audience === 'recipients')
    .map((row) => row.domains.find((d) => d.domain === 'satisfaction')?.overall)
    .reduce(
      (n, cell) =>
        cell && !('suppressed' in cell) && cell.topTwoBoxPercent !== null ? n + cell.n : n,
      0,
    );

/** The shared figures as the annual report computed them (same codes, same definitions). */
export const figuresFromReport = (model: AnnualReportModel): FigureValues => {
  const values: FigureValues = {};
  for (const code of BENCHMARK_FIGURE_CODES) {
    const definition = BENCHMARK_FIGURES[code];
    if (definition.source !== 'report') continue;
    const value = model.keyFigures.figures.find((f) => f.code === code)?.value ?? null;
    values[code] =
      value === null
        ? null
        : { value, respondents: definition.survey ? satisfactionRespondents(model) : null };
  }
  return values;
};

const saveParticipation = (
  ctx: RequestContext,
  state: ParticipationState,
  next: Participation,
  deps: Deps,
) => deps.store.save(ctx, PARTICIPATION_REF, next, state.version);

/**
 * Publishes the organisation's values of `year` to the shared partition under its pseudonymous
 * contributor key, replacing what it published for that year before, with its peer attributes
 * (type, municipality) as they are now. The participation item records the year (and so the
 * audit log who published when). Only an organisation that opted in may publish.
 */
export const publishValues = async (
  ctx: RequestContext,
  year: number,
  values: FigureValues,
  deps: Deps,
  source: Pick<PublishResult, 'source' | 'reportVersion'> = {
    source: 'values',
    reportVersion: null,
  },
): Promise<PublishResult> => {
  const repository = requireRepository(deps);
  const state = await requireOptedIn(ctx, deps);
  const peer = await ownPeerAttributes(ctx, deps);
  const figures = BENCHMARK_FIGURE_CODES.map((figure) => {
    const definition = BENCHMARK_FIGURES[figure];
    const given = values[figure] ?? null;
    const respondents = definition.survey ? (given?.respondents ?? 0) : null;
    const status: PublishStatus =
      given === null || !Number.isFinite(given.value)
        ? definition.source === null
          ? 'noSource'
          : 'noValue'
        : respondents !== null && respondents < MIN_RESPONDENTS
          ? 'tooFewRespondents'
          : 'published';
    return { figure, status, value: given?.value ?? null, respondents: given ? respondents : null };
  });
  const contributions: BenchmarkContribution[] = figures.flatMap((f) =>
    f.status === 'published' && f.value !== null
      ? [{ figure: f.figure, year, value: f.value, respondents: f.respondents, peer }]
      : [],
  );
  const withdrawn = figures.filter((f) => f.status !== 'published').map((f) => f.figure);
  await repository.replace(ctx, year, contributions, withdrawn);
  const years = [...new Set([...state.participation.publishedYears, year])].sort((a, b) => a - b);
  await saveParticipation(ctx, state, { optedIn: true, publishedYears: years }, deps);
  return { year, ...source, figures };
};

/**
 * Publishes `year`'s shared figures from the annual report: the latest version's frozen figures
 * once it was submitted, otherwise the live ones.
 */
export const publishYear = async (
  ctx: RequestContext,
  year: number,
  deps: Deps,
): Promise<PublishResult> => {
  requireRepository(deps);
  await requireOptedIn(ctx, deps);
  const read = await getAnnualReport(ctx, year, undefined, deps);
  const status = read.model.annual.cover.status;
  return publishValues(ctx, year, figuresFromReport(read.model.annual), deps, {
    source: status.source,
    reportVersion: status.reportVersion,
  });
};

export interface ParticipationChange extends ParticipationState {
  /** Contributions deleted from the shared partition (opt-out). */
  removed: number;
}

/**
 * Opts the organisation in or out (the director). Opting out deletes every figure it published
 * before the choice is saved, so no later benchmark counts it; opting in publishes nothing by
 * itself. Needs the organisation described (its type and municipality form the peer groups).
 */
export const setParticipation = async (
  ctx: RequestContext,
  optedIn: boolean,
  expectedVersion: number,
  deps: Deps,
): Promise<ParticipationChange> => {
  const repository = requireRepository(deps);
  await ownPeerAttributes(ctx, deps);
  const state = await readParticipation(ctx, deps);
  if (state.version !== expectedVersion) throw new ConflictError(state);
  const removed = optedIn ? 0 : await repository.withdraw(ctx, state.participation.publishedYears);
  const next: Participation = {
    optedIn,
    publishedYears: optedIn ? state.participation.publishedYears : [],
  };
  const saved = await saveParticipation(ctx, state, next, deps);
  return {
    participation: next,
    version: saved.version,
    updatedAt: saved.updatedAt,
    updatedBy: saved.updatedBy,
    removed,
  };
};
